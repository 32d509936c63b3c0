// RS-2025B — Decree 150/2025/NĐ-CP as first issued (signed 12/06/2025), read as in force 01/07/2025 –
// 31/12/2025 (legal-rules.md §8 Q4; ADR 0034). Only what the catalogue supports for that text, at the
// province level: the 12 common sở, the specific ones and at most 14 sở (15 in Hà Nội, TP.HCM; P26-SO-01),
// the minimum of 7 for a phòng and 12 for a chi cục (P26-EST-01, SINGLE-SOURCE), the average of 3 Phó
// Giám đốc (+10 in Hà Nội, TP.HCM; P26-DEP-01). Whether the uniform deputy bands of 370/2025 were already
// there is open: they are read as still 45/2025's, and those findings carry INT-RS2025B-BANDS. The
// district level no longer exists: a district gets G-TIER-01's info and nothing else. A surplus after a
// re-arrangement is transitional for 5 years (T-2025-01, ADR 0033). The commune level: the frame of every
// xã, phường, đặc khu (C26-ORG-01) and, from 15/10/2025 (Nghị quyết 332/NQ-CP), the average of 2 deputies
// per organisation (C26-DEP-01); the province-wide average of organisations (C26-ORG-02) starts with
// 370/2025 and is in RS-2026 only (ADR 0037).
import { createCommuneDeputiesRule } from "../rules/commune/commune-deputies.rule.ts";
import { createCommuneOrganisationsRule } from "../rules/commune/commune-organisations.rule.ts";
import { createDistrictLevelEndedRule } from "../rules/district/district-level-ended.rule.ts";
import { interpretations } from "../rules/interpretations.ts";
import { createAgencyCountRule } from "../rules/province/agency-count.rule.ts";
import { createAgencyDeputiesTotalRule } from "../rules/province/agency-deputies-total.rule.ts";
import { createAgencyListRule } from "../rules/province/agency-list.rule.ts";
import { createMinimumPayrollRule } from "../rules/province/minimum-payroll.rule.ts";
import { createProvidedAgencyKindsRule } from "../rules/province/provided-agency-kinds.rule.ts";
import { createSpecificAgenciesRule } from "../rules/province/specific-agencies.rule.ts";
import { createSubDepartmentDeputiesRule } from "../rules/province/sub-department-deputies.rule.ts";
import { createUnitDeputyBandRule } from "../rules/province/unit-deputy-bands.rule.ts";
import type { Rule } from "../rules/rule.ts";
import { withReading } from "../rules/with-reading.ts";
import { citations } from "./citations.ts";
import { createSurplusTransitionRule, surplusDeputyDeadline } from "../rules/transition/surplus-deadline.ts";
import * as decree150 from "./decree-150-2025.parameters.ts";
import { createDecree62PositionRules } from "./job-position-rules.ts";
import type { RulePack } from "./rule-pack.ts";

/** P26-SO-01, P26-EST-01 and G-TIER-01: the same under 150/2025 as first issued and as amended. */
export function createDecree150ProvinceRules(): Rule[] {
  return [
    createAgencyListRule({
      id: "P26-SO-01",
      citation: citations.commonAgencies150,
      confidence: "CONFIRMED",
      list: decree150.commonAgencyList,
    }),
    createAgencyCountRule({
      id: "P26-SO-01",
      citation: citations.agencyCount150,
      confidence: "CONFIRMED",
      maximum: decree150.agencyCount,
    }),
    createProvidedAgencyKindsRule({
      id: "P26-SO-01",
      citation: citations.commonAgencies150,
      confidence: "CONFIRMED",
      provided: decree150.agencyKinds,
    }),
    createSpecificAgenciesRule({
      id: "P26-SO-01",
      citation: citations.commonAgencies150,
      confidence: "CONFIRMED",
      policy: decree150.specificAgencyPolicy,
    }),
    createMinimumPayrollRule({
      id: "P26-EST-01",
      title: { vi: "Biên chế tối thiểu của phòng thuộc sở", en: "Minimum payroll of a sở's division" },
      citation: citations.establishment150,
      confidence: "SINGLE-SOURCE",
      unitType: "division",
      insideSubDepartment: false,
      minimum: decree150.divisionMinimumPayroll,
      classDependent: false,
      unitLabel: { vi: "phòng thuộc sở", en: "a division of a sở" },
    }),
    createMinimumPayrollRule({
      id: "P26-EST-01",
      title: { vi: "Biên chế tối thiểu của chi cục thuộc sở", en: "Minimum payroll of a sub-department" },
      citation: citations.establishment150,
      confidence: "SINGLE-SOURCE",
      unitType: "sub_department",
      insideSubDepartment: false,
      minimum: decree150.subDepartmentMinimumPayroll,
      classDependent: false,
      unitLabel: { vi: "chi cục thuộc sở", en: "a sub-department" },
    }),
    createDistrictLevelEndedRule({
      id: "G-TIER-01",
      citation: citations.twoTierLocalGovernment,
      confidence: "CONFIRMED",
      inForce: decree150.districtLevelEnded,
    }),
  ];
}

/** C26-ORG-01 and C26-DEP-01: the commune-level rules of RS-2025B and RS-2026 (their values are dated). */
export function createCommuneRules(deputiesCitation: string): Rule[] {
  return [
    createCommuneOrganisationsRule({
      id: "C26-ORG-01",
      citation: citations.communeOrganisations150,
      confidence: "CONFIRMED",
      frame: decree150.communeFrame,
    }),
    createCommuneDeputiesRule({
      id: "C26-DEP-01",
      citation: deputiesCitation,
      confidence: "SINGLE-SOURCE",
      averagePerOrganisation: decree150.communeDeputyAverage,
    }),
  ];
}

export const rs2025bPack: RulePack = {
  id: "RS-2025B",
  rules: [
    ...createDecree150ProvinceRules(),
    createAgencyDeputiesTotalRule({
      id: "P26-DEP-01",
      citation: citations.deputies150,
      confidence: "DERIVED",
      pool: decree150.deputyDirectorPool,
    }),
    withReading(
      createUnitDeputyBandRule({
        id: "P26-DEP-02",
        title: { vi: "Số Phó Trưởng phòng thuộc sở", en: "Deputy heads of a sở's division" },
        citation: citations.deputies150,
        confidence: "SINGLE-SOURCE",
        unitType: "division",
        insideSubDepartment: false,
        bands: decree150.divisionDeputyBands,
        classDependent: true,
        deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
      }),
      interpretations.bandsBefore370,
    ),
    withReading(
      createUnitDeputyBandRule({
        id: "P26-DEP-02",
        title: { vi: "Số Phó Chánh Văn phòng sở", en: "Deputy heads of a sở's office" },
        citation: citations.deputies150,
        confidence: "SINGLE-SOURCE",
        unitType: "office",
        insideSubDepartment: false,
        bands: decree150.officeDeputyBands,
        classDependent: true,
        deputyTitle: { vi: "Phó Chánh Văn phòng", en: "deputy heads" },
      }),
      interpretations.bandsBefore370,
    ),
    withReading(
      createSubDepartmentDeputiesRule({
        id: "P26-DEP-02",
        citation: citations.deputies150,
        confidence: "SINGLE-SOURCE",
        limits: decree150.subDepartmentDeputyLimits,
      }),
      interpretations.bandsBefore370,
    ),
    withReading(
      createUnitDeputyBandRule({
        id: "P26-DEP-02",
        title: { vi: "Số Phó Trưởng phòng thuộc chi cục", en: "Deputy heads of a sub-department's division" },
        citation: citations.deputies150,
        confidence: "SINGLE-SOURCE",
        unitType: "division",
        insideSubDepartment: true,
        bands: decree150.subDivisionDeputyBands,
        classDependent: false,
        deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
      }),
      interpretations.bandsBefore370,
    ),
    ...createCommuneRules(citations.communeDeputies332),
    // T-2025-01: a surplus after a re-arrangement is transitional for 5 years (ADR 0033).
    createSurplusTransitionRule({
      id: "T-2025-01",
      citation: "Điều 24 Nghị định số 45/2025/NĐ-CP",
      confidence: "CONFIRMED",
      deadline: surplusDeputyDeadline,
    }),
    ...createDecree62PositionRules({ districtLevel: false }),
  ],
};
