// A finding is data, not an exception (CONVENTIONS.md §2). The shape is the public contract of
// formats.md ("A Finding"); `confidence`, `interpretation`, `members` and `deadline` are additions recorded in
// docs/adr/0002-finding-extensions.md: scripts that read only the documented fields are unaffected.
import { z } from "zod";

import { isoDateSchema } from "../shared/iso-date.ts";
import { localizedTextSchema } from "../shared/localized.ts";

export const severitySchema = z.enum(["violation", "transitional", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/** "commune": a commune-level unit (snapshot/2); its phòng and service centre are "division" subjects. */
export const subjectTypeSchema = z.enum(["province", "agency", "unit", "district", "division", "commune"]);
export type SubjectType = z.infer<typeof subjectTypeSchema>;

/** How well the legal basis is established (legal-rules.md confidence tags). */
export const confidenceSchema = z.enum(["CONFIRMED", "SINGLE-SOURCE", "RECALLED", "DERIVED"]);
export type Confidence = z.infer<typeof confidenceSchema>;

export const interpretationRefSchema = z.object({
  /** Stable id of the reading we adopted, e.g. "INT-DEPUTY-AT-MOST-ONE". */
  id: z.string(),
  /** The decision record, relative to the repository root. */
  adr: z.string(),
  note: localizedTextSchema,
});
export type InterpretationRef = z.infer<typeof interpretationRefSchema>;

export const findingSchema = z.object({
  ruleId: z.string(),
  severity: severitySchema,
  subject: z.object({ type: subjectTypeSchema, id: z.string() }),
  actual: z.number().optional(),
  limit: z.number().optional(),
  limitKind: z.enum(["max", "min"]).optional(),
  citation: z.string(),
  message: localizedTextSchema,
  confidence: confidenceSchema,
  /** Present when the verdict rests on a reading of an unclear text: "interpretation — confirm with the official text". */
  interpretation: interpretationRefSchema.optional(),
  /** For province- and district-wide rules: the ids of the units that make up the total. */
  members: z.array(z.string()).optional(),
  /**
   * For a surplus after a re-arrangement (T-2025-01, T-2026-01): the last day the surplus is allowed
   * (transitional up to it, a violation after it). ISO date.
   */
  deadline: isoDateSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const findingSummarySchema = z.object({
  violations: z.number().int(),
  warnings: z.number().int(),
  transitional: z.number().int(),
  info: z.number().int(),
});
export type FindingSummary = z.infer<typeof findingSummarySchema>;

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { violations: 0, warnings: 0, transitional: 0, info: 0 };
  for (const finding of findings) {
    switch (finding.severity) {
      case "violation":
        summary.violations += 1;
        break;
      case "warning":
        summary.warnings += 1;
        break;
      case "transitional":
        summary.transitional += 1;
        break;
      case "info":
        summary.info += 1;
        break;
    }
  }
  return summary;
}
