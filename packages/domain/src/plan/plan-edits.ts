// Plan edits as data: what the editor sends to the server (several edits apply atomically, as one
// version), and, for undo/redo, each edit's inverse computed against the plan it was applied to. The
// inverse is exact: applying an edit and then its inverse gives back the same plan (property-tested).
import { z } from "zod";

import {
  acceptIfApplies,
  addOperation,
  moveOperation,
  phaseChangesSchema,
  type PlanEditError,
  type PlanEditResult,
  removeOperation,
  removePhase,
  updatePhase,
} from "./edit-plan.ts";
import { operationSchema, phaseSchema, type Plan } from "./plan.schema.ts";

const index = z.number().int().min(0).max(10_000);

export const planEditSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("addOperation"),
    phaseIndex: index,
    operation: operationSchema,
    /** Position in the phase; the end when omitted. */
    at: index.optional(),
  }),
  z.strictObject({ kind: z.literal("removeOperation"), phaseIndex: index, operationIndex: index }),
  z.strictObject({
    kind: z.literal("replaceOperation"),
    phaseIndex: index,
    operationIndex: index,
    operation: operationSchema,
  }),
  z.strictObject({ kind: z.literal("moveOperation"), phaseIndex: index, from: index, to: index }),
  z.strictObject({ kind: z.literal("updatePhase"), phaseIndex: index, changes: phaseChangesSchema }),
  z.strictObject({
    kind: z.literal("insertPhase"),
    /** Position among the phases; the end when omitted. */
    at: index.optional(),
    phase: phaseSchema,
  }),
  z.strictObject({ kind: z.literal("removePhase"), phaseIndex: index }),
]);
export type PlanEdit = z.infer<typeof planEditSchema>;

/** Edits sent together: applied in order, all or nothing. */
export const planEditsSchema = z.array(planEditSchema).min(1).max(200);

function lastPhase(): PlanEditResult {
  return {
    ok: false,
    error: {
      code: "LAST_PHASE",
      message: { vi: "Phương án cần ít nhất một giai đoạn.", en: "A plan needs at least one phase." },
    },
  };
}

function notFound(message: { vi: string; en: string }, code: PlanEditError["code"]): PlanEditResult {
  return { ok: false, error: { code, message } };
}

function clamp(value: number | undefined, length: number): number {
  return Math.min(Math.max(value ?? length, 0), length);
}

export function applyPlanEdit(plan: Plan, edit: PlanEdit): PlanEditResult {
  switch (edit.kind) {
    case "addOperation":
      return addOperation(plan, edit.phaseIndex, edit.operation, edit.at);
    case "removeOperation":
      return removeOperation(plan, edit.phaseIndex, edit.operationIndex);
    case "replaceOperation": {
      const phase = plan.phases[edit.phaseIndex];
      if (!phase?.operations[edit.operationIndex]) {
        return notFound(
          {
            vi: `Giai đoạn ${edit.phaseIndex + 1} không có thao tác số ${edit.operationIndex + 1}.`,
            en: `Phase ${edit.phaseIndex + 1} has no operation ${edit.operationIndex + 1}.`,
          },
          phase ? "OPERATION_NOT_FOUND" : "PHASE_NOT_FOUND",
        );
      }
      const removed = removeOperation(plan, edit.phaseIndex, edit.operationIndex);
      // Removing may fail only because a later operation needed this one; the replacement may fix that.
      const without = removed.ok
        ? removed.plan
        : {
            ...plan,
            phases: plan.phases.map((candidate, phaseIndex) =>
              phaseIndex === edit.phaseIndex
                ? {
                    ...candidate,
                    operations: candidate.operations.filter((_, index) => index !== edit.operationIndex),
                  }
                : candidate,
            ),
          };
      return addOperation(without, edit.phaseIndex, edit.operation, edit.operationIndex);
    }
    case "moveOperation":
      return moveOperation(plan, edit.phaseIndex, edit.from, edit.to);
    case "updatePhase":
      return updatePhase(plan, edit.phaseIndex, edit.changes);
    case "insertPhase": {
      const at = clamp(edit.at, plan.phases.length);
      return acceptIfApplies({
        ...plan,
        phases: [...plan.phases.slice(0, at), edit.phase, ...plan.phases.slice(at)],
      });
    }
    case "removePhase":
      if (plan.phases[edit.phaseIndex] && plan.phases.length <= 1) return lastPhase();
      return removePhase(plan, edit.phaseIndex);
  }
}

/** Applies `edits` in order; the first refusal refuses them all (the plan is unchanged). */
export function applyPlanEdits(plan: Plan, edits: readonly PlanEdit[]): PlanEditResult {
  let current = plan;
  for (const edit of edits) {
    const result = applyPlanEdit(current, edit);
    if (!result.ok) return result;
    current = result.plan;
  }
  return { ok: true, plan: current };
}

/** The edit that undoes `edit` on the plan it produced; `before` is the plan `edit` was applied to. */
function inverseOf(before: Plan, edit: PlanEdit): PlanEdit {
  switch (edit.kind) {
    case "addOperation": {
      const length = before.phases[edit.phaseIndex]?.operations.length ?? 0;
      return { kind: "removeOperation", phaseIndex: edit.phaseIndex, operationIndex: clamp(edit.at, length) };
    }
    case "removeOperation": {
      const operation = before.phases[edit.phaseIndex]?.operations[edit.operationIndex];
      if (!operation) throw new Error("inverseOf: the edit did not apply");
      return { kind: "addOperation", phaseIndex: edit.phaseIndex, operation, at: edit.operationIndex };
    }
    case "replaceOperation": {
      const operation = before.phases[edit.phaseIndex]?.operations[edit.operationIndex];
      if (!operation) throw new Error("inverseOf: the edit did not apply");
      return { ...edit, operation };
    }
    case "moveOperation":
      return { kind: "moveOperation", phaseIndex: edit.phaseIndex, from: edit.to, to: edit.from };
    case "updatePhase": {
      const phase = before.phases[edit.phaseIndex];
      if (!phase) throw new Error("inverseOf: the edit did not apply");
      return {
        kind: "updatePhase",
        phaseIndex: edit.phaseIndex,
        changes: {
          ...(edit.changes.name === undefined ? {} : { name: phase.name }),
          ...(edit.changes.effectiveDate === undefined ? {} : { effectiveDate: phase.effectiveDate }),
        },
      };
    }
    case "insertPhase":
      return { kind: "removePhase", phaseIndex: clamp(edit.at, before.phases.length) };
    case "removePhase": {
      const phase = before.phases[edit.phaseIndex];
      if (!phase) throw new Error("inverseOf: the edit did not apply");
      return { kind: "insertPhase", at: edit.phaseIndex, phase };
    }
  }
}

/** Undo and redo: each entry is a list of edits that was (or will be) sent as one change. */
export interface PlanEditHistory {
  /** Inverses of the changes made, the latest last. */
  undo: readonly (readonly PlanEdit[])[];
  /** Inverses of the changes undone, the latest last. */
  redo: readonly (readonly PlanEdit[])[];
}

export const emptyPlanEditHistory: PlanEditHistory = { undo: [], redo: [] };

export type PlanHistoryMove =
  | {
      ok: true;
      plan: Plan;
      history: PlanEditHistory;
      /** What to send to the server for this move. */
      edits: readonly PlanEdit[];
    }
  | { ok: false; error: PlanEditError };

/** Applies `edits` and returns their inverse (in undo order) along with the new plan. */
function applyWithInverse(
  plan: Plan,
  edits: readonly PlanEdit[],
): { ok: true; plan: Plan; inverse: PlanEdit[] } | { ok: false; error: PlanEditError } {
  let current = plan;
  const inverse: PlanEdit[] = [];
  for (const edit of edits) {
    const result = applyPlanEdit(current, edit);
    if (!result.ok) return result;
    inverse.unshift(inverseOf(current, edit));
    current = result.plan;
  }
  return { ok: true, plan: current, inverse };
}

/** A new change: it can be undone; what was undone before it can no longer be redone. */
export function editPlan(plan: Plan, history: PlanEditHistory, edits: readonly PlanEdit[]): PlanHistoryMove {
  const applied = applyWithInverse(plan, edits);
  if (!applied.ok) return applied;
  return {
    ok: true,
    plan: applied.plan,
    history: { undo: [...history.undo, applied.inverse], redo: [] },
    edits,
  };
}

/** Applies the latest entry of `from` and files its inverse on the other side. */
function moveThroughHistory(
  plan: Plan,
  history: PlanEditHistory,
  from: "undo" | "redo",
): PlanHistoryMove | undefined {
  const edits = history[from].at(-1);
  if (!edits) return undefined;
  const applied = applyWithInverse(plan, edits);
  if (!applied.ok) return applied;
  const remaining = history[from].slice(0, -1);
  return {
    ok: true,
    plan: applied.plan,
    history:
      from === "undo"
        ? { undo: remaining, redo: [...history.redo, applied.inverse] }
        : { undo: [...history.undo, applied.inverse], redo: remaining },
    edits,
  };
}

/** Undoes the latest change; undefined when there is nothing to undo. */
export function undoPlanEdit(plan: Plan, history: PlanEditHistory): PlanHistoryMove | undefined {
  return moveThroughHistory(plan, history, "undo");
}

/** Redoes the latest undone change; undefined when there is nothing to redo. */
export function redoPlanEdit(plan: Plan, history: PlanEditHistory): PlanHistoryMove | undefined {
  return moveThroughHistory(plan, history, "redo");
}
