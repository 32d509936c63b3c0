// Incremental re-evaluation equals a full evaluation (issue 5, item 3). Random small snapshots, random
// sequences of plan operations (generated against the snapshot of each step so that most of them apply;
// the ones applyOperation refuses are skipped), and after every applied operation the incremental result
// must be deeply equal to evaluateSnapshot's: same findings, same order, same summary. Snapshots carry
// commune-level units (snapshot/2) with stored re-arrangement dates (`reorganisedOn`), so the commune rules
// and the transitional surplus (T-2025-01, T-2026-01) are part of what must agree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { applyOperation } from "../plan/apply-operation.ts";
import type { Operation } from "../plan/plan.schema.ts";
import type { RulePackId } from "../rule-packs/rule-pack-catalogue.ts";
import type { CommuneFunction, DistrictFunction, LocalFunction } from "../snapshot/catalogue.ts";
import { communeFunctions, districtFunctionSchema } from "../snapshot/catalogue.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import {
  SNAPSHOT_FORMAT,
  type Agency,
  type District,
  type Snapshot,
  type SnapshotInput,
} from "../snapshot/snapshot.schema.ts";
import type {
  AgencyInput,
  CommuneInput,
  DistrictInput,
  DivisionInput,
  PositionInput,
  StaffInput,
  SubDivisionInput,
  UnitInput,
} from "../testing/builders.ts";
import { createSubjectEvaluator, evaluateSnapshot, rulePacks, unitScopesOf } from "./evaluate-snapshot.ts";
import { evaluateIndexed, type EvaluationIndex, reevaluate, touchedIds } from "./incremental-evaluation.ts";

const NUM_RUNS = 150;

// --- Small snapshots ----------------------------------------------------------------------------------------

/**
 * RS-2014 without and with job-position rules, RS-2020 before and after the inspectorate criterion,
 * RS-2025A (district rules of Decree 45/2025), RS-2025B (C26-ORG-01, C26-DEP-01 from 15/10/2025) and
 * RS-2026 (T-2026-02 reads the unit's superior; C26-ORG-02 the whole commune level).
 */
const dates = [
  "2016-01-01",
  "2020-08-01",
  "2021-06-30",
  "2024-03-01",
  "2025-04-15",
  "2025-11-01",
  "2026-03-31",
  "2031-03-01",
] as const;
/** Stored re-arrangement dates: a surplus is transitional, or its five years have run out by 2031. */
const reorganisedDates = ["2025-07-01", "2026-02-01"] as const;
const functionPool = districtFunctionSchema.options;
const names = ["Phòng Tổng hợp", "Phòng Kinh tế", "Văn phòng", "Chi cục Kiểm lâm", "Phòng Y tế"] as const;

interface DetailSeed {
  leadership: number;
  professional: number;
  staff: number;
}
const detailArb: fc.Arbitrary<DetailSeed | null> = fc.option(
  fc.record({ leadership: fc.nat({ max: 4 }), professional: fc.nat({ max: 4 }), staff: fc.nat({ max: 3 }) }),
  { freq: 3, nil: null },
);
interface HolderSeed {
  name: number;
  payroll: number;
  deputies: number;
  detail: DetailSeed | null;
}
const holderArb: fc.Arbitrary<HolderSeed> = fc.record({
  name: fc.nat({ max: names.length - 1 }),
  payroll: fc.nat({ max: 18 }),
  deputies: fc.nat({ max: 5 }),
  detail: detailArb,
});
interface UnitSeed extends HolderSeed {
  type: "division" | "office" | "inspectorate" | "sub_department";
  children: HolderSeed[];
  flags: boolean;
}
const unitArb: fc.Arbitrary<UnitSeed> = fc
  .record({
    type: fc.constantFrom(
      "division" as const,
      "office" as const,
      "inspectorate" as const,
      "sub_department" as const,
    ),
    children: fc.array(holderArb, { maxLength: 4 }),
    flags: fc.boolean(),
  })
  .chain((shape) => holderArb.map((holder) => ({ ...holder, ...shape })));
interface AgencySeed extends HolderSeed {
  kind: number;
  units: UnitSeed[];
  officeHolder: number | null;
}
const agencyArb: fc.Arbitrary<AgencySeed> = fc
  .record({
    kind: fc.nat({ max: 20 }),
    units: fc.array(unitArb, { maxLength: 4 }),
    officeHolder: fc.option(fc.nat({ max: 3 }), { nil: null }),
  })
  .chain((shape) => holderArb.map((holder) => ({ ...holder, ...shape })));
interface DivisionSeed extends HolderSeed {
  functions: DistrictFunction[];
}
const divisionArb: fc.Arbitrary<DivisionSeed> = fc
  .record({ functions: fc.subarray([...functionPool], { maxLength: 2 }) })
  .chain((shape) => holderArb.map((holder) => ({ ...holder, ...shape })));
interface DistrictSeed {
  island: boolean;
  urban: boolean;
  population: number;
  divisions: DivisionSeed[];
}
const districtArb: fc.Arbitrary<DistrictSeed> = fc.record({
  island: fc.boolean(),
  urban: fc.boolean(),
  population: fc.constantFrom(0, 6000),
  divisions: fc.array(divisionArb, { minLength: 8, maxLength: 14 }),
});
interface CommuneOrganisationSeed extends HolderSeed {
  centre: boolean;
  functions: CommuneFunction[];
  reorganisedOn: string | null;
}
const communeOrganisationArb: fc.Arbitrary<CommuneOrganisationSeed> = fc
  .record({
    centre: fc.boolean(),
    functions: fc.subarray([...communeFunctions], { maxLength: 2 }),
    reorganisedOn: fc.option(fc.constantFrom(...reorganisedDates), { nil: null, freq: 2 }),
  })
  .chain((shape) => holderArb.map((holder) => ({ ...holder, ...shape })));
interface CommuneSeed {
  type: "commune" | "ward" | "special_zone";
  urbanEconomy: boolean;
  organisations: CommuneOrganisationSeed[];
}
const communeArb: fc.Arbitrary<CommuneSeed> = fc.record({
  type: fc.constantFrom("commune" as const, "ward" as const, "special_zone" as const),
  urbanEconomy: fc.boolean(),
  organisations: fc.array(communeOrganisationArb, { minLength: 2, maxLength: 6 }),
});
interface SnapshotSeed {
  asOf: string;
  provinceClass: "special" | "I" | "II" | "III";
  agenciesComplete: boolean;
  agencies: AgencySeed[];
  districts: DistrictSeed[];
  communesComplete: boolean;
  communes: CommuneSeed[];
}
const snapshotSeedArb: fc.Arbitrary<SnapshotSeed> = fc.record({
  asOf: fc.constantFrom(...dates),
  provinceClass: fc.constantFrom("special" as const, "I" as const, "II" as const, "III" as const),
  agenciesComplete: fc.boolean(),
  agencies: fc.array(agencyArb, { maxLength: 3 }),
  districts: fc.array(districtArb, { maxLength: 2 }),
  communesComplete: fc.boolean(),
  communes: fc.array(communeArb, { maxLength: 3 }),
});

const agencyKinds = [
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
  "NGOAI_VU",
  "DAN_TOC",
  "DU_LICH",
  "QUY_HOACH_KIEN_TRUC",
  "NONG_NGHIEP_MOI_TRUONG",
  "DAN_TOC_TON_GIAO",
] as const;

function toSnapshot(seed: SnapshotSeed): Snapshot {
  let next = 0;
  const newId = (prefix: string): string => {
    next += 1;
    return `${prefix}-${next}`;
  };
  const detail = (seedDetail: DetailSeed | null): Pick<DivisionInput, "positions" | "staff"> => {
    if (seedDetail === null) return {};
    const positions: PositionInput[] = [
      {
        id: newId("vt"),
        title: "Lãnh đạo",
        group: "leadership",
        rank: "01.002",
        count: seedDetail.leadership,
      },
      {
        id: newId("vt"),
        title: "Chuyên viên",
        group: "professional",
        rank: "01.003",
        count: seedDetail.professional,
      },
    ];
    const staff: StaffInput[] = Array.from({ length: seedDetail.staff }, (_, index) => ({
      id: newId("cb"),
      fullName: "Nguyễn Văn An",
      birthDate: "1980-01-01",
      gender: "male",
      role: index === 0 ? "head" : "staff",
      positionId: positions[index % 2]?.id ?? null,
      rank: index % 2 === 0 ? "01.004" : "01.003",
    }));
    return { positions, staff };
  };
  const holder = (item: HolderSeed) => ({
    name: names[item.name] ?? "Phòng",
    payroll: item.payroll,
    deputies: item.deputies,
    ...detail(item.detail),
  });
  const unit = (item: UnitSeed): UnitInput => {
    if (item.type !== "sub_department") return { id: newId("dv"), type: item.type, ...holder(item) };
    return {
      id: newId("cc"),
      type: "sub_department",
      specialisedScope: item.flags,
      delegatedAuthority: true,
      ...holder(item),
      units: item.children.map((child): SubDivisionInput => ({
        id: newId("pcc"),
        type: "division",
        ...holder(child),
      })),
    };
  };
  const input: SnapshotInput = {
    format: SNAPSHOT_FORMAT,
    asOf: seed.asOf,
    province: {
      code: "99",
      name: "Tỉnh Thử nghiệm",
      class: seed.provinceClass,
      agenciesComplete: seed.agenciesComplete,
      communesComplete: seed.communesComplete,
    },
    agencies: seed.agencies.map((item): AgencyInput => {
      const units = item.units.map(unit);
      const divisions = units.filter((candidate) => candidate.type === "division");
      const holderUnit =
        item.officeHolder === null ? undefined : divisions[item.officeHolder % divisions.length];
      return {
        id: newId("so"),
        kind: agencyKinds[item.kind % agencyKinds.length] ?? "NOI_VU",
        ...holder(item),
        officeFunctionsUnitId: holderUnit?.id ?? null,
        units,
      };
    }),
    districts: seed.districts.map((item): DistrictInput => ({
      id: newId("huyen"),
      code: String(next),
      name: `Huyện ${next}`,
      type: item.urban ? "urban_district" : "rural_district",
      island: item.island,
      ethnicMinority: { population: item.population, qualifyingArea: item.population > 0 },
      divisions: item.divisions.map((division): DivisionInput => ({
        id: newId("phong"),
        functions: division.functions,
        ...holder(division),
      })),
    })),
    communes: seed.communes.map((item): CommuneInput => ({
      id: newId("xa"),
      code: String(next),
      name: `Xã ${next}`,
      type: item.type,
      urbanEconomy: item.urbanEconomy,
      organisations: item.organisations.map((organisation) => ({
        id: newId("tc"),
        type: organisation.centre ? ("service_centre" as const) : ("division" as const),
        functions: organisation.centre ? [] : organisation.functions,
        ...holder(organisation),
        // The format refuses a re-arrangement dated after the snapshot.
        ...(organisation.reorganisedOn === null || organisation.reorganisedOn > seed.asOf
          ? {}
          : { reorganisedOn: organisation.reorganisedOn }),
      })),
    })),
  };
  const parsed = parseSnapshot(input);
  if (!parsed.ok) throw new Error(`generated snapshot is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

const snapshotArb = snapshotSeedArb.map(toSnapshot);

// --- Operations, resolved against the snapshot of each step --------------------------------------------------

const operationKinds = ["merge", "split", "rename", "set", "transfer", "dissolve", "move", "create"] as const;
type OperationKind = (typeof operationKinds)[number];

interface OperationSeed {
  kind: OperationKind;
  picks: [number, number, number, number];
  flag: boolean;
}
const operationSeedArb: fc.Arbitrary<OperationSeed> = fc.record({
  kind: fc.constantFrom(...operationKinds),
  picks: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()),
  flag: fc.boolean(),
});

interface Holder {
  id: string;
  payroll: number;
  deputies: number;
  functions: readonly LocalFunction[];
}
interface Groups {
  /** Lists of siblings that one merge may combine. */
  siblings: string[][];
  /** Lists of nodes at one level (a dissolve hands one to another of the same list). */
  levels: string[][];
  holders: Holder[];
  districts: District[];
  agencies: Agency[];
  chiCuc: string[];
  communes: Snapshot["communes"];
  /** Every organisation id, districts and commune-level units included. */
  all: string[];
}

function groupsOf(snapshot: Snapshot): Groups {
  const groups: Groups = {
    siblings: [snapshot.agencies.map((agency) => agency.id)],
    levels: [snapshot.agencies.map((agency) => agency.id)],
    holders: [],
    districts: snapshot.districts,
    agencies: snapshot.agencies,
    chiCuc: [],
    communes: snapshot.communes,
    all: [],
  };
  const divisions: string[] = [];
  for (const agency of snapshot.agencies) {
    groups.holders.push({ ...agency, functions: [] });
    const plain = agency.units.filter((unit) => unit.type !== "sub_department").map((unit) => unit.id);
    const chiCuc = agency.units.filter((unit) => unit.type === "sub_department");
    groups.siblings.push(
      plain,
      chiCuc.map((unit) => unit.id),
    );
    const level = [...agency.units.map((unit) => unit.id)];
    for (const unit of agency.units) {
      groups.holders.push({ ...unit, functions: [] });
      if (unit.type !== "sub_department") continue;
      groups.chiCuc.push(unit.id);
      groups.siblings.push(unit.units.map((child) => child.id));
      for (const child of unit.units) {
        groups.holders.push({ ...child, functions: [] });
        level.push(child.id);
      }
    }
    groups.levels.push(level);
  }
  for (const district of snapshot.districts) {
    groups.siblings.push(district.divisions.map((division) => division.id));
    for (const division of district.divisions) {
      groups.holders.push(division);
      divisions.push(division.id);
    }
  }
  groups.levels.push(divisions);
  for (const commune of snapshot.communes) {
    // A merge and a dissolve stay inside one unit (and a merge inside one kind of organisation).
    for (const type of ["division", "service_centre"] as const)
      groups.siblings.push(commune.organisations.filter((item) => item.type === type).map((item) => item.id));
    groups.levels.push(commune.organisations.map((item) => item.id));
    for (const organisation of commune.organisations) groups.holders.push(organisation);
  }
  groups.all = [
    ...groups.holders.map((holder) => holder.id),
    ...snapshot.districts.map((district) => district.id),
    ...snapshot.communes.map((commune) => commune.id),
  ];
  return groups;
}

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** Two distinct members of one of the lists (a list with at least two members). */
function pickPair(lists: readonly string[][], first: number, second: number): [string, string] | undefined {
  const list = pick(
    lists.filter((candidate) => candidate.length >= 2),
    first,
  );
  if (!list) return undefined;
  const a = first % list.length;
  const b = (a + 1 + (second % (list.length - 1))) % list.length;
  const left = list[a];
  const right = list[b];
  return left === undefined || right === undefined ? undefined : [left, right];
}

function operationFor(snapshot: Snapshot, seed: OperationSeed, step: number): Operation | undefined {
  const groups = groupsOf(snapshot);
  const [p0, p1, p2, p3] = seed.picks;
  const fresh = (suffix: string): string => `moi-${step}-${suffix}`;
  const name = names[p3 % names.length] ?? "Phòng";
  switch (seed.kind) {
    case "merge": {
      const pair = pickPair(groups.siblings, p0, p1);
      if (!pair) return undefined;
      return {
        op: "merge",
        ids: pair,
        into: {
          id: seed.flag ? pair[0] : fresh("m"),
          name,
          ...(p2 % 3 === 0 ? { deputies: p2 % 4 } : {}),
        },
      };
    }
    case "split": {
      const source = pick(groups.holders, p0);
      if (!source) return undefined;
      const payroll = p1 % (source.payroll + 1);
      const deputies = p2 % (source.deputies + 1);
      const functions = source.functions.filter((_, index) => (p3 >> index) % 2 === 0);
      return {
        op: "split",
        id: source.id,
        into: [
          { id: fresh("a"), name, functions, payroll, deputies },
          {
            id: fresh("b"),
            name,
            functions: source.functions.filter((code) => !functions.includes(code)),
            payroll: source.payroll - payroll,
            deputies: source.deputies - deputies,
          },
        ],
      };
    }
    case "rename": {
      const id = pick(groups.all, p0);
      return id === undefined ? undefined : { op: "rename", id, name: `${name} ${p1 % 7}` };
    }
    case "set": {
      const target = pick(groups.holders, p0);
      if (!target) return undefined;
      const which = p3 % 3;
      return {
        op: "set",
        id: target.id,
        ...(which !== 1 ? { payroll: p1 % 19 } : {}),
        ...(which !== 0 ? { deputies: p2 % 6 } : {}),
      };
    }
    case "transfer": {
      const pair = seed.flag
        ? pickPair(groups.levels, p0, p1)
        : pickPair([groups.holders.map((h) => h.id)], p0, p1);
      if (!pair) return undefined;
      const from = groups.holders.find((holder) => holder.id === pair[0]);
      if (!from) return undefined;
      return {
        op: "transfer",
        from: pair[0],
        to: pair[1],
        payroll: p2 % (from.payroll + 1),
        functions: from.functions.filter((_, index) => (p3 >> index) % 2 === 0),
      };
    }
    case "dissolve": {
      const pair = pickPair(groups.levels, p0, p1);
      return pair ? { op: "dissolve", id: pair[0], transferTo: pair[1] } : undefined;
    }
    case "move": {
      const moveDivision = seed.flag && groups.districts.length >= 2;
      if (moveDivision) {
        const from = pick(groups.districts, p0);
        const division = pick(from?.divisions ?? [], p1);
        const to = pick(
          groups.districts.filter((district) => district !== from),
          p2,
        );
        return division && to ? { op: "move", id: division.id, parentId: to.id } : undefined;
      }
      const units = groups.agencies.flatMap((agency) => [
        ...agency.units.map((unit) => unit.id),
        ...agency.units.flatMap((unit) =>
          unit.type === "sub_department" ? unit.units.map((child) => child.id) : [],
        ),
      ]);
      const id = pick(units, p0);
      const parentId = pick([...groups.agencies.map((agency) => agency.id), ...groups.chiCuc], p1);
      return id !== undefined && parentId !== undefined ? { op: "move", id, parentId } : undefined;
    }
    case "create": {
      const common = { id: fresh("c"), name, payroll: p1 % 15, deputies: p2 % 4 };
      const where = p0 % 5;
      const communeUnit = pick(groups.communes, p3);
      if (where === 4 && communeUnit) {
        const centre = p3 % 3 === 0;
        return {
          op: "create",
          parentId: null,
          district: null,
          commune: communeUnit.id,
          unit: {
            ...common,
            type: centre ? "service_centre" : "division",
            functions: centre ? [] : communeFunctions.filter((_, index) => (p3 + index) % 3 === 0),
          },
        };
      }
      const district = pick(groups.districts, p3);
      if (where === 0 && district) {
        return {
          op: "create",
          parentId: null,
          district: district.id,
          unit: { ...common, functions: functionPool.filter((_, index) => (p3 + index) % 9 === 0) },
        };
      }
      const chiCuc = pick(groups.chiCuc, p3);
      if (where === 1 && chiCuc !== undefined)
        return { op: "create", parentId: chiCuc, district: null, unit: { ...common, type: "division" } };
      const agency = pick(groups.agencies, p3);
      if (where === 2 && agency) {
        const type =
          (["division", "office", "inspectorate", "sub_department"] as const)[p3 % 4] ?? "division";
        return { op: "create", parentId: agency.id, district: null, unit: { ...common, type } };
      }
      return {
        op: "create",
        parentId: null,
        district: null,
        unit: { ...common, kind: agencyKinds[p3 % agencyKinds.length] ?? "NOI_VU", units: [] },
      };
    }
  }
}

// --- Properties ---------------------------------------------------------------------------------------------

function fullEvaluation(snapshot: Snapshot, ruleSet: RulePackId | undefined) {
  const outcome = evaluateSnapshot(snapshot, ruleSet === undefined ? {} : { ruleSet });
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.result;
}

function indexOf(snapshot: Snapshot, ruleSet: RulePackId | undefined): EvaluationIndex {
  const outcome = evaluateIndexed(snapshot, ruleSet === undefined ? {} : { ruleSet });
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.index;
}

describe("đánh giá gia tăng — bằng đánh giá toàn bộ (fast-check)", () => {
  it("sau mỗi thao tác của một chuỗi ngẫu nhiên, kết quả gia tăng đúng bằng evaluateSnapshot", () => {
    const applied = new Map<OperationKind, number>(operationKinds.map((kind) => [kind, 0]));
    let reused = 0;
    fc.assert(
      fc.property(
        snapshotArb,
        fc.array(operationSeedArb, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(undefined, "RS-2014" as const, "RS-2020" as const),
        (baseline, seeds, ruleSet) => {
          const options = ruleSet === undefined ? {} : { ruleSet };
          const first = evaluateIndexed(baseline, options);
          if (!first.ok) throw new Error(first.failure.message.en);
          expect(first.result).toEqual(fullEvaluation(baseline, ruleSet));
          let index = first.index;
          let current = baseline;
          seeds.forEach((seed, step) => {
            const operation = operationFor(current, seed, step);
            if (!operation) return;
            const outcome = applyOperation(current, operation);
            if (!outcome.ok) return;
            applied.set(seed.kind, (applied.get(seed.kind) ?? 0) + 1);
            const after = outcome.snapshot;
            const next = reevaluate(index, after, touchedIds(current, operation, after), options);
            if (!next.ok) throw new Error(next.failure.message.en);
            expect(next.result).toEqual(fullEvaluation(after, ruleSet));
            reused += next.stats.reused;
            index = next.index;
            current = after;
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
    // The generator is only useful if the operations mostly apply: every kind must have been exercised.
    for (const kind of operationKinds) expect(applied.get(kind), kind).toBeGreaterThan(NUM_RUNS / 10);
    expect(reused).toBeGreaterThan(0);
  });

  it("quy ước phạm vi: quy tắc của một đơn vị, một phòng không đọc các đơn vị, phòng cùng cấp", () => {
    // What makes reuse exact: a unit's or division's findings are the same with its siblings removed
    // from the scope (agency.units, chi cục units, district.divisions).
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        for (const pack of rulePacks) {
          for (const date of ["2020-08-01", "2024-03-01"]) {
            const evaluator = createSubjectEvaluator(pack, date);
            const { province } = snapshot;
            for (const agency of snapshot.agencies) {
              for (const scope of unitScopesOf(agency, province)) {
                const alone = {
                  ...scope,
                  agency: { ...agency, units: [] },
                  parent: scope.parent === null ? null : { ...scope.parent, units: [] },
                };
                expect(evaluator.unit(alone)).toEqual(evaluator.unit(scope));
              }
            }
            for (const district of snapshot.districts) {
              for (const division of district.divisions) {
                const scope = { division, district, province };
                expect(evaluator.division({ ...scope, district: { ...district, divisions: [] } })).toEqual(
                  evaluator.division(scope),
                );
              }
            }
            for (const commune of snapshot.communes) {
              for (const organisation of commune.organisations) {
                const scope = { organisation, commune, province };
                expect(
                  evaluator.communeOrganisation({ ...scope, commune: { ...commune, organisations: [] } }),
                ).toEqual(evaluator.communeOrganisation(scope));
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("đánh giá gia tăng — chỉ tính lại phần bị ảnh hưởng", () => {
  const baseline = toSnapshot({
    asOf: "2021-06-30",
    provinceClass: "II",
    agenciesComplete: false,
    agencies: [
      {
        name: 0,
        payroll: 40,
        deputies: 3,
        detail: null,
        kind: 0,
        officeHolder: null,
        units: [
          { type: "office", name: 2, payroll: 8, deputies: 1, detail: null, children: [], flags: true },
          { type: "division", name: 0, payroll: 9, deputies: 3, detail: null, children: [], flags: true },
        ],
      },
    ],
    communesComplete: false,
    communes: [],
    districts: [
      {
        island: true,
        urban: false,
        population: 0,
        divisions: Array.from({ length: 11 }, (_, index) => ({
          name: 0,
          payroll: 6 + index,
          deputies: 2,
          detail: null,
          functions: [functionPool[index] ?? "NOI_VU"],
        })),
      },
    ],
  });

  it("đặt số phó của một phòng: chỉ tính lại phòng đó và huyện của nó", () => {
    const index = indexOf(baseline, undefined);
    const division = baseline.districts[0]?.divisions[3];
    if (!division) throw new Error("fixture");
    const operation: Operation = { op: "set", id: division.id, deputies: 4 };
    const outcome = applyOperation(baseline, operation);
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const touched = touchedIds(baseline, operation, outcome.snapshot);
    expect([...touched].sort()).toEqual([division.id, baseline.districts[0]?.id].sort());
    const next = reevaluate(index, outcome.snapshot, touched);
    if (!next.ok) throw new Error(next.failure.message.en);
    expect(next.stats).toEqual({ recomputed: 2, reused: 1 + 2 + 10 });
    expect(next.result).toEqual(fullEvaluation(outcome.snapshot, undefined));
    // reevaluate adds the ancestors itself: naming the division alone is enough.
    const fromDivision = reevaluate(index, outcome.snapshot, new Set([division.id]));
    if (!fromDivision.ok) throw new Error(fromDivision.failure.message.en);
    expect(fromDivision.result).toEqual(next.result);
    expect(fromDivision.stats).toEqual(next.stats);
  });

  it("đổi tên huyện: các phòng của huyện được tính lại (thông điệp nêu tên huyện)", () => {
    const district = baseline.districts[0];
    if (!district) throw new Error("fixture");
    const operation: Operation = { op: "rename", id: district.id, name: "Huyện Đổi Tên" };
    const outcome = applyOperation(baseline, operation);
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const touched = touchedIds(baseline, operation, outcome.snapshot);
    expect(touched.size).toBe(1 + district.divisions.length);
    const next = reevaluate(indexOf(baseline, undefined), outcome.snapshot, touched);
    if (!next.ok) throw new Error(next.failure.message.en);
    expect(next.result).toEqual(fullEvaluation(outcome.snapshot, undefined));
  });

  it("đổi ngày sang bộ quy tắc khác: tính lại toàn bộ, kể cả khi không nêu mã nào", () => {
    const index = indexOf(baseline, undefined);
    const earlier: Snapshot = { ...baseline, asOf: "2016-01-01" };
    const next = reevaluate(index, earlier, new Set());
    if (!next.ok) throw new Error(next.failure.message.en);
    expect(next.stats.reused).toBe(0);
    expect(next.result).toEqual(fullEvaluation(earlier, undefined));
  });

  it("ngày không có bộ quy tắc: trả về lỗi như evaluateSnapshot", () => {
    // Before Decree 24/2014 took effect no pack is in force (RS-2026 covers 2026 dates).
    const next = reevaluate(indexOf(baseline, undefined), { ...baseline, asOf: "2014-05-19" }, new Set());
    expect(next.ok).toBe(false);
    if (!next.ok) expect(next.failure.code).toBe("NO_RULE_PACK_FOR_DATE");
  });
});

describe("đánh giá gia tăng — cấp xã và ngày sắp xếp lưu trong cơ cấu", () => {
  const organisation = (deputies: number, reorganisedOn: string | null, centre = false) => ({
    name: 0,
    payroll: 6,
    deputies,
    detail: null,
    centre,
    functions: centre ? [] : (["VAN_PHONG"] as CommuneFunction[]),
    reorganisedOn,
  });
  const baseline = toSnapshot({
    asOf: "2026-03-31",
    provinceClass: "I",
    agenciesComplete: false,
    agencies: [],
    districts: [],
    communesComplete: true,
    communes: [
      {
        type: "special_zone",
        urbanEconomy: false,
        // 9 deputies for 4 organisations (at most 8), re-arranged on 01/07/2025: transitional to 01/07/2030.
        organisations: [
          organisation(3, "2025-07-01"),
          organisation(2, "2025-07-01"),
          organisation(2, "2025-07-01"),
          organisation(2, "2025-07-01", true),
        ],
      },
      {
        type: "ward",
        urbanEconomy: false,
        organisations: [organisation(1, null), organisation(1, null, true)],
      },
    ],
  });

  it("ngày sắp xếp lưu trong cơ cấu làm số phó vượt thành chuyển tiếp, như đánh giá toàn bộ", () => {
    const first = evaluateIndexed(baseline);
    if (!first.ok) throw new Error(first.failure.message.en);
    expect(first.result).toEqual(fullEvaluation(baseline, undefined));
    expect(first.result.findings.filter((finding) => finding.ruleId === "C26-DEP-01")).toMatchObject([
      { severity: "transitional", deadline: "2030-07-01" },
    ]);
  });

  it("đặt số phó của một tổ chức cấp xã: chỉ tính lại tổ chức đó và đơn vị cấp xã của nó", () => {
    const index = indexOf(baseline, undefined);
    const [special, ward] = baseline.communes;
    const target = special?.organisations[1];
    if (!special || !ward || !target) throw new Error("fixture");
    const operation: Operation = { op: "set", id: target.id, deputies: 0 };
    const outcome = applyOperation(baseline, operation);
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const touched = touchedIds(baseline, operation, outcome.snapshot);
    expect([...touched].sort()).toEqual([target.id, special.id].sort());
    const next = reevaluate(index, outcome.snapshot, touched);
    if (!next.ok) throw new Error(next.failure.message.en);
    expect(next.stats).toEqual({ recomputed: 2, reused: 3 + 1 + 2 });
    expect(next.result).toEqual(fullEvaluation(outcome.snapshot, undefined));
    expect(next.result.findings.filter((finding) => finding.ruleId === "C26-DEP-01")).toEqual([]);
  });
});
