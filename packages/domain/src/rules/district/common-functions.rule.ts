// D-PH-01 — the specialised divisions organised uniformly in every district: Nội vụ; Tư pháp; Tài
// chính - Kế hoạch; Tài nguyên và Môi trường; Lao động - TB&XH; Văn hóa và Thông tin; Giáo dục và Đào
// tạo; Y tế; Thanh tra huyện; Văn phòng HĐND và UBND. Điều 7 Nghị định 37/2014/NĐ-CP, được sửa đổi, bổ
// sung bởi Nghị định 108/2020/NĐ-CP. Every common function must be held by some division (an island
// district may combine them, D-PH-04; ADR 0009).
import type { Confidence } from "../../findings/finding.schema.ts";
import { type DistrictFunction, districtFunctionNames } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DistrictRule } from "../rule.ts";
import { heldFunctions } from "./district-functions.ts";

export function createCommonFunctionsRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  common: DatedParameter<readonly DistrictFunction[]>;
}): DistrictRule {
  const rule: DistrictRule = {
    scope: "district",
    id: options.id,
    title: {
      vi: "Các phòng chuyên môn được tổ chức thống nhất ở cấp huyện",
      en: "Divisions every district organises",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.common],
    evaluate: ({ district }, context) => {
      const value = context.value(options.common);
      if (!value) return [];
      const held = heldFunctions(district);
      return value.value
        .filter((code) => !held.has(code))
        .map((code) =>
          makeFinding(rule, value, {
            subject: { type: "district", id: district.id },
            members: district.divisions.map((division) => division.id),
            message: {
              vi: `${district.name}: không phòng nào thực hiện lĩnh vực ${districtFunctionNames[code]} (${code}), lĩnh vực phải được tổ chức thống nhất.`,
              en: `${district.name}: no division holds ${code}, a function every district organises.`,
            },
          }),
        );
    },
  };
  return rule;
}
