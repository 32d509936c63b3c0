// T-2026-02 — the deputies of a subordinate unit may not outnumber those of its direct superior: a
// phòng, văn phòng, thanh tra or chi cục of a sở has at most as many deputies as the sở has Phó Giám đốc;
// a phòng thuộc chi cục at most as many as its chi cục. Khoản 2a Điều 2 Nghị định 150/2025/NĐ-CP, được
// bổ sung bởi Nghị định 370/2025/NĐ-CP (from 01/01/2026). The second half of the clause (among units of
// the same level, one without internal units may not have more deputies than one with) is not encoded:
// read literally it contradicts the bands of P26-DEP-02 (INT-SUBORDINATE-DEPUTIES, ADR 0034).
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { RuleContext, UnitRule, UnitScope } from "../rule.ts";

export function createSubordinateDeputiesRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  inForce: DatedParameter<true>;
}): UnitRule {
  const superiorOf = (scope: UnitScope, context: RuleContext) => {
    const value = context.value(options.inForce);
    if (!value) return undefined;
    return scope.parent === null
      ? {
          value,
          limit: scope.agency.deputies,
          name: scope.agency.name,
          title: { vi: "Phó Giám đốc", en: "deputy directors" },
        }
      : {
          value,
          limit: scope.parent.deputies,
          name: scope.parent.name,
          title: { vi: "Phó Chi cục trưởng", en: "deputy heads" },
        };
  };

  const rule: UnitRule = {
    scope: "unit",
    id: options.id,
    title: {
      vi: "Số cấp phó của đơn vị cấp dưới không vượt số cấp phó của cấp trên trực tiếp",
      en: "A subordinate unit has no more deputies than its direct superior",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.subordinateDeputies,
    parameters: [options.inForce],
    deputyQuota: true,
    deputyLimit: (scope, context) => superiorOf(scope, context)?.limit,
    evaluate: (scope, context) => {
      const superior = superiorOf(scope, context);
      const { unit } = scope;
      if (!superior || unit.deputies <= superior.limit) return [];
      return [
        makeFinding(rule, superior.value, {
          subject: { type: "unit", id: unit.id },
          actual: unit.deputies,
          limit: superior.limit,
          limitKind: "max",
          message: {
            vi: `${unit.name} có ${unit.deputies} cấp phó, nhiều hơn số ${superior.title.vi} của ${superior.name} (${superior.limit}): cấp dưới không được nhiều cấp phó hơn cấp trên trực tiếp.`,
            en: `${unit.name} has ${unit.deputies} deputies, more than the ${superior.limit} ${superior.title.en} of ${superior.name}: a subordinate unit may not have more deputies than its direct superior.`,
          },
        }),
      ];
    },
  };
  return rule;
}
