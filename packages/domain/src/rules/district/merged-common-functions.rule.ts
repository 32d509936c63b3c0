// D-PH-06 — outside island districts, Decree 108/2020 gives no general permission to merge two of the
// uniform divisions (combinations seen in practice were Party–State pilots). A division holding two or
// more common functions in a non-island district is a violation. Điều 7 Nghị định 37/2014/NĐ-CP, được
// sửa đổi, bổ sung bởi Nghị định 108/2020/NĐ-CP. RECALLED; reading in ADR 0009. The list of common
// functions is D-PH-01's (CONFIRMED); the verdict is this rule's own, so findings carry its citation and tag.
import type { Confidence } from "../../findings/finding.schema.ts";
import { type DistrictFunction, districtFunctionNames } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DivisionRule } from "../rule.ts";

export function createMergedCommonFunctionsRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  common: DatedParameter<readonly DistrictFunction[]>;
}): DivisionRule {
  const rule: DivisionRule = {
    scope: "division",
    id: options.id,
    title: {
      vi: "Không hợp nhất các phòng được tổ chức thống nhất (huyện không phải huyện đảo)",
      en: "No merging of uniform divisions (non-island districts)",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.commonFunctionsSeparate,
    parameters: [options.common],
    evaluate: ({ division, district }, context) => {
      const value = context.value(options.common);
      if (!value || district.island) return [];
      const merged = division.functions.filter((code) => value.value.includes(code));
      if (merged.length < 2) return [];
      const names = merged.map((code) => districtFunctionNames[code]).join(", ");
      return [
        makeFinding(rule, undefined, {
          subject: { type: "division", id: division.id },
          actual: merged.length,
          limit: 1,
          limitKind: "max",
          message: {
            vi: `${division.name} (${district.name}) đảm nhiệm ${merged.length} lĩnh vực được tổ chức thống nhất (${names}); huyện không phải huyện đảo chỉ được hợp nhất khi có quyết định thí điểm.`,
            en: `${division.name} (${district.name}) holds ${merged.length} uniform functions (${merged.join(", ")}); a non-island district may merge them only under a pilot authorisation.`,
          },
        }),
      ];
    },
  };
  return rule;
}
