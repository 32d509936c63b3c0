// D-PH-03 — a Phòng Dân tộc may be established only when BOTH (a) at least 5,000 ethnic-minority people
// need concentrated State support and (b) ethnic minorities live in security/defence-sensitive,
// mixed-settlement or border areas. Khoản 4 Điều 8 Nghị định 37/2014/NĐ-CP, được sửa đổi, bổ sung bởi
// khoản 10 Điều 1 Nghị định 108/2020/NĐ-CP. Where a pack has no criteria (RS-2014: the original text's
// criteria were not retrieved) a Phòng Dân tộc gets an info finding instead; so does RS-2025A's Phòng Dân
// tộc và Tôn giáo (D25-PH-01: Điều 16 Nghị định 45/2025/NĐ-CP, criteria not in the catalogue).
import type { Confidence } from "../../findings/finding.schema.ts";
import type { LocalizedText } from "../../shared/localized.ts";
import type { DistrictFunction } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DivisionRule } from "../rule.ts";
import { type EthnicAffairsCriteria, ethnicAffairsAllowed } from "./district-functions.ts";

export function createEthnicAffairsDivisionRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  /** Null value: criteria unknown for the date (info only). */
  criteria: DatedParameter<EthnicAffairsCriteria | null>;
  /** The function that makes a division the ethnic-affairs one, and its name; `DAN_TOC` by default. */
  division?: { functionCode: DistrictFunction; label: LocalizedText };
}): DivisionRule {
  const code = options.division?.functionCode ?? "DAN_TOC";
  const label = options.division?.label ?? { vi: "Phòng Dân tộc", en: "an Ethnic Affairs division" };
  const rule: DivisionRule = {
    scope: "division",
    id: options.id,
    title: { vi: `Điều kiện thành lập ${label.vi}`, en: `Conditions for ${label.en}` },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.criteria],
    evaluate: ({ division, district }, context) => {
      const value = context.value(options.criteria);
      if (!value || !division.functions.includes(code)) return [];
      const subject = { type: "division" as const, id: division.id };
      const criteria = value.value;
      if (criteria === null) {
        return [
          makeFinding(rule, value, {
            severity: "info",
            subject,
            message: {
              vi: `${division.name}: tiêu chí thành lập ${label.vi} của văn bản áp dụng chưa được kiểm tra; đề nghị đối chiếu hồ sơ.`,
              en: `${division.name}: the criteria for ${label.en} under the applicable text were not checked; please verify the dossier.`,
            },
          }),
        ];
      }
      if (ethnicAffairsAllowed(district, criteria)) return [];
      const { population, qualifyingArea } = district.ethnicMinority;
      const findings = [];
      if (population < criteria.minimumPopulation) {
        findings.push(
          makeFinding(rule, value, {
            subject,
            actual: population,
            limit: criteria.minimumPopulation,
            limitKind: "min",
            message: {
              vi: `${district.name} có ${population.toLocaleString("vi-VN")} người dân tộc thiểu số cần Nhà nước tập trung hỗ trợ, dưới mức ${criteria.minimumPopulation.toLocaleString("vi-VN")} để thành lập ${division.name}.`,
              en: `${district.name} has ${population.toLocaleString("en-US")} ethnic-minority people needing concentrated support, below the ${criteria.minimumPopulation.toLocaleString("en-US")} required for ${division.name}.`,
            },
          }),
        );
      }
      if (criteria.requiresQualifyingArea && !qualifyingArea) {
        findings.push(
          makeFinding(rule, value, {
            subject,
            message: {
              vi: `${district.name} không có đồng bào dân tộc thiểu số sống ở địa bàn xung yếu về an ninh, quốc phòng, xen canh xen cư hoặc biên giới (tiêu chí b) để thành lập ${division.name}.`,
              en: `${district.name} has no ethnic minorities in security-sensitive, mixed-settlement or border areas (criterion b) required for ${division.name}.`,
            },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}
