import type { Finding, InterpretationRef, Severity, SubjectType } from "../findings/finding.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";
import type { DatedValue } from "./parameters.ts";
import type { RuleDescription } from "./rule.ts";

export interface FindingFields {
  severity?: Severity;
  subject: { type: SubjectType; id: string };
  actual?: number;
  limit?: number;
  limitKind?: "max" | "min";
  message: LocalizedText;
  interpretation?: InterpretationRef;
  members?: string[];
}

/**
 * Builds a finding of `rule`. The citation and confidence are those of the dated value the verdict
 * used (a rule's numbers may come from a later amendment), falling back to the rule's own.
 */
export function makeFinding(
  rule: RuleDescription,
  value: DatedValue<unknown> | undefined,
  fields: FindingFields,
): Finding {
  const interpretation = fields.interpretation ?? rule.interpretation;
  const citation = value?.citation ?? rule.citation;
  const confidence = value?.confidence ?? rule.confidence;
  const { actual, limit, limitKind } = fields;
  // The common case — a number against a limit, nothing else — as one literal (this runs for every
  // finding of every evaluation); the key order is the same as the general case below.
  if (
    actual !== undefined &&
    limit !== undefined &&
    limitKind !== undefined &&
    !interpretation &&
    !fields.members
  ) {
    return {
      ruleId: rule.id,
      severity: fields.severity ?? "violation",
      subject: fields.subject,
      actual,
      limit,
      limitKind,
      citation,
      message: fields.message,
      confidence,
    };
  }
  return {
    ruleId: rule.id,
    severity: fields.severity ?? "violation",
    subject: fields.subject,
    ...(actual === undefined ? {} : { actual }),
    ...(limit === undefined ? {} : { limit }),
    ...(limitKind === undefined ? {} : { limitKind }),
    citation,
    message: fields.message,
    confidence,
    ...(interpretation ? { interpretation } : {}),
    ...(fields.members ? { members: fields.members } : {}),
  };
}
