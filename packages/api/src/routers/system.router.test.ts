import { createDatabase, createRepositories } from "@tinhgon/db";
import { afterAll, describe, expect, it } from "vitest";

import { createInnerContext } from "../context.ts";
import { createCaller } from "../root.ts";

// A real client pointed at a port where nothing listens: the probe's "unreachable" path, no mock.
const unreachable = createDatabase({ url: "postgresql://postgres@127.0.0.1:1/none", maxConnections: 1 });
afterAll(() => unreachable.$disconnect());

describe("system.health", () => {
  it("is degraded, not an error, when the database is unreachable, and still lists the rule packs", async () => {
    const caller = createCaller(
      createInnerContext({ version: "9.9.9", repositories: createRepositories(unreachable) }),
    );
    const health = await caller.system.health();
    expect(health.status).toBe("degraded");
    expect(health.version).toBe("9.9.9");
    expect(health.database).toEqual({ reachable: false, latencyMs: null });
    expect(health.rulePacks.map((pack) => pack.id)).toEqual([
      "RS-2014",
      "RS-2020",
      "RS-2025A",
      "RS-2025B",
      "RS-2026",
    ]);
  });
});
