// T-2020-01 — Decrees 107/108/2020 set no deadline for reducing surplus deputies. A unit over its deputy
// quota is in violation of the quota rule itself; this rule adds a warning: no new deputy may be
// appointed until the unit is back within quota. RECALLED / open question Q2 (ADR 0008).
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { FollowUpRule } from "../rule.ts";

export function createNoNewAppointmentRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  inForce: DatedParameter<true>;
}): FollowUpRule {
  const rule: FollowUpRule = {
    scope: "follow-up",
    id: options.id,
    title: { vi: "Cấp phó vượt quy định: không bổ nhiệm mới", en: "Surplus deputies: no new appointment" },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.surplusUnderRs2020,
    parameters: [options.inForce],
    evaluate: (finding, context) => {
      const value = context.value(options.inForce);
      if (
        !value ||
        finding.severity !== "violation" ||
        finding.actual === undefined ||
        finding.limit === undefined
      )
        return [];
      const surplus = finding.actual - finding.limit;
      return [
        makeFinding(rule, value, {
          severity: "warning",
          subject: finding.subject,
          actual: finding.actual,
          limit: finding.limit,
          limitKind: "max",
          ...(finding.members ? { members: finding.members } : {}),
          message: {
            vi: `Vượt ${surplus} cấp phó so với ${finding.ruleId}: không bổ nhiệm mới cấp phó cho đến khi về đúng số lượng quy định.`,
            en: `${surplus} deputies over ${finding.ruleId}: no new deputy may be appointed until the number is within quota.`,
          },
        }),
      ];
    },
  };
  return rule;
}
