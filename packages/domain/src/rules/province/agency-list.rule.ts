// P-SO-01 — the sở organised uniformly in every province (17 under RS-2020). Where a Sở Du lịch exists,
// the culture sở is "Văn hóa và Thể thao" instead of "Văn hóa, Thể thao và Du lịch". Điều 8 Nghị định
// 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 107/2020/NĐ-CP. Missing sở are judged only when the
// snapshot lists every sở (`agenciesComplete`, ADR 0012); a duplicate is visible in any list.
import type { Confidence, Finding } from "../../findings/finding.schema.ts";
import { type AgencyKind, agencyKindNames } from "../../snapshot/catalogue.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { ProvinceRule } from "../rule.ts";

export interface CommonAgencyList {
  /** Kinds every province has, the culture sở excepted. */
  required: readonly AgencyKind[];
  /** The culture sở: `withTourism` where no separate tourism sở exists, `withoutTourism` where one does. */
  culture: { withTourism: AgencyKind; withoutTourism: AgencyKind; tourism: AgencyKind } | null;
}

export function createAgencyListRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  list: DatedParameter<CommonAgencyList>;
}): ProvinceRule {
  const rule: ProvinceRule = {
    scope: "province",
    id: options.id,
    title: { vi: "Các sở được tổ chức thống nhất ở các tỉnh", en: "Agencies every province organises" },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.list],
    evaluate: (snapshot, context) => {
      const value = context.value(options.list);
      if (!value) return [];
      const findings: Finding[] = [];
      const province = { type: "province" as const, id: snapshot.province.code };
      const seen = new Map<AgencyKind, string>();
      for (const agency of snapshot.agencies) {
        const first = seen.get(agency.kind);
        if (first === undefined) {
          seen.set(agency.kind, agency.name);
          continue;
        }
        findings.push(
          makeFinding(rule, value, {
            subject: { type: "agency", id: agency.id },
            message: {
              vi: `${agency.name} trùng lĩnh vực với ${first} (${agencyKindNames[agency.kind]}): mỗi tỉnh chỉ có một cơ quan cho lĩnh vực này.`,
              en: `${agency.name} duplicates ${first} (${agency.kind}): a province has one agency for this field.`,
            },
          }),
        );
      }

      const culture = value.value.culture;
      const hasTourism = culture !== null && seen.has(culture.tourism);
      if (culture && hasTourism && seen.has(culture.withTourism)) {
        findings.push(
          makeFinding(rule, value, {
            subject: province,
            message: {
              vi: `Đã có ${agencyKindNames[culture.tourism]}, nên sở văn hóa là ${agencyKindNames[culture.withoutTourism]}, không phải ${agencyKindNames[culture.withTourism]}.`,
              en: `With a separate tourism agency, the culture agency is ${culture.withoutTourism}, not ${culture.withTourism}.`,
            },
          }),
        );
      }
      if (!snapshot.province.agenciesComplete) return findings;

      const required = [...value.value.required];
      if (culture) required.push(hasTourism ? culture.withoutTourism : culture.withTourism);
      const missing = required.filter(
        (kind) => !seen.has(kind) && !(kind === culture?.withoutTourism && seen.has(culture.withTourism)),
      );
      for (const kind of missing) {
        findings.push(
          makeFinding(rule, value, {
            subject: province,
            interpretation: interpretations.provinceWideNeedsCompleteList,
            members: snapshot.agencies.map((agency) => agency.id),
            message: {
              vi: `${snapshot.province.name} thiếu ${agencyKindNames[kind]} (${kind}) trong các sở được tổ chức thống nhất.`,
              en: `${snapshot.province.name} lacks the ${kind} agency that every province organises.`,
            },
          }),
        );
      }
      if (
        culture &&
        !hasTourism &&
        seen.has(culture.withoutTourism) &&
        !missing.includes(culture.withTourism)
      ) {
        // VHTT without a Sở Du lịch: tourism is nowhere.
        findings.push(
          makeFinding(rule, value, {
            subject: province,
            interpretation: interpretations.provinceWideNeedsCompleteList,
            message: {
              vi: `${snapshot.province.name} có ${agencyKindNames[culture.withoutTourism]} nhưng không có ${agencyKindNames[culture.tourism]}: lĩnh vực du lịch không thuộc sở nào.`,
              en: `${snapshot.province.name} has ${culture.withoutTourism} but no ${culture.tourism}: tourism belongs to no agency.`,
            },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}
