// C26-ORG-02 — from 01/01/2026 the average number of organisations (phòng and the Trung tâm phục vụ hành
// chính công) per commune-level unit of a province is at most 4.5 (Hà Nội and TP. Hồ Chí Minh: 4.7). Nghị
// định 150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 370/2025/NĐ-CP; legal-rules.md §2.6,
// SINGLE-SOURCE (dantri). Read as a cap on the total: ⌊average × number of units⌋ (Q9, ADR 0007), with
// the service centre counted as an organisation (the catalogue's "phòng + service centre", ADR 0037). Runs
// only when the snapshot lists every commune-level unit (`communesComplete`) and at least one.
import type { Confidence } from "../../findings/finding.schema.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { ProvinceRule } from "../rule.ts";
import { provinceClassText } from "../wording.ts";

export function createCommuneOrganisationAverageRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  averageByClass: DatedParameter<Record<ProvinceClass, number>>;
}): ProvinceRule {
  const rule: ProvinceRule = {
    scope: "province",
    id: options.id,
    title: {
      vi: "Số tổ chức bình quân của mỗi đơn vị hành chính cấp xã trong tỉnh",
      en: "Average number of organisations per commune-level unit of a province",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.capsRoundDown,
    parameters: [options.averageByClass],
    evaluate: (snapshot, context) => {
      const value = context.value(options.averageByClass);
      const { communes, province } = snapshot;
      if (!value || !province.communesComplete || communes.length === 0) return [];
      const average = value.value[province.class];
      const count = communes.length;
      const limit = Math.floor(average * count);
      const total = communes.reduce((sum, commune) => sum + commune.organisations.length, 0);
      if (total <= limit) return [];
      const actualAverage = total / count;
      const classText = province.class === "special" ? provinceClassText("special") : undefined;
      const where = classText ? { vi: ` (${classText.vi})`, en: ` (${classText.en})` } : { vi: "", en: "" };
      return [
        makeFinding(rule, value, {
          subject: { type: "province", id: province.code },
          actual: total,
          limit,
          limitKind: "max",
          members: communes.map((commune) => commune.id),
          message: {
            vi: `${province.name} có ${total} tổ chức (phòng và Trung tâm phục vụ hành chính công) ở ${count} đơn vị hành chính cấp xã, bình quân ${decimalVi(actualAverage)}; tối đa ${limit} = ${decimalVi(average)} × ${count}${where.vi}, làm tròn xuống.`,
            en: `${province.name} has ${total} organisations (divisions and service centres) across ${count} commune-level units, an average of ${decimalEn(actualAverage)}; at most ${limit} = ${decimalEn(average)} × ${count}${where.en}, rounded down.`,
          },
        }),
      ];
    },
  };
  return rule;
}

/** Two decimals at most, Vietnamese decimal comma: 4,67; 4,5; 5. */
function decimalVi(value: number): string {
  return decimalEn(value).replace(".", ",");
}

function decimalEn(value: number): string {
  return String(Math.round(value * 100) / 100);
}
