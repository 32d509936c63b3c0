// P-EST-01 (phòng thuộc sở), P-EST-02 (văn phòng sở), P-EST-04 (phòng thuộc chi cục), P-EST-05 (thanh
// tra sở) and the payroll criterion (c) of P-EST-03 (chi cục): the minimum civil-servant payroll a unit
// needs to be established. Khoản 2–5 Điều 5 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi khoản 3
// Điều 1 Nghị định 107/2020/NĐ-CP; thanh tra sở: Điều 17–18 Nghị định 03/2024/NĐ-CP.
// Reading: the criteria apply to every unit in the snapshot, existing or new (ADR 0005).
import type { Confidence } from "../../findings/finding.schema.ts";
import type { LocalizedText } from "../../shared/localized.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import type { UnitType } from "../../snapshot/snapshot.schema.ts";
import { limitViolation, noFindings } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import { byClassReader, type DatedParameter, datedValueReader } from "../parameters.ts";
import type { UnitRule } from "../rule.ts";
import { NumberedText, provinceClassText } from "../wording.ts";

export type MinimumByClass = Record<ProvinceClass, number>;

export function createMinimumPayrollRule(options: {
  id: string;
  title: LocalizedText;
  citation: string;
  confidence: Confidence;
  unitType: UnitType;
  insideSubDepartment: boolean;
  minimum: DatedParameter<MinimumByClass>;
  classDependent: boolean;
  unitLabel: LocalizedText;
}): UnitRule {
  const { unitType, insideSubDepartment } = options;
  const minimumOf = byClassReader(options.minimum);
  const datedMinimum = datedValueReader(options.minimum);
  // What follows the unit's name in a message depends on its payroll, the minimum and the class only:
  // worded once per class (provinces of different classes alternate in a national run; at most one entry
  // per class), each payroll's part remembered.
  const endings = new Map<ProvinceClass, { minimum: number; vi: NumberedText; en: NumberedText }>();
  const endingOf = (provinceClass: ProvinceClass, minimum: number) => {
    const known = endings.get(provinceClass);
    if (known?.minimum === minimum) return known;
    const classText = provinceClassText(provinceClass);
    const where = options.classDependent
      ? { vi: ` (${classText.vi})`, en: ` (${classText.en})` }
      : { vi: "", en: "" };
    const ending = {
      minimum,
      vi: new NumberedText(
        (payroll) =>
          ` có biên chế ${payroll}, dưới mức tối thiểu ${minimum} để thành lập ${options.unitLabel.vi}${where.vi}; cần sắp xếp lại.`,
      ),
      en: new NumberedText(
        (payroll) =>
          ` has a payroll of ${payroll}, below the minimum of ${minimum} for ${options.unitLabel.en}${where.en}; it must be re-arranged.`,
      ),
    };
    endings.set(provinceClass, ending);
    return ending;
  };

  const rule: UnitRule = {
    scope: "unit",
    id: options.id,
    title: options.title,
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.establishmentAppliesToAllUnits,
    parameters: [options.minimum],
    appliesTo: { unitType: options.unitType, insideSubDepartment: options.insideSubDepartment },
    // Whatever its deputies, a unit is quiet from the class's minimum up.
    quietPayrolls: (context, provinceClass) => [
      minimumOf(context, provinceClass) ?? Number.NEGATIVE_INFINITY,
    ],
    evaluate: (scope, context) => {
      const { unit } = scope;
      if (unit.type !== unitType || (scope.parent !== null) !== insideSubDepartment) return noFindings;
      const minimum = minimumOf(context, scope.province.class);
      if (minimum === undefined || unit.payroll >= minimum) return noFindings;
      const end = endingOf(scope.province.class, minimum);
      return [
        limitViolation(
          rule,
          datedMinimum(context),
          { type: "unit", id: unit.id },
          unit.payroll,
          minimum,
          "min",
          {
            vi: unit.name + end.vi.of(unit.payroll),
            en: unit.name + end.en.of(unit.payroll),
          },
        ),
      ];
    },
  };
  return rule;
}
