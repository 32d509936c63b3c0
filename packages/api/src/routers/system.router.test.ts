import { describe, expect, it } from "vitest";

import { createInnerContext } from "../context.ts";
import { createCaller } from "../root.ts";

function callerWith(reachable: boolean) {
  return createCaller(
    createInnerContext({
      version: "9.9.9",
      health: {
        probeDatabase: () =>
          Promise.resolve(reachable ? { reachable, latencyMs: 1.5 } : { reachable, latencyMs: null }),
      },
    }),
  );
}

describe("system.health", () => {
  it("reports the version, a reachable database and the rule packs", async () => {
    const health = await callerWith(true).system.health();
    expect(health).toMatchObject({
      status: "ok",
      version: "9.9.9",
      database: { reachable: true, latencyMs: 1.5 },
    });
    expect(health.rulePacks.map((pack) => pack.id)).toContain("RS-2020");
  });

  it("is degraded, not an error, when the database is unreachable", async () => {
    const health = await callerWith(false).system.health();
    expect(health.status).toBe("degraded");
    expect(health.database).toEqual({ reachable: false, latencyMs: null });
  });
});
