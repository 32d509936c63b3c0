// The dated numbers of Decree 150/2025/NĐ-CP (provincial agencies under two-tier local government),
// shared by RS-2025B (its text as first issued, from 01/07/2025) and RS-2026 (as amended by Decree
// 370/2025/NĐ-CP, from 01/01/2026). A provision 370/2025 amended has one value per period, so the rule
// reading it gives each period its own number, citation and confidence (legal-rules.md §2.6, ADR 0034).
import type { AgencyDeputyPool } from "../rules/province/agency-deputies-total.rule.ts";
import type { CommonAgencyList } from "../rules/province/agency-list.rule.ts";
import type { MaximumByClass } from "../rules/province/agency-count.rule.ts";
import type { MinimumByClass } from "../rules/province/minimum-payroll.rule.ts";
import type { ProvidedAgencyKinds } from "../rules/province/provided-agency-kinds.rule.ts";
import type { SpecificAgencyPolicy } from "../rules/province/specific-agencies.rule.ts";
import type { SubDepartmentDeputyLimits } from "../rules/province/sub-department-deputies.rule.ts";
import type { BandsByClass } from "../rules/province/unit-deputy-bands.rule.ts";
import type { CommuneFrame } from "../rules/commune/commune-organisations.rule.ts";
import type { ProvinceClass } from "../snapshot/catalogue.ts";
import type { DatedParameter, DatedValue } from "../rules/parameters.ts";
import { citations } from "./citations.ts";
import {
  commonAgencies2025,
  maximumAgencies,
  providedAgencyKinds2025,
  specificAgencyPolicy2025,
} from "./rs-2025a.pack.ts";
import { divisionBands, sameForEveryClass, subDepartmentLimits, subDivisionBands } from "./rs-2020.pack.ts";

/** Decree 150/2025's first day, read as 01/07/2025 (legal-rules.md §8 Q4; ADR 0034). */
export const DECREE_150_FROM = "2025-07-01";
/** The day before Decree 370/2025 took effect. */
export const DECREE_150_ORIGINAL_TO = "2025-12-31";
export const DECREE_370_FROM = "2026-01-01";

function fromDecree150<T>(
  value: T,
  citation: string,
  confidence: DatedValue<T>["confidence"],
): DatedValue<T> {
  return { from: DECREE_150_FROM, to: null, value, citation, confidence };
}

function beforeDecree370<T>(
  value: T,
  citation: string,
  confidence: DatedValue<T>["confidence"],
): DatedValue<T> {
  return { from: DECREE_150_FROM, to: DECREE_150_ORIGINAL_TO, value, citation, confidence };
}

function fromDecree370<T>(
  value: T,
  citation: string,
  confidence: DatedValue<T>["confidence"],
): DatedValue<T> {
  return { from: DECREE_370_FROM, to: null, value, citation, confidence };
}

function parameter<T>(id: string, vi: string, en: string, ...values: DatedValue<T>[]): DatedParameter<T> {
  return { id: `nd-150-2025.${id}`, description: { vi, en }, values };
}

// --- The sở (P26-SO-01): the same list, specific sở and maximum as Decree 45/2025 ---------------------

export const commonAgencyList = parameter<CommonAgencyList>(
  "common-agencies",
  "Các sở được tổ chức thống nhất ở các tỉnh (12 sở)",
  "Agencies every province organises (12)",
  fromDecree150(commonAgencies2025, citations.commonAgencies150, "CONFIRMED"),
);

export const agencyKinds = parameter<ProvidedAgencyKinds>(
  "agency-kinds",
  "Các sở được tổ chức (thống nhất và đặc thù) sau sắp xếp năm 2025",
  "Agencies provided for (common and specific) after the 2025 mergers",
  fromDecree150(providedAgencyKinds2025, citations.commonAgencies150, "CONFIRMED"),
);

/** The Sở Ngoại vụ criteria seen come from a draft (SINGLE-SOURCE) and need inputs the format lacks. */
export const specificAgencyPolicy = parameter<SpecificAgencyPolicy>(
  "specific-agencies",
  "Sở đặc thù và điều kiện tổ chức",
  "Specific agencies and where they may exist",
  fromDecree150(specificAgencyPolicy2025, citations.commonAgencies150, "CONFIRMED"),
);

export const agencyCount = parameter<MaximumByClass>(
  "agency-count",
  "Số cơ quan chuyên môn tối đa của tỉnh (Hà Nội, TP.HCM: 15)",
  "Maximum agencies of a province (Hà Nội, HCMC: 15)",
  fromDecree150(maximumAgencies, citations.agencyCount150, "CONFIRMED"),
);

// --- Establishment (P26-EST-01): 7 for every class, SINGLE-SOURCE (a draft of 150/2025) --------------

export const divisionMinimumPayroll = parameter<MinimumByClass>(
  "division-minimum-payroll",
  "Biên chế tối thiểu để thành lập phòng thuộc sở (mọi loại tỉnh)",
  "Minimum payroll to establish a division of a sở (every province class)",
  fromDecree150({ special: 7, I: 7, II: 7, III: 7 }, citations.establishment150, "SINGLE-SOURCE"),
);

export const subDepartmentMinimumPayroll = parameter<MinimumByClass>(
  "sub-department-minimum-payroll",
  "Biên chế tối thiểu để thành lập chi cục thuộc sở",
  "Minimum payroll to establish a sub-department",
  fromDecree150({ special: 12, I: 12, II: 12, III: 12 }, citations.establishment150, "SINGLE-SOURCE"),
);

// --- Deputies ------------------------------------------------------------------------------------------

/**
 * P26-DEP-01. Before 370/2025: the average of 3 and Hà Nội/TP.HCM's 10, present in 45/2025 and in
 * 370/2025 alike (DERIVED); from 01/01/2026 also +1 per sở for a province merged from 2, +2 from 3 or more.
 */
export const deputyDirectorPool = parameter<AgencyDeputyPool>(
  "deputy-director-pool",
  "Tổng số Phó Giám đốc sở: bình quân 3 mỗi sở; tỉnh hợp nhất thêm 1 (2 tỉnh) hoặc 2 (từ 3 tỉnh) mỗi sở; Hà Nội, TP.HCM thêm tối đa 10",
  "Deputy directors: an average of 3 per agency; +1 (2 provinces merged) or +2 (3 or more) per agency; Hà Nội and HCMC up to 10 more",
  beforeDecree370(
    { averagePerAgency: 3, extraTotal: { special: 10, I: 0, II: 0, III: 0 } },
    citations.deputies150,
    "DERIVED",
  ),
  fromDecree370(
    {
      averagePerAgency: 3,
      extraTotal: { special: 10, I: 0, II: 0, III: 0 },
      extraPerAgencyWhenMerged: { fromTwo: 1, fromThreeOrMore: 2 },
    },
    citations.deputies370,
    "CONFIRMED",
  ),
);

/**
 * P26-DEP-02, phòng thuộc sở. Before 370/2025: 45/2025's bands by class (reading INT-RS2025B-BANDS, on
 * the SINGLE-SOURCE carry-over of P25-DEP-01); from 01/01/2026 one set for every class (CONFIRMED).
 */
export const divisionDeputyBands = parameter<BandsByClass>(
  "division-deputy-bands",
  "Số Phó Trưởng phòng thuộc sở theo biên chế (từ 01/01/2026 như nhau ở mọi loại tỉnh)",
  "Deputy heads of a sở's division by payroll (the same for every class from 01/01/2026)",
  beforeDecree370(divisionBands, citations.deputies150, "SINGLE-SOURCE"),
  fromDecree370(
    sameForEveryClass([
      { upTo: 9, maxDeputies: 1 },
      { upTo: 14, maxDeputies: 2 },
      { upTo: null, maxDeputies: 3 },
    ]),
    citations.deputies370,
    "CONFIRMED",
  ),
);

/**
 * P26-DEP-02, chi cục. 1–3 phòng → 1 was seen for 370/2025; the "no phòng or 4 or more → 2" branch was
 * cut off in the source and is assumed unchanged (RECALLED).
 */
export const subDepartmentDeputyLimits = parameter<SubDepartmentDeputyLimits>(
  "sub-department-deputies",
  "Số Phó Chi cục trưởng theo số phòng của chi cục",
  "Deputy heads of a sub-department by its number of divisions",
  beforeDecree370(subDepartmentLimits, citations.deputies150, "SINGLE-SOURCE"),
  fromDecree370(subDepartmentLimits, citations.deputies370, "RECALLED"),
);

/** Văn phòng sở, before 370/2025 only: 370's numbers were not seen (P26-DEP-02). */
export const officeDeputyBands = parameter<BandsByClass>(
  "office-deputy-bands",
  "Số Phó Chánh Văn phòng sở (như phòng thuộc sở, đến 31/12/2025)",
  "Deputy heads of a sở's office (as for a division, until 31/12/2025)",
  beforeDecree370(divisionBands, citations.deputies150, "SINGLE-SOURCE"),
);

/** Phòng thuộc chi cục, before 370/2025 only: 370's numbers were not seen (P26-DEP-02). */
export const subDivisionDeputyBands = parameter<BandsByClass>(
  "sub-division-deputy-bands",
  "Số Phó Trưởng phòng thuộc chi cục theo biên chế (đến 31/12/2025)",
  "Deputy heads of a sub-department's division by payroll (until 31/12/2025)",
  beforeDecree370(subDivisionBands, citations.deputies150, "SINGLE-SOURCE"),
);

/** T-2026-02: added by 370/2025. */
export const subordinateDeputiesInForce = parameter<true>(
  "subordinate-deputies",
  "Số cấp phó của cấp dưới không vượt số cấp phó của cấp trên trực tiếp",
  "A subordinate unit has no more deputies than its direct superior",
  fromDecree370(true, citations.subordinateDeputies, "CONFIRMED"),
);

// --- Two-tier local government (G-TIER-01) ------------------------------------------------------------

export const districtLevelEnded = parameter<true>(
  "district-level-ended",
  "Không còn cấp huyện (chính quyền địa phương hai cấp)",
  "No district level (two-tier local government)",
  fromDecree150(true, citations.twoTierLocalGovernment, "CONFIRMED"),
);

// --- The commune level (C26-ORG-01, C26-ORG-02, C26-DEP-01) ----------------------

/** Resolution 332/NQ-CP on the deputies of commune-level organisations took effect on 15/10/2025. */
export const RESOLUTION_332_FROM = "2025-10-15";

/** C26-ORG-01: the frame the provincial UBND applies to every xã, phường and đặc khu (CONFIRMED). */
export const communeFrame = parameter<CommuneFrame>(
  "commune-frame",
  "Cơ quan chuyên môn của mỗi xã, phường, đặc khu: Văn phòng HĐND và UBND; Phòng Kinh tế (xã, đặc khu) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (phường, đặc khu có kinh tế đô thị); Phòng Văn hóa - Xã hội; 01 Trung tâm phục vụ hành chính công",
  "Organisations of every commune-level unit: the office; Economy (communes, special zones) or Economy, Infrastructure and Urban (wards, urban special zones); Culture and Society; one service centre",
  fromDecree150(
    {
      common: ["VAN_PHONG", "VAN_HOA_XA_HOI"],
      economy: { rural: "KINH_TE", urban: "KINH_TE_HA_TANG_DO_THI" },
      serviceCentres: 1,
    },
    citations.communeOrganisations150,
    "CONFIRMED",
  ),
);

/** C26-ORG-02, from 01/01/2026 only (SINGLE-SOURCE). */
export const communeOrganisationAverage = parameter<Record<ProvinceClass, number>>(
  "commune-organisation-average",
  "Số tổ chức (phòng và Trung tâm phục vụ hành chính công) bình quân mỗi đơn vị hành chính cấp xã của tỉnh (Hà Nội, TP.HCM: 4,7)",
  "Average organisations (divisions and service centre) per commune-level unit of a province (Hà Nội, HCMC: 4.7)",
  fromDecree370(
    { special: 4.7, I: 4.5, II: 4.5, III: 4.5 },
    citations.communeOrganisationAverage370,
    "SINGLE-SOURCE",
  ),
);

/** C26-DEP-01: from Resolution 332/NQ-CP (15/10/2025), kept by 370/2025 (SINGLE-SOURCE). */
export const communeDeputyAverage = parameter<number>(
  "commune-deputy-average",
  "Số cấp phó bình quân của mỗi phòng và Trung tâm phục vụ hành chính công cấp xã",
  "Average deputies per division and service centre of a commune-level unit",
  {
    from: RESOLUTION_332_FROM,
    to: DECREE_150_ORIGINAL_TO,
    value: 2,
    citation: citations.communeDeputies332,
    confidence: "SINGLE-SOURCE",
  },
  fromDecree370(2, citations.communeDeputies370, "SINGLE-SOURCE"),
);
