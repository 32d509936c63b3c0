import { describe, expect, it } from "vitest";

import { findRulePackInForce, rulePackDescriptors, rulePackDescriptorSchema } from "./rule-pack-catalogue.ts";

/** The ISO day after `date` (UTC arithmetic, in the test only: the domain reads no clock). */
function nextIsoDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

describe("rule pack catalogue (legal-rules.md §0)", () => {
  it("RS-2020 takes effect on 25/11/2020, the day Decrees 107/108/2020 entered into force", () => {
    expect(findRulePackInForce("2020-11-24")?.id).toBe("RS-2014");
    expect(findRulePackInForce("2020-11-25")?.id).toBe("RS-2020");
  });

  it("RS-2020 is in force until 28/02/2025 inclusive", () => {
    expect(findRulePackInForce("2025-02-28")?.id).toBe("RS-2020");
  });

  it("RS-2025A (Decree 45/2025) from 01/03/2025 to 30/06/2025", () => {
    expect(findRulePackInForce("2025-03-01")?.id).toBe("RS-2025A");
    expect(findRulePackInForce("2025-06-30")?.id).toBe("RS-2025A");
  });

  it("RS-2025B (Decree 150/2025 as first issued) from 01/07/2025 to 31/12/2025", () => {
    expect(findRulePackInForce("2025-07-01")?.id).toBe("RS-2025B");
    expect(findRulePackInForce("2025-12-31")?.id).toBe("RS-2025B");
  });

  it("RS-2026 (150/2025 as amended by 370/2025) from 01/01/2026, still in force", () => {
    expect(findRulePackInForce("2026-01-01")?.id).toBe("RS-2026");
    expect(findRulePackInForce("2040-01-01")?.id).toBe("RS-2026");
    expect(rulePackDescriptors.at(-1)).toMatchObject({ id: "RS-2026", effectiveTo: null });
  });

  it("only RS-2025A among the 2025–2026 packs has district rules; the district level ended on 01/07/2025", () => {
    const levels = Object.fromEntries(rulePackDescriptors.map((pack) => [pack.id, pack.levels]));
    expect(levels).toMatchObject({
      "RS-2025A": ["province", "district"],
      "RS-2025B": ["province", "commune"],
      "RS-2026": ["province", "commune"],
    });
  });

  it("leaves no day uncovered from 20/05/2014 on: each window starts the day after the previous ends", () => {
    for (let index = 1; index < rulePackDescriptors.length; index += 1) {
      const previous = rulePackDescriptors[index - 1];
      const current = rulePackDescriptors[index];
      const dayAfter = previous?.effectiveTo ? nextIsoDay(previous.effectiveTo) : undefined;
      expect(current?.effectiveFrom).toBe(dayAfter);
    }
  });

  it("finds no pack before Decree 24/2014 took effect", () => {
    expect(findRulePackInForce("2014-05-19")).toBeUndefined();
  });

  it("has valid, ordered, non-overlapping windows", () => {
    for (const pack of rulePackDescriptors) rulePackDescriptorSchema.parse(pack);
    for (let index = 1; index < rulePackDescriptors.length; index += 1) {
      const previous = rulePackDescriptors[index - 1];
      const current = rulePackDescriptors[index];
      expect(previous?.effectiveTo).not.toBeNull();
      expect(current && previous?.effectiveTo && previous.effectiveTo < current.effectiveFrom).toBe(true);
    }
  });
});
