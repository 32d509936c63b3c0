// RS-2025A — Decree 45/2025/NĐ-CP (signed 28/02/2025), replacing Decrees 24/2014 and 37/2014 and their
// 2020 amendments; in force 01/03/2025 until Decree 150/2025 replaced it (read as 30/06/2025, ADR 0034).
// What legal-rules.md §2.5 gives for the levels the snapshot format holds: the 12 common sở and the
// specific ones (P25-SO-01), at most 14 sở (15 in Hà Nội, TP.HCM; P25-SO-02), the establishment minimums
// (P25-EST-01) and the deputy limits (P25-DEP-01) carried over from RS-2020, the 9 common district
// divisions and the specific ones (D25-PH-01), at most 10 divisions (D25-PH-02) and the district deputy
// average (D25-DEP-01); plus P-EST-05 (Decree 03/2024), the job-position rules and the 5-year transition
// of a surplus after a re-arrangement (T-2025-01, ADR 0033). Numbers are below.
import type { DistrictFunction, ProvinceClass } from "../snapshot/catalogue.ts";
import {
  commonAgencyKinds2025,
  commonDistrictFunctions2025,
  districtFunctions2025,
  ruralDistrictFunctions2025,
  specificAgencyKinds2025,
  urbanDistrictFunctions2025,
} from "../snapshot/catalogue.ts";
import { createCommonFunctionsRule } from "../rules/district/common-functions.rule.ts";
import {
  createDistrictDeputiesRule,
  type DistrictDeputyPool,
} from "../rules/district/district-deputies.rule.ts";
import { createDistrictDivisionCapRule } from "../rules/district/district-division-cap.rule.ts";
import type { EthnicAffairsCriteria } from "../rules/district/district-functions.ts";
import { createEthnicAffairsDivisionRule } from "../rules/district/ethnic-affairs-division.rule.ts";
import { createProvidedFunctionsRule } from "../rules/district/provided-functions.rule.ts";
import {
  createTypeSpecificFunctionsRule,
  type TypeSpecificFunctions,
} from "../rules/district/type-specific-functions.rule.ts";
import { interpretations } from "../rules/interpretations.ts";
import type { DatedParameter, DatedValue } from "../rules/parameters.ts";
import { createAgencyCountRule, type MaximumByClass } from "../rules/province/agency-count.rule.ts";
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
import { citations } from "./citations.ts";
import { createSurplusTransitionRule, surplusDeputyDeadline } from "../rules/transition/surplus-deadline.ts";
import { createDecree62PositionRules } from "./job-position-rules.ts";
import { createCommuneLevelStartRules } from "./shared-parameters.ts";
import { divisionBands, inspectorateBands, subDepartmentLimits, subDivisionBands } from "./rs-2020.pack.ts";
import type { RulePack } from "./rule-pack.ts";

const FROM = "2025-03-01";
const TO = "2025-06-30";

function inForce<T>(value: T, citation: string, confidence: DatedValue<T>["confidence"]): DatedValue<T> {
  return { from: FROM, to: TO, value, citation, confidence };
}

function parameter<T>(id: string, vi: string, en: string, ...values: DatedValue<T>[]): DatedParameter<T> {
  return { id: `rs-2025a.${id}`, description: { vi, en }, values };
}

// --- Province: the sở (P25-SO-01, P25-SO-02) ---------------------------------------------------------

/** P25-SO-01: the 12 common sở; as under RS-2020, VHTTDL becomes VH&TT where a Sở Du lịch exists. */
export const commonAgencies2025: CommonAgencyList = {
  required: commonAgencyKinds2025.filter((kind) => kind !== "VAN_HOA_THE_THAO_DU_LICH"),
  culture: {
    withTourism: "VAN_HOA_THE_THAO_DU_LICH",
    withoutTourism: "VAN_HOA_THE_THAO",
    tourism: "DU_LICH",
  },
};

/** The merger origin of each 2025 sở (P25-SO-01, CONFIRMED): where an old kind's remit went. */
export const providedAgencyKinds2025: ProvidedAgencyKinds = {
  kinds: [...commonAgencyKinds2025, "VAN_HOA_THE_THAO", ...specificAgencyKinds2025],
  mergedInto: {
    LAO_DONG_TBXH: "NOI_VU",
    KE_HOACH_DAU_TU: "TAI_CHINH",
    NONG_NGHIEP_PTNT: "NONG_NGHIEP_MOI_TRUONG",
    TAI_NGUYEN_MOI_TRUONG: "NONG_NGHIEP_MOI_TRUONG",
    GIAO_THONG_VAN_TAI: "XAY_DUNG",
    THONG_TIN_TRUYEN_THONG: "KHOA_HOC_CONG_NGHE",
    DAN_TOC: "DAN_TOC_TON_GIAO",
  },
};

/** Specific sở: Quy hoạch - Kiến trúc only in Hà Nội, TP.HCM (elsewhere folded into Xây dựng). */
export const specificAgencyPolicy2025: SpecificAgencyPolicy = {
  criteriaUnverified: ["NGOAI_VU", "DAN_TOC_TON_GIAO", "DU_LICH"],
  onlyInClasses: { QUY_HOACH_KIEN_TRUC: ["special"] },
};

export const maximumAgencies: MaximumByClass = { special: 15, I: 14, II: 14, III: 14 };

export const commonAgencyList = parameter<CommonAgencyList>(
  "common-agencies",
  "Các sở được tổ chức thống nhất ở các tỉnh (12 sở)",
  "Agencies every province organises (12)",
  inForce(commonAgencies2025, citations.commonAgencies2025, "CONFIRMED"),
);

export const agencyKinds = parameter<ProvidedAgencyKinds>(
  "agency-kinds",
  "Các sở được tổ chức (thống nhất và đặc thù) sau sắp xếp năm 2025",
  "Agencies provided for (common and specific) after the 2025 mergers",
  inForce(providedAgencyKinds2025, citations.commonAgencies2025, "CONFIRMED"),
);

export const specificAgencyPolicy = parameter<SpecificAgencyPolicy>(
  "specific-agencies",
  "Sở đặc thù và điều kiện tổ chức",
  "Specific agencies and where they may exist",
  inForce(specificAgencyPolicy2025, citations.commonAgencies2025, "CONFIRMED"),
);

export const agencyCount = parameter<MaximumByClass>(
  "agency-count",
  "Số cơ quan chuyên môn tối đa của tỉnh (Hà Nội, TP.HCM: 15)",
  "Maximum agencies of a province (Hà Nội, HCMC: 15)",
  inForce(maximumAgencies, citations.agencyCount2025, "CONFIRMED"),
);

// --- Province: establishment criteria (P25-EST-01), unchanged from RS-2020 --------------------------

const byClass: MinimumByClass = { special: 7, I: 6, II: 5, III: 5 };

export const divisionMinimumPayroll = parameter<MinimumByClass>(
  "division-minimum-payroll",
  "Biên chế tối thiểu để thành lập phòng thuộc sở",
  "Minimum payroll to establish a division of a sở",
  inForce(byClass, citations.establishment2025, "CONFIRMED"),
);

export const officeMinimumPayroll = parameter<MinimumByClass>(
  "office-minimum-payroll",
  "Biên chế tối thiểu để thành lập Văn phòng sở",
  "Minimum payroll to establish a sở's office",
  inForce(byClass, citations.establishment2025, "CONFIRMED"),
);

/** Not in the catalogue's P25-EST-01 row: 24/2014's rule, assumed kept by 45/2025 Art.5 (ADR 0034). */
export const officeFunctionsRequired = parameter<true>(
  "office-functions-holder",
  "Sở không có Văn phòng phải giao nhiệm vụ văn phòng cho một phòng",
  "A sở without an office assigns office functions to a division",
  inForce(true, citations.establishment2025, "RECALLED"),
);

export const subDepartmentMinimumPayroll = parameter<number>(
  "sub-department-minimum-payroll",
  "Biên chế tối thiểu để thành lập chi cục thuộc sở",
  "Minimum payroll to establish a sub-department",
  inForce(12, citations.establishment2025, "CONFIRMED"),
);

export const subDivisionMinimumPayroll = parameter<MinimumByClass>(
  "sub-division-minimum-payroll",
  "Biên chế tối thiểu để thành lập phòng thuộc chi cục",
  "Minimum payroll to establish a division of a sub-department",
  inForce({ special: 5, I: 5, II: 5, III: 5 }, citations.establishment2025, "CONFIRMED"),
);

/** P-EST-05: Decree 03/2024 still governs a Thanh tra sở; the phòng minimums are now 45/2025's. */
export const inspectorateMinimumPayroll = parameter<MinimumByClass>(
  "inspectorate-minimum-payroll",
  "Biên chế tối thiểu của Thanh tra sở (như phòng thuộc sở)",
  "Minimum payroll of a sở's inspectorate (as for a division)",
  inForce(byClass, citations.inspectorateEstablishment, "SINGLE-SOURCE"),
);

// --- Province: deputies (P25-DEP-01) -------------------------------------------------------------------

export const deputyDirectorPool = parameter<AgencyDeputyPool>(
  "deputy-director-pool",
  "Tổng số Phó Giám đốc sở: bình quân 3 mỗi sở; Hà Nội, TP.HCM thêm tối đa 10",
  "Deputy directors: an average of 3 per agency; Hà Nội and HCMC up to 10 more",
  inForce(
    { averagePerAgency: 3, extraTotal: { special: 10, I: 0, II: 0, III: 0 } },
    citations.deputies2025,
    "CONFIRMED",
  ),
);

// The bands are RS-2020's (P25-DEP-01: carry-over seen in article headings only, SINGLE-SOURCE).
export const divisionDeputyBands = parameter<BandsByClass>(
  "division-deputy-bands",
  "Số Phó Trưởng phòng thuộc sở theo biên chế và loại tỉnh",
  "Deputy heads of a sở's division by payroll and province class",
  inForce(divisionBands, citations.deputies2025, "SINGLE-SOURCE"),
);

export const officeDeputyBands = parameter<BandsByClass>(
  "office-deputy-bands",
  "Số Phó Chánh Văn phòng sở (như phòng thuộc sở)",
  "Deputy heads of a sở's office (as for a division)",
  inForce(divisionBands, citations.deputies2025, "SINGLE-SOURCE"),
);

export const inspectorateDeputyBands = parameter<BandsByClass>(
  "inspectorate-deputy-bands",
  "Số Phó Chánh Thanh tra sở theo biên chế",
  "Deputy chief inspectors of a sở by payroll",
  inForce(inspectorateBands, citations.deputies2025, "SINGLE-SOURCE"),
);

export const subDepartmentDeputyLimits = parameter<SubDepartmentDeputyLimits>(
  "sub-department-deputies",
  "Số Phó Chi cục trưởng theo số phòng của chi cục",
  "Deputy heads of a sub-department by its number of divisions",
  inForce(subDepartmentLimits, citations.deputies2025, "SINGLE-SOURCE"),
);

export const subDivisionDeputyBands = parameter<BandsByClass>(
  "sub-division-deputy-bands",
  "Số Phó Trưởng phòng thuộc chi cục theo biên chế",
  "Deputy heads of a sub-department's division by payroll",
  inForce(subDivisionBands, citations.deputies2025, "SINGLE-SOURCE"),
);

// --- District (D25-*) ------------------------------------------------------------------------------------

export const districtFunctions = parameter<readonly DistrictFunction[]>(
  "district-functions",
  "Các lĩnh vực của phòng chuyên môn cấp huyện (9 thống nhất, đặc thù)",
  "District division functions provided for (9 common, specific)",
  inForce(districtFunctions2025, citations.districtSpecific2025, "CONFIRMED"),
);

export const districtCommonFunctions = parameter<readonly DistrictFunction[]>(
  "district-common-functions",
  "Các phòng chuyên môn được tổ chức thống nhất ở cấp huyện (9 phòng)",
  "Divisions every district organises (9)",
  inForce(commonDistrictFunctions2025, citations.districtCommon2025, "CONFIRMED"),
);

export const districtTypeSpecificFunctions = parameter<TypeSpecificFunctions>(
  "district-type-specific-functions",
  "Phòng chuyên môn đặc thù theo loại đơn vị hành chính",
  "Type-specific divisions",
  inForce(
    { urban: urbanDistrictFunctions2025, rural: ruralDistrictFunctions2025 },
    citations.districtSpecific2025,
    "CONFIRMED",
  ),
);

/** The criteria for a Phòng Dân tộc và Tôn giáo are not in the catalogue: such a division gets an info. */
export const ethnicReligiousAffairsCriteria = parameter<EthnicAffairsCriteria | null>(
  "ethnic-religious-affairs-criteria",
  "Điều kiện thành lập Phòng Dân tộc và Tôn giáo (chưa có trong danh mục nguồn)",
  "Criteria for an Ethnic and Religious Affairs division (not in the catalogue)",
  inForce(null, citations.districtSpecific2025, "CONFIRMED"),
);

export const districtDivisionCap = parameter<number>(
  "district-division-cap",
  "Số phòng chuyên môn tối đa của cấp huyện",
  "Maximum divisions of a district",
  inForce(10, citations.districtCap2025, "CONFIRMED"),
);

export const districtDeputyPool = parameter<DistrictDeputyPool>(
  "district-deputy-pool",
  "Phó Trưởng phòng cấp huyện: bình quân 2 mỗi phòng",
  "District deputy heads: an average of 2 per division",
  inForce({ averagePerDivision: 2, warnAbovePerDivision: 3 }, citations.districtDeputies2025, "RECALLED"),
);

export const districtDeputyExtra = parameter<Record<ProvinceClass, number>>(
  "district-deputy-extra",
  "Quận, huyện của Hà Nội, TP.HCM: thêm tối đa 5 Phó Trưởng phòng (một nguồn, theo dự thảo)",
  "Districts of Hà Nội and HCMC: up to 5 more deputy heads (single source, from a draft)",
  inForce({ special: 5, I: 0, II: 0, III: 0 }, citations.districtDeputiesExtra2025, "SINGLE-SOURCE"),
);

// --- The pack -------------------------------------------------------------------------------------------

export const rs2025aPack: RulePack = {
  id: "RS-2025A",
  rules: [
    createAgencyListRule({
      id: "P25-SO-01",
      citation: citations.commonAgencies2025,
      confidence: "CONFIRMED",
      list: commonAgencyList,
    }),
    createAgencyCountRule({
      id: "P25-SO-02",
      citation: citations.agencyCount2025,
      confidence: "CONFIRMED",
      maximum: agencyCount,
    }),
    createAgencyDeputiesTotalRule({
      id: "P25-DEP-01",
      citation: citations.deputies2025,
      confidence: "CONFIRMED",
      pool: deputyDirectorPool,
    }),
    createProvidedAgencyKindsRule({
      id: "P25-SO-01",
      citation: citations.commonAgencies2025,
      confidence: "CONFIRMED",
      provided: agencyKinds,
    }),
    createSpecificAgenciesRule({
      id: "P25-SO-01",
      citation: citations.commonAgencies2025,
      confidence: "CONFIRMED",
      policy: specificAgencyPolicy,
    }),
    createOfficeFunctionsRule({
      id: "P25-EST-01",
      citation: citations.establishment2025,
      confidence: "RECALLED",
      inForce: officeFunctionsRequired,
    }),
    createMinimumPayrollRule({
      id: "P25-EST-01",
      title: { vi: "Biên chế tối thiểu của phòng thuộc sở", en: "Minimum payroll of a sở's division" },
      citation: citations.establishment2025,
      confidence: "CONFIRMED",
      unitType: "division",
      insideSubDepartment: false,
      minimum: divisionMinimumPayroll,
      classDependent: true,
      unitLabel: { vi: "phòng thuộc sở", en: "a division of a sở" },
    }),
    createMinimumPayrollRule({
      id: "P25-EST-01",
      title: { vi: "Biên chế tối thiểu của Văn phòng sở", en: "Minimum payroll of a sở's office" },
      citation: citations.establishment2025,
      confidence: "CONFIRMED",
      unitType: "office",
      insideSubDepartment: false,
      minimum: officeMinimumPayroll,
      classDependent: true,
      unitLabel: { vi: "Văn phòng sở", en: "a sở's office" },
    }),
    createSubDepartmentCriteriaRule({
      id: "P25-EST-01",
      citation: citations.establishment2025,
      confidence: "CONFIRMED",
      minimumPayroll: subDepartmentMinimumPayroll,
    }),
    createMinimumPayrollRule({
      id: "P25-EST-01",
      title: {
        vi: "Biên chế tối thiểu của phòng thuộc chi cục",
        en: "Minimum payroll of a sub-department's division",
      },
      citation: citations.establishment2025,
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
      id: "P25-DEP-01",
      title: { vi: "Số Phó Trưởng phòng thuộc sở", en: "Deputy heads of a sở's division" },
      citation: citations.deputies2025,
      confidence: "SINGLE-SOURCE",
      unitType: "division",
      insideSubDepartment: false,
      bands: divisionDeputyBands,
      classDependent: true,
      deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
    }),
    createUnitDeputyBandRule({
      id: "P25-DEP-01",
      title: { vi: "Số Phó Chánh Văn phòng sở", en: "Deputy heads of a sở's office" },
      citation: citations.deputies2025,
      confidence: "SINGLE-SOURCE",
      unitType: "office",
      insideSubDepartment: false,
      bands: officeDeputyBands,
      classDependent: true,
      deputyTitle: { vi: "Phó Chánh Văn phòng", en: "deputy heads" },
    }),
    createUnitDeputyBandRule({
      id: "P25-DEP-01",
      title: { vi: "Số Phó Chánh Thanh tra sở", en: "Deputy chief inspectors of a sở" },
      citation: citations.deputies2025,
      confidence: "SINGLE-SOURCE",
      unitType: "inspectorate",
      insideSubDepartment: false,
      bands: inspectorateDeputyBands,
      classDependent: false,
      deputyTitle: { vi: "Phó Chánh Thanh tra", en: "deputy chief inspectors" },
    }),
    createSubDepartmentDeputiesRule({
      id: "P25-DEP-01",
      citation: citations.deputies2025,
      confidence: "SINGLE-SOURCE",
      limits: subDepartmentDeputyLimits,
    }),
    createUnitDeputyBandRule({
      id: "P25-DEP-01",
      title: { vi: "Số Phó Trưởng phòng thuộc chi cục", en: "Deputy heads of a sub-department's division" },
      citation: citations.deputies2025,
      confidence: "SINGLE-SOURCE",
      unitType: "division",
      insideSubDepartment: true,
      bands: subDivisionDeputyBands,
      classDependent: false,
      deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
    }),
    createCommonFunctionsRule({
      id: "D25-PH-01",
      citation: citations.districtCommon2025,
      confidence: "CONFIRMED",
      common: districtCommonFunctions,
    }),
    createTypeSpecificFunctionsRule({
      id: "D25-PH-01",
      citation: citations.districtSpecific2025,
      confidence: "CONFIRMED",
      functions: districtTypeSpecificFunctions,
      interpretation: interpretations.typeSpecific2025,
    }),
    createDistrictDivisionCapRule({
      id: "D25-PH-02",
      citation: citations.districtCap2025,
      confidence: "CONFIRMED",
      cap: districtDivisionCap,
    }),
    createDistrictDeputiesRule({
      id: "D25-DEP-01",
      citation: citations.districtDeputies2025,
      confidence: "RECALLED",
      pool: districtDeputyPool,
      extra: { byClass: districtDeputyExtra, interpretation: interpretations.districtDeputiesExtra2025 },
    }),
    createProvidedFunctionsRule({
      id: "D25-PH-01",
      citation: citations.districtSpecific2025,
      confidence: "CONFIRMED",
      provided: districtFunctions,
    }),
    createEthnicAffairsDivisionRule({
      id: "D25-PH-01",
      citation: citations.districtSpecific2025,
      confidence: "CONFIRMED",
      criteria: ethnicReligiousAffairsCriteria,
      division: {
        functionCode: "DAN_TOC_TON_GIAO",
        label: { vi: "Phòng Dân tộc và Tôn giáo", en: "an Ethnic and Religious Affairs division" },
      },
    }),
    // T-2025-01: a surplus after a re-arrangement is transitional for 5 years (ADR 0033).
    createSurplusTransitionRule({
      id: "T-2025-01",
      citation: "Điều 24 Nghị định số 45/2025/NĐ-CP",
      confidence: "CONFIRMED",
      deadline: surplusDeputyDeadline,
    }),
    ...createDecree62PositionRules(),
    // G-TIER-02: no commune-level rule before 01/07/2025, an info finding per commune (ADR 0037).
    ...createCommuneLevelStartRules(),
  ],
};
