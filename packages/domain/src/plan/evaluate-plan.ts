// Evaluating a plan like a reform (CONVENTIONS.md §4): the baseline under the pack in force on its date,
// each phase's structure under the pack in force on the phase's effective date, and, against the
// previous step, the findings the phase introduces, resolves and leaves unchanged.
import { evaluateSnapshot, type EvaluationFailure } from "../evaluation/evaluate-snapshot.ts";
import { type Finding, type FindingSummary, summarizeFindings } from "../findings/finding.schema.ts";
import { applyPlan, type PlanOperationError } from "./apply-plan.ts";
import type { Plan } from "./plan.schema.ts";

export interface StepEvaluation {
  ruleSet: string;
  asOf: string;
  findings: Finding[];
  summary: FindingSummary;
}

export interface PhaseEvaluation extends StepEvaluation {
  name: string;
  effectiveDate: string;
  introduced: Finding[];
  resolved: Finding[];
  unchanged: Finding[];
}

export interface PlanEvaluation {
  baseline: StepEvaluation;
  phases: PhaseEvaluation[];
}

export type PlanEvaluationOutcome =
  | { ok: true; evaluation: PlanEvaluation }
  | { ok: false; operationError: PlanOperationError }
  | { ok: false; ruleSetFailure: EvaluationFailure & { step: string } };

/**
 * What makes two findings "the same problem" across steps: the rule, the severity, the subject and, for
 * findings without numbers, what they say. A changed number on the same breach is the same problem.
 */
export function findingKey(finding: Finding): string {
  const what = finding.actual === undefined ? finding.message.en : (finding.limitKind ?? "");
  return `${finding.ruleId}|${finding.severity}|${finding.subject.type}:${finding.subject.id}|${what}`;
}

export function compareFindings(
  before: readonly Finding[],
  after: readonly Finding[],
): { introduced: Finding[]; resolved: Finding[]; unchanged: Finding[] } {
  const remaining = new Map<string, number>();
  for (const finding of before)
    remaining.set(findingKey(finding), (remaining.get(findingKey(finding)) ?? 0) + 1);
  const introduced: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const finding of after) {
    const key = findingKey(finding);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      unchanged.push(finding);
    } else {
      introduced.push(finding);
    }
  }
  const resolved: Finding[] = [];
  for (const finding of before) {
    const key = findingKey(finding);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      resolved.push(finding);
    }
  }
  return { introduced, resolved, unchanged };
}

export function evaluatePlan(plan: Plan): PlanEvaluationOutcome {
  const baselineOutcome = evaluateSnapshot(plan.baseline);
  if (!baselineOutcome.ok)
    return { ok: false, ruleSetFailure: { ...baselineOutcome.failure, step: "baseline" } };
  const applied = applyPlan(plan);
  if (!applied.ok) return { ok: false, operationError: applied.error };

  const baseline: StepEvaluation = baselineOutcome.result;
  const phases: PhaseEvaluation[] = [];
  let previous = baseline.findings;
  for (const phase of applied.phases) {
    const outcome = evaluateSnapshot(phase.snapshot);
    if (!outcome.ok) return { ok: false, ruleSetFailure: { ...outcome.failure, step: phase.name } };
    const { findings } = outcome.result;
    phases.push({
      name: phase.name,
      effectiveDate: phase.effectiveDate,
      ruleSet: outcome.result.ruleSet,
      asOf: phase.effectiveDate,
      findings,
      summary: summarizeFindings(findings),
      ...compareFindings(previous, findings),
    });
    previous = findings;
  }
  return { ok: true, evaluation: { baseline, phases } };
}
