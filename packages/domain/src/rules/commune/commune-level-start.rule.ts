// G-TIER-02 — the commune level of Decree 150/2025/NĐ-CP (phòng chuyên môn and Trung tâm phục vụ hành
// chính công of xã, phường, đặc khu) exists from 01/07/2025, when local government became two-tier
// (legal-rules.md §0, CONFIRMED; Luật Tổ chức chính quyền địa phương năm 2025). The mirror of G-TIER-01: a
// snapshot evaluated under a pack of before that day (RS-2014, RS-2020, RS-2025A) that lists commune-level
// units gets one info finding per unit and no commune rule. The catalogue gives this note no id; G-TIER-02
// is proposed for §2.1 next to G-TIER-01 (ADR 0037).
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import type { DatedParameter } from "../parameters.ts";
import type { CommuneRule } from "../rule.ts";
import { communeName } from "./commune-wording.ts";

export function createCommuneLevelStartRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  /** In force (true) on the days before the commune level of 150/2025 existed. */
  beforeCommuneLevel: DatedParameter<true>;
}): CommuneRule {
  const rule: CommuneRule = {
    scope: "commune",
    id: options.id,
    title: {
      vi: "Cơ quan chuyên môn cấp xã theo Nghị định 150/2025 có từ ngày 01/07/2025",
      en: "The commune-level organisations of Decree 150/2025 exist from 01/07/2025",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.beforeCommuneLevel],
    evaluate: ({ commune }, context) => {
      const value = context.value(options.beforeCommuneLevel);
      if (!value) return [];
      const name = communeName(commune);
      return [
        makeFinding(rule, value, {
          severity: "info",
          subject: { type: "commune", id: commune.id },
          message: {
            vi: `${name.vi}: các phòng chuyên môn và Trung tâm phục vụ hành chính công cấp xã theo Nghị định 150/2025/NĐ-CP có từ ngày 01/07/2025 (chính quyền địa phương hai cấp); bộ quy tắc này không có quy định về cấp xã.`,
            en: `${name.en}: the commune-level divisions and service centre of Decree 150/2025 exist from 01/07/2025 (two-tier local government); this rule set has no commune-level rule.`,
          },
        }),
      ];
    },
  };
  return rule;
}
