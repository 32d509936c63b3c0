// P-SO-02 — specific sở exist only where their criteria are met: Sở Ngoại vụ, Ban Dân tộc, Sở Du lịch
// (added by 107/2020) and Sở Quy hoạch - Kiến trúc (Hà Nội and TP.HCM only). Điều 9 Nghị định
// 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 107/2020/NĐ-CP. The criteria of the first three
// were not retrieved: they are accepted with an info finding (ADR 0013).
import type { Confidence, Finding } from "../../findings/finding.schema.ts";
import { type AgencyKind, agencyKindNames, type ProvinceClass } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { AgencyRule } from "../rule.ts";
import { provinceClassText } from "../wording.ts";

export interface SpecificAgencyPolicy {
  /** Kinds accepted with their criteria unchecked (info). */
  criteriaUnverified: readonly AgencyKind[];
  /** Kinds allowed only in the listed province classes (violation elsewhere). */
  onlyInClasses: Partial<Record<AgencyKind, readonly ProvinceClass[]>>;
}

export function createSpecificAgenciesRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  policy: DatedParameter<SpecificAgencyPolicy>;
}): AgencyRule {
  const rule: AgencyRule = {
    scope: "agency",
    id: options.id,
    title: {
      vi: "Sở đặc thù chỉ tổ chức khi đáp ứng tiêu chí",
      en: "Specific agencies only where their criteria are met",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.specificAgencies,
    parameters: [options.policy],
    evaluate: ({ agency, province }, context) => {
      const value = context.value(options.policy);
      if (!value) return [];
      const findings: Finding[] = [];
      const subject = { type: "agency" as const, id: agency.id };
      const allowedClasses = value.value.onlyInClasses[agency.kind];
      if (allowedClasses && !allowedClasses.includes(province.class)) {
        findings.push(
          makeFinding(rule, value, {
            subject,
            message: {
              vi: `${agencyKindNames[agency.kind]} chỉ được tổ chức ở ${allowedClasses.map((item) => provinceClassText(item).vi).join(", ")}; ${province.name} là ${provinceClassText(province.class).vi}.`,
              en: `${agency.kind} may be organised only in ${allowedClasses.map((item) => provinceClassText(item).en).join(", ")}; ${province.name} is a ${provinceClassText(province.class).en}.`,
            },
          }),
        );
      }
      if (value.value.criteriaUnverified.includes(agency.kind)) {
        findings.push(
          makeFinding(rule, value, {
            severity: "info",
            subject,
            message: {
              vi: `${agency.name} là sở đặc thù: tiêu chí thành lập chưa được kiểm tra (chưa có văn bản tiêu chí); đề nghị đối chiếu hồ sơ.`,
              en: `${agency.name} is a specific agency: its establishment criteria were not checked (criteria text not retrieved); please verify the dossier.`,
            },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}
