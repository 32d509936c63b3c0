import { describe, expect, it } from "vitest";

import { findRulePackInForce, rulePackDescriptors, rulePackDescriptorSchema } from "./rule-pack-catalogue.ts";

describe("rule pack catalogue (legal-rules.md §0)", () => {
  it("RS-2020 takes effect on 25/11/2020, the day Decrees 107/108/2020 entered into force", () => {
    expect(findRulePackInForce("2020-11-24")?.id).toBe("RS-2014");
    expect(findRulePackInForce("2020-11-25")?.id).toBe("RS-2020");
  });

  it("RS-2020 is in force until 28/02/2025 inclusive", () => {
    expect(findRulePackInForce("2025-02-28")?.id).toBe("RS-2020");
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
