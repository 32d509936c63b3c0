// One structure under two rule packs: "what changes when the law changes?". The same structure (a stored
// snapshot, or a plan's structure after one of its phases) is evaluated under pack A and under pack B
// with an explicit rule set (evaluateSnapshot, as `tinhgon check --rule-set` does), and the findings are
// matched with the plan evaluation's key (findingKey): those that appear under B, those that disappear,
// and those that remain. The one source of truth for the web page Quy định, compliance.compare and the
// CLI's `--compare`.
import { z } from "zod";

import { type CheckReport, checkReportSchema, toCheckReport } from "../findings/check-report.schema.ts";
import {
  findingSchema,
  findingSummarySchema,
  type Severity,
  severitySchema,
  summarizeFindings,
} from "../findings/finding.schema.ts";
import { applyPlan } from "../plan/apply-plan.ts";
import { compareFindings } from "../plan/evaluate-plan.ts";
import type { Plan } from "../plan/plan.schema.ts";
import { isoDateSchema } from "../shared/iso-date.ts";
import { type LocalizedText, localizedTextSchema } from "../shared/localized.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import { evaluateSnapshot, type EvaluationFailure } from "./evaluate-snapshot.ts";

/** Severity by severity, the counts under A and under B: one group of bars each in a chart. */
export const severityComparisonRowSchema = z.object({
  severity: severitySchema,
  first: z.number().int().min(0),
  second: z.number().int().min(0),
});
export type SeverityComparisonRow = z.infer<typeof severityComparisonRowSchema>;

/** The structure that was compared: a snapshot, or a plan's baseline or the structure after a phase. */
export const comparedStructureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("snapshot"), asOf: isoDateSchema }),
  z.object({
    kind: z.literal("plan"),
    asOf: isoDateSchema,
    /** "baseline", or the phase's index (0-based) in the plan. */
    phaseIndex: z.union([z.literal("baseline"), z.number().int().min(0)]),
    /** The phase's name, or "Hiện trạng" / "Baseline". */
    stepName: localizedTextSchema,
  }),
]);
export type ComparedStructure = z.infer<typeof comparedStructureSchema>;

export const ruleSetComparisonSchema = z.object({
  structure: comparedStructureSchema,
  /** [A, B], in the order asked for. */
  ruleSets: z.tuple([z.string(), z.string()]),
  /** The check report under A and under B: what `tinhgon check --rule-set A|B --json` prints. */
  reports: z.tuple([checkReportSchema, checkReportSchema]),
  /** Findings under B that A does not have (B's finding). */
  appeared: z.array(findingSchema),
  /** Findings under A that B does not have (A's finding). */
  disappeared: z.array(findingSchema),
  /** Findings under both (B's finding: its numbers and citation are those of the later reading). */
  remained: z.array(findingSchema),
  counts: z.object({
    appeared: findingSummarySchema,
    disappeared: findingSummarySchema,
    remained: findingSummarySchema,
  }),
  /** Chart-ready: every severity, in the legend's order, with its count under A and under B. */
  bySeverity: z.array(severityComparisonRowSchema),
});
export type RuleSetComparison = z.infer<typeof ruleSetComparisonSchema>;

export type RuleSetComparisonOutcome =
  { ok: true; comparison: RuleSetComparison } | { ok: false; failure: EvaluationFailure };

const severityOrder: readonly Severity[] = ["violation", "transitional", "warning", "info"];

function countOf(report: CheckReport, severity: Severity): number {
  switch (severity) {
    case "violation":
      return report.summary.violations;
    case "transitional":
      return report.summary.transitional;
    case "warning":
      return report.summary.warnings;
    case "info":
      return report.summary.info;
  }
}

/** Each list keeps its report's order: tree order, as `tinhgon check` prints findings. */
function compareReports(
  structure: ComparedStructure,
  first: CheckReport,
  second: CheckReport,
): RuleSetComparison {
  const { introduced, resolved, unchanged } = compareFindings(first.findings, second.findings);
  return {
    structure,
    ruleSets: [first.ruleSet, second.ruleSet],
    reports: [first, second],
    appeared: introduced,
    disappeared: resolved,
    remained: unchanged,
    counts: {
      appeared: summarizeFindings(introduced),
      disappeared: summarizeFindings(resolved),
      remained: summarizeFindings(unchanged),
    },
    bySeverity: severityOrder.map((severity) => ({
      severity,
      first: countOf(first, severity),
      second: countOf(second, severity),
    })),
  };
}

function compareStructure(
  snapshot: Snapshot,
  ruleSets: readonly [string, string],
  structure: ComparedStructure,
  reorganisedOn?: ReadonlyMap<string, string>,
): RuleSetComparisonOutcome {
  const reports: CheckReport[] = [];
  for (const ruleSet of ruleSets) {
    const outcome = evaluateSnapshot(snapshot, { ruleSet, ...(reorganisedOn ? { reorganisedOn } : {}) });
    if (!outcome.ok) return outcome;
    reports.push(toCheckReport(outcome.result));
  }
  const [first, second] = reports;
  // Both evaluations succeeded, so both reports exist; the guard only satisfies the type checker.
  if (!first || !second) throw new Error("two reports expected");
  return { ok: true, comparison: compareReports(structure, first, second) };
}

/**
 * A snapshot under pack A and under pack B (each named explicitly, so a structure dated outside a pack's
 * window is judged by the values of that pack's nearest day in force: rulesDate in evaluate-snapshot.ts).
 */
export function compareUnderRulePacks(
  snapshot: Snapshot,
  ruleSetA: string,
  ruleSetB: string,
): RuleSetComparisonOutcome {
  return compareStructure(snapshot, [ruleSetA, ruleSetB], { kind: "snapshot", asOf: snapshot.asOf });
}

export type PlanRuleSetComparisonFailure =
  | EvaluationFailure
  | { code: "PLAN_DOES_NOT_APPLY"; message: LocalizedText }
  | { code: "UNKNOWN_PHASE"; phaseIndex: number; message: LocalizedText };

export type PlanRuleSetComparisonOutcome =
  { ok: true; comparison: RuleSetComparison } | { ok: false; failure: PlanRuleSetComparisonFailure };

/**
 * A plan's structure under two packs: after the phase `phaseIndex` (0-based; by default the last phase),
 * or its baseline. The structure is dated the phase's effective date, as evaluatePlan dates it.
 */
export function comparePlanUnderRulePacks(
  plan: Plan,
  ruleSetA: string,
  ruleSetB: string,
  options: { phaseIndex?: number | "baseline" } = {},
): PlanRuleSetComparisonOutcome {
  if (options.phaseIndex === "baseline") {
    return compareStructure(plan.baseline, [ruleSetA, ruleSetB], {
      kind: "plan",
      asOf: plan.baseline.asOf,
      phaseIndex: "baseline",
      stepName: { vi: "Hiện trạng", en: "Baseline" },
    });
  }
  const applied = applyPlan(plan);
  if (!applied.ok) {
    return { ok: false, failure: { code: "PLAN_DOES_NOT_APPLY", message: applied.error.message } };
  }
  const index = options.phaseIndex ?? applied.phases.length - 1;
  const phase = Number.isInteger(index) && index >= 0 ? applied.phases[index] : undefined;
  if (!phase) {
    const count = applied.phases.length;
    return {
      ok: false,
      failure: {
        code: "UNKNOWN_PHASE",
        phaseIndex: index,
        message: {
          vi: `Phương án không có giai đoạn số ${index + 1} (có ${count} giai đoạn).`,
          en: `The plan has no phase ${index + 1} (it has ${count}).`,
        },
      },
    };
  }
  return compareStructure(
    phase.snapshot,
    [ruleSetA, ruleSetB],
    {
      kind: "plan",
      asOf: phase.effectiveDate,
      phaseIndex: index,
      stepName: { vi: phase.name, en: phase.name },
    },
    phase.reorganisedOn,
  );
}
