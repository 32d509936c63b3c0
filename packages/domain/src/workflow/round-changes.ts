// What changed between two submissions of a plan (the reviewer's "since the last round"): phases added,
// removed or re-dated, operations added and removed (described in words), and the findings the change
// introduced or resolved in the plan's final structure. A function of the two documents.
import type { Finding } from "../findings/finding.schema.ts";
import { compareFindings } from "../plan/evaluate-plan.ts";
import { describePhaseOperations } from "../plan/plan-editor.ts";
import type { PlanReport } from "../plan/plan-report.ts";
import type { Plan } from "../plan/plan.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";

export interface PhaseChange {
  index: number;
  name: string;
  status: "added" | "removed" | "changed" | "unchanged";
  previousName?: string;
  previousEffectiveDate?: string;
  effectiveDate?: string;
  operationsAdded: LocalizedText[];
  operationsRemoved: LocalizedText[];
}

export interface RoundChanges {
  titleChanged: boolean;
  baselineChanged: boolean;
  phases: PhaseChange[];
  /** Compared in the structure after the last phase. */
  findingsIntroduced: Finding[];
  findingsResolved: Finding[];
  /** True when nothing at all differs. */
  identical: boolean;
}

/** Operations of phase `index` in `plan`, each with its description, keyed by its JSON. */
function describedOperations(plan: Plan, index: number): { key: string; text: LocalizedText }[] {
  const texts = describePhaseOperations(plan, index);
  return (plan.phases[index]?.operations ?? []).map((operation, at) => ({
    key: JSON.stringify(operation),
    text: texts[at] ?? { vi: operation.op, en: operation.op },
  }));
}

/** Items of `a` not matched one-for-one in `b` (a multiset difference by key). */
function missingFrom<T extends { key: string }>(a: readonly T[], b: readonly T[]): T[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item.key, (left.get(item.key) ?? 0) + 1);
  return a.filter((item) => {
    const count = left.get(item.key) ?? 0;
    if (count === 0) return true;
    left.set(item.key, count - 1);
    return false;
  });
}

function finalFindings(report: PlanReport): Finding[] {
  return report.phases.at(-1)?.findings ?? report.baseline.findings;
}

export function compareRounds(
  previous: { plan: Plan; report: PlanReport },
  current: { plan: Plan; report: PlanReport },
): RoundChanges {
  const phases: PhaseChange[] = [];
  const count = Math.max(previous.plan.phases.length, current.plan.phases.length);
  for (let index = 0; index < count; index += 1) {
    const before = previous.plan.phases[index];
    const after = current.plan.phases[index];
    const beforeOperations = before ? describedOperations(previous.plan, index) : [];
    const afterOperations = after ? describedOperations(current.plan, index) : [];
    const operationsAdded = missingFrom(afterOperations, beforeOperations).map((item) => item.text);
    const operationsRemoved = missingFrom(beforeOperations, afterOperations).map((item) => item.text);
    const renamed = before !== undefined && after !== undefined && before.name !== after.name;
    const redated =
      before !== undefined && after !== undefined && before.effectiveDate !== after.effectiveDate;
    const status = !before
      ? "added"
      : !after
        ? "removed"
        : renamed ||
            redated ||
            operationsAdded.length > 0 ||
            operationsRemoved.length > 0 ||
            JSON.stringify(before.operations) !== JSON.stringify(after.operations)
          ? "changed"
          : "unchanged";
    phases.push({
      index,
      name: (after ?? before)?.name ?? "",
      status,
      ...(renamed ? { previousName: before.name } : {}),
      ...(redated ? { previousEffectiveDate: before.effectiveDate } : {}),
      ...(after ? { effectiveDate: after.effectiveDate } : {}),
      operationsAdded,
      operationsRemoved,
    });
  }
  const { introduced, resolved } = compareFindings(
    finalFindings(previous.report),
    finalFindings(current.report),
  );
  const titleChanged = previous.plan.title !== current.plan.title;
  const baselineChanged = JSON.stringify(previous.plan.baseline) !== JSON.stringify(current.plan.baseline);
  return {
    titleChanged,
    baselineChanged,
    phases,
    findingsIntroduced: introduced,
    findingsResolved: resolved,
    identical:
      !titleChanged &&
      !baselineChanged &&
      phases.every((phase) => phase.status === "unchanged") &&
      introduced.length === 0 &&
      resolved.length === 0,
  };
}
