// P-EST-03 — a chi cục thuộc sở needs all three: (a) specialised management objects under specialised
// law; (b) decentralised or authorised power to decide state-management matters; (c) a workload
// requiring at least 12 payroll. Khoản 4 Điều 5 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi
// khoản 3 Điều 1 Nghị định 107/2020/NĐ-CP. Criteria (a) and (b) are facts the snapshot states
// (`specialisedScope`, `delegatedAuthority`); (c) is a number.
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { UnitRule } from "../rule.ts";

export function createSubDepartmentCriteriaRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  minimumPayroll: DatedParameter<number>;
}): UnitRule {
  const rule: UnitRule = {
    scope: "unit",
    id: options.id,
    title: { vi: "Tiêu chí thành lập chi cục thuộc sở", en: "Criteria for a sub-department (chi cục)" },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.establishmentAppliesToAllUnits,
    parameters: [options.minimumPayroll],
    appliesTo: { unitType: "sub_department" },
    evaluate: (scope, context) => {
      const { unit } = scope;
      if (unit.type !== "sub_department") return [];
      const value = context.value(options.minimumPayroll);
      if (!value) return [];
      const subject = { type: "unit" as const, id: unit.id };
      const findings = [];
      if (!unit.specialisedScope) {
        findings.push(
          makeFinding(rule, value, {
            subject,
            message: {
              vi: `${unit.name} không có đối tượng quản lý chuyên ngành theo pháp luật chuyên ngành (tiêu chí a); không đủ điều kiện là chi cục.`,
              en: `${unit.name} has no specialised management objects under specialised law (criterion a); it does not qualify as a sub-department.`,
            },
          }),
        );
      }
      if (!unit.delegatedAuthority) {
        findings.push(
          makeFinding(rule, value, {
            subject,
            message: {
              vi: `${unit.name} không được phân cấp, ủy quyền quyết định các vấn đề quản lý nhà nước (tiêu chí b); không đủ điều kiện là chi cục.`,
              en: `${unit.name} has no decentralised or delegated power to decide state-management matters (criterion b); it does not qualify as a sub-department.`,
            },
          }),
        );
      }
      if (unit.payroll < value.value) {
        findings.push(
          makeFinding(rule, value, {
            subject,
            actual: unit.payroll,
            limit: value.value,
            limitKind: "min",
            message: {
              vi: `${unit.name} có biên chế ${unit.payroll}, dưới mức tối thiểu ${value.value} để thành lập chi cục (tiêu chí c); cần sắp xếp lại.`,
              en: `${unit.name} has a payroll of ${unit.payroll}, below the minimum of ${value.value} for a sub-department (criterion c); it must be re-arranged.`,
            },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}
