// D-PH-02 — quận, thị xã and cities organise Phòng Kinh tế and Phòng Quản lý đô thị; huyện organise
// Phòng Nông nghiệp và PTNT and Phòng Kinh tế và Hạ tầng; a district never holds the other type's pair.
// Khoản 1, 2, 3 Điều 8 Nghị định 37/2014/NĐ-CP (ADR 0010). Also D25-PH-01's specific divisions (Điều 16
// Nghị định 45/2025/NĐ-CP: Tài nguyên và Môi trường in urban types, Nông nghiệp và Môi trường in huyện),
// read the same way (ADR 0034).
import type { Confidence, Finding, InterpretationRef } from "../../findings/finding.schema.ts";
import {
  type DistrictFunction,
  districtFunctionNames,
  isUrbanDistrictType,
} from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DistrictRule } from "../rule.ts";
import { heldFunctions } from "./district-functions.ts";

export interface TypeSpecificFunctions {
  urban: readonly DistrictFunction[];
  rural: readonly DistrictFunction[];
}

export function createTypeSpecificFunctionsRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  functions: DatedParameter<TypeSpecificFunctions>;
  /** The reading the findings rest on; RS-2014/RS-2020's by default. */
  interpretation?: InterpretationRef;
}): DistrictRule {
  const rule: DistrictRule = {
    scope: "district",
    id: options.id,
    title: {
      vi: "Phòng chuyên môn đặc thù theo loại đơn vị hành chính cấp huyện",
      en: "Type-specific divisions of a district",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: options.interpretation ?? interpretations.typeSpecificFunctions,
    parameters: [options.functions],
    evaluate: ({ district }, context) => {
      const value = context.value(options.functions);
      if (!value) return [];
      const urban = isUrbanDistrictType(district.type);
      const own = urban ? value.value.urban : value.value.rural;
      const other = urban ? value.value.rural : value.value.urban;
      const typeText = urban
        ? { vi: "quận, thị xã, thành phố", en: "an urban district, town or city" }
        : { vi: "huyện", en: "a rural district" };
      const held = heldFunctions(district);
      const findings: Finding[] = own
        .filter((code) => !held.has(code))
        .map((code) =>
          makeFinding(rule, value, {
            subject: { type: "district", id: district.id },
            members: district.divisions.map((division) => division.id),
            message: {
              vi: `${district.name} là ${typeText.vi} nhưng không phòng nào thực hiện lĩnh vực ${districtFunctionNames[code]} (${code}).`,
              en: `${district.name} is ${typeText.en} but no division holds ${code}.`,
            },
          }),
        );
      for (const division of district.divisions) {
        for (const code of division.functions.filter((item) => other.includes(item))) {
          findings.push(
            makeFinding(rule, value, {
              subject: { type: "division", id: division.id },
              message: {
                vi: `${division.name} thực hiện lĩnh vực ${districtFunctionNames[code]} (${code}), lĩnh vực không tổ chức ở ${typeText.vi} (${district.name}).`,
                en: `${division.name} holds ${code}, which ${typeText.en} (${district.name}) does not organise.`,
              },
            }),
          );
        }
      }
      return findings;
    },
  };
  return rule;
}
