// P-DEP-02 (phòng thuộc sở), P-DEP-03 (văn phòng sở), P-DEP-04 (thanh tra sở), P-DEP-06 (phòng thuộc
// chi cục): the maximum number of deputies of a unit is set by bands of its payroll, for some units
// also by the province's class. Điều 6 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi khoản 4
// Điều 1 Nghị định 107/2020/NĐ-CP (in force 25/11/2020). Reading: "01 Phó" = at most one (ADR 0004).
import type { Confidence } from "../../findings/finding.schema.ts";
import type { LocalizedText } from "../../shared/localized.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import type { UnitType } from "../../snapshot/snapshot.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { type DatedParameter, type DeputyBand, findBand } from "../parameters.ts";
import type { RuleContext, UnitRule, UnitScope } from "../rule.ts";
import { bandText, provinceClassText } from "../wording.ts";

export type BandsByClass = Record<ProvinceClass, readonly DeputyBand[]>;

export interface UnitDeputyBandRuleOptions {
  id: string;
  title: LocalizedText;
  citation: string;
  confidence: Confidence;
  /** Which units the rule governs. */
  unitType: UnitType;
  /** true: a phòng thuộc chi cục; false: a unit directly under the sở. */
  insideSubDepartment: boolean;
  /** Bands per province class, or one set for every class. */
  bands: DatedParameter<BandsByClass>;
  classDependent: boolean;
  deputyTitle: LocalizedText;
}

export function createUnitDeputyBandRule(options: UnitDeputyBandRuleOptions): UnitRule {
  const applies = (scope: UnitScope): boolean =>
    scope.unit.type === options.unitType && (scope.parent !== null) === options.insideSubDepartment;

  const limitOf = (scope: UnitScope, context: RuleContext) => {
    if (!applies(scope)) return undefined;
    const value = context.value(options.bands);
    if (!value) return undefined;
    const match = findBand(value.value[scope.province.class], scope.unit.payroll);
    return match ? { value, match } : undefined;
  };

  const rule: UnitRule = {
    scope: "unit",
    id: options.id,
    title: options.title,
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.bands],
    appliesTo: { unitType: options.unitType, insideSubDepartment: options.insideSubDepartment },
    deputyQuota: true,
    deputyLimit: (scope, context) => limitOf(scope, context)?.match.band.maxDeputies,
    evaluate: (scope, context) => {
      const found = limitOf(scope, context);
      if (!found) return [];
      const limit = found.match.band.maxDeputies;
      const { unit } = scope;
      if (unit.deputies <= limit) return [];
      const band = bandText(found.match, unit.payroll);
      const classText = provinceClassText(scope.province.class);
      const because: LocalizedText = options.classDependent
        ? { vi: `${band.vi} (${classText.vi})`, en: `${band.en} (${classText.en})` }
        : band;
      return [
        makeFinding(rule, found.value, {
          subject: { type: "unit", id: unit.id },
          actual: unit.deputies,
          limit,
          limitKind: "max",
          message: {
            vi: `${unit.name} có ${unit.deputies} ${options.deputyTitle.vi}; tối đa ${limit} vì ${because.vi}.`,
            en: `${unit.name} has ${unit.deputies} ${options.deputyTitle.en}; at most ${limit} because ${because.en}.`,
          },
        }),
      ];
    },
  };
  return rule;
}
