// Property tests of the plan operations (CONVENTIONS.md "Tests"; issue 5): on random sequences of
// operations over small synthetic provinces,
//   (a) apply then undo is identity: the structure at `cursor − 1` is the structure before the operation;
//   (b) no operation produces negative payroll or dangling ids: every result reads back through
//       parseSnapshot and has no reference problem;
//   (c) a failed operation leaves its input unchanged (inputs are deep-frozen, and compared as JSON);
//   (d) evaluating every intermediate structure never throws.
// Operations are generated as templates whose ids are resolved against the structure they apply to, so
// most of them are valid-looking (siblings merged, allocations that add up) and some are not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import type { DistrictFunction } from "../snapshot/catalogue.ts";
import { findOrganisationNode } from "../snapshot/find-node.ts";
import { findReferenceProblems, parseSnapshot } from "../snapshot/parse-snapshot.ts";
import type { Agency, AgencyUnit, Snapshot } from "../snapshot/snapshot.schema.ts";
import { generateSyntheticProvince } from "../synthetic/generate-provinces.ts";
import { applyOperation, type OperationErrorCode } from "./apply-operation.ts";
import { type OperationHistory, recordOperation, redo, structureAt, undo } from "./apply-plan.ts";
import { type Operation, type OperationInput, operationSchema } from "./plan.schema.ts";

const NUM_RUNS = 150;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

// --- Small provinces: a synthetic province cut down to two sở and two huyện, with some detail -----------

function smallProvince(index: number): Snapshot {
  const full = generateSyntheticProvince({ index, asOf: "2021-06-30" });
  const withChiCuc = full.agencies.find((agency) =>
    agency.units.some((unit) => unit.type === "sub_department" && unit.units.length >= 2),
  );
  const other = full.agencies.find((agency) => agency !== withChiCuc);
  if (!withChiCuc || !other) throw new Error(`province ${index} has no chi cục with two phòng`);
  const keep = (agency: Agency): AgencyUnit[] => [
    ...agency.units.filter((unit) => unit.type !== "sub_department").slice(0, 4),
    ...agency.units.filter((unit) => unit.type === "sub_department"),
  ];
  const first: Agency = { ...withChiCuc, units: keep(withChiCuc) };
  // The second sở has no văn phòng: one of its phòng holds the office functions (P-EST-02).
  const otherUnits = keep(other).filter((unit) => unit.type !== "office");
  const holder = otherUnits.find((unit) => unit.type === "division");
  const second: Agency = { ...other, units: otherUnits, officeFunctionsUnitId: holder?.id ?? null };
  const withDetail = <T extends { id: string }>(node: T, count: number): T => ({
    ...node,
    positions: [
      { id: `${node.id}-vt-1`, title: "Chuyên viên", group: "professional", rank: "01.003", count },
      { id: `${node.id}-vt-2`, title: "Phó Trưởng phòng", group: "leadership", rank: "01.003", count: 1 },
    ],
    staff: [
      {
        id: `${node.id}-cb-1`,
        fullName: "Nguyễn Văn An",
        birthDate: "1980-01-01",
        gender: "male",
        positionId: `${node.id}-vt-1`,
        role: "staff",
        rank: "01.003",
      },
      {
        id: `${node.id}-cb-2`,
        fullName: "Trần Thị Bình",
        birthDate: "1975-05-05",
        gender: "female",
        positionId: null,
        role: "deputy",
        rank: null,
      },
    ],
  });
  first.units = first.units.map((unit, unitIndex) => (unitIndex === 1 ? withDetail(unit, 2) : unit));
  const districts = full.districts.slice(0, 2).map((district, districtIndex) => ({
    ...district,
    divisions: district.divisions
      .slice(0, 8)
      .map((division, divisionIndex) =>
        divisionIndex === districtIndex ? withDetail(division, 1 + districtIndex) : division,
      ),
  }));
  const result = parseSnapshot(JSON.parse(JSON.stringify({ ...full, agencies: [first, second], districts })));
  if (!result.ok)
    throw new Error(`small province ${index} is invalid: ${JSON.stringify(result.problems[0])}`);
  return deepFreeze(result.value);
}

const provinces: readonly Snapshot[] = [0, 3, 7].map(smallProvince);

// --- Operation templates --------------------------------------------------------------------------------

/** A choice among the candidates of the moment; -1 picks an id that does not exist. */
const pickArb = fc.oneof(
  { weight: 19, arbitrary: fc.nat({ max: 10_000 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const countArb = fc.nat({ max: 14 });

type Template =
  | {
      kind: "merge";
      group: number;
      picks: number[];
      sameParent: boolean;
      keepId: boolean;
      takenId: boolean;
      numbers: { payroll: number; deputies: number } | null;
    }
  | {
      kind: "split";
      pick: number;
      parts: number;
      exact: "yes" | "payroll" | "deputies" | "functions";
      takenId: boolean;
    }
  | { kind: "rename"; pick: number }
  | { kind: "create"; parent: number; payroll: number; deputies: number; takenId: boolean }
  | { kind: "dissolve"; pick: number; target: number; sameLevel: boolean }
  | { kind: "move"; pick: number; target: number }
  | {
      kind: "transfer";
      pick: number;
      target: number;
      share: number;
      functions: number;
      foreignFunction: boolean;
    }
  | { kind: "set"; pick: number; payroll: number | undefined; deputies: number | undefined };

const templateArb: fc.Arbitrary<Template> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("merge" as const),
      group: fc.nat({ max: 10_000 }),
      picks: fc.array(pickArb, { minLength: 2, maxLength: 3 }),
      // Mostly siblings (a merge that can apply), sometimes any ids at all.
      sameParent: fc.integer({ min: 0, max: 5 }).map((value) => value !== 0),
      keepId: fc.boolean(),
      takenId: fc.integer({ min: 0, max: 9 }).map((value) => value === 0),
      numbers: fc.option(fc.record({ payroll: countArb, deputies: countArb }), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("split" as const),
      pick: pickArb,
      parts: fc.integer({ min: 2, max: 3 }),
      exact: fc.constantFrom("yes", "yes", "yes", "payroll", "deputies", "functions"),
      takenId: fc.integer({ min: 0, max: 9 }).map((value) => value === 0),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), pick: pickArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("create" as const),
      parent: fc.nat({ max: 10_000 }),
      payroll: countArb,
      deputies: countArb,
      takenId: fc.integer({ min: 0, max: 9 }).map((value) => value === 0),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("dissolve" as const),
      pick: pickArb,
      target: pickArb,
      sameLevel: fc.integer({ min: 0, max: 4 }).map((value) => value !== 0),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("move" as const), pick: pickArb, target: pickArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("transfer" as const),
      pick: pickArb,
      target: pickArb,
      share: fc.integer({ min: 0, max: 12 }),
      functions: fc.nat({ max: 2 }),
      foreignFunction: fc.integer({ min: 0, max: 5 }).map((value) => value === 0),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      pick: pickArb,
      payroll: fc.option(countArb, { nil: undefined }),
      deputies: fc.option(countArb, { nil: undefined }),
    }),
  },
);

// --- Resolving a template against a structure -----------------------------------------------------------

interface Groups {
  /** Every agency, unit, district and division id. */
  all: string[];
  /** Lists of siblings that a merge accepts: the divisions of a huyện, the units of a sở or chi cục, the sở. */
  siblings: string[][];
  /** Where a unit can be created or moved to: huyện, sở, chi cục. */
  parents: string[];
}

function groupsOf(snapshot: Snapshot): Groups {
  const all: string[] = [];
  const siblings: string[][] = [snapshot.agencies.map((agency) => agency.id)];
  const parents: string[] = [];
  for (const agency of snapshot.agencies) {
    all.push(agency.id);
    parents.push(agency.id);
    siblings.push(agency.units.map((unit) => unit.id));
    for (const unit of agency.units) {
      all.push(unit.id);
      if (unit.type !== "sub_department") continue;
      parents.push(unit.id);
      siblings.push(unit.units.map((child) => child.id));
      all.push(...unit.units.map((child) => child.id));
    }
  }
  for (const district of snapshot.districts) {
    all.push(district.id);
    parents.push(district.id);
    siblings.push(district.divisions.map((division) => division.id));
    all.push(...district.divisions.map((division) => division.id));
  }
  return { all, siblings: siblings.filter((group) => group.length >= 2), parents };
}

function pickFrom(list: readonly string[], pick: number): string {
  if (pick < 0 || list.length === 0) return "khong-co-don-vi-nay";
  return list[pick % list.length] ?? "khong-co-don-vi-nay";
}

/** Fresh ids for one run: unique within the run, never in any generated province. */
function freshIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `moi-${next}`;
  };
}

function functionsOf(snapshot: Snapshot, id: string): DistrictFunction[] {
  const found = findOrganisationNode(snapshot, id);
  return found?.type === "division" ? found.node.functions : [];
}

function numbersOf(snapshot: Snapshot, id: string): { payroll: number; deputies: number } {
  const found = findOrganisationNode(snapshot, id);
  if (!found || found.type === "district") return { payroll: 0, deputies: 0 };
  return { payroll: found.node.payroll, deputies: found.node.deputies };
}

/** Splits `total` into `parts` whole numbers that add up to it. */
function allocate(total: number, parts: number): number[] {
  return Array.from(
    { length: parts },
    (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0),
  );
}

function instantiate(template: Template, snapshot: Snapshot, fresh: () => string): OperationInput {
  const groups = groupsOf(snapshot);
  const taken = (flag: boolean): string => (flag ? pickFrom(groups.all, 0) : fresh());
  switch (template.kind) {
    case "merge": {
      const group = groups.siblings[template.group % Math.max(1, groups.siblings.length)] ?? groups.all;
      const source = template.sameParent ? group : groups.all;
      const ids = template.picks.map((pick) => pickFrom(source, pick));
      const [first] = ids;
      return {
        op: "merge",
        ids,
        into: {
          id: template.takenId ? taken(true) : template.keepId && first !== undefined ? first : fresh(),
          name: "Đơn vị hợp nhất",
          ...(template.numbers ?? {}),
        },
      };
    }
    case "split": {
      const id = pickFrom(groups.all, template.pick);
      const { payroll, deputies } = numbersOf(snapshot, id);
      const functions = functionsOf(snapshot, id);
      const payrolls = allocate(payroll + (template.exact === "payroll" ? 1 : 0), template.parts);
      const deputyCounts = allocate(deputies + (template.exact === "deputies" ? 1 : 0), template.parts);
      const allocated = template.exact === "functions" ? [...functions, "DAN_TOC" as const] : functions;
      return {
        op: "split",
        id,
        into: Array.from({ length: template.parts }, (_, index) => ({
          id: index === 1 && template.takenId ? taken(true) : fresh(),
          name: `Phần ${index + 1}`,
          functions: allocated.filter((_code, codeIndex) => codeIndex % template.parts === index),
          payroll: payrolls[index] ?? 0,
          deputies: deputyCounts[index] ?? 0,
        })),
      };
    }
    case "rename":
      return { op: "rename", id: pickFrom(groups.all, template.pick), name: "Tên mới  " };
    case "create": {
      const options = [...groups.parents, null];
      const parentId = options[template.parent % options.length] ?? null;
      const id = taken(template.takenId);
      const numbers = { payroll: template.payroll, deputies: template.deputies };
      if (parentId === null) {
        return { op: "create", unit: { id, kind: "DU_LICH", name: "Sở Du lịch", ...numbers } };
      }
      const found = findOrganisationNode(snapshot, parentId);
      if (found?.type === "district") {
        return {
          op: "create",
          district: parentId,
          unit: { id, name: "Phòng mới", functions: ["DAN_TOC"], ...numbers },
        };
      }
      return { op: "create", parentId, unit: { id, type: "division", name: "Phòng mới", ...numbers } };
    }
    case "dissolve": {
      const id = pickFrom(groups.all, template.pick);
      const siblings = groups.siblings.find((group) => group.includes(id)) ?? groups.all;
      return {
        op: "dissolve",
        id,
        transferTo: pickFrom(template.sameLevel ? siblings : groups.all, template.target),
      };
    }
    case "move":
      return {
        op: "move",
        id: pickFrom(groups.all, template.pick),
        parentId: pickFrom(groups.parents, template.target),
      };
    case "transfer": {
      const from = pickFrom(groups.all, template.pick);
      const { payroll } = numbersOf(snapshot, from);
      const held = functionsOf(snapshot, from).slice(0, template.functions);
      return {
        op: "transfer",
        from,
        to: pickFrom(groups.all, template.target),
        // share/10 of the payroll: from none to 20 % more than the source has.
        payroll: Math.floor((payroll * template.share) / 10),
        functions: template.foreignFunction ? [...held, "DAN_TOC"] : held,
      };
    }
    case "set":
      return {
        op: "set",
        id: pickFrom(groups.all, template.pick),
        ...(template.payroll === undefined && template.deputies === undefined
          ? { deputies: 1 }
          : { payroll: template.payroll, deputies: template.deputies }),
      };
  }
}

/** A negative count anywhere in the document (payroll, deputies, position counts). */
function negativeCounts(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => negativeCounts(item, `${path}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === "number" && item < 0 ? [`${path}.${key}`] : negativeCounts(item, `${path}.${key}`),
  );
}

// --- The properties -------------------------------------------------------------------------------------

describe("plan operations on random sequences", () => {
  it("(a) undo is identity, (b) results are valid documents, (c) failures change nothing, (d) evaluation never throws", () => {
    const outcomes = new Map<string, { ok: number; failed: Set<OperationErrorCode> }>();

    fc.assert(
      fc.property(
        fc.nat({ max: provinces.length - 1 }),
        fc.array(templateArb, { minLength: 1, maxLength: 10 }),
        (provinceIndex, templates) => {
          const baseline = provinces[provinceIndex] ?? provinces[0];
          if (!baseline) throw new Error("no province");
          const fresh = freshIds();
          let history: OperationHistory = { operations: [], cursor: 0 };
          let current = baseline;

          for (const template of templates) {
            const operation: Operation = operationSchema.parse(instantiate(template, current, fresh));
            const before = JSON.stringify(current);
            const result = applyOperation(current, operation);
            const tally = outcomes.get(operation.op) ?? { ok: 0, failed: new Set<OperationErrorCode>() };
            outcomes.set(operation.op, tally);

            if (!result.ok) {
              // (c) The input is deep-frozen (a write would throw) and still serialises the same.
              tally.failed.add(result.error.code);
              expect(JSON.stringify(current)).toBe(before);
              expect(result.error.message.vi.length).toBeGreaterThan(0);
              continue;
            }
            tally.ok += 1;
            expect(JSON.stringify(current)).toBe(before);

            // (b) A result is what a file could contain: it reads back unchanged, references resolve,
            // no count is negative.
            const reread = parseSnapshot(JSON.parse(JSON.stringify(result.snapshot)));
            expect(reread.ok ? [] : reread.problems).toEqual([]);
            if (reread.ok) expect(reread.value).toEqual(result.snapshot);
            expect(findReferenceProblems(result.snapshot)).toEqual([]);
            expect(negativeCounts(result.snapshot)).toEqual([]);

            // (d) Evaluation never throws, under the pack in force and under the other pack.
            const inForce = evaluateSnapshot(result.snapshot);
            expect(inForce.ok).toBe(true);
            expect(evaluateSnapshot(result.snapshot, { ruleSet: "RS-2014" }).ok).toBe(true);

            // (a) Recorded, then undone: the structure before the operation, exactly; redone: the result.
            history = recordOperation(history, operation);
            const undone = structureAt(baseline, undo(history));
            expect(undone.ok && undone.snapshot).toEqual(current);
            const redone = structureAt(baseline, redo(undo(history)));
            expect(redone.ok && redone.snapshot).toEqual(result.snapshot);

            current = deepFreeze(result.snapshot);
          }
          // The whole history replays to the last structure.
          const replayed = structureAt(baseline, history);
          expect(replayed.ok && replayed.snapshot).toEqual(current);
        },
      ),
      { numRuns: NUM_RUNS },
    );

    // The generator reaches both outcomes of every operation: the properties are not vacuous.
    for (const op of ["merge", "split", "rename", "create", "dissolve", "move", "transfer", "set"]) {
      const tally = outcomes.get(op);
      expect(tally?.ok ?? 0, `${op} succeeded`).toBeGreaterThan(5);
      if (op !== "rename") expect(tally?.failed.size ?? 0, `${op} failed`).toBeGreaterThan(0);
    }
  });

  it("(a) undoing every operation of a random sequence, one by one, walks back through the same structures", () => {
    fc.assert(
      fc.property(fc.array(templateArb, { minLength: 1, maxLength: 8 }), (templates) => {
        const baseline = provinces[0];
        if (!baseline) throw new Error("no province");
        const fresh = freshIds();
        const structures: Snapshot[] = [baseline];
        let history: OperationHistory = { operations: [], cursor: 0 };
        for (const template of templates) {
          const current = structures[structures.length - 1] ?? baseline;
          const operation = operationSchema.parse(instantiate(template, current, fresh));
          const result = applyOperation(current, operation);
          if (!result.ok) continue;
          history = recordOperation(history, operation);
          structures.push(deepFreeze(result.snapshot));
        }
        for (let cursor = history.cursor; cursor >= 0; cursor -= 1) {
          const at = structureAt(baseline, { ...history, cursor });
          expect(at.ok && at.snapshot).toEqual(structures[cursor]);
          history = undo(history);
        }
      }),
      { numRuns: 60 },
    );
  });
});
