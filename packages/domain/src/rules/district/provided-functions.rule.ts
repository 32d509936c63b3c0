// D-PH-01 (RS-2014, RS-2020) and D25-PH-01 (RS-2025A) — a district division holds the functions its
// decree provides for (Điều 7–8 Nghị định 37/2014/NĐ-CP; Điều 15–16 Nghị định 45/2025/NĐ-CP). A function
// the applicable pack does not list — e.g. Lao động - TB&XH after 01/03/2025, or Kinh tế, Hạ tầng và Đô thị
// before — is a violation on the division. Reading INT-CODES-BY-PACK (ADR 0034).
import type { Confidence } from "../../findings/finding.schema.ts";
import { type DistrictFunction, districtFunctionNames } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DivisionRule } from "../rule.ts";

export function createProvidedFunctionsRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  /** Every function the pack provides for: common, type-specific, conditional. */
  provided: DatedParameter<readonly DistrictFunction[]>;
}): DivisionRule {
  const rule: DivisionRule = {
    scope: "division",
    id: options.id,
    title: {
      vi: "Phòng chuyên môn cấp huyện chỉ thực hiện các lĩnh vực theo quy định áp dụng",
      en: "District divisions hold only the functions the applicable rules provide for",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.codesByPack,
    parameters: [options.provided],
    evaluate: ({ division, district }, context) => {
      const value = context.value(options.provided);
      if (!value) return [];
      return division.functions
        .filter((code) => !value.value.includes(code))
        .map((code) =>
          makeFinding(rule, value, {
            subject: { type: "division", id: division.id },
            message: {
              vi: `${division.name} (${district.name}) thực hiện lĩnh vực ${districtFunctionNames[code]} (${code}), không thuộc các phòng chuyên môn cấp huyện theo quy định áp dụng vào ngày này.`,
              en: `${division.name} (${district.name}) holds ${code}, which is not a district function under the rules in force on this date.`,
            },
          }),
        );
    },
  };
  return rule;
}
