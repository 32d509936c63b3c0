// The limits in force for one node, read from the pack's own rules (computeApplicableLimits): boundary
// values per provision and class, the rule id and citation of each limit, and agreement with the
// findings the same rules produce when the limit is broken.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../snapshot/catalogue.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import {
  agency,
  agencyWith,
  buildSnapshot,
  commonAgencies,
  commune,
  districtWithDivisions,
  evaluateFindings,
  findingsOf,
  islandDistrict,
  subDepartment,
  unit,
} from "../testing/builders.ts";
import { type ApplicableLimit, computeApplicableLimits } from "./applicable-limits.ts";

const RS_2020_DATE = "2021-06-30";
const RS_2014_DATE = "2019-06-30";

function limitsOf(snapshot: Snapshot, id: string, ruleSet?: string): ApplicableLimit[] {
  const outcome = computeApplicableLimits(snapshot, id, ruleSet === undefined ? {} : { ruleSet });
  if (!outcome.ok) throw new Error(`no limits: ${JSON.stringify(outcome.failure)}`);
  return outcome.result.limits;
}

function only(limits: readonly ApplicableLimit[], measure: ApplicableLimit["measure"]): ApplicableLimit {
  const matching = limits.filter((limit) => limit.measure === measure);
  expect(matching).toHaveLength(1);
  const [first] = matching;
  if (!first) throw new Error("unreachable");
  return first;
}

function phongLimits(provinceClass: ProvinceClass, payroll: number, deputies = 1, asOf = RS_2020_DATE) {
  const phong = unit("division", { id: "phong-tccb", name: "Phòng Tổ chức cán bộ", payroll, deputies });
  return limitsOf(buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(phong)] }), "phong-tccb");
}

describe("computeApplicableLimits — phòng thuộc sở (P-DEP-02, P-EST-01)", () => {
  it.each([
    { provinceClass: "II" as const, payroll: 7, max: 1 },
    { provinceClass: "II" as const, payroll: 8, max: 2 },
    { provinceClass: "II" as const, payroll: 14, max: 2 },
    { provinceClass: "II" as const, payroll: 15, max: 3 },
    { provinceClass: "I" as const, payroll: 8, max: 1 },
    { provinceClass: "I" as const, payroll: 9, max: 2 },
    { provinceClass: "special" as const, payroll: 9, max: 1 },
    { provinceClass: "special" as const, payroll: 10, max: 2 },
    { provinceClass: "III" as const, payroll: 16, max: 3 },
  ])(
    "P-DEP-02: tỉnh loại $provinceClass, biên chế $payroll → tối đa $max Phó Trưởng phòng",
    ({ provinceClass, payroll, max }) => {
      const deputies = only(phongLimits(provinceClass, payroll), "deputies");
      expect(deputies).toMatchObject({
        ruleId: "P-DEP-02",
        subject: { type: "unit", id: "phong-tccb" },
        actual: 1,
        limit: max,
        nature: "max",
        exceeded: max < 1,
        confidence: "CONFIRMED",
      });
      expect(deputies.citation).toContain("107/2020");
      expect(deputies.title.vi).toBe("Số Phó Trưởng phòng thuộc sở");
    },
  );

  it.each([
    { provinceClass: "special" as const, min: 7 },
    { provinceClass: "I" as const, min: 6 },
    { provinceClass: "II" as const, min: 5 },
    { provinceClass: "III" as const, min: 5 },
  ])("P-EST-01: tỉnh loại $provinceClass → biên chế tối thiểu $min", ({ provinceClass, min }) => {
    const payroll = only(phongLimits(provinceClass, min), "payroll");
    expect(payroll).toMatchObject({
      ruleId: "P-EST-01",
      actual: min,
      limit: min,
      nature: "min",
      exceeded: false,
    });
    const below = only(phongLimits(provinceClass, min - 1), "payroll");
    expect(below).toMatchObject({ actual: min - 1, limit: min, exceeded: true });
  });

  it("P-DEP-02: a phòng over its band has the limit its finding reports (one source of truth)", () => {
    const phong = unit("division", { id: "phong-tccb", payroll: 8, deputies: 3 });
    const snapshot = buildSnapshot({ provinceClass: "II", agencies: [agencyWith(phong)] });
    const [finding] = findingsOf(evaluateFindings(snapshot), "P-DEP-02");
    const deputies = only(limitsOf(snapshot, "phong-tccb"), "deputies");
    expect(deputies).toMatchObject({ limit: finding?.limit, citation: finding?.citation, exceeded: true });
    expect(deputies.limit).toBe(2);
  });

  it("does not change the snapshot it probes", () => {
    const snapshot = buildSnapshot({
      agencies: [agencyWith(unit("division", { id: "phong-tccb" }))],
      districts: [islandDistrict(11, 25)],
    });
    const before = structuredClone(snapshot);
    for (const id of ["so-a", "phong-tccb", "huyen-a", "huyen-a-noi-vu"]) limitsOf(snapshot, id);
    expect(snapshot).toEqual(before);
  });
});

describe("computeApplicableLimits — văn phòng, thanh tra, chi cục (P-DEP-03..06, P-EST-02..05)", () => {
  it("P-DEP-03 / P-EST-02: Văn phòng sở, biên chế 8 ở tỉnh loại II → tối đa 2 phó, tối thiểu 5", () => {
    const snapshot = buildSnapshot({
      provinceClass: "II",
      agencies: [agency({ units: [unit("office", { payroll: 8 })] })],
    });
    const limits = limitsOf(snapshot, "unit-office");
    expect(only(limits, "deputies")).toMatchObject({ ruleId: "P-DEP-03", limit: 2 });
    expect(only(limits, "payroll")).toMatchObject({ ruleId: "P-EST-02", limit: 5 });
  });

  it.each([
    { payroll: 7, max: 1 },
    { payroll: 8, max: 2 },
  ])("P-DEP-04: Thanh tra sở, biên chế $payroll → tối đa $max Phó Chánh Thanh tra", ({ payroll, max }) => {
    const snapshot = buildSnapshot({ agencies: [agencyWith(unit("inspectorate", { payroll }))] });
    const limits = limitsOf(snapshot, "unit-inspectorate");
    expect(only(limits, "deputies")).toMatchObject({ ruleId: "P-DEP-04", limit: max });
    // P-EST-05 (Decree 03/2024) is not yet in force on 30/06/2021: no minimum payroll then.
    expect(limits.filter((limit) => limit.measure === "payroll")).toEqual([]);
  });

  it("P-EST-05: from 01/03/2024 a Thanh tra sở needs the payroll of a phòng (tỉnh loại II: 5)", () => {
    const snapshot = buildSnapshot({
      asOf: "2024-06-30",
      agencies: [agencyWith(unit("inspectorate", { payroll: 4 }))],
    });
    const payroll = only(limitsOf(snapshot, "unit-inspectorate"), "payroll");
    expect(payroll).toMatchObject({
      ruleId: "P-EST-05",
      limit: 5,
      exceeded: true,
      confidence: "SINGLE-SOURCE",
    });
    expect(payroll.citation).toContain("03/2024");
  });

  it.each([
    { phong: 0, max: 2 },
    { phong: 1, max: 1 },
    { phong: 3, max: 1 },
    { phong: 4, max: 2 },
  ])(
    "P-DEP-05: chi cục có $phong phòng → tối đa $max Phó Chi cục trưởng; P-EST-03 biên chế ≥ 12",
    ({ phong, max }) => {
      const snapshot = buildSnapshot({ agencies: [agencyWith(subDepartment(phong))] });
      const limits = limitsOf(snapshot, "chi-cuc");
      expect(only(limits, "deputies")).toMatchObject({ ruleId: "P-DEP-05", limit: max });
      expect(only(limits, "payroll")).toMatchObject({
        ruleId: "P-EST-03",
        limit: 12,
        actual: 20,
        exceeded: false,
      });
    },
  );

  it.each([
    { payroll: 6, max: 1 },
    { payroll: 7, max: 2 },
  ])(
    "P-DEP-06: phòng thuộc chi cục, biên chế $payroll → tối đa $max; P-EST-04 tối thiểu 5",
    ({ payroll, max }) => {
      const chiCuc = subDepartment(2);
      if (chiCuc.type !== "sub_department" || !chiCuc.units?.[0]) throw new Error("unexpected builder");
      chiCuc.units[0] = { ...chiCuc.units[0], payroll };
      const limits = limitsOf(buildSnapshot({ agencies: [agencyWith(chiCuc)] }), "chi-cuc-phong-1");
      expect(only(limits, "deputies")).toMatchObject({ ruleId: "P-DEP-06", limit: max });
      expect(only(limits, "payroll")).toMatchObject({ ruleId: "P-EST-04", limit: 5 });
    },
  );
});

describe("computeApplicableLimits — sở (P-DEP-01, P-LEG-01)", () => {
  it("P-DEP-01: with every sở listed, a sở shares the pool of 3 × 17 = 51 Phó Giám đốc", () => {
    const snapshot = buildSnapshot({ agenciesComplete: true, agencies: commonAgencies(3) });
    const limits = limitsOf(snapshot, "so-noi-vu");
    expect(limits).toHaveLength(1);
    expect(only(limits, "provinceDeputies")).toMatchObject({
      ruleId: "P-DEP-01",
      subject: { type: "province", id: "99" },
      actual: 51,
      limit: 51,
      nature: "max",
      exceeded: false,
    });
  });

  it("P-DEP-01 needs the complete list of sở (ADR 0012): otherwise no limit is stated", () => {
    const snapshot = buildSnapshot({ agenciesComplete: false, agencies: commonAgencies(3) });
    expect(limitsOf(snapshot, "so-noi-vu")).toEqual([]);
  });

  it("P-LEG-01 (RS-2014): at most 3 Phó Giám đốc per sở in a class II province", () => {
    const snapshot = buildSnapshot({ asOf: RS_2014_DATE, agencies: [agency({ deputies: 4 })] });
    const outcome = computeApplicableLimits(snapshot, "so-a");
    expect(outcome.ok && outcome.result.ruleSet).toBe("RS-2014");
    expect(only(limitsOf(snapshot, "so-a"), "deputies")).toMatchObject({
      ruleId: "P-LEG-01",
      limit: 3,
      actual: 4,
      exceeded: true,
      confidence: "RECALLED",
    });
  });
});

describe("computeApplicableLimits — huyện and phòng chuyên môn (D-DEP-01, D-PH-04, D-PH-05, D-LEG-01)", () => {
  it("D-PH-04 and D-DEP-01: Cát Hải-like island huyện, 11 phòng, 25 phó → tối đa 10 phòng, 22 phó", () => {
    const snapshot = buildSnapshot({ districts: [islandDistrict(11, 25)] });
    const limits = limitsOf(snapshot, "huyen-a");
    expect(only(limits, "divisions")).toMatchObject({
      ruleId: "D-PH-04",
      actual: 11,
      limit: 10,
      exceeded: true,
    });
    const pool = only(limits, "districtDeputies");
    expect(pool).toMatchObject({ ruleId: "D-DEP-01", actual: 25, limit: 22, nature: "max", exceeded: true });
    expect(pool.citation).toContain("108/2020");
    expect(pool.interpretation?.adr).toBe("docs/adr/0006-district-deputy-pool.md");
  });

  it.each([
    { count: 10, cap: 10 },
    { count: 11, cap: 10 },
  ])("D-PH-04: huyện đảo với $count phòng → tối đa $cap phòng", ({ count, cap }) => {
    const snapshot = buildSnapshot({ districts: [islandDistrict(count, count)] });
    expect(only(limitsOf(snapshot, "huyen-a"), "divisions")).toMatchObject({
      limit: cap,
      exceeded: count > cap,
    });
    expect(only(limitsOf(snapshot, "huyen-a"), "districtDeputies").limit).toBe(2 * count);
  });

  it("D-PH-05: huyện không phải huyện đảo, không có Phòng Dân tộc → tối đa 12 phòng", () => {
    const snapshot = buildSnapshot({ districts: [districtWithDivisions(12)] });
    expect(only(limitsOf(snapshot, "huyen-a"), "divisions")).toMatchObject({
      ruleId: "D-PH-05",
      limit: 12,
      exceeded: false,
      confidence: "DERIVED",
    });
  });

  it("D-DEP-01: a division has no cap of its own — a warning threshold of 3 — and shares the district pool", () => {
    const snapshot = buildSnapshot({ districts: [islandDistrict(11, 25)] });
    const limits = limitsOf(snapshot, "huyen-a-noi-vu");
    expect(only(limits, "deputies")).toMatchObject({
      ruleId: "D-DEP-01",
      subject: { type: "division", id: "huyen-a-noi-vu" },
      actual: 3,
      limit: 3,
      nature: "threshold",
      exceeded: false,
    });
    expect(only(limits, "districtDeputies")).toMatchObject({
      ruleId: "D-DEP-01",
      subject: { type: "district", id: "huyen-a" },
      actual: 25,
      limit: 22,
      nature: "max",
    });
    expect(limits.filter((limit) => limit.measure === "payroll")).toEqual([]);
  });

  it("D-LEG-01 (RS-2014): at most 3 Phó Trưởng phòng per division, a legal maximum", () => {
    const snapshot = buildSnapshot({ asOf: RS_2014_DATE, districts: [islandDistrict(11, 25)] });
    const limits = limitsOf(snapshot, "huyen-a-noi-vu");
    expect(only(limits, "deputies")).toMatchObject({ ruleId: "D-LEG-01", limit: 3, nature: "max" });
    expect(limits.filter((limit) => limit.measure === "districtDeputies")).toEqual([]);
  });
});

describe("computeApplicableLimits — failures", () => {
  it("reports an unknown node", () => {
    const outcome = computeApplicableLimits(buildSnapshot({}), "khong-co");
    expect(outcome).toEqual({ ok: false, failure: { code: "NOT_FOUND", id: "khong-co" } });
  });

  it("reports an unknown rule pack", () => {
    const snapshot = buildSnapshot({ agencies: [agency()] });
    const outcome = computeApplicableLimits(snapshot, "so-a", { ruleSet: "RS-1999" });
    expect(outcome.ok ? null : outcome.failure.code).toBe("UNKNOWN_RULE_PACK");
  });

  it("applies the named pack's values on its nearest day in force", () => {
    const snapshot = buildSnapshot({ asOf: "2026-01-01", districts: [islandDistrict(10, 10)] });
    const outcome = computeApplicableLimits(snapshot, "huyen-a", { ruleSet: "RS-2020" });
    expect(outcome.ok && outcome.result.rulesDate).toBe("2025-02-28");
  });
});

describe("C26-DEP-01: the deputy pool of a commune-level unit (RS-2026)", () => {
  const asOf = "2026-03-01";

  it.each([
    ["the unit itself", "dac-khu-a"],
    ["one of its organisations", "dac-khu-a-vhxh"],
  ])("asked for %s: 4 organisations, 8 deputies → at most 8, not exceeded", (_what, id) => {
    const zone = commune("special_zone", {
      organisations: commune("special_zone").organisations.map((organisation) => ({
        ...organisation,
        deputies: 2,
      })),
    });
    const snapshot = buildSnapshot({ asOf, provinceClass: "I", communes: [zone] });
    const pool = only(limitsOf(snapshot, id), "communeDeputies");
    expect(pool).toMatchObject({
      ruleId: "C26-DEP-01",
      subject: { type: "commune", id: "dac-khu-a" },
      actual: 8,
      limit: 8,
      nature: "max",
      exceeded: false,
    });
  });

  it("one deputy over: the same limit, exceeded, and the findings agree", () => {
    const zone = commune("special_zone");
    const organisations = zone.organisations.map((organisation, index) => ({
      ...organisation,
      deputies: index === 0 ? 3 : 2,
    }));
    const snapshot = buildSnapshot({
      asOf,
      provinceClass: "I",
      communes: [{ ...zone, organisations }],
    });
    expect(only(limitsOf(snapshot, "dac-khu-a"), "communeDeputies")).toMatchObject({
      actual: 9,
      limit: 8,
      exceeded: true,
    });
    expect(findingsOf(evaluateFindings(snapshot), "C26-DEP-01")).toMatchObject([{ actual: 9, limit: 8 }]);
  });

  it("an unknown id is still NOT_FOUND", () => {
    const snapshot = buildSnapshot({ asOf, communes: [commune("ward")] });
    expect(computeApplicableLimits(snapshot, "khong-co")).toEqual({
      ok: false,
      failure: { code: "NOT_FOUND", id: "khong-co" },
    });
  });
});
