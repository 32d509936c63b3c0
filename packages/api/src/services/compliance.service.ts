// compliance.check answers exactly what `npx tinhgon check --json` prints for the same input;
// compliance.compare puts one structure (a snapshot, or a plan after a phase) under two rule packs.
import {
  type CheckReport,
  comparePlanUnderRulePacks,
  compareUnderRulePacks,
  evaluateSnapshot,
  type PlanRuleSetComparisonFailure,
  type RuleSetComparison,
  toCheckReport,
} from "@tinhgon/domain";

import type { Context } from "../context.ts";
import { AppError } from "../errors.ts";
import { getPlan } from "./plan.service.ts";
import { loadSnapshotOrThrow, parseDocumentOrThrow } from "./snapshot.service.ts";

export async function checkCompliance(
  context: Context,
  input:
    | { snapshotId: string; ruleSet?: string | undefined }
    | { document: unknown; ruleSet?: string | undefined },
): Promise<CheckReport> {
  const snapshot =
    "snapshotId" in input
      ? (await loadSnapshotOrThrow(context, input.snapshotId)).snapshot
      : parseDocumentOrThrow(input.document);
  const outcome = evaluateSnapshot(snapshot, input.ruleSet === undefined ? {} : { ruleSet: input.ruleSet });
  if (!outcome.ok) throw new AppError(outcome.failure.code, outcome.failure.message);
  return toCheckReport(outcome.result);
}

function throwComparisonFailure(failure: PlanRuleSetComparisonFailure): never {
  switch (failure.code) {
    case "UNKNOWN_RULE_PACK":
    case "NO_RULE_PACK_FOR_DATE":
      throw new AppError(failure.code, failure.message);
    case "PLAN_DOES_NOT_APPLY":
      throw new AppError("PLAN_OPERATION_INVALID", failure.message);
    case "UNKNOWN_PHASE":
      throw new AppError("PHASE_NOT_FOUND", failure.message);
  }
}

/** A stored snapshot, or a stored plan's structure after a phase (the last by default), under packs A and B. */
export async function compareRuleSets(
  context: Context,
  input:
    | { snapshotId: string; ruleSets: [string, string] }
    | { planId: string; phaseIndex?: number | "baseline" | undefined; ruleSets: [string, string] },
): Promise<RuleSetComparison> {
  const [first, second] = input.ruleSets;
  if ("snapshotId" in input) {
    const { snapshot } = await loadSnapshotOrThrow(context, input.snapshotId);
    const outcome = compareUnderRulePacks(snapshot, first, second);
    if (!outcome.ok) return throwComparisonFailure(outcome.failure);
    return outcome.comparison;
  }
  const plan = (await getPlan(context, input.planId)).document;
  const outcome = comparePlanUnderRulePacks(
    plan,
    first,
    second,
    input.phaseIndex === undefined ? {} : { phaseIndex: input.phaseIndex },
  );
  if (!outcome.ok) return throwComparisonFailure(outcome.failure);
  return outcome.comparison;
}
