import { createCaller, createInnerContext } from "@tinhgon/api";
import {
  createDatabase,
  createRepositories,
  listProvinces,
  listSnapshots,
  probeDatabase,
  seedDemoDataIfEmpty,
  type Database,
} from "@tinhgon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { findFreePort } from "../support/free-port.ts";

let testDatabase: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

describe("database (real PostgreSQL, migrated)", () => {
  it("answers the health probe", async () => {
    const probe = await probeDatabase(db);
    expect(probe.reachable).toBe(true);
    expect(probe.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports an unreachable database without throwing", async () => {
    const nowhere = createDatabase({ url: `postgresql://postgres@127.0.0.1:${await findFreePort()}/none` });
    try {
      expect(await probeDatabase(nowhere)).toEqual({ reachable: false, latencyMs: null });
    } finally {
      await nowhere.$disconnect();
    }
  });

  it("seeds the demo data (Hải Phòng, labelled as illustrative) into an empty database exactly once", async () => {
    expect(await listProvinces(db)).toEqual([]);
    expect(await seedDemoDataIfEmpty(db)).toEqual({ seeded: true });
    expect(await seedDemoDataIfEmpty(db)).toEqual({ seeded: false });
    expect(await listProvinces(db)).toEqual([
      { code: "31", name: "Thành phố Hải Phòng", class: "I", mergedFrom: 1, snapshotCount: 3 },
    ]);
    const names = (await listSnapshots(db)).map((snapshot) => snapshot.name);
    expect(names).toHaveLength(3);
    expect(names.every((name) => name.includes("số liệu minh họa"))).toBe(true);
  });

  it("serves system.health through the API with the real probe", async () => {
    const caller = createCaller(
      createInnerContext({ version: "test", repositories: createRepositories(db) }),
    );
    const health = await caller.system.health();
    expect(health.status).toBe("ok");
    expect(health.database.reachable).toBe(true);
  });
});
