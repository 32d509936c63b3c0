// Applying a whole plan (formats.md `tinhgon.plan/1`): phases in order, each dated its effective date;
// the first operation that cannot apply stops everything and is named by phase, index and JSON path.
// Undo and redo over a list of operations (recordOperation, undo, redo, structureAt).
import { describe, expect, it } from "vitest";

import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import { buildOperation, buildPlan, buildSnapshot, islandDistrict } from "../testing/builders.ts";
import { applyOperation } from "./apply-operation.ts";
import {
  applyOperations,
  applyPlan,
  type OperationHistory,
  recordOperation,
  redo,
  structureAt,
  undo,
} from "./apply-plan.ts";
import type { Operation } from "./plan.schema.ts";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** An island huyện with 11 divisions and 23 deputies (the shape of Cát Hải before re-arrangement). */
const baseline: Snapshot = deepFreeze(
  buildSnapshot({ asOf: "2021-06-30", districts: [islandDistrict(11, 23)] }),
);
const baselineJson = JSON.stringify(baseline);

const mergeVhttYte = buildOperation({
  op: "merge",
  ids: ["huyen-a-vhtt", "huyen-a-y-te"],
  into: { id: "huyen-a-vhtt-yt", name: "Phòng Văn hóa, Thông tin và Y tế" },
});
const setVhttYte = buildOperation({ op: "set", id: "huyen-a-vhtt-yt", deputies: 1 });
const renameNoiVu = buildOperation({ op: "rename", id: "huyen-a-noi-vu", name: "Phòng Nội vụ" });
const mergeSelf = buildOperation({
  op: "merge",
  ids: ["huyen-a-tu-phap", "huyen-a-tu-phap"],
  into: { id: "huyen-a-tp", name: "Phòng Tư pháp" },
});
const unknownSet = buildOperation({ op: "set", id: "huyen-a-khong-co", deputies: 1 });

function divisionIds(snapshot: Snapshot): string[] {
  return snapshot.districts.flatMap((district) => district.divisions.map((division) => division.id));
}

function deputiesOf(snapshot: Snapshot, id: string): number | undefined {
  return snapshot.districts.flatMap((district) => district.divisions).find((item) => item.id === id)
    ?.deputies;
}

describe("applyPlan", () => {
  it("applies the phases in order, each on the structure the previous one left, each dated its effective date", () => {
    const plan = deepFreeze(
      buildPlan(baseline, [
        { name: "Giai đoạn 1", effectiveDate: "2021-07-01", operations: [mergeVhttYte] },
        { name: "Giai đoạn 2", effectiveDate: "2021-12-31", operations: [setVhttYte, renameNoiVu] },
      ]),
    );
    const result = applyPlan(plan);
    if (!result.ok) throw new Error(result.error.message.en);
    const [first, second] = result.phases;
    expect(result.phases).toHaveLength(2);
    expect(first?.name).toBe("Giai đoạn 1");
    expect(first?.effectiveDate).toBe("2021-07-01");
    expect(first?.snapshot.asOf).toBe("2021-07-01");
    expect(second?.effectiveDate).toBe("2021-12-31");
    expect(second?.snapshot.asOf).toBe("2021-12-31");

    expect(divisionIds(first?.snapshot ?? baseline)).toHaveLength(10);
    expect(deputiesOf(first?.snapshot ?? baseline, "huyen-a-vhtt-yt")).toBe(4);
    // Phase 2 starts from phase 1's structure: the merged division exists and gets its new number.
    expect(deputiesOf(second?.snapshot ?? baseline, "huyen-a-vhtt-yt")).toBe(1);

    // Each phase is exactly its operations applied to the previous step, then re-dated.
    const expectedFirst = applyOperation(baseline, mergeVhttYte);
    if (!expectedFirst.ok) throw new Error("merge failed");
    expect(first?.snapshot).toEqual({ ...expectedFirst.snapshot, asOf: "2021-07-01" });

    expect(JSON.stringify(baseline)).toBe(baselineJson);
  });

  it("a phase without operations repeats the previous structure under its own date", () => {
    const result = applyPlan(buildPlan(baseline, [{ effectiveDate: "2022-01-01" }]));
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.phases[0]?.snapshot).toEqual({ ...baseline, asOf: "2022-01-01" });
  });

  it("a plan without phases applies to nothing", () => {
    expect(applyPlan(buildPlan(baseline, []))).toEqual({ ok: true, phases: [] });
  });

  it("an operation that cannot apply is named by phase, index and path phases[i].operations[j]", () => {
    const result = applyPlan(
      buildPlan(baseline, [
        { name: "Giai đoạn 1", effectiveDate: "2021-07-01", operations: [mergeVhttYte] },
        { name: "Giai đoạn 2", effectiveDate: "2021-12-31", operations: [setVhttYte, mergeSelf] },
      ]),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: "MERGE_SELF",
        phaseIndex: 1,
        phaseName: "Giai đoạn 2",
        operationIndex: 1,
        path: "phases[1].operations[1]",
        message: {
          vi: "Giai đoạn 2, thao tác 2 (merge): không thể hợp nhất một đơn vị với chính nó (mã bị lặp)",
          en: "Giai đoạn 2, operation 2 (merge): cannot merge a unit with itself (repeated id)",
        },
      },
    });
  });

  it("an operation of phase 1 that refers to a unit only a later phase creates fails in phase 1", () => {
    const result = applyPlan(
      buildPlan(baseline, [
        { effectiveDate: "2021-07-01", operations: [setVhttYte] },
        { effectiveDate: "2021-12-31", operations: [mergeVhttYte] },
      ]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: "UNKNOWN_ID", path: "phases[0].operations[0]" });
      expect(result.error.message.vi).toContain('"huyen-a-vhtt-yt"');
    }
  });

  it("nothing after the failing operation is applied: the first failure is the one reported, and no phase is returned", () => {
    const result = applyPlan(
      buildPlan(baseline, [
        { effectiveDate: "2021-07-01", operations: [renameNoiVu, unknownSet, mergeSelf] },
        { effectiveDate: "2021-12-31", operations: [mergeSelf] },
      ]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: "UNKNOWN_ID", operationIndex: 1 });
    expect("phases" in result).toBe(false);
  });

  it("applyOperations: the operations before the failure are not returned half-applied", () => {
    const where = { phaseIndex: 3, phaseName: "Giai đoạn 4" };
    const result = applyOperations(baseline, [mergeVhttYte, setVhttYte, unknownSet, renameNoiVu], where);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: "UNKNOWN_ID",
        phaseIndex: 3,
        phaseName: "Giai đoạn 4",
        operationIndex: 2,
        path: "phases[3].operations[2]",
      }) as unknown,
    });
    expect(JSON.stringify(baseline)).toBe(baselineJson);
  });
});

describe("undo and redo", () => {
  const empty: OperationHistory = { operations: [], cursor: 0 };

  function structure(history: OperationHistory): Snapshot {
    const result = structureAt(baseline, history);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.snapshot;
  }

  function applyAll(operations: readonly Operation[]): Snapshot {
    let current = baseline;
    for (const operation of operations) {
      const result = applyOperation(current, operation);
      if (!result.ok) throw new Error(result.error.message.en);
      current = result.snapshot;
    }
    return current;
  }

  it("undo after record gives back the previous structure exactly; redo applies the operation again", () => {
    const one = recordOperation(empty, mergeVhttYte);
    const two = recordOperation(one, setVhttYte);
    expect(two).toEqual({ operations: [mergeVhttYte, setVhttYte], cursor: 2 });
    expect(structure(two)).toEqual(applyAll([mergeVhttYte, setVhttYte]));

    const undone = undo(two);
    expect(undone.cursor).toBe(1);
    expect(structure(undone)).toStrictEqual(structure(one));
    expect(structure(undo(undone))).toStrictEqual(baseline);

    const redone = redo(undone);
    expect(redone).toEqual(two);
    expect(structure(redone)).toStrictEqual(structure(two));
    expect(JSON.stringify(baseline)).toBe(baselineJson);
  });

  it("undo stops at the baseline and redo at the last operation", () => {
    const one = recordOperation(empty, mergeVhttYte);
    expect(undo(undo(undo(one)))).toEqual({ operations: [mergeVhttYte], cursor: 0 });
    expect(redo(redo(one))).toEqual(one);
    expect(undo(empty)).toEqual(empty);
    expect(redo(empty)).toEqual(empty);
  });

  it("recording after an undo drops the undone operations", () => {
    const three = [mergeVhttYte, setVhttYte, renameNoiVu].reduce(recordOperation, empty);
    const back = undo(undo(three));
    expect(back.cursor).toBe(1);
    const recorded = recordOperation(back, renameNoiVu);
    expect(recorded).toEqual({ operations: [mergeVhttYte, renameNoiVu], cursor: 2 });
    // The dropped operation cannot be redone.
    expect(redo(recorded)).toEqual(recorded);
    expect(structure(recorded)).toEqual(applyAll([mergeVhttYte, renameNoiVu]));
    expect(deputiesOf(structure(recorded), "huyen-a-vhtt-yt")).toBe(4);
  });

  it("the history itself is never changed by record, undo or redo", () => {
    const one = deepFreeze(recordOperation(empty, mergeVhttYte));
    const two = deepFreeze(recordOperation(one, setVhttYte));
    undo(two);
    redo(undo(two));
    recordOperation(undo(two), renameNoiVu);
    expect(two).toEqual({ operations: [mergeVhttYte, setVhttYte], cursor: 2 });
  });

  it("structureAt names the operation that cannot apply by its index in the history", () => {
    const history = [mergeVhttYte, unknownSet].reduce(recordOperation, empty);
    const result = structureAt(baseline, history);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: "UNKNOWN_ID", operationIndex: 1 });
    // Undoing the impossible operation gives back a structure.
    expect(structure(undo(history))).toEqual(applyAll([mergeVhttYte]));
  });
});
