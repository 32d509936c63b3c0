// Plan edits (the editor's unit of change) and undo/redo: on the Cát Hải example plan, named cases for
// each kind, then a property — for random sequences of edits, undoing every change gives back the plan
// exactly, and redoing every change gives back the edited plan.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import catHaiPlanDocument from "../../../../examples/cat-hai-2021.plan.json" with { type: "json" };

import { parsePlan } from "./parse-plan.ts";
import {
  applyPlanEdits,
  editPlan,
  emptyPlanEditHistory,
  type PlanEdit,
  type PlanEditHistory,
  planEditSchema,
  redoPlanEdit,
  undoPlanEdit,
} from "./plan-edits.ts";
import type { Phase, Plan } from "./plan.schema.ts";

function loadCatHai(): Plan {
  const parsed = parsePlan(catHaiPlanDocument);
  if (!parsed.ok) throw new Error("the example plan does not parse");
  return parsed.value;
}

const catHai = loadCatHai();

function mustEdit(plan: Plan, history: PlanEditHistory, edits: PlanEdit[]) {
  const move = editPlan(plan, history, edits);
  if (!move.ok) throw new Error(move.error.message.en);
  return move;
}

describe("plan edits", () => {
  it("adds an operation at the end of a phase and undoes it exactly", () => {
    const edit: PlanEdit = {
      kind: "addOperation",
      phaseIndex: 1,
      operation: { op: "rename", id: "cat-hai-kinh-te", name: "Phòng Kinh tế và Hạ tầng" },
    };
    const move = mustEdit(catHai, emptyPlanEditHistory, [edit]);
    expect(move.plan.phases[1]?.operations).toHaveLength(4);
    expect(move.history.undo).toEqual([[{ kind: "removeOperation", phaseIndex: 1, operationIndex: 3 }]]);
    const undone = undoPlanEdit(move.plan, move.history);
    expect(undone?.ok && undone.plan).toEqual(catHai);
    expect(undone?.ok && undone.history.redo).toHaveLength(1);
  });

  it("refuses an operation that does not apply, naming the reason, and leaves the plan as it was", () => {
    const move = editPlan(catHai, emptyPlanEditHistory, [
      { kind: "addOperation", phaseIndex: 0, operation: { op: "rename", id: "khong-co", name: "X" } },
    ]);
    expect(move.ok).toBe(false);
    if (move.ok) return;
    expect(move.error.code).toBe("PLAN_OPERATION_INVALID");
    expect(move.error.message.vi).toContain("khong-co");
  });

  it("refuses removing an operation a later one depends on", () => {
    // Phase 2 sets the deputies of the unit that phase 1's merge creates.
    const move = editPlan(catHai, emptyPlanEditHistory, [
      { kind: "removeOperation", phaseIndex: 0, operationIndex: 0 },
    ]);
    expect(move.ok).toBe(false);
  });

  it("replaces an operation in place (editing it in its form)", () => {
    const move = mustEdit(catHai, emptyPlanEditHistory, [
      {
        kind: "replaceOperation",
        phaseIndex: 1,
        operationIndex: 1,
        operation: { op: "set", id: "cat-hai-tai-nguyen-moi-truong", deputies: 2 },
      },
    ]);
    expect(move.plan.phases[1]?.operations[1]).toEqual({
      op: "set",
      id: "cat-hai-tai-nguyen-moi-truong",
      deputies: 2,
    });
    expect(undoPlanEdit(move.plan, move.history)).toMatchObject({ ok: true, plan: catHai });
  });

  it("undoes several edits sent together as one step (an applied fix suggestion)", () => {
    const edits: PlanEdit[] = [
      { kind: "addOperation", phaseIndex: 0, operation: { op: "set", id: "cat-hai-kinh-te", deputies: 2 } },
      { kind: "addOperation", phaseIndex: 0, operation: { op: "set", id: "cat-hai-tu-phap", deputies: 1 } },
    ];
    const move = mustEdit(catHai, emptyPlanEditHistory, edits);
    expect(move.history.undo).toHaveLength(1);
    const undone = undoPlanEdit(move.plan, move.history);
    expect(undone).toMatchObject({ ok: true, plan: catHai });
    if (!undone?.ok) return;
    expect(redoPlanEdit(undone.plan, undone.history)).toMatchObject({ ok: true, plan: move.plan });
  });

  it("renames and re-dates a phase, inserts one and removes one, each undone exactly", () => {
    const renamed = mustEdit(catHai, emptyPlanEditHistory, [
      { kind: "updatePhase", phaseIndex: 0, changes: { effectiveDate: "2021-08-01" } },
    ]);
    expect(renamed.history.undo[0]).toEqual([
      { kind: "updatePhase", phaseIndex: 0, changes: { effectiveDate: "2021-07-01" } },
    ]);
    const removed = mustEdit(renamed.plan, renamed.history, [{ kind: "removePhase", phaseIndex: 1 }]);
    expect(removed.plan.phases).toHaveLength(1);
    const inserted = mustEdit(removed.plan, removed.history, [
      {
        kind: "insertPhase",
        at: 0,
        phase: { name: "Chuẩn bị", effectiveDate: "2021-07-01", operations: [] },
      },
    ]);
    expect(inserted.plan.phases.map((phase) => phase.name)).toEqual([
      "Chuẩn bị",
      "Giai đoạn 1: hợp nhất phòng",
    ]);
    let plan = inserted.plan;
    let history = inserted.history;
    for (let step = 0; step < 3; step += 1) {
      const undone = undoPlanEdit(plan, history);
      if (!undone?.ok) throw new Error("undo failed");
      ({ plan, history } = undone);
    }
    expect(plan).toEqual(catHai);
    expect(undoPlanEdit(plan, history)).toBeUndefined();
  });

  it("never removes the last phase", () => {
    const single = { ...catHai, phases: catHai.phases.slice(0, 1) };
    const move = editPlan(single, emptyPlanEditHistory, [{ kind: "removePhase", phaseIndex: 0 }]);
    expect(move).toMatchObject({ ok: false, error: { code: "LAST_PHASE" } });
  });

  it("applies edits all or nothing", () => {
    const result = applyPlanEdits(catHai, [
      { kind: "updatePhase", phaseIndex: 0, changes: { name: "Đổi tên" } },
      { kind: "removeOperation", phaseIndex: 5, operationIndex: 0 },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: "PHASE_NOT_FOUND" } });
  });

  it("refuses an edit of an unknown kind or with an unknown field (the API's input)", () => {
    expect(planEditSchema.safeParse({ kind: "explode", phaseIndex: 0 }).success).toBe(false);
    expect(planEditSchema.safeParse({ kind: "removePhase", phaseIndex: 0, force: true }).success).toBe(false);
  });
});

const divisionIds = catHai.baseline.districts[0]?.divisions.map((division) => division.id) ?? [];

const arbitraryEdit: fc.Arbitrary<PlanEdit> = fc.oneof(
  fc.record({
    kind: fc.constant("addOperation" as const),
    phaseIndex: fc.nat(2),
    operation: fc.oneof(
      fc.record({
        op: fc.constant("set" as const),
        id: fc.constantFrom(...divisionIds),
        deputies: fc.nat(4),
      }),
      fc.record({
        op: fc.constant("rename" as const),
        id: fc.constantFrom(...divisionIds),
        name: fc.constantFrom("Phòng A", "Phòng B"),
      }),
    ),
    at: fc.option(fc.nat(4), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("removeOperation" as const),
    phaseIndex: fc.nat(2),
    operationIndex: fc.nat(4),
  }),
  fc.record({
    kind: fc.constant("moveOperation" as const),
    phaseIndex: fc.nat(2),
    from: fc.nat(4),
    to: fc.nat(4),
  }),
  fc.record({
    kind: fc.constant("updatePhase" as const),
    phaseIndex: fc.nat(2),
    changes: fc.record({ name: fc.constantFrom("Giai đoạn X", "Giai đoạn Y") }),
  }),
  fc.record({ kind: fc.constant("removePhase" as const), phaseIndex: fc.nat(2) }),
  fc.record({
    kind: fc.constant("insertPhase" as const),
    at: fc.option(fc.nat(3), { nil: undefined }),
    phase: fc.constant<Phase>({ name: "Giai đoạn mới", effectiveDate: "2022-06-30", operations: [] }),
  }),
);

describe("undo and redo (property)", () => {
  it("undoing every accepted change restores the plan; redoing them all restores the edited plan", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbitraryEdit, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        (changes) => {
          let plan = catHai;
          let history = emptyPlanEditHistory;
          for (const edits of changes) {
            const move = editPlan(plan, history, edits);
            if (move.ok) ({ plan, history } = move);
          }
          const edited = plan;
          const accepted = history.undo.length;
          for (let step = 0; step < accepted; step += 1) {
            const move = undoPlanEdit(plan, history);
            expect(move?.ok).toBe(true);
            if (move?.ok) ({ plan, history } = move);
          }
          expect(plan).toEqual(catHai);
          for (let step = 0; step < accepted; step += 1) {
            const move = redoPlanEdit(plan, history);
            expect(move?.ok).toBe(true);
            if (move?.ok) ({ plan, history } = move);
          }
          expect(plan).toEqual(edited);
        },
      ),
      { numRuns: 200 },
    );
  });
});
