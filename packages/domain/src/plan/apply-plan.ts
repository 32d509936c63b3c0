// Applying a plan: phase after phase, operation after operation, from the baseline. The first operation
// that cannot apply stops everything and is reported with its phase, its index and the reason.
import type { LocalizedText } from "../shared/localized.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import { applyOperation, type OperationErrorCode } from "./apply-operation.ts";
import type { Operation, Plan } from "./plan.schema.ts";

export interface PlanOperationError {
  code: OperationErrorCode;
  phaseIndex: number;
  phaseName: string;
  operationIndex: number;
  /** JSON path of the operation in the plan document, e.g. `phases[0].operations[2]`. */
  path: string;
  message: LocalizedText;
}

export interface AppliedPhase {
  name: string;
  effectiveDate: string;
  /** The structure after the phase, dated the phase's effective date. */
  snapshot: Snapshot;
  /**
   * The units re-arranged by this phase or an earlier one, with the effective date of the latest phase
   * that re-arranged each (the decision's date: T-2025-01 / T-2026-01 count their five years from it).
   */
  reorganisedOn: ReadonlyMap<string, string>;
}

/**
 * The units an operation re-arranges (ADR 0033): the unit a merge or a split produces, a created unit,
 * the unit that takes over a dissolved one, a moved unit, both ends of a transfer. A rename or a `set` of
 * numbers re-arranges nothing.
 */
export function rearrangedIds(operation: Operation): string[] {
  switch (operation.op) {
    case "merge":
      return [operation.into.id];
    case "split":
      return operation.into.map((part) => part.id);
    case "create": {
      const id = operation.unit.id;
      return typeof id === "string" ? [id] : [];
    }
    case "dissolve":
      return [operation.transferTo];
    case "move":
      return [operation.id];
    case "transfer":
      return [operation.from, operation.to];
    case "rename":
    case "set":
      return [];
  }
}

export type PlanApplication = { ok: true; phases: AppliedPhase[] } | { ok: false; error: PlanOperationError };

/** Applies the operations in order; `phaseIndex` only labels errors. */
export function applyOperations(
  snapshot: Snapshot,
  operations: readonly Operation[],
  where: { phaseIndex: number; phaseName: string },
): { ok: true; snapshot: Snapshot } | { ok: false; error: PlanOperationError } {
  let current = snapshot;
  for (const [operationIndex, operation] of operations.entries()) {
    const result = applyOperation(current, operation);
    if (!result.ok) {
      const path = `phases[${where.phaseIndex}].operations[${operationIndex}]`;
      return {
        ok: false,
        error: {
          code: result.error.code,
          ...where,
          operationIndex,
          path,
          message: {
            vi: `${where.phaseName}, thao tác ${operationIndex + 1} (${operation.op}): ${result.error.message.vi}`,
            en: `${where.phaseName}, operation ${operationIndex + 1} (${operation.op}): ${result.error.message.en}`,
          },
        },
      };
    }
    current = result.snapshot;
  }
  return { ok: true, snapshot: current };
}

export function applyPlan(plan: Plan): PlanApplication {
  const phases: AppliedPhase[] = [];
  let current = plan.baseline;
  let reorganisedOn = new Map<string, string>();
  for (const [phaseIndex, phase] of plan.phases.entries()) {
    const applied = applyOperations(current, phase.operations, { phaseIndex, phaseName: phase.name });
    if (!applied.ok) return applied;
    current = { ...applied.snapshot, asOf: phase.effectiveDate };
    reorganisedOn = new Map(reorganisedOn);
    for (const operation of phase.operations) {
      for (const id of rearrangedIds(operation)) reorganisedOn.set(id, phase.effectiveDate);
    }
    phases.push({ name: phase.name, effectiveDate: phase.effectiveDate, snapshot: current, reorganisedOn });
  }
  return { ok: true, phases };
}

/**
 * Undo and redo over a list of operations: the structure at any cursor is the baseline with the first
 * `cursor` operations applied, so undo is exact by construction (no inverse operations to get wrong).
 */
export interface OperationHistory {
  operations: readonly Operation[];
  /** How many operations are in effect (0 … operations.length). */
  cursor: number;
}

export function recordOperation(history: OperationHistory, operation: Operation): OperationHistory {
  // A new operation after an undo discards the undone ones, as every editor does.
  return {
    operations: [...history.operations.slice(0, history.cursor), operation],
    cursor: history.cursor + 1,
  };
}

export function undo(history: OperationHistory): OperationHistory {
  return { ...history, cursor: Math.max(0, history.cursor - 1) };
}

export function redo(history: OperationHistory): OperationHistory {
  return { ...history, cursor: Math.min(history.operations.length, history.cursor + 1) };
}

export function structureAt(baseline: Snapshot, history: OperationHistory) {
  return applyOperations(baseline, history.operations.slice(0, history.cursor), {
    phaseIndex: 0,
    phaseName: "—",
  });
}
