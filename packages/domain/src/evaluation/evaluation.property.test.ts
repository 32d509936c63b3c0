// Property tests of the engine (CONVENTIONS.md "Tests"): on any schema-valid snapshot, evaluation never
// throws; adding a deputy never resolves a deputy violation; removing payroll never resolves a minimum-payroll
// violation; the same input gives the same findings in the same order. Snapshots are generated as *inputs*
// and read through parseSnapshot, so they are exactly what a file could contain.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { type Finding, findingSchema, summarizeFindings } from "../findings/finding.schema.ts";
import { rulePackIdSchema } from "../rule-packs/rule-pack-catalogue.ts";
import {
  agencyKindSchema,
  districtFunctionSchema,
  districtTypeSchema,
  positionGroupSchema,
  provinceClassSchema,
  rankCodeSchema,
} from "../snapshot/catalogue.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotInput } from "../snapshot/snapshot.schema.ts";
import type {
  AgencyInput,
  DistrictInput,
  DivisionInput,
  PositionInput,
  StaffInput,
  SubDivisionInput,
  UnitInput,
} from "../testing/builders.ts";
import { evaluateSnapshot, evaluateWithPack, rulePacks } from "./evaluate-snapshot.ts";

// The domain's tsconfig has no DOM and no Node types (the engine must not use host globals), so the
// host's structuredClone is declared here for the tests that compare an evaluation with one on a copy.
declare function structuredClone<T>(value: T): T;

const NUM_RUNS = 200;

// --- Arbitraries: shapes without ids, then ids assigned in one pass so that they are unique -----------

/** Dates inside the packs' windows, on and around every date a rule switches on or off. */
const datesInForce = [
  "2016-01-01",
  "2020-07-19",
  "2020-07-20",
  "2020-11-24",
  "2020-11-25",
  "2022-06-30",
  "2024-02-29",
  "2024-03-01",
  "2025-02-28",
  "2025-03-01",
  "2025-06-30",
  "2025-07-01",
  "2025-12-31",
  "2026-01-01",
] as const;
/** Dates no pack covers, or where only the province rules of RS-2014 apply (before 37/2014). */
const datesOutside = ["2013-12-31", "2014-05-19", "2014-05-20", "2014-06-19"] as const;
/** A day on which every dated value of the pack's rules is in force. */
const packDates: Record<string, string> = {
  "RS-2014": "2020-07-20",
  "RS-2020": "2024-03-01",
  "RS-2025A": "2025-03-01",
  "RS-2025B": "2025-12-31",
  "RS-2026": "2026-01-01",
};

const nameArb = fc.constantFrom(
  "Phòng Tổ chức cán bộ",
  "Sở Nội vụ",
  "  Văn phòng  ",
  "Chi cục Kiểm lâm",
  "Thanh tra".normalize("NFD"),
  "Phòng Kinh tế và Hạ tầng",
);
const payrollArb = fc.nat({ max: 20 });
const deputiesArb = fc.nat({ max: 6 });

type PositionShape = Omit<PositionInput, "id">;
type StaffShape = Omit<StaffInput, "id" | "positionId"> & { positionIndex: number | null };
interface DetailShape {
  positions: PositionShape[] | undefined;
  staff: StaffShape[] | undefined;
}

const positionArb: fc.Arbitrary<PositionShape> = fc.record({
  title: nameArb,
  group: fc.constantFrom(...positionGroupSchema.options),
  rank: fc.option(fc.constantFrom(...rankCodeSchema.options), { nil: null }),
  count: fc.nat({ max: 4 }),
});

const staffArb: fc.Arbitrary<StaffShape> = fc.record({
  fullName: nameArb,
  birthDate: fc.constantFrom("1970-02-28", "1985-01-01", "1996-12-31"),
  gender: fc.constantFrom("male" as const, "female" as const),
  role: fc.constantFrom("head" as const, "deputy" as const, "staff" as const),
  rank: fc.option(fc.constantFrom(...rankCodeSchema.options), { nil: null }),
  positionIndex: fc.option(fc.nat({ max: 5 }), { nil: null }),
});

const detailArb: fc.Arbitrary<DetailShape> = fc.record({
  positions: fc.option(fc.array(positionArb, { maxLength: 3 }), { nil: undefined, freq: 3 }),
  staff: fc.option(fc.array(staffArb, { maxLength: 4 }), { nil: undefined, freq: 3 }),
});

interface SimpleUnitShape {
  type: "division" | "office" | "inspectorate";
  name: string;
  payroll: number;
  deputies: number;
  detail: DetailShape;
}
interface SubDivisionShape {
  name: string;
  payroll: number;
  deputies: number;
  detail: DetailShape;
}
interface SubDepartmentShape {
  type: "sub_department";
  name: string;
  payroll: number;
  deputies: number;
  specialisedScope: boolean;
  delegatedAuthority: boolean;
  units: SubDivisionShape[];
  detail: DetailShape;
}
type UnitShape = SimpleUnitShape | SubDepartmentShape;

const subDivisionArb: fc.Arbitrary<SubDivisionShape> = fc.record({
  name: nameArb,
  payroll: payrollArb,
  deputies: deputiesArb,
  detail: detailArb,
});

const unitArb: fc.Arbitrary<UnitShape> = fc.oneof(
  fc.record({
    type: fc.constantFrom("division" as const, "office" as const, "inspectorate" as const),
    name: nameArb,
    payroll: payrollArb,
    deputies: deputiesArb,
    detail: detailArb,
  }),
  fc.record({
    type: fc.constant("sub_department" as const),
    name: nameArb,
    payroll: payrollArb,
    deputies: deputiesArb,
    specialisedScope: fc.boolean(),
    delegatedAuthority: fc.boolean(),
    units: fc.array(subDivisionArb, { maxLength: 5 }),
    detail: detailArb,
  }),
);

interface AgencyShape {
  kind: AgencyInput["kind"];
  name: string;
  payroll: number;
  deputies: number;
  /** Which division (if any) holds the office functions. */
  officeHolder: number | null;
  units: UnitShape[];
  detail: DetailShape;
}

const agencyArb: fc.Arbitrary<AgencyShape> = fc.record({
  kind: fc.constantFrom(...agencyKindSchema.options),
  name: nameArb,
  payroll: fc.nat({ max: 80 }),
  deputies: deputiesArb,
  officeHolder: fc.option(fc.nat({ max: 3 }), { nil: null }),
  units: fc.array(unitArb, { maxLength: 4 }),
  detail: detailArb,
});

interface DivisionShape {
  name: string;
  functions: DivisionInput["functions"];
  payroll: number;
  deputies: number;
  detail: DetailShape;
}

const divisionArb: fc.Arbitrary<DivisionShape> = fc.record({
  name: nameArb,
  functions: fc.subarray([...districtFunctionSchema.options], { maxLength: 3 }),
  payroll: payrollArb,
  deputies: deputiesArb,
  detail: detailArb,
});

interface DistrictShape {
  name: string;
  type: DistrictInput["type"];
  island: boolean;
  islandDivisionCap: number | null;
  ethnicMinority: { population: number; qualifyingArea: boolean };
  divisions: DivisionShape[];
}

const districtArb: fc.Arbitrary<DistrictShape> = fc.record({
  name: nameArb,
  type: fc.constantFrom(...districtTypeSchema.options),
  island: fc.boolean(),
  islandDivisionCap: fc.option(fc.integer({ min: 1, max: 14 }), { nil: null, freq: 4 }),
  ethnicMinority: fc.record({
    population: fc.oneof(fc.constantFrom(4999, 5000, 5001), fc.nat({ max: 20000 })),
    qualifyingArea: fc.boolean(),
  }),
  divisions: fc.array(divisionArb, { maxLength: 14 }),
});

interface SnapshotShape {
  asOf: string;
  provinceClass: SnapshotInput["province"]["class"];
  mergedFrom: number;
  agenciesComplete: boolean;
  agencies: AgencyShape[];
  districts: DistrictShape[];
}

function snapshotShapeArb(dates: readonly string[]): fc.Arbitrary<SnapshotShape> {
  return fc.record({
    asOf: fc.constantFrom(...dates),
    provinceClass: fc.constantFrom(...provinceClassSchema.options),
    mergedFrom: fc.integer({ min: 1, max: 3 }),
    agenciesComplete: fc.boolean(),
    agencies: fc.array(agencyArb, { maxLength: 4 }),
    districts: fc.array(districtArb, { maxLength: 2 }),
  });
}

/** Gives every organisation, position and staff member a unique id and resolves the references. */
function toInput(shape: SnapshotShape): SnapshotInput {
  let next = 0;
  const newId = (prefix: string): string => {
    next += 1;
    return `${prefix}-${next}`;
  };
  const detail = ({ positions, staff }: DetailShape): Pick<DivisionInput, "positions" | "staff"> => {
    const placed = positions?.map((item): PositionInput => ({ ...item, id: newId("vt") }));
    return {
      ...(placed === undefined ? {} : { positions: placed }),
      ...(staff === undefined
        ? {}
        : {
            staff: staff.map(({ positionIndex, ...member }): StaffInput => {
              const target = positionIndex === null ? undefined : placed?.[positionIndex % placed.length];
              return { ...member, id: newId("cb"), positionId: target?.id ?? null };
            }),
          }),
    };
  };
  const unit = (item: UnitShape): UnitInput => {
    const common = { id: newId("dv"), name: item.name, payroll: item.payroll, deputies: item.deputies };
    if (item.type !== "sub_department") return { ...common, type: item.type, ...detail(item.detail) };
    return {
      ...common,
      type: "sub_department",
      specialisedScope: item.specialisedScope,
      delegatedAuthority: item.delegatedAuthority,
      units: item.units.map((child): SubDivisionInput => ({
        id: newId("pcc"),
        type: "division",
        name: child.name,
        payroll: child.payroll,
        deputies: child.deputies,
        ...detail(child.detail),
      })),
      ...detail(item.detail),
    };
  };
  return {
    format: SNAPSHOT_FORMAT,
    asOf: shape.asOf,
    province: {
      code: "99",
      name: "Tỉnh Thử nghiệm",
      class: shape.provinceClass,
      mergedFrom: shape.mergedFrom,
      agenciesComplete: shape.agenciesComplete,
    },
    agencies: shape.agencies.map((item): AgencyInput => {
      const units = item.units.map(unit);
      const divisions = units.filter((candidate) => candidate.type === "division");
      const holder = item.officeHolder === null ? undefined : divisions[item.officeHolder % divisions.length];
      return {
        id: newId("so"),
        kind: item.kind,
        name: item.name,
        payroll: item.payroll,
        deputies: item.deputies,
        officeFunctionsUnitId: holder?.id ?? null,
        units,
        ...detail(item.detail),
      };
    }),
    districts: shape.districts.map((item): DistrictInput => ({
      id: newId("huyen"),
      code: String(next),
      name: item.name,
      type: item.type,
      island: item.island,
      islandDivisionCap: item.islandDivisionCap,
      ethnicMinority: item.ethnicMinority,
      divisions: item.divisions.map((division): DivisionInput => ({
        id: newId("phong"),
        name: division.name,
        functions: division.functions,
        payroll: division.payroll,
        deputies: division.deputies,
        ...detail(division.detail),
      })),
    })),
  };
}

function snapshotArb(dates: readonly string[]): fc.Arbitrary<Snapshot> {
  return snapshotShapeArb(dates).map((shape) => {
    const parsed = parseSnapshot(toInput(shape));
    // A generator that produced an invalid document is a bug of this test, not a counterexample.
    if (!parsed.ok) throw new Error(`generated snapshot is invalid: ${JSON.stringify(parsed.problems)}`);
    return parsed.value;
  });
}

// --- Helpers ---------------------------------------------------------------------------------------------

function findingsOf(snapshot: Snapshot): Finding[] {
  const outcome = evaluateSnapshot(snapshot);
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.result.findings;
}

/** Violations of the rules selected by `isRule`, as "ruleId subjectType:subjectId" keys. */
function violationKeys(findings: readonly Finding[], isRule: (ruleId: string) => boolean): Set<string> {
  return new Set(
    findings
      .filter((finding) => finding.severity === "violation" && isRule(finding.ruleId))
      .map((finding) => `${finding.ruleId} ${finding.subject.type}:${finding.subject.id}`),
  );
}

// T-2026-02 is left out on purpose: it compares a unit with its superior, so one more Phó Giám đốc can
// lawfully resolve a phòng's T-2026-02 violation (its own property is below).
const deputyRules = new Set(["D-DEP-01", "P-LEG-01", "D-LEG-01", "D25-DEP-01"]);
const isDeputyRule = (ruleId: string): boolean =>
  /^P(?:25|26)?-DEP-/u.test(ruleId) || deputyRules.has(ruleId);
const isEstablishmentRule = (ruleId: string): boolean => /^P(?:25|26)?-EST-/u.test(ruleId);

interface Holder {
  payroll: number;
  deputies: number;
}

/** Every agency, unit, phòng thuộc chi cục and district division of the snapshot (live references). */
function holders(snapshot: Snapshot): Holder[] {
  const found: Holder[] = [];
  for (const agency of snapshot.agencies) {
    found.push(agency);
    for (const unit of agency.units) {
      found.push(unit);
      if (unit.type === "sub_department") found.push(...unit.units);
    }
  }
  for (const district of snapshot.districts) found.push(...district.divisions);
  return found;
}

function missingFrom(before: Set<string>, after: Set<string>): string[] {
  return [...before].filter((key) => !after.has(key));
}

// --- Properties --------------------------------------------------------------------------------------------

describe("đánh giá — kiểm thử thuộc tính (fast-check)", () => {
  it("không bao giờ ném lỗi với snapshot hợp lệ, ở cả hai bộ quy tắc, và trả về phát hiện hợp lệ", () => {
    fc.assert(
      fc.property(snapshotArb([...datesInForce, ...datesOutside]), (snapshot) => {
        for (const ruleSet of [undefined, ...rulePackIdSchema.options]) {
          const outcome = evaluateSnapshot(snapshot, ruleSet === undefined ? {} : { ruleSet });
          if (!outcome.ok) {
            expect(ruleSet).toBeUndefined();
            expect(outcome.failure.code).toBe("NO_RULE_PACK_FOR_DATE");
            continue;
          }
          expect(findingSchema.array().safeParse(outcome.result.findings).success).toBe(true);
          expect(outcome.result.summary).toEqual(summarizeFindings(outcome.result.findings));
        }
        for (const pack of rulePacks) {
          // Also with the pack's own window forced, so that every rule of both packs runs.
          const date = packDates[pack.id] ?? "";
          expect(() => evaluateWithPack({ ...snapshot, asOf: date }, pack)).not.toThrow();
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("thêm một cấp phó ở bất kỳ sở, đơn vị hay phòng nào không bao giờ làm hết một vi phạm về cấp phó", () => {
    fc.assert(
      fc.property(snapshotArb(datesInForce), fc.nat(), (snapshot, pick) => {
        const changed = structuredClone(snapshot);
        const targets = holders(changed);
        fc.pre(targets.length > 0);
        const target = targets[pick % targets.length];
        if (target === undefined) return;
        target.deputies += 1;
        const before = violationKeys(findingsOf(snapshot), isDeputyRule);
        const after = violationKeys(findingsOf(changed), isDeputyRule);
        expect(missingFrom(before, after)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("T-2026-02: thêm một Phó Giám đốc không bao giờ gây vi phạm mới; thêm cấp phó cho đơn vị không làm hết vi phạm của nó", () => {
    const isSubordinateRule = (ruleId: string): boolean => ruleId === "T-2026-02";
    fc.assert(
      fc.property(snapshotArb(["2026-01-01"]), fc.nat(), (snapshot, pick) => {
        const agencyAt = (target: Snapshot) => target.agencies[pick % Math.max(1, target.agencies.length)];
        const chosen = agencyAt(snapshot);
        fc.pre(chosen !== undefined && chosen.units.length > 0);
        const before = violationKeys(findingsOf(snapshot), isSubordinateRule);

        // One more deputy for the superior (the sở): no T-2026-02 violation appears.
        const superiorMore = structuredClone(snapshot);
        const agency = agencyAt(superiorMore);
        if (agency === undefined) return;
        agency.deputies += 1;
        expect(missingFrom(violationKeys(findingsOf(superiorMore), isSubordinateRule), before)).toEqual([]);

        // One more deputy for one of its units: that unit's own violation, if any, stays.
        const unitMore = structuredClone(snapshot);
        const unit = agencyAt(unitMore)?.units[pick % chosen.units.length];
        if (unit === undefined) return;
        unit.deputies += 1;
        const own = `T-2026-02 unit:${unit.id}`;
        const after = violationKeys(findingsOf(unitMore), isSubordinateRule);
        expect(!before.has(own) || after.has(own)).toBe(true);
        expect(after.has(own)).toBe(unit.deputies > (agencyAt(unitMore)?.deputies ?? 0));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("giảm 1 biên chế ở bất kỳ đơn vị nào không bao giờ làm hết một vi phạm về biên chế tối thiểu (P-EST-*)", () => {
    fc.assert(
      fc.property(snapshotArb(datesInForce), fc.nat(), (snapshot, pick) => {
        const changed = structuredClone(snapshot);
        const targets = holders(changed).filter((holder) => holder.payroll > 0);
        fc.pre(targets.length > 0);
        const target = targets[pick % targets.length];
        if (target === undefined) return;
        target.payroll -= 1;
        const before = violationKeys(findingsOf(snapshot), isEstablishmentRule);
        const after = violationKeys(findingsOf(changed), isEstablishmentRule);
        expect(missingFrom(before, after)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("tất định: cùng snapshot, hoặc bản sao structuredClone, cho cùng các phát hiện theo cùng thứ tự", () => {
    fc.assert(
      fc.property(snapshotArb(datesInForce), (snapshot) => {
        const pristine = structuredClone(snapshot);
        for (const ruleSet of [undefined, ...rulePackIdSchema.options]) {
          const options = ruleSet === undefined ? {} : { ruleSet };
          const first = evaluateSnapshot(snapshot, options);
          expect(evaluateSnapshot(snapshot, options)).toStrictEqual(first);
          expect(evaluateSnapshot(structuredClone(snapshot), options)).toStrictEqual(first);
        }
        // Evaluation reads the snapshot and never changes it.
        expect(snapshot).toStrictEqual(pristine);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
