// The answer of `tinhgon plan --json` and of the API's plan.evaluate (formats.md): one shape, defined
// once. `unchanged` and `summary` are additions (ADR 0002's rule: extra fields, never fewer).
import { z } from "zod";

import { findingSchema, findingSummarySchema } from "../findings/finding.schema.ts";
import type { PlanEvaluation } from "./evaluate-plan.ts";

export const planReportSchema = z.object({
  phases: z.array(
    z.object({
      name: z.string(),
      effectiveDate: z.string(),
      ruleSet: z.string(),
      findings: z.array(findingSchema),
      introduced: z.array(findingSchema),
      resolved: z.array(findingSchema),
      unchanged: z.array(findingSchema),
      summary: findingSummarySchema,
    }),
  ),
  baseline: z.object({
    ruleSet: z.string(),
    findings: z.array(findingSchema),
    summary: findingSummarySchema,
  }),
});
export type PlanReport = z.infer<typeof planReportSchema>;

export function toPlanReport(evaluation: PlanEvaluation): PlanReport {
  return {
    phases: evaluation.phases.map((phase) => ({
      name: phase.name,
      effectiveDate: phase.effectiveDate,
      ruleSet: phase.ruleSet,
      findings: phase.findings,
      introduced: phase.introduced,
      resolved: phase.resolved,
      unchanged: phase.unchanged,
      summary: phase.summary,
    })),
    baseline: {
      ruleSet: evaluation.baseline.ruleSet,
      findings: evaluation.baseline.findings,
      summary: evaluation.baseline.summary,
    },
  };
}
