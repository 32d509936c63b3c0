// The answer of `tinhgon check --json` and of the API's compliance.check (formats.md): one shape.
import { z } from "zod";

import type { EvaluationResult } from "../evaluation/evaluate-snapshot.ts";
import { findingSchema, findingSummarySchema } from "./finding.schema.ts";

export const checkReportSchema = z.object({
  ruleSet: z.string(),
  asOf: z.string(),
  findings: z.array(findingSchema),
  summary: findingSummarySchema,
});
export type CheckReport = z.infer<typeof checkReportSchema>;

export function toCheckReport(result: EvaluationResult): CheckReport {
  return { ruleSet: result.ruleSet, asOf: result.asOf, findings: result.findings, summary: result.summary };
}
