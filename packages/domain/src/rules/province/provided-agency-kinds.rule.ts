// P-SO-01 (RS-2014, RS-2020), P25-SO-01 (RS-2025A), P26-SO-01 (RS-2025B, RS-2026) — a province organises
// the sở its decree provides for: the common list and the specific sở, nothing else. An agency whose kind
// the applicable pack does not list is a violation on that agency, on any list of agencies (like a
// duplicate, it is visible without the complete list): a Sở Kế hoạch và Đầu tư after 01/03/2025 (merged
// into Sở Tài chính by Điều 8 Nghị định 45/2025/NĐ-CP), or a Sở Nông nghiệp và Môi trường before that date
// (under RS-2020 such a merger needed a pilot authorisation, P-SO-03). Reading INT-CODES-BY-PACK (ADR 0034).
import type { Confidence } from "../../findings/finding.schema.ts";
import { type AgencyKind, agencyKindNames } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { AgencyRule } from "../rule.ts";

export interface ProvidedAgencyKinds {
  /** Every kind the pack provides for: common, culture variants, specific. */
  kinds: readonly AgencyKind[];
  /** Where the remit of a kind the pack no longer lists went, for the message. */
  mergedInto: Partial<Record<AgencyKind, AgencyKind>>;
}

export function createProvidedAgencyKindsRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  provided: DatedParameter<ProvidedAgencyKinds>;
}): AgencyRule {
  const rule: AgencyRule = {
    scope: "agency",
    id: options.id,
    title: {
      vi: "Chỉ tổ chức các sở có trong danh mục của quy định áp dụng",
      en: "Only the agencies the applicable rules provide for",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.codesByPack,
    parameters: [options.provided],
    evaluate: ({ agency }, context) => {
      const value = context.value(options.provided);
      if (!value || value.value.kinds.includes(agency.kind)) return [];
      const target = value.value.mergedInto[agency.kind];
      const merged = target
        ? {
            vi: ` Lĩnh vực này đã hợp nhất vào ${agencyKindNames[target]} (${target}).`,
            en: ` Its remit was merged into ${target}.`,
          }
        : { vi: "", en: "" };
      return [
        makeFinding(rule, value, {
          subject: { type: "agency", id: agency.id },
          message: {
            vi: `${agency.name} (${agencyKindNames[agency.kind]}, ${agency.kind}) không thuộc danh mục sở được tổ chức theo quy định áp dụng vào ngày này.${merged.vi}`,
            en: `${agency.name} (${agency.kind}) is not an agency the rules in force on this date provide for.${merged.en}`,
          },
        }),
      ];
    },
  };
  return rule;
}
