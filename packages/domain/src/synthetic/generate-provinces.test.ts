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
});
