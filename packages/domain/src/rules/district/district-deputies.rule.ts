// D-DEP-01 — the Phó Trưởng phòng of all specialised divisions of a district average at most 2 per
// division: total ≤ 2 × number of divisions; the UBND huyện allocates them, with no per-division cap.
// Điều 5 Nghị định 37/2014/NĐ-CP, được sửa đổi, bổ sung bởi khoản 3 Điều 1 Nghị định 108/2020/NĐ-CP.
// D-DEP-02: Thanh tra huyện and Văn phòng HĐND và UBND are in the pool. A division with more than 3
// deputies gets a warning (ADR 0006); caps from averages round down (ADR 0007).
// D25-DEP-01 (RS-2025A, Nghị định 45/2025/NĐ-CP): the same average (RECALLED carry-over) and, in Hà Nội
// and TP. Hồ Chí Minh, up to 5 more per district (SINGLE-SOURCE, from the draft): `extraByClass`, with its
// own reading on those findings (ADR 0034).
// D-LEG-01 (RS-2014) — at most 3 Phó Trưởng phòng per division. Điều 5 Nghị định 37/2014/NĐ-CP (văn
// bản gốc), RECALLED (ADR 0015).
import type { Confidence, Finding, InterpretationRef } from "../../findings/finding.schema.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import { makeFinding, noFindings } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { DistrictRule, DivisionRule } from "../rule.ts";
import { provinceClassText } from "../wording.ts";

export interface DistrictDeputyPool {
  averagePerDivision: number;
  /** Above this, a single division gets a warning (not a limit of the decree). */
  warnAbovePerDivision: number;
}

export function createDistrictDeputiesRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  pool: DatedParameter<DistrictDeputyPool>;
  /** Deputies a district may have beyond the average, by the province's class, and the reading they rest on. */
  extra?: { byClass: DatedParameter<Record<ProvinceClass, number>>; interpretation: InterpretationRef };
}): DistrictRule {
  const rule: DistrictRule = {
    scope: "district",
    id: options.id,
    title: {
      vi: "Tổng số Phó Trưởng phòng chuyên môn cấp huyện (bình quân 2)",
      en: "District deputy heads of division (average of 2)",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.districtDeputyPool,
    parameters: options.extra ? [options.pool, options.extra.byClass] : [options.pool],
    deputyQuota: true,
    evaluate: ({ district, province }, context) => {
      const value = context.value(options.pool);
      if (!value) return noFindings;
      const { averagePerDivision, warnAbovePerDivision } = value.value;
      const { divisions } = district;
      const count = divisions.length;
      const extra = options.extra ? (context.value(options.extra.byClass)?.value[province.class] ?? 0) : 0;
      const limit = Math.floor(averagePerDivision * count) + extra;
      // Every district, every evaluation: the verdicts first (a plain loop), wording only for a finding.
      let total = 0;
      let overWarning = 0;
      for (const division of divisions) {
        total += division.deputies;
        if (division.deputies > warnAbovePerDivision) overWarning += 1;
      }
      if (total <= limit && overWarning === 0) return noFindings;
      const findings: Finding[] = [];
      if (total > limit) {
        const extraText =
          extra > 0
            ? {
                vi: ` + ${extra} (${provinceClassText(province.class).vi})`,
                en: ` + ${extra} (${provinceClassText(province.class).en})`,
              }
            : { vi: "", en: "" };
        findings.push(
          makeFinding(rule, value, {
            subject: { type: "district", id: district.id },
            actual: total,
            limit,
            limitKind: "max",
            members: divisions.map((division) => division.id),
            interpretation: extra > 0 ? options.extra?.interpretation : undefined,
            message: {
              vi: `${district.name} có tổng ${total} Phó Trưởng phòng ở ${count} phòng chuyên môn; tối đa ${limit} = ${averagePerDivision} × ${count}${extraText.vi} (bình quân ${averagePerDivision} phó mỗi phòng).`,
              en: `${district.name} has ${total} deputy heads across ${count} divisions; at most ${limit} = ${averagePerDivision} × ${count}${extraText.en} (an average of ${averagePerDivision}).`,
            },
          }),
        );
      }
      for (const division of divisions) {
        if (division.deputies <= warnAbovePerDivision) continue;
        findings.push(
          makeFinding(rule, value, {
            severity: "warning",
            subject: { type: "division", id: division.id },
            actual: division.deputies,
            limit: warnAbovePerDivision,
            limitKind: "max",
            message: {
              vi: `${division.name} có ${division.deputies} Phó Trưởng phòng, nhiều hơn ${warnAbovePerDivision}: Nghị định không giới hạn từng phòng nhưng nên xem lại việc phân bổ trong huyện.`,
              en: `${division.name} has ${division.deputies} deputy heads, more than ${warnAbovePerDivision}: the decree sets no per-division cap, but the allocation deserves a second look.`,
            },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}

export function createDivisionDeputiesLegacyRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  maxPerDivision: DatedParameter<number>;
}): DivisionRule {
  const rule: DivisionRule = {
    scope: "division",
    id: options.id,
    title: {
      vi: "Số Phó Trưởng phòng của mỗi phòng cấp huyện (quy định gốc)",
      en: "Deputy heads per district division (original rule)",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.rs2014Scope,
    parameters: [options.maxPerDivision],
    deputyQuota: true,
    deputyLimit: (_scope, context) => context.value(options.maxPerDivision)?.value,
    evaluate: ({ division }, context) => {
      const value = context.value(options.maxPerDivision);
      if (!value || division.deputies <= value.value) return noFindings;
      return [
        makeFinding(rule, value, {
          subject: { type: "division", id: division.id },
          actual: division.deputies,
          limit: value.value,
          limitKind: "max",
          message: {
            vi: `${division.name} có ${division.deputies} Phó Trưởng phòng; tối đa ${value.value} mỗi phòng.`,
            en: `${division.name} has ${division.deputies} deputy heads; at most ${value.value} per division.`,
          },
        }),
      ];
    },
  };
  return rule;
}
