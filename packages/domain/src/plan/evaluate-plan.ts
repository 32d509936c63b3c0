// Evaluating a plan like a reform (CONVENTIONS.md §4): the baseline under the pack in force on its date,
// each phase's structure under the pack in force on the phase's effective date, and, against the
// previous step, the findings the phase introduces, resolves and leaves unchanged.
import { evaluateSnapshot, type EvaluationFailure } from "../evaluation/evaluate-snapshot.ts";
import { type Finding, type FindingSummary, summarizeFindings } from "../findings/finding.schema.ts";
import { rulePackDescriptors } from "../rule-packs/rule-pack-catalogue.ts";
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

/** A step dated when no rule pack is in force: `step` is "baseline" or the phase's name. */
export type PlanRuleSetFailure = EvaluationFailure & {
  step: string;
  /** JSON path of the date in the plan document: `baseline.asOf` or `phases[i].effectiveDate`. */
  path: string;
};

export type PlanEvaluationOutcome =
  | { ok: true; evaluation: PlanEvaluation }
  | { ok: false; operationError: PlanOperationError }
  | { ok: false; ruleSetFailure: PlanRuleSetFailure };

/**
 * selectRulePack's message ends with a hint for `check --rule-set`, an option a plan does not have: each
 * step is evaluated under the pack in force on its own date, so the date is what to change.
 */
function ruleSetFailure(failure: EvaluationFailure, step: string, path: string): PlanEvaluationOutcome {
  if (failure.code !== "NO_RULE_PACK_FOR_DATE")
    return { ok: false, ruleSetFailure: { ...failure, step, path } };
  const windows = rulePackDescriptors
    .map((pack) => `${pack.id} ${pack.effectiveFrom} → ${pack.effectiveTo ?? "…"}`)
    .join("; ");
  const message = {
    vi: `Chưa có bộ quy tắc nào có hiệu lực vào ngày ${failure.asOf} (${windows}); chọn một ngày trong thời gian hiệu lực của một bộ quy tắc.`,
    en: `No rule set is in force on ${failure.asOf} (${windows}); choose a date within a rule set's window.`,
  };
  return { ok: false, ruleSetFailure: { ...failure, message, step, path } };
}

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
  if (!baselineOutcome.ok) return ruleSetFailure(baselineOutcome.failure, "baseline", "baseline.asOf");
  const applied = applyPlan(plan);
  if (!applied.ok) return { ok: false, operationError: applied.error };

  const baseline: StepEvaluation = baselineOutcome.result;
  const phases: PhaseEvaluation[] = [];
  let previous = baseline.findings;
  for (const [index, phase] of applied.phases.entries()) {
    const outcome = evaluateSnapshot(phase.snapshot, { reorganisedOn: phase.reorganisedOn });
    if (!outcome.ok) return ruleSetFailure(outcome.failure, phase.name, `phases[${index}].effectiveDate`);
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
