// D25-PH-02 — every district has at most 10 specialised divisions (Chương III, Điều 15–16 Nghị định
// 45/2025/NĐ-CP); in Hà Nội and TP. Hồ Chí Minh the Capital Law or a pilot resolution may allow more. The
// snapshot cannot show such an authorisation, so there an excess is a warning (INT-DISTRICT-CAP-2025). The
// island-district cap of 108/2020 (and `islandDivisionCap`) is not read: 45/2025's island rule was not
// verified (legal-rules.md §8 Q5; ADR 0034).
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DistrictRule } from "../rule.ts";

export function createDistrictDivisionCapRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  cap: DatedParameter<number>;
}): DistrictRule {
  const rule: DistrictRule = {
    scope: "district",
    id: options.id,
    title: { vi: "Số phòng chuyên môn tối đa của cấp huyện", en: "Maximum divisions of a district" },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.cap],
    evaluate: ({ district, province }, context) => {
      const value = context.value(options.cap);
      if (!value) return [];
      const limit = value.value;
      const count = district.divisions.length;
      if (count <= limit) return [];
      // Hà Nội, TP.HCM: the Capital Law or a pilot may allow more — a warning, not a violation.
      const special = province.class === "special";
      return [
        makeFinding(rule, value, {
          ...(special ? { severity: "warning", interpretation: interpretations.districtCap2025 } : {}),
          subject: { type: "district", id: district.id },
          actual: count,
          limit,
          limitKind: "max",
          members: district.divisions.map((division) => division.id),
          message: special
            ? {
                vi: `${district.name} có ${count} phòng chuyên môn, nhiều hơn ${limit}: chỉ hợp lệ nếu Luật Thủ đô hoặc nghị quyết thí điểm cho phép; đề nghị đối chiếu văn bản.`,
                en: `${district.name} has ${count} divisions, more than ${limit}: lawful only where the Capital Law or a pilot resolution allows it; please check the authorisation.`,
              }
            : {
                vi: `${district.name} có ${count} phòng chuyên môn; tối đa ${limit} phòng.`,
                en: `${district.name} has ${count} divisions; at most ${limit}.`,
              },
        }),
      ];
    },
  };
  return rule;
}
