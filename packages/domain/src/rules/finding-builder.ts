import type { Finding, InterpretationRef, Severity, SubjectType } from "../findings/finding.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";
import type { DatedValue } from "./parameters.ts";
import type { RuleDescription } from "./rule.ts";

/**
 * What a rule returns for a subject with nothing to report — most subjects, on every evaluation — without
 * a new empty array each time. Frozen: nobody may add to it.
 */
export const noFindings: readonly Finding[] = Object.freeze([]);

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
 * The commonest finding — a violation of a limit, no reading of its own, no members — from positional
 * arguments: the band and minimum rules build thousands per national evaluation, and the fields object
 * `makeFinding` takes is one allocation more per finding there. Same object, same key order.
 */
export function limitViolation(
  rule: RuleDescription,
  value: DatedValue<unknown> | undefined,
  subject: { type: SubjectType; id: string },
  actual: number,
  limit: number,
  limitKind: "max" | "min",
  message: LocalizedText,
): Finding {
  return limitFinding(
    rule,
    "violation",
    subject,
    actual,
    limit,
    limitKind,
    value,
    message,
    rule.interpretation,
  );
}

/** A number against a limit, without members: one literal per shape, keys in the order of the JSON. */
function limitFinding(
  rule: RuleDescription,
  severity: Severity,
  subject: { type: SubjectType; id: string },
  actual: number,
  limit: number,
  limitKind: "max" | "min",
  value: DatedValue<unknown> | undefined,
  message: LocalizedText,
  interpretation: InterpretationRef | undefined,
): Finding {
  const citation = value?.citation ?? rule.citation;
  const confidence = value?.confidence ?? rule.confidence;
  return interpretation
    ? {
        ruleId: rule.id,
        severity,
        subject,
        actual,
        limit,
        limitKind,
        citation,
        message,
        confidence,
        interpretation,
      }
    : { ruleId: rule.id, severity, subject, actual, limit, limitKind, citation, message, confidence };
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
  const { actual, limit, limitKind, members } = fields;
  // The usual findings — a number against a limit, with or without a reading and the members of a total —
  // as object literals: this runs for every finding of every evaluation, and spreading optional keys in
  // costs several times more. The key order is the same in every branch (and in the JSON).
  if (actual !== undefined && limit !== undefined && limitKind !== undefined) {
    const severity = fields.severity ?? "violation";
    const { subject, message } = fields;
    if (!members)
      return limitFinding(rule, severity, subject, actual, limit, limitKind, value, message, interpretation);
    return interpretation
      ? {
          ruleId: rule.id,
          severity,
          subject,
          actual,
          limit,
          limitKind,
          citation,
          message,
          confidence,
          interpretation,
          members,
        }
      : {
          ruleId: rule.id,
          severity,
          subject,
          actual,
          limit,
          limitKind,
          citation,
          message,
          confidence,
          members,
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
    ...(members ? { members } : {}),
  };
}
