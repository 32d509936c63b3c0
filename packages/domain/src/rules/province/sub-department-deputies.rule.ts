// P-DEP-05 — Phó Chi cục trưởng: a chi cục with 1 to 3 phòng has 1 deputy; with no phòng or with 4 or
// more, at most 2. Điều 6 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi khoản 4 Điều 1 Nghị định
// 107/2020/NĐ-CP. Reading: "no phòng" counts like "4 or more" (ADR 0014).
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { RuleContext, UnitRule, UnitScope } from "../rule.ts";

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
  const limitOf = (scope: UnitScope, context: RuleContext) => {
    if (scope.unit.type !== "sub_department") return undefined;
    const value = context.value(options.limits);
    if (!value) return undefined;
    const divisions = scope.unit.units.length;
    const few = divisions >= 1 && divisions <= value.value.fewDivisionsUpTo;
    return { value, divisions, few, limit: few ? value.value.fewDivisionsMax : value.value.otherwiseMax };
  };

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
    deputyLimit: (scope, context) => limitOf(scope, context)?.limit,
    evaluate: (scope, context) => {
      const found = limitOf(scope, context);
      if (!found || scope.unit.deputies <= found.limit) return [];
      const { unit } = scope;
      const upTo = found.value.value.fewDivisionsUpTo;
      const reason = found.few
        ? {
            vi: `có ${found.divisions} phòng (từ 1 đến ${upTo} phòng)`,
            en: `it has ${found.divisions} divisions (1 to ${upTo})`,
          }
        : found.divisions === 0
          ? { vi: "không có phòng", en: "it has no divisions" }
          : {
              vi: `có ${found.divisions} phòng (từ ${upTo + 1} phòng trở lên)`,
              en: `it has ${found.divisions} divisions (${upTo + 1} or more)`,
            };
      return [
        makeFinding(rule, found.value, {
          subject: { type: "unit", id: unit.id },
          actual: unit.deputies,
          limit: found.limit,
          limitKind: "max",
          message: {
            vi: `${unit.name} có ${unit.deputies} Phó Chi cục trưởng; tối đa ${found.limit} vì ${reason.vi}.`,
            en: `${unit.name} has ${unit.deputies} deputy heads; at most ${found.limit} because ${reason.en}.`,
          },
          ...(found.divisions === 0 ? { interpretation: interpretations.chiCucWithoutDivisions } : {}),
        }),
      ];
    },
  };
  return rule;
}
