// Test builders: small, valid snapshots with only what a scenario needs. Used by the unit tests of the
// rules; not exported from the package.
import type { ProvinceClass } from "../snapshot/catalogue.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import type { Snapshot, SnapshotInput } from "../snapshot/snapshot.schema.ts";

type AgencyInput = NonNullable<SnapshotInput["agencies"]>[number];
type UnitInput = NonNullable<AgencyInput["units"]>[number];
type DistrictInput = NonNullable<SnapshotInput["districts"]>[number];
type DivisionInput = DistrictInput["divisions"][number];

/** Parses through the real schema, so a builder can never produce what a file could not contain. */
export function buildSnapshot(input: {
  asOf?: string;
  provinceClass?: ProvinceClass;
  agenciesComplete?: boolean;
  agencies?: AgencyInput[];
  districts?: DistrictInput[];
}): Snapshot {
  const result = parseSnapshot({
    format: "tinhgon.snapshot/1",
    asOf: input.asOf ?? "2021-06-30",
    province: {
      code: "99",
      name: "Tỉnh Thử nghiệm",
      class: input.provinceClass ?? "II",
      agenciesComplete: input.agenciesComplete ?? false,
    },
    agencies: input.agencies ?? [],
    districts: input.districts ?? [],
  } satisfies SnapshotInput);
  if (!result.ok) throw new Error(`test snapshot is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}

export function agency(overrides: Partial<AgencyInput> & { units?: UnitInput[] } = {}): AgencyInput {
  return { id: "so-a", kind: "NOI_VU", name: "Sở Nội vụ", payroll: 50, deputies: 3, units: [], ...overrides };
}

/** A sở holding a single unit, with an office so that P-EST-02's holder rule stays quiet. */
export function agencyWith(unit: UnitInput, overrides: Partial<AgencyInput> = {}): AgencyInput {
  return agency({
    units: [{ id: "van-phong", type: "office", name: "Văn phòng", payroll: 8, deputies: 1 }, unit],
    ...overrides,
  });
}

export function division(overrides: Partial<DivisionInput> = {}): DivisionInput {
  return { id: "phong-x", name: "Phòng X", functions: [], payroll: 6, deputies: 1, ...overrides };
}

const commonDivisions: [string, DivisionInput["functions"]][] = [
  ["noi-vu", ["NOI_VU"]],
  ["tu-phap", ["TU_PHAP"]],
  ["tckh", ["TAI_CHINH_KE_HOACH"]],
  ["tnmt", ["TAI_NGUYEN_MOI_TRUONG"]],
  ["ldtbxh", ["LAO_DONG_TBXH"]],
  ["vhtt", ["VAN_HOA_THONG_TIN"]],
  ["gddt", ["GIAO_DUC_DAO_TAO"]],
  ["y-te", ["Y_TE"]],
  ["thanh-tra", ["THANH_TRA"]],
  ["van-phong", ["VAN_PHONG"]],
];

/** A compliant rural huyện: the 10 common divisions plus its two type-specific ones, 1 deputy each. */
export function ruralDistrict(overrides: Partial<DistrictInput> = {}): DistrictInput {
  return {
    id: "huyen-a",
    code: "999",
    name: "Huyện A",
    type: "rural_district",
    island: false,
    divisions: [
      ...commonDivisions.map(([id, functions]) =>
        division({ id: `huyen-a-${id}`, name: `Phòng ${id}`, functions }),
      ),
      division({ id: "huyen-a-nn", name: "Phòng Nông nghiệp và PTNT", functions: ["NONG_NGHIEP_PTNT"] }),
      division({ id: "huyen-a-ktht", name: "Phòng Kinh tế và Hạ tầng", functions: ["KINH_TE_HA_TANG"] }),
    ],
    ...overrides,
  };
}

export function ruleIds(
  findings: readonly { ruleId: string; severity: string }[],
  severity = "violation",
): string[] {
  return findings.filter((finding) => finding.severity === severity).map((finding) => finding.ruleId);
}
