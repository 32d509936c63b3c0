// RS-2026 — Decree 150/2025/NĐ-CP as amended by Decree 370/2025/NĐ-CP (signed 31/12/2025), in force from
// 01/01/2026 (legal-rules.md §0, §2.6). At the province level: P26-SO-01 and P26-EST-01 as in RS-2025B;
// the Phó Giám đốc average with the increments for merged provinces (P26-DEP-01); the uniform bands for a
// phòng thuộc sở and the chi cục limits (P26-DEP-02); a subordinate unit never has more deputies than its
// direct superior (T-2026-02); a surplus after a re-arrangement is transitional for 5 years (T-2026-01,
// ADR 0033). A district gets G-TIER-01's info and nothing else. The commune level: the frame of every
// xã, phường, đặc khu (C26-ORG-01), at most 4.5 organisations per unit on average in the province (4.7 in
// Hà Nội, TP.HCM; C26-ORG-02) and 2 deputies per organisation on average in each unit (C26-DEP-01; ADR
// 0037). The new limits for Văn phòng sở and phòng thuộc chi cục were not seen, so those units have no deputy
// band in this pack (ADR 0034).
import { createCommuneOrganisationAverageRule } from "../rules/commune/commune-organisation-average.rule.ts";
import { createAgencyDeputiesTotalRule } from "../rules/province/agency-deputies-total.rule.ts";
import { createSubDepartmentDeputiesRule } from "../rules/province/sub-department-deputies.rule.ts";
import { createUnitDeputyBandRule } from "../rules/province/unit-deputy-bands.rule.ts";
import { createSubordinateDeputiesRule } from "../rules/transition/subordinate-deputies.rule.ts";
import { citations } from "./citations.ts";
import { createSurplusTransitionRule, surplusDeputyDeadline } from "../rules/transition/surplus-deadline.ts";
import * as decree150 from "./decree-150-2025.parameters.ts";
import { createDecree62PositionRules } from "./job-position-rules.ts";
import { createCommuneRules, createDecree150ProvinceRules } from "./rs-2025b.pack.ts";
import type { RulePack } from "./rule-pack.ts";

export const rs2026Pack: RulePack = {
  id: "RS-2026",
  rules: [
    ...createDecree150ProvinceRules(),
    createAgencyDeputiesTotalRule({
      id: "P26-DEP-01",
      citation: citations.deputies370,
      confidence: "CONFIRMED",
      pool: decree150.deputyDirectorPool,
    }),
    createUnitDeputyBandRule({
      id: "P26-DEP-02",
      title: { vi: "Số Phó Trưởng phòng thuộc sở", en: "Deputy heads of a sở's division" },
      citation: citations.deputies370,
      confidence: "CONFIRMED",
      unitType: "division",
      insideSubDepartment: false,
      bands: decree150.divisionDeputyBands,
      classDependent: false,
      deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
    }),
    createSubDepartmentDeputiesRule({
      id: "P26-DEP-02",
      citation: citations.deputies370,
      confidence: "RECALLED",
      limits: decree150.subDepartmentDeputyLimits,
    }),
    createCommuneOrganisationAverageRule({
      id: "C26-ORG-02",
      citation: citations.communeOrganisationAverage370,
      confidence: "SINGLE-SOURCE",
      averageByClass: decree150.communeOrganisationAverage,
    }),
    ...createCommuneRules(citations.communeDeputies370),
    createSubordinateDeputiesRule({
      id: "T-2026-02",
      citation: citations.subordinateDeputies,
      confidence: "CONFIRMED",
      inForce: decree150.subordinateDeputiesInForce,
    }),
    // T-2026-01: a surplus after a re-arrangement is transitional for 5 years (ADR 0033).
    createSurplusTransitionRule({
      id: "T-2026-01",
      citation: "Điều 6 Nghị định số 150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP",
      confidence: "CONFIRMED",
      deadline: surplusDeputyDeadline,
    }),
    ...createDecree62PositionRules({ districtLevel: false }),
  ],
};
