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
  return {
    ruleId: rule.id,
    severity: fields.severity ?? "violation",
    subject: fields.subject,
    ...(fields.actual === undefined ? {} : { actual: fields.actual }),
    ...(fields.limit === undefined ? {} : { limit: fields.limit }),
    ...(fields.limitKind === undefined ? {} : { limitKind: fields.limitKind }),
    citation: value?.citation ?? rule.citation,
    message: fields.message,
    confidence: value?.confidence ?? rule.confidence,
    ...(interpretation ? { interpretation } : {}),
    ...(fields.members ? { members: fields.members } : {}),
  };
}
