// `npx tinhgon audit verify` and `audit export` as an operator runs them, against a real database: an
// intact chain exits 0 and prints its head hash; an event edited behind the application's back exits 1
// naming the event; a plan's events export as JSON.
import {
  createDatabase,
  createRepositories,
  DEMO_REARRANGED_SNAPSHOT_NAME,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { callersFor } from "../support/callers.ts";
import { runCli, stackTrace } from "../support/cli-process.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
let planId = "";

beforeAll(async () => {
  database = await createTestDatabase();
  const db = createDatabase({ url: database.url });
  try {
    await seedDemoDataIfEmpty(db);
    const officer = callersFor(createRepositories(db)).as(testActors.catHaiOfficer);
    // Cát Hải's own data set (the seed's latest is the 2026 city, which has no district level).
    const snapshot = (await callersFor(createRepositories(db)).reviewer().snapshot.list({})).find(
      (candidate) => candidate.name === DEMO_REARRANGED_SNAPSHOT_NAME,
    );
    const plan = await officer.plan.create({
      snapshotId: snapshot?.id ?? "",
      title: "Nhật ký dòng lệnh",
      districtId: "cat-hai",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
    });
    await officer.review.submit({ id: plan.id, version: plan.version });
    planId = plan.id;
  } finally {
    await db.$disconnect();
  }
});

afterAll(async () => {
  await database.drop();
});

describe("npx tinhgon audit", () => {
  it("verify: an intact chain exits 0 with the number of events and the head hash", async () => {
    const run = await runCli(["audit", "verify", "--database-url", database.url]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Nhật ký kiểm toán nguyên vẹn: \d+ sự kiện/);
    expect(run.stdout).toMatch(/[0-9a-f]{64}/);
    const json = await runCli(["audit", "verify", "--database-url", database.url, "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, events: expect.any(Number) as number });
  });

  it("export --plan: the plan's events as JSON, oldest first", async () => {
    const run = await runCli(["audit", "export", "--plan", planId, "--database-url", database.url]);
    expect(run.code).toBe(0);
    const events = JSON.parse(run.stdout) as { action: string; actorId: string }[];
    expect(events.map((event) => event.action)).toEqual(["plan.create", "review.submit"]);
    expect(events[0]?.actorId).toBe(testActors.catHaiOfficer.userId);
  });

  it("verify: an edited event → exit 1 naming it; a usage mistake → exit 2, in Vietnamese, no stack", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
      const { rows } = await client.query<{ seq: string }>(
        "SELECT seq FROM audit_event WHERE action = 'review.submit' LIMIT 1",
      );
      await client.query("UPDATE audit_event SET actor_id = 'someone-else' WHERE seq = $1", [rows[0]?.seq]);
      const run = await runCli(["audit", "verify", "--database-url", database.url]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`NHẬT KÝ KIỂM TOÁN BỊ THAY ĐỔI tại sự kiện số ${rows[0]?.seq ?? ""}`);
    } finally {
      await client.end();
    }
    const usage = await runCli(["audit", "verifi"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Lệnh con không hợp lệ");
    expect(usage.stderr).not.toMatch(stackTrace);
  });
});
