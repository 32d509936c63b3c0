// P-DEP-01 — the total of Phó Giám đốc of all sở of a province is at most 3 × the number of sở
// (Thanh tra tỉnh, Văn phòng UBND and cơ quan ngang sở included); Hà Nội and TP.HCM may add up to 10 to
// the total (one pool for the city). Khoản 3 Điều 6 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi
// khoản 4 Điều 1 Nghị định 107/2020/NĐ-CP. Runs only when the snapshot lists every sở (ADR 0012).
// P25-DEP-01 (Điều 6 Nghị định 45/2025/NĐ-CP) keeps the same numbers. P26-DEP-01 (Điều 6 Nghị định
// 150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 370/2025/NĐ-CP, from 01/01/2026) adds, per sở, 1
// where the province was formed by merging 2 provinces and 2 where by 3 or more (`province.mergedFrom`);
// the special-class pool comes on top (ADR 0034).
import type { Confidence } from "../../findings/finding.schema.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { ProvinceRule } from "../rule.ts";
import { provinceClassText } from "../wording.ts";

export interface AgencyDeputyPool {
  averagePerAgency: number;
  extraTotal: Record<ProvinceClass, number>;
  /** Extra deputy directors per sở of a province merged from 2 / from 3 or more provinces (P26-DEP-01). */
  extraPerAgencyWhenMerged?: { fromTwo: number; fromThreeOrMore: number };
}

/** The extra per sở for a province formed by merging `mergedFrom` provinces (1: not merged). */
export function mergedExtraPerAgency(pool: AgencyDeputyPool, mergedFrom: number): number {
  const extra = pool.extraPerAgencyWhenMerged;
  if (!extra || mergedFrom < 2) return 0;
  return mergedFrom === 2 ? extra.fromTwo : extra.fromThreeOrMore;
}

export function createAgencyDeputiesTotalRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  pool: DatedParameter<AgencyDeputyPool>;
}): ProvinceRule {
  const rule: ProvinceRule = {
    scope: "province",
    id: options.id,
    title: { vi: "Tổng số Phó Giám đốc sở của tỉnh", en: "Total deputy directors of a province's agencies" },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.provinceWideNeedsCompleteList,
    parameters: [options.pool],
    deputyQuota: true,
    evaluate: (snapshot, context) => {
      const value = context.value(options.pool);
      if (!value || !snapshot.province.agenciesComplete) return [];
      const count = snapshot.agencies.length;
      const extra = value.value.extraTotal[snapshot.province.class];
      const { mergedFrom } = snapshot.province;
      const perMerged = mergedExtraPerAgency(value.value, mergedFrom);
      // ADR 0007: a cap derived from an average rounds down.
      const limit = Math.floor(value.value.averagePerAgency * count) + perMerged * count + extra;
      const total = snapshot.agencies.reduce((sum, agency) => sum + agency.deputies, 0);
      if (total <= limit) return [];
      const extraText =
        extra > 0
          ? {
              vi: ` + ${extra} (${provinceClassText(snapshot.province.class).vi})`,
              en: ` + ${extra} (${provinceClassText(snapshot.province.class).en})`,
            }
          : { vi: "", en: "" };
      const mergedText =
        perMerged > 0
          ? {
              vi: ` + ${perMerged} × ${count} (tỉnh hợp nhất từ ${mergedFrom} tỉnh)`,
              en: ` + ${perMerged} × ${count} (a province merged from ${mergedFrom})`,
            }
          : { vi: "", en: "" };
      return [
        makeFinding(rule, value, {
          subject: { type: "province", id: snapshot.province.code },
          actual: total,
          limit,
          limitKind: "max",
          members: snapshot.agencies.map((agency) => agency.id),
          message: {
            vi: `${snapshot.province.name} có tổng ${total} Phó Giám đốc ở ${count} cơ quan chuyên môn; tối đa ${limit} = ${value.value.averagePerAgency} × ${count}${mergedText.vi}${extraText.vi}.`,
            en: `${snapshot.province.name} has ${total} deputy directors across ${count} agencies; at most ${limit} = ${value.value.averagePerAgency} × ${count}${mergedText.en}${extraText.en}.`,
          },
        }),
      ];
    },
  };
  return rule;
}
