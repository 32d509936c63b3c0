// What a review comment is about — the whole plan, a phase, an operation or a finding — as the server
// stores it (review.comment's target), described in words from the plan being viewed, and the choices
// the comment form offers.
import { describePhaseOperations, type Finding, findingKey, type Plan } from "@tinhgon/domain";

export type CommentTarget =
  | { kind: "plan" }
  | { kind: "phase"; phaseIndex: number }
  | { kind: "operation"; phaseIndex: number; operationIndex: number }
  | { kind: "finding"; findingKey: string };

const isIndex = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/** The stored target (typed `unknown` by the API); anything unreadable counts as the whole plan. */
export function parseCommentTarget(value: unknown): CommentTarget {
  if (typeof value !== "object" || value === null || !("kind" in value)) return { kind: "plan" };
  const target = value as Record<string, unknown>;
  if (target.kind === "phase" && isIndex(target.phaseIndex))
    return { kind: "phase", phaseIndex: target.phaseIndex };
  if (target.kind === "operation" && isIndex(target.phaseIndex) && isIndex(target.operationIndex))
    return { kind: "operation", phaseIndex: target.phaseIndex, operationIndex: target.operationIndex };
  if (target.kind === "finding" && typeof target.findingKey === "string")
    return { kind: "finding", findingKey: target.findingKey };
  return { kind: "plan" };
}

/** A catalogue key under review.comments and its values: the target in words. */
export interface TargetDescription {
  key:
    | "targetPlan"
    | "targetPhase"
    | "targetOperation"
    | "targetFinding"
    | "targetMissingPhase"
    | "targetMissingOperation";
  values: Record<string, string>;
}

/** The rule id a finding key starts with (findingKey: "ruleId|severity|subject|…"). */
export function ruleIdOfFindingKey(key: string): string {
  return key.split("|")[0] ?? key;
}

export function describeCommentTarget(
  target: CommentTarget,
  plan: Plan,
  language: "vi" | "en",
): TargetDescription {
  switch (target.kind) {
    case "plan":
      return { key: "targetPlan", values: {} };
    case "finding":
      return { key: "targetFinding", values: { ruleId: ruleIdOfFindingKey(target.findingKey) } };
    case "phase": {
      const phase = plan.phases[target.phaseIndex];
      return phase
        ? { key: "targetPhase", values: { name: phase.name } }
        : { key: "targetMissingPhase", values: { number: String(target.phaseIndex + 1) } };
    }
    case "operation": {
      const phase = plan.phases[target.phaseIndex];
      if (!phase) return { key: "targetMissingPhase", values: { number: String(target.phaseIndex + 1) } };
      const text = describePhaseOperations(plan, target.phaseIndex)[target.operationIndex];
      return text
        ? { key: "targetOperation", values: { text: text[language], phase: phase.name } }
        : {
            key: "targetMissingOperation",
            values: { number: String(target.operationIndex + 1), phase: phase.name },
          };
    }
  }
}

/** A choice of the comment form: its value (the target as JSON, for a Select) and what it is about. */
export interface TargetChoice {
  group: "groupPlan" | "groupPhases" | "groupOperations" | "groupFindings";
  value: string;
  target: CommentTarget;
  description: TargetDescription;
}

export const targetValue = (target: CommentTarget): string => JSON.stringify(target);

/** Everything one may comment on: the plan, each phase, each operation, each violation. */
export function commentTargetChoices(
  plan: Plan,
  violations: readonly Finding[],
  language: "vi" | "en",
): TargetChoice[] {
  const choice = (group: TargetChoice["group"], target: CommentTarget): TargetChoice => ({
    group,
    value: targetValue(target),
    target,
    description: describeCommentTarget(target, plan, language),
  });
  return [
    choice("groupPlan", { kind: "plan" }),
    ...plan.phases.map((_phase, phaseIndex) => choice("groupPhases", { kind: "phase", phaseIndex })),
    ...plan.phases.flatMap((phase, phaseIndex) =>
      phase.operations.map((_operation, operationIndex) =>
        choice("groupOperations", { kind: "operation", phaseIndex, operationIndex }),
      ),
    ),
    ...violations.map((finding) =>
      choice("groupFindings", { kind: "finding", findingKey: findingKey(finding) }),
    ),
  ];
}
