// T-2025-01 (Decree 45/2025, Art. 24) and T-2026-01 (Art. 6 of Decree 150/2025 as amended by Decree
// 370/2025): after a re-arrangement decision, deputies may exceed the quota for a time; at the latest five
// years after the decision takes effect they must be within it. A deputy-quota violation on a subject the
// decision re-arranged is therefore `transitional` up to and including that deadline, a violation after it
// (legal-rules.md §2.4; the reading of "re-arranged" and of the last day: ADR 0033). Before 01/03/2025
// (T-2020-01) there is no deadline and nothing is transitional.
import { z } from "zod";

import type { Confidence, Finding } from "../../findings/finding.schema.ts";
import { addYears, formatDateVi } from "../../plan/retirement-age.ts";
import { citations } from "../../rule-packs/citations.ts";
import { type DatedParameter, valueOn } from "../parameters.ts";
import type { SurplusTransitionRule } from "../rule.ts";

export const surplusDeadlinePolicySchema = z.discriminatedUnion("kind", [
  /** No deadline: the surplus is a violation until absorbed; no new appointment meanwhile. */
  z.object({ kind: z.literal("none"), ruleId: z.string() }),
  /** Within quota at the latest `years` after the re-arrangement decision takes effect. */
  z.object({ kind: z.literal("years-after-decision"), ruleId: z.string(), years: z.number().int().min(1) }),
]);
export type SurplusDeadlinePolicy = z.infer<typeof surplusDeadlinePolicySchema>;

export const surplusDeputyDeadline: DatedParameter<SurplusDeadlinePolicy> = {
  id: "transition.surplus-deputy-deadline",
  description: {
    vi: "Thời hạn giải quyết số cấp phó vượt quy định sau sắp xếp",
    en: "Deadline to bring surplus deputies within quota after a re-arrangement",
  },
  values: [
    {
      from: "2020-11-25",
      to: "2025-02-28",
      value: { kind: "none", ruleId: "T-2020-01" },
      citation: citations.surplus2020,
      confidence: "RECALLED",
    },
    {
      from: "2025-03-01",
      to: "2025-12-31",
      value: { kind: "years-after-decision", ruleId: "T-2025-01", years: 5 },
      citation: "Điều 24 Nghị định số 45/2025/NĐ-CP",
      confidence: "CONFIRMED",
    },
    {
      from: "2026-01-01",
      to: null,
      value: { kind: "years-after-decision", ruleId: "T-2026-01", years: 5 },
      citation: "Điều 6 Nghị định số 150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP",
      confidence: "CONFIRMED",
    },
  ],
};

/**
 * The transition rule of a pack: it turns a deputy-quota violation on a re-arranged subject into a
 * transitional finding with its deadline (or leaves it a violation, saying the deadline has passed). The
 * policy is the one in force on the decision's date: a decision taken under RS-2020 gets no grace.
 */
export function createSurplusTransitionRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  deadline: DatedParameter<SurplusDeadlinePolicy>;
}): SurplusTransitionRule {
  return {
    scope: "surplus-transition",
    id: options.id,
    title: {
      vi: "Cấp phó vượt quy định sau sắp xếp: thời hạn 05 năm",
      en: "Surplus deputies after a re-arrangement: five-year deadline",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.deadline],
    transition: (finding, decidedOn, context): Finding => {
      const value = valueOn(options.deadline, decidedOn);
      const policy = value?.value;
      if (!value || policy?.kind !== "years-after-decision") return finding;
      const deadline = addYears(decidedOn, policy.years);
      const basis = `${policy.ruleId}, ${value.citation}`;
      if (context.asOf <= deadline) {
        return {
          ...finding,
          severity: "transitional",
          deadline,
          citation: `${finding.citation}; thời hạn chuyển tiếp: ${value.citation}`,
          message: {
            vi: `${finding.message.vi} Được vượt tạm thời sau quyết định sắp xếp có hiệu lực ngày ${formatDateVi(decidedOn)}; chậm nhất ngày ${formatDateVi(deadline)} phải về đúng quy định (${basis}).`,
            en: `${finding.message.en} Allowed for a time after the re-arrangement decision effective ${decidedOn}; within the limit by ${deadline} at the latest (${basis}).`,
          },
        };
      }
      return {
        ...finding,
        deadline,
        message: {
          vi: `${finding.message.vi} Thời hạn chuyển tiếp sau quyết định sắp xếp ngày ${formatDateVi(decidedOn)} đã hết ngày ${formatDateVi(deadline)} (${basis}).`,
          en: `${finding.message.en} The transition after the re-arrangement decision of ${decidedOn} ended on ${deadline} (${basis}).`,
        },
      };
    },
  };
}
