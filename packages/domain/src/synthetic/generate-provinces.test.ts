import { describe, expect, it } from "vitest";

import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import { countUnits, generateSyntheticProvince, generateSyntheticProvinces } from "./generate-provinces.ts";

describe("synthetic province generator", () => {
  it("is deterministic: same index and seed, same snapshot", () => {
    expect(generateSyntheticProvince({ index: 7 })).toEqual(generateSyntheticProvince({ index: 7 }));
    expect(generateSyntheticProvince({ index: 7, seed: 1 })).not.toEqual(
      generateSyntheticProvince({ index: 7, seed: 2 }),
    );
  });

  it("gives a national-scale dataset for 63 provinces (~705 districts, ~20k units)", () => {
    const provinces = generateSyntheticProvinces(63);
    const districts = provinces.reduce((sum, snapshot) => sum + snapshot.districts.length, 0);
    const units = provinces.reduce((sum, snapshot) => sum + countUnits(snapshot), 0);
    expect(districts).toBeGreaterThan(600);
    expect(districts).toBeLessThan(800);
    expect(units).toBeGreaterThan(15_000);
    expect(units).toBeLessThan(25_000);
    expect(new Set(provinces.map((snapshot) => snapshot.province.code)).size).toBe(63);
  });

  it("produces structures the engine evaluates, with findings to look at", () => {
    const outcome = evaluateSnapshot(generateSyntheticProvince({ index: 3 }));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.summary.violations).toBeGreaterThan(0);
  });

  it("follows the law of its date: the 2021 structure unchanged; 12 sở and 10 divisions from 01/03/2025; no district from 01/07/2025", () => {
    expect(generateSyntheticProvince({ index: 3, asOf: "2021-06-30" })).toEqual(
      generateSyntheticProvince({ index: 3 }),
    );
    const spring2025 = generateSyntheticProvince({ index: 3, asOf: "2025-04-15" });
    expect(spring2025.agencies).toHaveLength(12);
    expect(spring2025.districts.length).toBeGreaterThan(0);
    expect(spring2025.districts.every((district) => district.divisions.length === 10)).toBe(true);
    expect(generateSyntheticProvince({ index: 3, asOf: "2026-03-31" }).districts).toEqual([]);
  });

  it.each([
    ["2025-04-15", "RS-2025A", ["P25-SO-01", "D25-PH-01"]],
    ["2025-09-30", "RS-2025B", ["P26-SO-01", "G-TIER-01"]],
    ["2026-03-31", "RS-2026", ["P26-SO-01", "G-TIER-01"]],
  ] as const)(
    "a province generated for %s holds only the codes and levels of %s",
    (asOf, ruleSet, absent) => {
      const outcome = evaluateSnapshot(generateSyntheticProvince({ index: 3, asOf }));
      expect(outcome.ok && outcome.result.ruleSet).toBe(ruleSet);
      if (!outcome.ok) return;
      const ids = new Set(outcome.result.findings.map((finding) => finding.ruleId));
      for (const id of absent) expect(ids.has(id), id).toBe(false);
      expect(outcome.result.summary.violations).toBeGreaterThan(0);
    },
  );
});
