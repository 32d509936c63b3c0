// Test builders: small, valid snapshots with only what a scenario needs. Used by the unit tests of the
// rules; not exported from the package.
import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import type { Finding, Severity } from "../findings/finding.schema.ts";
import { parsePlan } from "../plan/parse-plan.ts";
import {
  type Operation,
  type OperationInput,
  operationSchema,
  PLAN_FORMAT,
  type Plan,
  type PlanInput,
} from "../plan/plan.schema.ts";
import type { RulePackId } from "../rule-packs/rule-pack-catalogue.ts";
import {
  type AgencyKind,
  agencyKindNames,
  commonAgencyKinds,
  commonAgencyKinds2025,
  commonDistrictFunctions2025,
  type DistrictFunction,
  type ProvinceClass,
} from "../snapshot/catalogue.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotInput } from "../snapshot/snapshot.schema.ts";

export type AgencyInput = NonNullable<SnapshotInput["agencies"]>[number];
export type UnitInput = NonNullable<AgencyInput["units"]>[number];
export type SubDivisionInput = NonNullable<Extract<UnitInput, { type: "sub_department" }>["units"]>[number];
export type DistrictInput = NonNullable<SnapshotInput["districts"]>[number];
export type DivisionInput = DistrictInput["divisions"][number];
export type PositionInput = NonNullable<DivisionInput["positions"]>[number];
export type StaffInput = NonNullable<DivisionInput["staff"]>[number];
export type CommuneInput = NonNullable<SnapshotInput["communes"]>[number];
export type CommuneOrganisationInput = CommuneInput["organisations"][number];

/** Parses through the real schema, so a builder can never produce what a file could not contain. */
export function buildSnapshot(input: {
  asOf?: string;
  provinceClass?: ProvinceClass;
  /** Former provinces merged into this one (P26-DEP-01); the format's default, 1, when omitted. */
  mergedFrom?: number;
  agenciesComplete?: boolean;
  agencies?: AgencyInput[];
  districts?: DistrictInput[];
  /** snapshot/2: commune-level units, and whether they are all of the province's (C26-ORG-02). */
  communes?: CommuneInput[];
  communesComplete?: boolean;
}): Snapshot {
  const result = parseSnapshot({
    format: SNAPSHOT_FORMAT,
    asOf: input.asOf ?? "2021-06-30",
    province: {
      code: "99",
      name: "Tỉnh Thử nghiệm",
      class: input.provinceClass ?? "II",
      ...(input.mergedFrom === undefined ? {} : { mergedFrom: input.mergedFrom }),
      agenciesComplete: input.agenciesComplete ?? false,
      ...(input.communesComplete === undefined ? {} : { communesComplete: input.communesComplete }),
    },
    agencies: input.agencies ?? [],
    districts: input.districts ?? [],
    ...(input.communes === undefined ? {} : { communes: input.communes }),
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

// --- Scenario helpers (the per-provision *.scenarios.test.ts files) ------------------------------------

/** Every province class of the snapshot format, with the wording a test name uses. */
export const provinceClasses: readonly ProvinceClass[] = ["special", "I", "II", "III"];

export const provinceClassLabels: Record<ProvinceClass, string> = {
  special: "Hà Nội/TP.HCM (loại đặc biệt)",
  I: "tỉnh loại I",
  II: "tỉnh loại II",
  III: "tỉnh loại III",
};

/** A unit directly under a sở (phòng, văn phòng, thanh tra). */
export function unit(
  type: "division" | "office" | "inspectorate",
  overrides: Partial<Omit<Extract<UnitInput, { type: "division" }>, "type">> = {},
): UnitInput {
  return { id: `unit-${type}`, type, name: `Đơn vị ${type}`, payroll: 10, deputies: 1, ...overrides };
}

/** A chi cục with `divisionCount` phòng (payroll 6, 1 deputy each: compliant with P-EST-04 and P-DEP-06). */
export function subDepartment(
  divisionCount: number,
  overrides: Partial<Omit<Extract<UnitInput, { type: "sub_department" }>, "type">> = {},
): UnitInput {
  return {
    id: "chi-cuc",
    type: "sub_department",
    name: "Chi cục Thử nghiệm",
    payroll: 20,
    deputies: 1,
    units: Array.from({ length: divisionCount }, (_, index) => ({
      id: `chi-cuc-phong-${index + 1}`,
      type: "division" as const,
      name: `Phòng ${index + 1} thuộc chi cục`,
      payroll: 6,
      deputies: 1,
    })),
    ...overrides,
  };
}

/**
 * The 17 sở every province organises under RS-2020 (P-SO-01), without internal units: `VAN_HOA_THE_THAO`
 * is left out (it replaces VHTTDL only where a Sở Du lịch exists). Each has `deputies` deputy directors.
 */
export function commonAgencies(deputies = 3, except: readonly AgencyKind[] = []): AgencyInput[] {
  return commonAgencyKinds
    .filter((kind) => kind !== "VAN_HOA_THE_THAO" && !except.includes(kind))
    .map((kind) => ({
      id: `so-${kind.toLowerCase().replaceAll("_", "-")}`,
      kind,
      name: agencyKindNames[kind],
      payroll: 40,
      deputies,
    }));
}

/** The 12 sở every province organises from 01/03/2025 (P25-SO-01, P26-SO-01), as `commonAgencies` does. */
export function commonAgencies2025(deputies = 3, except: readonly AgencyKind[] = []): AgencyInput[] {
  return commonAgencyKinds2025
    .filter((kind) => !except.includes(kind))
    .map((kind) => ({
      id: `so-${kind.toLowerCase().replaceAll("_", "-")}`,
      kind,
      name: agencyKindNames[kind],
      payroll: 40,
      deputies,
    }));
}

/**
 * A district compliant with RS-2025A (D25-PH-01): the 9 common divisions plus the specific one of its
 * type (Tài nguyên và Môi trường in a quận, Nông nghiệp và Môi trường in a huyện), 1 deputy each.
 */
export function district2025(
  type: "urban_district" | "rural_district" = "rural_district",
  overrides: Partial<DistrictInput> = {},
): DistrictInput {
  const id = type === "rural_district" ? "huyen-b" : "quan-b";
  const specific: DistrictFunction =
    type === "rural_district" ? "NONG_NGHIEP_MOI_TRUONG" : "TAI_NGUYEN_MOI_TRUONG";
  return {
    id,
    code: "997",
    name: type === "rural_district" ? "Huyện B" : "Quận B",
    type,
    island: false,
    divisions: [...commonDistrictFunctions2025, specific].map((code: DistrictFunction) =>
      division({
        id: `${id}-${code.toLowerCase().replaceAll("_", "-")}`,
        name: `Phòng ${code}`,
        functions: [code],
      }),
    ),
    ...overrides,
  };
}

/** A compliant quận: the 10 common divisions plus Kinh tế and Quản lý đô thị, 1 deputy each. */
export function urbanDistrict(overrides: Partial<DistrictInput> = {}): DistrictInput {
  return {
    id: "quan-a",
    code: "998",
    name: "Quận A",
    type: "urban_district",
    island: false,
    divisions: [
      ...commonDivisions.map(([id, functions]) =>
        division({ id: `quan-a-${id}`, name: `Phòng ${id}`, functions }),
      ),
      division({ id: "quan-a-kt", name: "Phòng Kinh tế", functions: ["KINH_TE"] }),
      division({ id: "quan-a-qldt", name: "Phòng Quản lý đô thị", functions: ["QUAN_LY_DO_THI"] }),
    ],
    ...overrides,
  };
}

/**
 * A district with exactly `count` divisions: the compliant rural set, cut or extended with divisions that
 * hold no function. For the counting rules (D-PH-04, D-PH-05, D-DEP-01), which look only at the number.
 */
export function districtWithDivisions(count: number, overrides: Partial<DistrictInput> = {}): DistrictInput {
  const base = ruralDistrict().divisions;
  const extra = Array.from({ length: Math.max(0, count - base.length) }, (_, index) =>
    division({ id: `huyen-a-them-${index + 1}`, name: `Phòng bổ sung ${index + 1}` }),
  );
  return ruralDistrict({ divisions: [...base, ...extra].slice(0, count), ...overrides });
}

/** The findings of the pack in force on the snapshot's date (or of `ruleSet`); a failure throws. */
export function evaluateFindings(snapshot: Snapshot, ruleSet?: RulePackId): Finding[] {
  const outcome = evaluateSnapshot(snapshot, ruleSet === undefined ? {} : { ruleSet });
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.result.findings;
}

/** The findings of one rule, optionally of one severity. */
export function findingsOf(findings: readonly Finding[], ruleId: string, severity?: Severity): Finding[] {
  return findings.filter(
    (finding) => finding.ruleId === ruleId && (severity === undefined || finding.severity === severity),
  );
}

export interface ThresholdRow {
  /** The number the rule compares (deputies, payroll, divisions …). */
  actual: number;
  complies: boolean;
  /** "hợp lệ" or "vi phạm", for the test name. */
  verdict: string;
}

/** Below, at and above a maximum: `limit - 1` (when ≥ 0) and `limit` comply; `limit + 1` does not. */
export function aroundMaximum<T extends { limit: number }>(row: T): (T & ThresholdRow)[] {
  return [row.limit - 1, row.limit, row.limit + 1]
    .filter((actual) => actual >= 0)
    .map((actual) => {
      const complies = actual <= row.limit;
      return { ...row, actual, complies, verdict: complies ? "hợp lệ" : "vi phạm" };
    });
}

/** Below, at and above a minimum: `limit - 1` does not comply (when ≥ 0); `limit` and `limit + 1` do. */
export function aroundMinimum<T extends { limit: number }>(row: T): (T & ThresholdRow)[] {
  return [row.limit - 1, row.limit, row.limit + 1]
    .filter((actual) => actual >= 0)
    .map((actual) => {
      const complies = actual >= row.limit;
      return { ...row, actual, complies, verdict: complies ? "hợp lệ" : "vi phạm" };
    });
}

/**
 * Rows for `it.each(…)("%s", (_name, row) => …)`: each row with its full test name, so the name reads as
 * Vietnamese text (vitest's `$field` interpolation quotes strings and prints 0 as "+0").
 */
export function named<T>(rows: readonly T[], name: (row: T) => string): [string, T][] {
  return rows.map((row) => [name(row), row]);
}

/** A job position (Decree 62/2020): a professional "Chuyên viên" position for one person unless overridden. */
export function position(overrides: Partial<PositionInput> & Pick<PositionInput, "id">): PositionInput {
  return { title: "Chuyên viên", group: "professional", count: 1, ...overrides };
}

/** A civil servant, placed nowhere and with no rank unless overridden. */
export function staffMember(overrides: Partial<StaffInput> & Pick<StaffInput, "id">): StaffInput {
  return {
    fullName: "Nguyễn Văn An",
    birthDate: "1985-01-01",
    gender: "male",
    role: "staff",
    positionId: null,
    rank: null,
    ...overrides,
  };
}

// --- Plans (packages/domain/src/plan) -----------------------------------------------------------------

/** One plan operation read through the real schema (defaults applied), as a plan file would give it. */
export function buildOperation(input: OperationInput): Operation {
  return operationSchema.parse(input);
}

/** A plan over `baseline`, read through parsePlan; a plan the format would refuse throws. */
export function buildPlan(
  baseline: Snapshot,
  phases: { name?: string; effectiveDate: string; operations?: OperationInput[] }[],
  title = "Phương án thử nghiệm",
): Plan {
  const result = parsePlan({
    format: PLAN_FORMAT,
    title,
    baseline,
    phases: phases.map((phase, index) => ({
      name: phase.name ?? `Giai đoạn ${index + 1}`,
      effectiveDate: phase.effectiveDate,
      operations: phase.operations ?? [],
    })),
  } satisfies PlanInput);
  if (!result.ok) throw new Error(`test plan is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/**
 * An island huyện (D-PH-04) with `count` divisions — the compliant rural set cut or extended — holding
 * `deputies` Phó Trưởng phòng in total, spread as evenly as possible from the first division on.
 */
export function islandDistrict(
  count: number,
  deputies: number,
  overrides: Partial<DistrictInput> = {},
): DistrictInput {
  const base = districtWithDivisions(count);
  const divisions = base.divisions.map((item, index) => ({
    ...item,
    deputies: Math.floor(deputies / count) + (index < deputies % count ? 1 : 0),
  }));
  return { ...base, island: true, divisions, ...overrides };
}

// --- The commune level (snapshot/2, C26-*) ---------------------------------------------------------------

/**
 * A compliant commune-level unit (C26-ORG-01): Văn phòng HĐND và UBND, the economy phòng of its type
 * (Kinh tế; Kinh tế, Hạ tầng và Đô thị for a phường or an `urbanEconomy` đặc khu), Văn hóa - Xã hội and
 * the service centre, payroll 6 and 1 deputy each. Ids start with the unit's id.
 */
export function commune(
  type: CommuneInput["type"] = "commune",
  overrides: Partial<CommuneInput> & { id?: string } = {},
): CommuneInput {
  const id = overrides.id ?? (type === "commune" ? "xa-a" : type === "ward" ? "phuong-a" : "dac-khu-a");
  const urban = type === "ward" || (type === "special_zone" && overrides.urbanEconomy === true);
  const organisation = (
    suffix: string,
    name: string,
    functions: CommuneOrganisationInput["functions"],
  ): CommuneOrganisationInput => ({
    id: `${id}-${suffix}`,
    type: "division",
    name,
    functions,
    payroll: 6,
    deputies: 1,
  });
  return {
    id,
    code: "99001",
    name: type === "commune" ? "Xã A" : type === "ward" ? "Phường A" : "Đặc khu A",
    type,
    organisations: [
      organisation("vp", "Văn phòng HĐND và UBND", ["VAN_PHONG"]),
      urban
        ? organisation("ktht", "Phòng Kinh tế, Hạ tầng và Đô thị", ["KINH_TE_HA_TANG_DO_THI"])
        : organisation("kt", "Phòng Kinh tế", ["KINH_TE"]),
      organisation("vhxh", "Phòng Văn hóa - Xã hội", ["VAN_HOA_XA_HOI"]),
      {
        id: `${id}-ttphvhcc`,
        type: "service_centre",
        name: "Trung tâm phục vụ hành chính công",
        payroll: 6,
        deputies: 1,
      },
    ],
    ...overrides,
  };
}
