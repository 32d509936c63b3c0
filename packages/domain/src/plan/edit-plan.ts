// Editing a plan as pure functions: plan in, plan out. Every edit re-applies the whole plan, so an edit
// that would make any operation (this one or a later one) impossible is refused with the reason.
import { z } from "zod";

import type { LocalizedText } from "../shared/localized.ts";
import { isoDateSchema } from "../shared/iso-date.ts";
import { textSchema } from "../snapshot/snapshot.schema.ts";
import { applyPlan, type PlanOperationError } from "./apply-plan.ts";
import type { Operation, Phase, Plan } from "./plan.schema.ts";

export type PlanEditErrorCode =
  "PHASE_NOT_FOUND" | "OPERATION_NOT_FOUND" | "PLAN_OPERATION_INVALID" | "LAST_PHASE";

export interface PlanEditError {
  code: PlanEditErrorCode;
  message: LocalizedText;
  operationError?: PlanOperationError;
}

export type PlanEditResult = { ok: true; plan: Plan } | { ok: false; error: PlanEditError };

export const phaseChangesSchema = z.strictObject({
  name: textSchema(300).optional(),
  effectiveDate: isoDateSchema.optional(),
});
export type PhaseChanges = z.infer<typeof phaseChangesSchema>;

function phaseNotFound(index: number): PlanEditResult {
  return {
    ok: false,
    error: {
      code: "PHASE_NOT_FOUND",
      message: { vi: `Không có giai đoạn số ${index + 1}.`, en: `There is no phase ${index + 1}.` },
    },
  };
}

function withPhase(plan: Plan, phaseIndex: number, change: (phase: Phase) => Phase): Plan {
  return {
    ...plan,
    phases: plan.phases.map((phase, index) => (index === phaseIndex ? change(phase) : phase)),
  };
}

/** Accepts the edited plan only if every operation still applies. */
export function acceptIfApplies(plan: Plan): PlanEditResult {
  const applied = applyPlan(plan);
  if (applied.ok) return { ok: true, plan };
  return {
    ok: false,
    error: {
      code: "PLAN_OPERATION_INVALID",
      message: {
        vi: `Không thực hiện được: ${applied.error.message.vi}`,
        en: `Not possible: ${applied.error.message.en}`,
      },
      operationError: applied.error,
    },
  };
}

export function addOperation(
  plan: Plan,
  phaseIndex: number,
  operation: Operation,
  at?: number,
): PlanEditResult {
  const phase = plan.phases[phaseIndex];
  if (!phase) return phaseNotFound(phaseIndex);
  const position = Math.min(Math.max(at ?? phase.operations.length, 0), phase.operations.length);
  return acceptIfApplies(
    withPhase(plan, phaseIndex, (current) => ({
      ...current,
      operations: [
        ...current.operations.slice(0, position),
        operation,
        ...current.operations.slice(position),
      ],
    })),
  );
}

export function removeOperation(plan: Plan, phaseIndex: number, operationIndex: number): PlanEditResult {
  const phase = plan.phases[phaseIndex];
  if (!phase) return phaseNotFound(phaseIndex);
  if (!phase.operations[operationIndex]) {
    return {
      ok: false,
      error: {
        code: "OPERATION_NOT_FOUND",
        message: {
          vi: `Giai đoạn ${phaseIndex + 1} không có thao tác số ${operationIndex + 1}.`,
          en: `Phase ${phaseIndex + 1} has no operation ${operationIndex + 1}.`,
        },
      },
    };
  }
  return acceptIfApplies(
    withPhase(plan, phaseIndex, (current) => ({
      ...current,
      operations: current.operations.filter((_, index) => index !== operationIndex),
    })),
  );
}

export function moveOperation(plan: Plan, phaseIndex: number, from: number, to: number): PlanEditResult {
  const phase = plan.phases[phaseIndex];
  if (!phase) return phaseNotFound(phaseIndex);
  const operation = phase.operations[from];
  if (!operation || to < 0 || to >= phase.operations.length) {
    return {
      ok: false,
      error: {
        code: "OPERATION_NOT_FOUND",
        message: { vi: "Vị trí thao tác không hợp lệ.", en: "Invalid operation position." },
      },
    };
  }
  const rest = phase.operations.filter((_, index) => index !== from);
  return acceptIfApplies(
    withPhase(plan, phaseIndex, (current) => ({
      ...current,
      operations: [...rest.slice(0, to), operation, ...rest.slice(to)],
    })),
  );
}

export function updatePhase(plan: Plan, phaseIndex: number, changes: PhaseChanges): PlanEditResult {
  if (!plan.phases[phaseIndex]) return phaseNotFound(phaseIndex);
  return acceptIfApplies(withPhase(plan, phaseIndex, (current) => ({ ...current, ...changes })));
}

export function addPhase(plan: Plan, phase: { name: string; effectiveDate: string }): PlanEditResult {
  return acceptIfApplies({ ...plan, phases: [...plan.phases, { ...phase, operations: [] }] });
}

export function removePhase(plan: Plan, phaseIndex: number): PlanEditResult {
  if (!plan.phases[phaseIndex]) return phaseNotFound(phaseIndex);
  return acceptIfApplies({ ...plan, phases: plan.phases.filter((_, index) => index !== phaseIndex) });
}
