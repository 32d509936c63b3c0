// RS-2020 — Decree 24/2014/NĐ-CP as amended by Decree 107/2020/NĐ-CP (provincial agencies) and Decree
// 37/2014/NĐ-CP as amended by Decree 108/2020/NĐ-CP (district divisions); in force 25/11/2020 –
// 28/02/2025. Every rule of legal-rules.md §2.2 and §2.3 that a snapshot can be judged by, the
// transition rule T-2020-01, and the job-position rules. Numbers live in the parameters below.
import type { DistrictFunction } from "../snapshot/catalogue.ts";
import {
  commonAgencyKinds,
  commonDistrictFunctions,
  districtFunctions2020,
  ruralDistrictFunctions,
  specificAgencyKinds,
  urbanDistrictFunctions,
} from "../snapshot/catalogue.ts";
import { createCommonFunctionsRule } from "../rules/district/common-functions.rule.ts";
import {
  createDistrictDeputiesRule,
  type DistrictDeputyPool,
} from "../rules/district/district-deputies.rule.ts";
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
import {
  type AgencyDeputyPool,
  createAgencyDeputiesTotalRule,
} from "../rules/province/agency-deputies-total.rule.ts";
import { type CommonAgencyList, createAgencyListRule } from "../rules/province/agency-list.rule.ts";
import { createMinimumPayrollRule, type MinimumByClass } from "../rules/province/minimum-payroll.rule.ts";
import { createOfficeFunctionsRule } from "../rules/province/office-functions.rule.ts";
import {
  createProvidedAgencyKindsRule,
  type ProvidedAgencyKinds,
} from "../rules/province/provided-agency-kinds.rule.ts";
import {
  createSpecificAgenciesRule,
  type SpecificAgencyPolicy,
} from "../rules/province/specific-agencies.rule.ts";
import { createSubDepartmentCriteriaRule } from "../rules/province/sub-department-criteria.rule.ts";
import {
  createSubDepartmentDeputiesRule,
  type SubDepartmentDeputyLimits,
} from "../rules/province/sub-department-deputies.rule.ts";
import { type BandsByClass, createUnitDeputyBandRule } from "../rules/province/unit-deputy-bands.rule.ts";
import { createNoNewAppointmentRule } from "../rules/transition/no-new-appointment.rule.ts";
import { citations } from "./citations.ts";
import { createDecree62PositionRules } from "./job-position-rules.ts";
import { createCommuneLevelStartRules } from "./shared-parameters.ts";
import type { RulePack } from "./rule-pack.ts";

const FROM = "2020-11-25";
const TO = "2025-02-28";

function inForce<T>(value: T, citation: string, confidence: DatedValue<T>["confidence"]): DatedValue<T> {
  return { from: FROM, to: TO, value, citation, confidence };
}

function parameter<T>(id: string, vi: string, en: string, ...values: DatedValue<T>[]): DatedParameter<T> {
  return { id: `rs-2020.${id}`, description: { vi, en }, values };
}

// --- Province: establishment criteria (P-EST-*) ----------------------------------------------------

export const divisionMinimumPayroll = parameter<MinimumByClass>(
  "division-minimum-payroll",
  "Biên chế tối thiểu để thành lập phòng thuộc sở",
  "Minimum payroll to establish a division of a sở",
  inForce({ special: 7, I: 6, II: 5, III: 5 }, citations.establishment(2), "CONFIRMED"),
);

export const officeMinimumPayroll = parameter<MinimumByClass>(
  "office-minimum-payroll",
  "Biên chế tối thiểu để thành lập Văn phòng sở",
  "Minimum payroll to establish a sở's office",
  inForce({ special: 7, I: 6, II: 5, III: 5 }, citations.establishment(3), "CONFIRMED"),
);

export const subDepartmentMinimumPayroll = parameter<number>(
  "sub-department-minimum-payroll",
  "Biên chế tối thiểu để thành lập chi cục thuộc sở",
  "Minimum payroll to establish a sub-department",
  inForce(12, citations.establishment(4), "CONFIRMED"),
);

export const subDivisionMinimumPayroll = parameter<MinimumByClass>(
  "sub-division-minimum-payroll",
  "Biên chế tối thiểu để thành lập phòng thuộc chi cục",
  "Minimum payroll to establish a division of a sub-department",
  inForce({ special: 5, I: 5, II: 5, III: 5 }, citations.establishment(5), "CONFIRMED"),
);

/** Decree 03/2024 (in force 01/03/2024): a Thanh tra sở must meet the criteria of a phòng thuộc sở. */
export const inspectorateMinimumPayroll = parameter<MinimumByClass>(
  "inspectorate-minimum-payroll",
  "Biên chế tối thiểu của Thanh tra sở (như phòng thuộc sở)",
  "Minimum payroll of a sở's inspectorate (as for a division)",
  {
    from: "2024-03-01",
    to: TO,
    value: { special: 7, I: 6, II: 5, III: 5 },
    citation: citations.inspectorateEstablishment,
    confidence: "SINGLE-SOURCE",
  },
);

export const officeFunctionsRequired = parameter<true>(
  "office-functions-holder",
  "Sở không có Văn phòng phải giao nhiệm vụ văn phòng cho một phòng",
  "A sở without an office assigns office functions to a division",
  inForce(true, citations.establishment(3), "CONFIRMED"),
);

// --- Province: deputies (P-DEP-*) -------------------------------------------------------------------

/** P-DEP-02 / P-DEP-03: first band whose upper bound ≥ payroll (Appendix A of legal-rules.md). */
export const divisionBands: BandsByClass = {
  special: [
    { upTo: 9, maxDeputies: 1 },
    { upTo: 14, maxDeputies: 2 },
    { upTo: null, maxDeputies: 3 },
  ],
  I: [
    { upTo: 8, maxDeputies: 1 },
    { upTo: 14, maxDeputies: 2 },
    { upTo: null, maxDeputies: 3 },
  ],
  II: [
    { upTo: 7, maxDeputies: 1 },
    { upTo: 14, maxDeputies: 2 },
    { upTo: null, maxDeputies: 3 },
  ],
  III: [
    { upTo: 7, maxDeputies: 1 },
    { upTo: 14, maxDeputies: 2 },
    { upTo: null, maxDeputies: 3 },
  ],
};

export function sameForEveryClass(bands: BandsByClass["I"]): BandsByClass {
  return { special: bands, I: bands, II: bands, III: bands };
}

/** P-DEP-04: Phó Chánh Thanh tra sở by payroll, not class-dependent. */
export const inspectorateBands: BandsByClass = sameForEveryClass([
  { upTo: 7, maxDeputies: 1 },
  { upTo: null, maxDeputies: 2 },
]);

/** P-DEP-06: Phó Trưởng phòng thuộc chi cục by payroll. */
export const subDivisionBands: BandsByClass = sameForEveryClass([
  { upTo: 6, maxDeputies: 1 },
  { upTo: null, maxDeputies: 2 },
]);

/** P-DEP-05: Phó Chi cục trưởng by the chi cục's number of phòng. */
export const subDepartmentLimits: SubDepartmentDeputyLimits = {
  fewDivisionsUpTo: 3,
  fewDivisionsMax: 1,
  otherwiseMax: 2,
};

export const divisionDeputyBands = parameter<BandsByClass>(
  "division-deputy-bands",
  "Số Phó Trưởng phòng thuộc sở theo biên chế và loại tỉnh",
  "Deputy heads of a sở's division by payroll and province class",
  inForce(divisionBands, citations.deputies, "CONFIRMED"),
);

export const officeDeputyBands = parameter<BandsByClass>(
  "office-deputy-bands",
  "Số Phó Chánh Văn phòng sở (như phòng thuộc sở)",
  "Deputy heads of a sở's office (as for a division)",
  inForce(divisionBands, citations.deputies, "CONFIRMED"),
);

export const inspectorateDeputyBands = parameter<BandsByClass>(
  "inspectorate-deputy-bands",
  "Số Phó Chánh Thanh tra sở theo biên chế",
  "Deputy chief inspectors of a sở by payroll",
  inForce(inspectorateBands, citations.deputies, "CONFIRMED"),
);

export const subDivisionDeputyBands = parameter<BandsByClass>(
  "sub-division-deputy-bands",
  "Số Phó Trưởng phòng thuộc chi cục theo biên chế",
  "Deputy heads of a sub-department's division by payroll",
  inForce(subDivisionBands, citations.deputies, "SINGLE-SOURCE"),
);

export const subDepartmentDeputyLimits = parameter<SubDepartmentDeputyLimits>(
  "sub-department-deputies",
  "Số Phó Chi cục trưởng theo số phòng của chi cục",
  "Deputy heads of a sub-department by its number of divisions",
  inForce(subDepartmentLimits, citations.deputies, "CONFIRMED"),
);

export const deputyDirectorPool = parameter<AgencyDeputyPool>(
  "deputy-director-pool",
  "Tổng số Phó Giám đốc sở: bình quân 3 mỗi sở; Hà Nội, TP.HCM thêm tối đa 10",
  "Deputy directors: an average of 3 per agency; Hà Nội and HCMC up to 10 more",
  inForce(
    { averagePerAgency: 3, extraTotal: { special: 10, I: 0, II: 0, III: 0 } },
    citations.deputyDirectorsTotal,
    "CONFIRMED",
  ),
);

// --- Province: list of sở (P-SO-*) -------------------------------------------------------------------

/** The 17 sở of P-SO-01 (the culture sở depends on whether a Sở Du lịch exists). */
export const commonAgencies: CommonAgencyList = {
  required: [
    "NOI_VU",
    "TU_PHAP",
    "KE_HOACH_DAU_TU",
    "TAI_CHINH",
    "CONG_THUONG",
    "NONG_NGHIEP_PTNT",
    "GIAO_THONG_VAN_TAI",
    "XAY_DUNG",
    "TAI_NGUYEN_MOI_TRUONG",
    "THONG_TIN_TRUYEN_THONG",
    "LAO_DONG_TBXH",
    "KHOA_HOC_CONG_NGHE",
    "GIAO_DUC_DAO_TAO",
    "Y_TE",
    "THANH_TRA",
    "VAN_PHONG_UBND",
  ],
  culture: {
    withTourism: "VAN_HOA_THE_THAO_DU_LICH",
    withoutTourism: "VAN_HOA_THE_THAO",
    tourism: "DU_LICH",
  },
};

export const commonAgencyList = parameter<CommonAgencyList>(
  "common-agencies",
  "Các sở được tổ chức thống nhất ở các tỉnh",
  "Agencies every province organises",
  inForce(commonAgencies, citations.commonAgencies2020, "CONFIRMED"),
);

/** Every kind RS-2020 provides for: the 2025 codes are not lawful before 01/03/2025 (ADR 0034). */
export const providedAgencyKinds: ProvidedAgencyKinds = {
  kinds: [...commonAgencyKinds, ...specificAgencyKinds],
  mergedInto: {},
};

export const agencyKinds = parameter<ProvidedAgencyKinds>(
  "agency-kinds",
  "Các sở được tổ chức (thống nhất và đặc thù)",
  "Agencies provided for (common and specific)",
  inForce(providedAgencyKinds, citations.commonAgencies2020, "CONFIRMED"),
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
    citations.specificAgencies2020,
    "CONFIRMED",
  ),
);

// --- District (D-*) ------------------------------------------------------------------------------------

export const districtCommonFunctions = parameter<readonly DistrictFunction[]>(
  "district-common-functions",
  "Các phòng chuyên môn được tổ chức thống nhất ở cấp huyện",
  "Divisions every district organises",
  inForce(commonDistrictFunctions, citations.districtCommon2020, "CONFIRMED"),
);

export const districtFunctions = parameter<readonly DistrictFunction[]>(
  "district-functions",
  "Các lĩnh vực của phòng chuyên môn cấp huyện (thống nhất, đặc thù, Dân tộc)",
  "District division functions provided for (common, type-specific, ethnic affairs)",
  inForce(districtFunctions2020, citations.districtCommon2020, "CONFIRMED"),
);

export const districtTypeSpecificFunctions = parameter<TypeSpecificFunctions>(
  "district-type-specific-functions",
  "Phòng chuyên môn đặc thù theo loại đơn vị hành chính",
  "Type-specific divisions",
  inForce(
    { urban: urbanDistrictFunctions, rural: ruralDistrictFunctions },
    citations.districtTypeSpecific,
    "CONFIRMED",
  ),
);

export const ethnicAffairsCriteria = parameter<EthnicAffairsCriteria | null>(
  "ethnic-affairs-criteria",
  "Điều kiện thành lập Phòng Dân tộc: ≥ 5.000 người dân tộc thiểu số cần hỗ trợ và địa bàn xung yếu",
  "Ethnic Affairs division: ≥ 5,000 ethnic-minority people needing support and a qualifying area",
  inForce(
    { minimumPopulation: 5000, requiresQualifyingArea: true },
    citations.ethnicAffairs2020,
    "CONFIRMED",
  ),
);

export const islandDivisionCap = parameter<number>(
  "island-division-cap",
  "Số phòng chuyên môn tối đa của huyện đảo",
  "Maximum divisions of an island district",
  inForce(10, citations.islandDistrict2020, "CONFIRMED"),
);

export const nonIslandDivisionCap = parameter<NonIslandCap>(
  "non-island-division-cap",
  "Số phòng chuyên môn tối đa của huyện không phải huyện đảo (10 + 2 + Phòng Dân tộc)",
  "Maximum divisions of a non-island district (10 + 2 + Ethnic Affairs)",
  inForce({ base: 12, withEthnicAffairs: 13 }, citations.nonIslandCap2020, "DERIVED"),
);

export const districtDeputyPool = parameter<DistrictDeputyPool>(
  "district-deputy-pool",
  "Phó Trưởng phòng cấp huyện: bình quân 2 mỗi phòng",
  "District deputy heads: an average of 2 per division",
  inForce({ averagePerDivision: 2, warnAbovePerDivision: 3 }, citations.districtDeputies2020, "CONFIRMED"),
);

export const surplusRuleInForce = parameter<true>(
  "surplus-no-new-appointment",
  "Cấp phó vượt quy định: không bổ nhiệm mới",
  "Surplus deputies: no new appointment",
  inForce(true, citations.surplus2020, "RECALLED"),
);

// --- The pack -------------------------------------------------------------------------------------------

export const rs2020Pack: RulePack = {
  id: "RS-2020",
  rules: [
    createAgencyListRule({
      id: "P-SO-01",
      citation: citations.commonAgencies2020,
      confidence: "CONFIRMED",
      list: commonAgencyList,
    }),
    createAgencyDeputiesTotalRule({
      id: "P-DEP-01",
      citation: citations.deputyDirectorsTotal,
      confidence: "CONFIRMED",
      pool: deputyDirectorPool,
    }),
    createProvidedAgencyKindsRule({
      id: "P-SO-01",
      citation: citations.commonAgencies2020,
      confidence: "CONFIRMED",
      provided: agencyKinds,
    }),
    createSpecificAgenciesRule({
      id: "P-SO-02",
      citation: citations.specificAgencies2020,
      confidence: "CONFIRMED",
      policy: specificAgencyPolicy,
    }),
    createOfficeFunctionsRule({
      id: "P-EST-02",
      citation: citations.establishment(3),
      confidence: "CONFIRMED",
      inForce: officeFunctionsRequired,
    }),
    createMinimumPayrollRule({
      id: "P-EST-01",
      title: { vi: "Biên chế tối thiểu của phòng thuộc sở", en: "Minimum payroll of a sở's division" },
      citation: citations.establishment(2),
      confidence: "CONFIRMED",
      unitType: "division",
      insideSubDepartment: false,
      minimum: divisionMinimumPayroll,
      classDependent: true,
      unitLabel: { vi: "phòng thuộc sở", en: "a division of a sở" },
    }),
    createMinimumPayrollRule({
      id: "P-EST-02",
      title: { vi: "Biên chế tối thiểu của Văn phòng sở", en: "Minimum payroll of a sở's office" },
      citation: citations.establishment(3),
      confidence: "CONFIRMED",
      unitType: "office",
      insideSubDepartment: false,
      minimum: officeMinimumPayroll,
      classDependent: true,
      unitLabel: { vi: "Văn phòng sở", en: "a sở's office" },
    }),
    createSubDepartmentCriteriaRule({
      id: "P-EST-03",
      citation: citations.establishment(4),
      confidence: "CONFIRMED",
      minimumPayroll: subDepartmentMinimumPayroll,
    }),
    createMinimumPayrollRule({
      id: "P-EST-04",
      title: {
        vi: "Biên chế tối thiểu của phòng thuộc chi cục",
        en: "Minimum payroll of a sub-department's division",
      },
      citation: citations.establishment(5),
      confidence: "CONFIRMED",
      unitType: "division",
      insideSubDepartment: true,
      minimum: subDivisionMinimumPayroll,
      classDependent: false,
      unitLabel: { vi: "phòng thuộc chi cục", en: "a division of a sub-department" },
    }),
    createMinimumPayrollRule({
      id: "P-EST-05",
      title: {
        vi: "Thanh tra sở phải đáp ứng tiêu chí thành lập phòng thuộc sở",
        en: "A sở's inspectorate meets the criteria of a division",
      },
      citation: citations.inspectorateEstablishment,
      confidence: "SINGLE-SOURCE",
      unitType: "inspectorate",
      insideSubDepartment: false,
      minimum: inspectorateMinimumPayroll,
      classDependent: true,
      unitLabel: { vi: "Thanh tra sở", en: "a sở's inspectorate" },
    }),
    createUnitDeputyBandRule({
      id: "P-DEP-02",
      title: { vi: "Số Phó Trưởng phòng thuộc sở", en: "Deputy heads of a sở's division" },
      citation: citations.deputies,
      confidence: "CONFIRMED",
      unitType: "division",
      insideSubDepartment: false,
      bands: divisionDeputyBands,
      classDependent: true,
      deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
    }),
    createUnitDeputyBandRule({
      id: "P-DEP-03",
      title: { vi: "Số Phó Chánh Văn phòng sở", en: "Deputy heads of a sở's office" },
      citation: citations.deputies,
      confidence: "CONFIRMED",
      unitType: "office",
      insideSubDepartment: false,
      bands: officeDeputyBands,
      classDependent: true,
      deputyTitle: { vi: "Phó Chánh Văn phòng", en: "deputy heads" },
    }),
    createUnitDeputyBandRule({
      id: "P-DEP-04",
      title: { vi: "Số Phó Chánh Thanh tra sở", en: "Deputy chief inspectors of a sở" },
      citation: citations.deputies,
      confidence: "CONFIRMED",
      unitType: "inspectorate",
      insideSubDepartment: false,
      bands: inspectorateDeputyBands,
      classDependent: false,
      deputyTitle: { vi: "Phó Chánh Thanh tra", en: "deputy chief inspectors" },
    }),
    createSubDepartmentDeputiesRule({
      id: "P-DEP-05",
      citation: citations.deputies,
      confidence: "CONFIRMED",
      limits: subDepartmentDeputyLimits,
    }),
    createUnitDeputyBandRule({
      id: "P-DEP-06",
      title: { vi: "Số Phó Trưởng phòng thuộc chi cục", en: "Deputy heads of a sub-department's division" },
      citation: citations.deputies,
      confidence: "SINGLE-SOURCE",
      unitType: "division",
      insideSubDepartment: true,
      bands: subDivisionDeputyBands,
      classDependent: false,
      deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
    }),
    createCommonFunctionsRule({
      id: "D-PH-01",
      citation: citations.districtCommon2020,
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
      citation: citations.islandDistrict2020,
      confidence: "CONFIRMED",
      cap: islandDivisionCap,
    }),
    createNonIslandDivisionCapRule({
      id: "D-PH-05",
      citation: citations.nonIslandCap2020,
      confidence: "DERIVED",
      cap: nonIslandDivisionCap,
      ethnicAffairs: ethnicAffairsCriteria,
    }),
    createDistrictDeputiesRule({
      id: "D-DEP-01",
      citation: citations.districtDeputies2020,
      confidence: "CONFIRMED",
      pool: districtDeputyPool,
    }),
    createEthnicAffairsDivisionRule({
      id: "D-PH-03",
      citation: citations.ethnicAffairs2020,
      confidence: "CONFIRMED",
      criteria: ethnicAffairsCriteria,
    }),
    createMergedCommonFunctionsRule({
      id: "D-PH-06",
      citation: citations.districtCommon2020,
      confidence: "RECALLED",
      common: districtCommonFunctions,
    }),
    createProvidedFunctionsRule({
      id: "D-PH-01",
      citation: citations.districtCommon2020,
      confidence: "CONFIRMED",
      provided: districtFunctions,
    }),
    ...createDecree62PositionRules(),
    // G-TIER-02: no commune-level rule before 01/07/2025, an info finding per commune (ADR 0037).
    ...createCommuneLevelStartRules(),
    createNoNewAppointmentRule({
      id: "T-2020-01",
      citation: citations.surplus2020,
      confidence: "RECALLED",
      inForce: surplusRuleInForce,
    }),
  ],
};
