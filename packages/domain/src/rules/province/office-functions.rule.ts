// P-EST-02 (second sentence) — a sở without a Văn phòng must assign the office functions to one of its
// phòng. Khoản 3 Điều 5 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi khoản 3 Điều 1 Nghị định
// 107/2020/NĐ-CP. The snapshot names that phòng in `officeFunctionsUnitId`. An agency listed without its
// internal units (no detail given) is not judged; Văn phòng UBND tỉnh is itself an office.
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import type { DatedParameter } from "../parameters.ts";
import type { AgencyRule } from "../rule.ts";

export function createOfficeFunctionsRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  /** Dated switch: the rule applies while a value is in force. */
  inForce: DatedParameter<true>;
}): AgencyRule {
  const rule: AgencyRule = {
    scope: "agency",
    id: options.id,
    title: {
      vi: "Sở không có Văn phòng phải giao một phòng làm nhiệm vụ văn phòng",
      en: "A sở without an office assigns office functions to a division",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.inForce],
    evaluate: ({ agency }, context) => {
      const value = context.value(options.inForce);
      if (!value || agency.kind === "VAN_PHONG_UBND" || agency.units.length === 0) return [];
      if (agency.units.some((unit) => unit.type === "office") || agency.officeFunctionsUnitId !== null)
        return [];
      return [
        makeFinding(rule, value, {
          subject: { type: "agency", id: agency.id },
          message: {
            vi: `${agency.name} không có Văn phòng và chưa giao phòng nào thực hiện nhiệm vụ văn phòng (điền officeFunctionsUnitId).`,
            en: `${agency.name} has no office and assigns the office functions to no division (set officeFunctionsUnitId).`,
          },
        }),
      ];
    },
  };
  return rule;
}
