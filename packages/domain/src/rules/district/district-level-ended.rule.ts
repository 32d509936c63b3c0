// G-TIER-01 — from 01/07/2025 local government has two tiers (province, commune): the district level no
// longer exists (legal-rules.md §0, CONFIRMED; Luật Tổ chức chính quyền địa phương năm 2025). A snapshot
// dated on or after that day that still lists districts gets one info finding per district and no other
// district finding: no district rule of any decree applies to it (INT-DISTRICT-LEVEL-ENDED, ADR 0034). The
// catalogue gives this note no id; G-TIER-01 is proposed for §2.1.
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DistrictRule } from "../rule.ts";

export function createDistrictLevelEndedRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  inForce: DatedParameter<true>;
}): DistrictRule {
  const rule: DistrictRule = {
    scope: "district",
    id: options.id,
    title: {
      vi: "Không còn cấp huyện từ ngày 01/07/2025",
      en: "No district level from 01/07/2025",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.districtLevelEnded,
    parameters: [options.inForce],
    evaluate: ({ district }, context) => {
      const value = context.value(options.inForce);
      if (!value) return [];
      return [
        makeFinding(rule, value, {
          severity: "info",
          subject: { type: "district", id: district.id },
          message: {
            vi: `${district.name}: từ ngày 01/07/2025 không còn đơn vị hành chính cấp huyện (chính quyền địa phương hai cấp); các quy định về phòng chuyên môn cấp huyện không còn áp dụng.`,
            en: `${district.name}: since 01/07/2025 there is no district level (two-tier local government); the rules on district divisions no longer apply.`,
          },
        }),
      ];
    },
  };
  return rule;
}
