// RS-2014 — the original Decree 24/2014/NĐ-CP (provincial agencies) and Decree 37/2014/NĐ-CP (district
// divisions), before the 2020 amendments took effect on 25/11/2020. What legal-rules.md gives for this
// period: P-LEG-01 and D-LEG-01 (per-unit deputy caps, RECALLED), and the rules the 2020 amendments left
// unchanged: the lists of sở and district divisions, the island-district cap and the derived non-island
// cap; the job-position rules from 20/07/2020. The establishment minimums and deputy bands were
// introduced by Decree 107/2020 and are not part of this pack (ADR 0015).
import type { DistrictFunction } from "../snapshot/catalogue.ts";
import {
  commonDistrictFunctions,
  districtFunctions2020,
  ruralDistrictFunctions,
  urbanDistrictFunctions,
} from "../snapshot/catalogue.ts";
import { createCommonFunctionsRule } from "../rules/district/common-functions.rule.ts";
import { createDivisionDeputiesLegacyRule } from "../rules/district/district-deputies.rule.ts";
import type { EthnicAffairsCriteria } from "../rules/district/district-functions.ts";
import {
  createIslandDivisionCapRule,
  createNonIslandDivisionCapRule,
  type NonIslandCap,
} from "../rules/district/division-count.rule.ts";
import { createEthnicAffairsDivisionRule } from "../rules/district/ethnic-affairs-division.rule.ts";
import { createMergedCommonFunctionsRule } from "../rules/district/merged-common-functions.rule.ts";
import { createProvidedFunctionsRule } from "../rules/district/provided-functions.rule.ts";
import {
  createTypeSpecificFunctionsRule,
  type TypeSpecificFunctions,
} from "../rules/district/type-specific-functions.rule.ts";
import type { DatedParameter, DatedValue } from "../rules/parameters.ts";
import { createAgencyDeputiesLegacyRule } from "../rules/province/agency-deputies-legacy.rule.ts";
import { type CommonAgencyList, createAgencyListRule } from "../rules/province/agency-list.rule.ts";
import {
  createProvidedAgencyKindsRule,
  type ProvidedAgencyKinds,
} from "../rules/province/provided-agency-kinds.rule.ts";
import {
  createSpecificAgenciesRule,
  type SpecificAgencyPolicy,
} from "../rules/province/specific-agencies.rule.ts";
import type { ProvinceClass } from "../snapshot/catalogue.ts";
import { citations } from "./citations.ts";
import { createDecree62PositionRules } from "./job-position-rules.ts";
import { createCommuneLevelStartRules } from "./shared-parameters.ts";
import { commonAgencies, providedAgencyKinds } from "./rs-2020.pack.ts";
import type { RulePack } from "./rule-pack.ts";

const FROM = "2014-05-20";
/** Decree 37/2014 (districts) took effect a month after Decree 24/2014 (legal-rules.md §0). */
const DISTRICT_FROM = "2014-06-20";
const TO = "2020-11-24";

function inForce<T>(value: T, citation: string, confidence: DatedValue<T>["confidence"]): DatedValue<T> {
  return { from: FROM, to: TO, value, citation, confidence };
}

function inForceForDistricts<T>(
  value: T,
  citation: string,
  confidence: DatedValue<T>["confidence"],
): DatedValue<T> {
  return { from: DISTRICT_FROM, to: TO, value, citation, confidence };
}

function parameter<T>(id: string, vi: string, en: string, ...values: DatedValue<T>[]): DatedParameter<T> {
  return { id: `rs-2014.${id}`, description: { vi, en }, values };
}

export const deputyDirectorsPerAgency = parameter<Record<ProvinceClass, number>>(
  "deputy-directors-per-agency",
  "Số Phó Giám đốc tối đa của mỗi sở (Hà Nội, TP.HCM: 4)",
  "Maximum deputy directors per agency (Hà Nội, HCMC: 4)",
  inForce({ special: 4, I: 3, II: 3, III: 3 }, citations.deputyDirectors2014, "RECALLED"),
);

export const deputyHeadsPerDivision = parameter<number>(
  "deputy-heads-per-division",
  "Số Phó Trưởng phòng tối đa của mỗi phòng cấp huyện",
  "Maximum deputy heads per district division",
  inForceForDistricts(3, citations.districtDeputies2014, "RECALLED"),
);

/** The 17 common sở of the original text. The culture variant (VHTT beside a Sở Du lịch) is accepted too:
 * provinces such as Hải Phòng ran a Sở Du lịch before 2020 (legal-rules.md §5). */
export const commonAgencyList = parameter<CommonAgencyList>(
  "common-agencies",
  "Các sở được tổ chức thống nhất ở các tỉnh",
  "Agencies every province organises",
  inForce(commonAgencies, citations.commonAgencies2014, "CONFIRMED"),
);

/** The same kinds as RS-2020 (the culture variant and Sở Du lịch included, see above). */
export const agencyKinds = parameter<ProvidedAgencyKinds>(
  "agency-kinds",
  "Các sở được tổ chức (thống nhất và đặc thù)",
  "Agencies provided for (common and specific)",
  inForce(providedAgencyKinds, citations.commonAgencies2014, "CONFIRMED"),
);

export const specificAgencyPolicy = parameter<SpecificAgencyPolicy>(
  "specific-agencies",
  "Sở đặc thù và điều kiện tổ chức",
  "Specific agencies and where they may exist",
  inForce(
    {
      criteriaUnverified: ["NGOAI_VU", "DAN_TOC", "DU_LICH"],
      onlyInClasses: { QUY_HOACH_KIEN_TRUC: ["special"] },
    },
    citations.specificAgencies2014,
    "RECALLED",
  ),
);

export const districtCommonFunctions = parameter<readonly DistrictFunction[]>(
  "district-common-functions",
  "Các phòng chuyên môn được tổ chức thống nhất ở cấp huyện",
  "Divisions every district organises",
  inForceForDistricts(commonDistrictFunctions, citations.districtCommon2014, "CONFIRMED"),
);

export const districtFunctions = parameter<readonly DistrictFunction[]>(
  "district-functions",
  "Các lĩnh vực của phòng chuyên môn cấp huyện (thống nhất, đặc thù, Dân tộc)",
  "District division functions provided for (common, type-specific, ethnic affairs)",
  inForceForDistricts(districtFunctions2020, citations.districtCommon2014, "CONFIRMED"),
);

export const districtTypeSpecificFunctions = parameter<TypeSpecificFunctions>(
  "district-type-specific-functions",
  "Phòng chuyên môn đặc thù theo loại đơn vị hành chính",
  "Type-specific divisions",
  inForceForDistricts(
    { urban: urbanDistrictFunctions, rural: ruralDistrictFunctions },
    citations.districtTypeSpecific,
    "CONFIRMED",
  ),
);

/** The original criteria for a Phòng Dân tộc were not retrieved: such a division gets an info finding. */
export const ethnicAffairsCriteria = parameter<EthnicAffairsCriteria | null>(
  "ethnic-affairs-criteria",
  "Điều kiện thành lập Phòng Dân tộc (văn bản gốc: chưa kiểm tra)",
  "Ethnic Affairs division criteria (original text: not checked)",
  inForceForDistricts(null, citations.ethnicAffairs2014, "RECALLED"),
);

export const islandDivisionCap = parameter<number>(
  "island-division-cap",
  "Số phòng chuyên môn tối đa của huyện đảo",
  "Maximum divisions of an island district",
  inForceForDistricts(10, citations.islandDistrict2014, "CONFIRMED"),
);

export const nonIslandDivisionCap = parameter<NonIslandCap>(
  "non-island-division-cap",
  "Số phòng chuyên môn tối đa của huyện không phải huyện đảo (10 + 2 + Phòng Dân tộc)",
  "Maximum divisions of a non-island district (10 + 2 + Ethnic Affairs)",
  inForceForDistricts({ base: 12, withEthnicAffairs: 13 }, citations.nonIslandCap2014, "DERIVED"),
);

export const rs2014Pack: RulePack = {
  id: "RS-2014",
  rules: [
    createAgencyListRule({
      id: "P-SO-01",
      citation: citations.commonAgencies2014,
      confidence: "CONFIRMED",
      list: commonAgencyList,
    }),
    createProvidedAgencyKindsRule({
      id: "P-SO-01",
      citation: citations.commonAgencies2014,
      confidence: "CONFIRMED",
      provided: agencyKinds,
    }),
    createSpecificAgenciesRule({
      id: "P-SO-02",
      citation: citations.specificAgencies2014,
      confidence: "RECALLED",
      policy: specificAgencyPolicy,
    }),
    createAgencyDeputiesLegacyRule({
      id: "P-LEG-01",
      citation: citations.deputyDirectors2014,
      confidence: "RECALLED",
      maxPerAgency: deputyDirectorsPerAgency,
    }),
    createCommonFunctionsRule({
      id: "D-PH-01",
      citation: citations.districtCommon2014,
      confidence: "CONFIRMED",
      common: districtCommonFunctions,
    }),
    createTypeSpecificFunctionsRule({
      id: "D-PH-02",
      citation: citations.districtTypeSpecific,
      confidence: "CONFIRMED",
      functions: districtTypeSpecificFunctions,
    }),
    createIslandDivisionCapRule({
      id: "D-PH-04",
      citation: citations.islandDistrict2014,
      confidence: "CONFIRMED",
      cap: islandDivisionCap,
    }),
    createNonIslandDivisionCapRule({
      id: "D-PH-05",
      citation: citations.nonIslandCap2014,
      confidence: "DERIVED",
      cap: nonIslandDivisionCap,
      ethnicAffairs: ethnicAffairsCriteria,
    }),
    createEthnicAffairsDivisionRule({
      id: "D-PH-03",
      citation: citations.ethnicAffairs2014,
      confidence: "RECALLED",
      criteria: ethnicAffairsCriteria,
    }),
    createMergedCommonFunctionsRule({
      id: "D-PH-06",
      citation: citations.districtCommon2014,
      confidence: "RECALLED",
      common: districtCommonFunctions,
    }),
    createProvidedFunctionsRule({
      id: "D-PH-01",
      citation: citations.districtCommon2014,
      confidence: "CONFIRMED",
      provided: districtFunctions,
    }),
    createDivisionDeputiesLegacyRule({
      id: "D-LEG-01",
      citation: citations.districtDeputies2014,
      confidence: "RECALLED",
      maxPerDivision: deputyHeadsPerDivision,
    }),
    ...createDecree62PositionRules(),
    // G-TIER-02: no commune-level rule before 01/07/2025, an info finding per commune (ADR 0037).
    ...createCommuneLevelStartRules(),
  ],
};
