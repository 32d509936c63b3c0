// P-DEP-01 — the total of Phó Giám đốc of all sở of a province is at most 3 × the number of sở
// (Thanh tra tỉnh, Văn phòng UBND and cơ quan ngang sở included); Hà Nội and TP.HCM may add up to 10 to
// the total (one pool for the city). Khoản 3 Điều 6 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi
// khoản 4 Điều 1 Nghị định 107/2020/NĐ-CP. Runs only when the snapshot lists every sở (ADR 0012).
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
      // ADR 0007: a cap derived from an average rounds down.
      const limit = Math.floor(value.value.averagePerAgency * count) + extra;
      const total = snapshot.agencies.reduce((sum, agency) => sum + agency.deputies, 0);
      if (total <= limit) return [];
      const extraText =
        extra > 0
          ? {
              vi: ` + ${extra} (${provinceClassText(snapshot.province.class).vi})`,
              en: ` + ${extra} (${provinceClassText(snapshot.province.class).en})`,
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
            vi: `${snapshot.province.name} có tổng ${total} Phó Giám đốc ở ${count} cơ quan chuyên môn; tối đa ${limit} = ${value.value.averagePerAgency} × ${count}${extraText.vi}.`,
            en: `${snapshot.province.name} has ${total} deputy directors across ${count} agencies; at most ${limit} = ${value.value.averagePerAgency} × ${count}${extraText.en}.`,
          },
        }),
      ];
    },
  };
  return rule;
}
