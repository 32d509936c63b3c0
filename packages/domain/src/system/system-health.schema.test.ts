import { describe, expect, it } from "vitest";

import { rulePackDescriptors } from "../rule-packs/rule-pack-catalogue.ts";
import { computeSystemHealth, systemHealthSchema } from "./system-health.schema.ts";

describe("computeSystemHealth", () => {
  it("is ok when the database answers", () => {
    const health = computeSystemHealth({
      version: "1.2.3",
      database: { reachable: true, latencyMs: 3 },
      rulePacks: rulePackDescriptors,
    });
    expect(health.status).toBe("ok");
    expect(health.rulePacks.map((pack) => pack.id)).toEqual([
      "RS-2014",
      "RS-2020",
      "RS-2025A",
      "RS-2025B",
      "RS-2026",
    ]);
    expect(systemHealthSchema.parse(health)).toEqual(health);
  });

  it("is degraded when the database does not answer", () => {
    const health = computeSystemHealth({
      version: "1.2.3",
      database: { reachable: false, latencyMs: null },
      rulePacks: [],
    });
    expect(health.status).toBe("degraded");
  });
});
