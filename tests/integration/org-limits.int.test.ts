// org.limits through createCaller on a real PostgreSQL database seeded with the Hải Phòng demo data: the
// limits in force for a Cát Hải division and for the district, with rule ids and citations; the same
// numbers the findings of compliance.check report; unknown nodes and rule packs refused.
import { AppError } from "@tinhgon/api";
import {
  createDatabase,
  createRepositories,
  type Database,
  DEMO_SNAPSHOT_NAME,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Caller, callersFor } from "../support/callers.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
let db: Database;
/** The province's reviewer reads everything. */
let api: Caller;
let callers: ReturnType<typeof callersFor>;
let snapshotId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ url: database.url });
  callers = callersFor(createRepositories(db));
  api = callers.reviewer("31");
  expect(await seedDemoDataIfEmpty(db)).toEqual({ seeded: true });
  const found = (await api.snapshot.list({ provinceCode: "31" })).find(
    (snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME,
  );
  if (!found) throw new Error("the demo snapshot was not seeded");
  snapshotId = found.id;
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

async function refusalCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause instanceof AppError ? cause.code : "not an AppError";
  }
  return "accepted";
}

describe("org.limits on the seeded Hải Phòng data", () => {
  it("Huyện Cát Hải: D-PH-04 (tối đa 10 phòng) and D-DEP-01 (bình quân 2 phó), as compliance.check reports them", async () => {
    const limits = await api.org.limits({ snapshotId, id: "cat-hai" });
    expect(limits.ruleSet).toBe("RS-2020");
    const byRule = Object.fromEntries(
      limits.limits.map((limit) => [`${limit.ruleId}:${limit.measure}`, limit]),
    );
    expect(byRule["D-PH-04:divisions"]).toMatchObject({
      actual: 11,
      limit: 10,
      nature: "max",
      exceeded: true,
    });
    const pool = byRule["D-DEP-01:districtDeputies"];
    expect(pool).toMatchObject({ limit: 22, nature: "max" });
    const check = await api.compliance.check({ snapshotId });
    const finding = check.findings.find(
      (candidate) => candidate.ruleId === "D-DEP-01" && candidate.subject.id === "cat-hai",
    );
    expect(finding).toMatchObject({ actual: pool?.actual, limit: pool?.limit, citation: pool?.citation });
  });

  it("Phòng Kinh tế of Cát Hải: a warning threshold of 3, not a legal maximum, and the district pool", async () => {
    const { limits } = await api.org.limits({ snapshotId, id: "cat-hai-kinh-te" });
    expect(limits.map((limit) => [limit.ruleId, limit.measure, limit.nature, limit.limit])).toEqual([
      ["D-DEP-01", "deputies", "threshold", 3],
      ["D-DEP-01", "districtDeputies", "max", 22],
    ]);
    expect(limits[0]?.citation).toContain("108/2020");
  });

  it("refuses an unknown node and an unknown rule pack", async () => {
    expect(await refusalCode(api.org.limits({ snapshotId, id: "khong-co" }))).toBe("NOT_FOUND");
    expect(await refusalCode(api.org.limits({ snapshotId, id: "cat-hai", ruleSet: "RS-1999" }))).toBe(
      "UNKNOWN_RULE_PACK",
    );
  });
});
