// P-DEP-05 — Phó Chi cục trưởng: a chi cục with 1 to 3 phòng has 1 deputy; with no phòng or with 4 or
// more, at most 2. Điều 6 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi khoản 4 Điều 1 Nghị định
// 107/2020/NĐ-CP. Reading: "no phòng" counts like "4 or more" (ADR 0014).
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding, noFindings } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { UnitRule } from "../rule.ts";

export interface SubDepartmentDeputyLimits {
  /** Up to this many phòng (inclusive, at least 1) the chi cục has `fewDivisionsMax` deputies. */
  fewDivisionsUpTo: number;
  fewDivisionsMax: number;
  /** With no phòng, or more than `fewDivisionsUpTo`. */
  otherwiseMax: number;
}

export function createSubDepartmentDeputiesRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  limits: DatedParameter<SubDepartmentDeputyLimits>;
}): UnitRule {
  const limitOf = (limits: SubDepartmentDeputyLimits, divisions: number): number =>
    divisions >= 1 && divisions <= limits.fewDivisionsUpTo ? limits.fewDivisionsMax : limits.otherwiseMax;

  const rule: UnitRule = {
    scope: "unit",
    id: options.id,
    title: {
      vi: "Số Phó Chi cục trưởng theo số phòng của chi cục",
      en: "Deputy heads of a sub-department by its number of divisions",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.limits],
    appliesTo: { unitType: "sub_department" },
    deputyQuota: true,
    deputyLimit: ({ unit }, context) => {
      if (unit.type !== "sub_department") return undefined;
      const value = context.value(options.limits);
      return value ? limitOf(value.value, unit.units.length) : undefined;
    },
    // A chi cục with no more deputies than the lower of its two limits is quiet, whatever its phòng.
    quietPayrolls: (context) => {
      const value = context.value(options.limits);
      if (!value) return [Number.NEGATIVE_INFINITY];
      const lower = Math.min(value.value.fewDivisionsMax, value.value.otherwiseMax);
      return [...Array.from({ length: lower + 1 }, () => Number.NEGATIVE_INFINITY), Number.POSITIVE_INFINITY];
    },
    evaluate: ({ unit }, context) => {
      if (unit.type !== "sub_department") return noFindings;
      const value = context.value(options.limits);
      if (!value) return noFindings;
      const divisions = unit.units.length;
      const limit = limitOf(value.value, divisions);
      if (unit.deputies <= limit) return noFindings;
      const upTo = value.value.fewDivisionsUpTo;
      const few = divisions >= 1 && divisions <= upTo;
      const reason = few
        ? {
            vi: `có ${divisions} phòng (từ 1 đến ${upTo} phòng)`,
            en: `it has ${divisions} divisions (1 to ${upTo})`,
          }
        : divisions === 0
          ? { vi: "không có phòng", en: "it has no divisions" }
          : {
              vi: `có ${divisions} phòng (từ ${upTo + 1} phòng trở lên)`,
              en: `it has ${divisions} divisions (${upTo + 1} or more)`,
            };
      return [
        makeFinding(rule, value, {
          subject: { type: "unit", id: unit.id },
          actual: unit.deputies,
          limit: limit,
          limitKind: "max",
          message: {
            vi: `${unit.name} có ${unit.deputies} Phó Chi cục trưởng; tối đa ${limit} vì ${reason.vi}.`,
            en: `${unit.name} has ${unit.deputies} deputy heads; at most ${limit} because ${reason.en}.`,
          },
          interpretation: divisions === 0 ? interpretations.chiCucWithoutDivisions : undefined,
        }),
      ];
    },
  };
  return rule;
}
