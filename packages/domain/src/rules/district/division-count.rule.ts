// D-PH-04 — an island district has at most 10 divisions (a cap set by law for a named island district
// overrides it: Phú Quốc 12). Điều 9 Nghị định 37/2014/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định
// 108/2020/NĐ-CP.
// D-PH-05 — a non-island district has at most 12 divisions, 13 where a Phòng Dân tộc is lawfully
// established. DERIVED from Điều 7, Điều 8 Nghị định 37/2014/NĐ-CP (ADR 0011).
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DistrictRule } from "../rule.ts";
import { type EthnicAffairsCriteria, ethnicAffairsAllowed } from "./district-functions.ts";

export function createIslandDivisionCapRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  cap: DatedParameter<number>;
}): DistrictRule {
  const rule: DistrictRule = {
    scope: "district",
    id: options.id,
    title: { vi: "Số phòng chuyên môn của huyện đảo", en: "Number of divisions of an island district" },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.cap],
    evaluate: ({ district }, context) => {
      const value = context.value(options.cap);
      if (!value || !district.island) return [];
      const limit = district.islandDivisionCap ?? value.value;
      const count = district.divisions.length;
      if (count <= limit) return [];
      return [
        makeFinding(rule, value, {
          subject: { type: "district", id: district.id },
          actual: count,
          limit,
          limitKind: "max",
          members: district.divisions.map((division) => division.id),
          message: {
            vi: `${district.name} là huyện đảo, có ${count} phòng chuyên môn; tối đa ${limit} phòng.`,
            en: `${district.name} is an island district with ${count} divisions; at most ${limit}.`,
          },
        }),
      ];
    },
  };
  return rule;
}

export interface NonIslandCap {
  base: number;
  withEthnicAffairs: number;
}

export function createNonIslandDivisionCapRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  cap: DatedParameter<NonIslandCap>;
  ethnicAffairs: DatedParameter<EthnicAffairsCriteria | null>;
}): DistrictRule {
  const rule: DistrictRule = {
    scope: "district",
    id: options.id,
    title: {
      vi: "Số phòng chuyên môn tối đa của huyện (không phải huyện đảo)",
      en: "Maximum divisions of a non-island district",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.nonIslandCap,
    parameters: [options.cap, options.ethnicAffairs],
    evaluate: ({ district }, context) => {
      const value = context.value(options.cap);
      if (!value || district.island) return [];
      const hasEthnicAffairs = district.divisions.some((division) => division.functions.includes("DAN_TOC"));
      // Without criteria for the date (RS-2014), an existing Phòng Dân tộc is taken as lawful.
      const lawful =
        hasEthnicAffairs &&
        (ethnicAffairsAllowed(district, context.value(options.ethnicAffairs)?.value ?? undefined) ?? true);
      const limit = lawful ? value.value.withEthnicAffairs : value.value.base;
      const count = district.divisions.length;
      if (count <= limit) return [];
      const because = lawful
        ? { vi: "kể cả Phòng Dân tộc", en: "an Ethnic Affairs division included" }
        : {
            vi: "không có Phòng Dân tộc được thành lập hợp lệ",
            en: "no lawfully established Ethnic Affairs division",
          };
      return [
        makeFinding(rule, value, {
          subject: { type: "district", id: district.id },
          actual: count,
          limit,
          limitKind: "max",
          members: district.divisions.map((division) => division.id),
          message: {
            vi: `${district.name} có ${count} phòng chuyên môn; tối đa ${limit} phòng (${because.vi}).`,
            en: `${district.name} has ${count} divisions; at most ${limit} (${because.en}).`,
          },
        }),
      ];
    },
  };
  return rule;
}
