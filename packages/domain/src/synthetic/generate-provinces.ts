// A deterministic generator of synthetic but plausible province structures, for integration tests,
// benchmarks and demos at any scale: 63 provinces give ~705 districts and ~20,000 units, like the
// country before 2025. Same index and seed, same snapshot. All numbers are "số liệu minh họa".
// The structure follows the law of its date (`asOf`): the 17 sở and 12–13 district divisions of RS-2020
// before 01/03/2025, the 12 sở and 10 divisions of Decree 45/2025 from then, and no district from
// 01/07/2025 (two-tier local government; ADR 0034).
import {
  type AgencyKind,
  agencyKindNames,
  commonAgencyKinds2025,
  commonDistrictFunctions,
  commonDistrictFunctions2025,
  type DistrictFunction,
  districtFunctionNames,
  type ProvinceClass,
  ruralDistrictFunctions,
  ruralDistrictFunctions2025,
  urbanDistrictFunctions,
  urbanDistrictFunctions2025,
} from "../snapshot/catalogue.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotInput } from "../snapshot/snapshot.schema.ts";

/** mulberry32: a small, well-known seeded PRNG (the domain has no Math.random); tests replay seeds with it. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const agencyKinds: readonly AgencyKind[] = [
  "NOI_VU",
  "TU_PHAP",
  "KE_HOACH_DAU_TU",
  "TAI_CHINH",
  "CONG_THUONG",
  "NONG_NGHIEP_PTNT",
  "GIAO_THONG_VAN_TAI",
  "XAY_DUNG",
  "TAI_NGUYEN_MOI_TRUONG",
  "THONG_TIN_TRUYEN_THONG",
  "LAO_DONG_TBXH",
  "VAN_HOA_THE_THAO_DU_LICH",
  "KHOA_HOC_CONG_NGHE",
  "GIAO_DUC_DAO_TAO",
  "Y_TE",
  "THANH_TRA",
  "VAN_PHONG_UBND",
];

/** The first day of Decree 45/2025 (RS-2025A) and of two-tier local government (legal-rules.md §0). */
const DECREE_45_FROM = "2025-03-01";
const TWO_TIER_FROM = "2025-07-01";

export interface SyntheticProvinceOptions {
  /** 0-based position in the national dataset; also the PRNG seed's basis. */
  index: number;
  seed?: number;
  asOf?: string;
}

export function generateSyntheticProvince(options: SyntheticProvinceOptions): Snapshot {
  const random = createRandom((options.seed ?? 2020) * 1000 + options.index);
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const number = String(options.index + 1).padStart(2, "0");
  const provinceClass: ProvinceClass =
    options.index < 2 ? "special" : options.index % 5 === 0 ? "I" : options.index % 5 < 3 ? "II" : "III";
  const prefix = `t${number}`;
  const asOf = options.asOf ?? "2021-06-30";
  const merged2025 = asOf >= DECREE_45_FROM;

  const kinds: readonly AgencyKind[] = merged2025 ? commonAgencyKinds2025 : agencyKinds;
  const agencies: NonNullable<SnapshotInput["agencies"]> = kinds.map((kind, agencyIndex) => {
    const agencyId = `${prefix}-so-${agencyIndex + 1}`;
    const units: NonNullable<NonNullable<SnapshotInput["agencies"]>[number]["units"]> = [
      {
        id: `${agencyId}-vp`,
        type: "office",
        name: "Văn phòng",
        payroll: between(5, 12),
        deputies: between(0, 2),
      },
    ];
    const divisionCount = between(4, 9);
    for (let divisionIndex = 1; divisionIndex <= divisionCount; divisionIndex += 1) {
      units.push({
        id: `${agencyId}-p${divisionIndex}`,
        type: "division",
        name: `Phòng Nghiệp vụ ${divisionIndex}`,
        payroll: between(4, 16),
        deputies: between(0, 3),
      });
    }
    // Thanh tra sở ended in the 2025 re-organisation of the inspection system (legal-rules.md P-EST-05).
    if (kind !== "THANH_TRA" && kind !== "VAN_PHONG_UBND" && asOf < TWO_TIER_FROM) {
      units.push({
        id: `${agencyId}-tt`,
        type: "inspectorate",
        name: "Thanh tra sở",
        payroll: between(5, 10),
        deputies: between(1, 2),
      });
    }
    if (random() < 0.5) {
      const children = between(0, 5);

      units.push({
        id: `${agencyId}-cc`,
        type: "sub_department",
        name: `Chi cục chuyên ngành ${agencyIndex + 1}`,
        payroll: between(10, 30),
        deputies: between(1, 3),
        units: Array.from({ length: children }, (_, childIndex) => ({
          id: `${agencyId}-cc-p${childIndex + 1}`,
          type: "division" as const,
          name: `Phòng ${childIndex + 1} thuộc chi cục`,
          payroll: between(4, 9),
          deputies: between(0, 2),
        })),
      });
    }
    return {
      id: agencyId,
      kind,
      name: agencyKindNames[kind],
      payroll: units.reduce((sum, unit) => sum + unit.payroll, 0) + between(3, 6),
      deputies: between(2, 4),
      units,
    };
  });

  const districtCount = asOf >= TWO_TIER_FROM ? 0 : between(8, 14);
  const districts: NonNullable<SnapshotInput["districts"]> = Array.from(
    { length: districtCount },
    (_, districtIndex) => {
      const districtId = `${prefix}-h${String(districtIndex + 1).padStart(2, "0")}`;
      const urban = districtIndex % 4 === 0;
      const island = !urban && random() < 0.05;
      const functions: DistrictFunction[] = merged2025
        ? [
            ...commonDistrictFunctions2025,
            ...(urban ? urbanDistrictFunctions2025 : ruralDistrictFunctions2025),
          ]
        : [...commonDistrictFunctions, ...(urban ? urbanDistrictFunctions : ruralDistrictFunctions)];
      return {
        id: districtId,
        code: `${number}${String(districtIndex + 1).padStart(2, "0")}`,
        name: `${urban ? "Quận" : "Huyện"} Mô phỏng ${number}.${String(districtIndex + 1).padStart(2, "0")}`,
        type: urban ? ("urban_district" as const) : ("rural_district" as const),
        island,
        divisions: functions.map((code, divisionIndex) => ({
          id: `${districtId}-${divisionIndex + 1}`,
          name: `Phòng ${districtFunctionNames[code]}`,
          functions: [code],
          payroll: between(4, 12),
          deputies: between(1, 3),
        })),
      };
    },
  );

  const result = parseSnapshot({
    format: SNAPSHOT_FORMAT,
    asOf,
    province: {
      code: `9${number}`,
      name: `Tỉnh Mô phỏng ${number} (số liệu minh họa)`,
      class: provinceClass,
      agenciesComplete: true,
    },
    agencies,
    districts,
  } satisfies SnapshotInput);
  if (!result.ok)
    throw new Error(`synthetic province ${number} is invalid: ${JSON.stringify(result.problems[0])}`);
  return result.value;
}

/** `count` synthetic provinces (63 ≈ the country before 2025). */
export function generateSyntheticProvinces(count: number, seed?: number): Snapshot[] {
  return Array.from({ length: count }, (_, index) =>
    generateSyntheticProvince({ index, ...(seed === undefined ? {} : { seed }) }),
  );
}

export function countUnits(snapshot: Snapshot): number {
  let count = 0;
  for (const agency of snapshot.agencies) {
    for (const unit of agency.units) count += 1 + (unit.type === "sub_department" ? unit.units.length : 0);
  }
  for (const district of snapshot.districts) count += district.divisions.length;
  return count;
}
