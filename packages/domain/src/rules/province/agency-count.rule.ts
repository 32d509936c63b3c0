// P25-SO-02 (RS-2025A) and P26-SO-01 (RS-2025B, RS-2026) — a province has at most 14 cơ quan chuyên môn;
// Hà Nội and TP. Hồ Chí Minh at most 15 (Nghị định 45/2025/NĐ-CP; khoản 1 Điều 10 Nghị định
// 150/2025/NĐ-CP). Every agency of the snapshot counts (Thanh tra tỉnh and Văn phòng UBND are among the
// 12 common ones). A count above the maximum is visible on any list, so this rule, unlike the missing-sở
// check, does not wait for `agenciesComplete` (ADR 0034).
import type { Confidence } from "../../findings/finding.schema.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import type { DatedParameter } from "../parameters.ts";
import type { ProvinceRule } from "../rule.ts";
import { provinceClassText } from "../wording.ts";

export type MaximumByClass = Record<ProvinceClass, number>;

export function createAgencyCountRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  maximum: DatedParameter<MaximumByClass>;
}): ProvinceRule {
  const rule: ProvinceRule = {
    scope: "province",
    id: options.id,
    title: { vi: "Số lượng cơ quan chuyên môn cấp tỉnh", en: "Number of provincial agencies" },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.maximum],
    evaluate: (snapshot, context) => {
      const value = context.value(options.maximum);
      if (!value) return [];
      const { province, agencies } = snapshot;
      const limit = value.value[province.class];
      if (agencies.length <= limit) return [];
      const classText = provinceClassText(province.class);
      return [
        makeFinding(rule, value, {
          subject: { type: "province", id: province.code },
          actual: agencies.length,
          limit,
          limitKind: "max",
          members: agencies.map((agency) => agency.id),
          message: {
            vi: `${province.name} có ${agencies.length} cơ quan chuyên môn; tối đa ${limit} (${classText.vi}).`,
            en: `${province.name} has ${agencies.length} agencies; at most ${limit} (${classText.en}).`,
          },
        }),
      ];
    },
  };
  return rule;
}
