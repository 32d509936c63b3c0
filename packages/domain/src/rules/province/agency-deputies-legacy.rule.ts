// P-LEG-01 (RS-2014) — before 25/11/2020 each sở had at most 3 Phó Giám đốc (Hà Nội, TP.HCM: 4), a cap
// per sở rather than an average. Điều 6 Nghị định 24/2014/NĐ-CP (văn bản gốc). RECALLED (ADR 0015).
import type { Confidence } from "../../findings/finding.schema.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { AgencyDeputyLimitRule } from "../rule.ts";
import { provinceClassText } from "../wording.ts";

export function createAgencyDeputiesLegacyRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  maxPerAgency: DatedParameter<Record<ProvinceClass, number>>;
}): AgencyDeputyLimitRule {
  const rule: AgencyDeputyLimitRule = {
    scope: "agency",
    id: options.id,
    title: {
      vi: "Số Phó Giám đốc của mỗi sở (quy định gốc)",
      en: "Deputy directors per agency (original rule)",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.rs2014Scope,
    parameters: [options.maxPerAgency],
    deputyQuota: true,
    deputyLimit: ({ province }, context) => context.value(options.maxPerAgency)?.value[province.class],
    evaluate: ({ agency, province }, context) => {
      const value = context.value(options.maxPerAgency);
      if (!value) return [];
      const limit = value.value[province.class];
      if (agency.deputies <= limit) return [];
      const classText = provinceClassText(province.class);
      return [
        makeFinding(rule, value, {
          subject: { type: "agency", id: agency.id },
          actual: agency.deputies,
          limit,
          limitKind: "max",
          message: {
            vi: `${agency.name} có ${agency.deputies} Phó Giám đốc; tối đa ${limit} mỗi sở (${classText.vi}).`,
            en: `${agency.name} has ${agency.deputies} deputy directors; at most ${limit} per agency (${classText.en}).`,
          },
        }),
      ];
    },
  };
  return rule;
}
