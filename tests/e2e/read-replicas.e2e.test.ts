// Read replicas (DATABASE_REPLICA_URLS; docs/adr/0031-scale-out.md): lists and search are read from a
// replica, everything else — single records, versions, sessions, every write — from the primary.
// The "replica" here is a second database made as a copy of the primary (CREATE DATABASE … TEMPLATE)
// and then allowed to drift: a change made on the primary afterwards is "replication lag" (the replica
// does not have it yet), and a plan written only into the replica marks what the replica answered.
// Routing is checked through the API in-process and through the real HTTP server.
import { randomBytes } from "node:crypto";

import {
  createDatabase,
  createReplicaReader,
  createRepositories,
  type Database,
  DEMO_REARRANGED_SNAPSHOT_NAME,
  DEMO_SNAPSHOT_NAME,
  quoteIdentifier,
  type ReplicaReader,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import { createLogger, parseServerEnv, startApplication } from "@tinhgon/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { type Caller, callersFor } from "../support/callers.ts";
import { createTestDatabase, runAdminQuery, type TestDatabase, withDatabase } from "../support/database.ts";
import { TEST_AUTH_SECRET } from "../support/seeded-app.ts";
import { createUser, demoEmails, signIn, trpc } from "../support/session.ts";

let primary: TestDatabase;
let replicaName = "";
let replicaUrl = "";
let primaryDb: Database;
let replicaDb: Database;
let reader: ReplicaReader;
let officer: Caller;
let snapshotId = "";
let primaryOnlyPlan = "";
let replicaOnlyPlan = "";

const firstPhase = { name: "Giai đoạn 1", effectiveDate: "2021-07-01" };

async function auditEvents(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM audit_event");
    return Number(rows[0]?.count ?? "0");
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  primary = await createTestDatabase();
  const seeding = createDatabase({ url: primary.url });
  try {
    await seedDemoDataIfEmpty(seeding);
  } finally {
    await seeding.$disconnect();
  }
  await createUser(primary.url, {
    email: demoEmails.catHaiOfficer,
    name: "Cán bộ Cát Hải",
    role: "district_officer",
    provinceCode: "31",
    districtKey: "cat-hai",
  });
  // The replica: an exact copy of the primary at this moment (same ids, same versions).
  const adminUrl = inject("databaseAdminUrl");
  replicaName = `test_replica_${randomBytes(6).toString("hex")}`;
  // A template must have no other connection: the seeding clients may take a moment to go away.
  for (let attempt = 1; ; attempt++) {
    try {
      await runAdminQuery(
        adminUrl,
        `CREATE DATABASE ${quoteIdentifier(replicaName)} TEMPLATE ${quoteIdentifier(primary.name)}`,
      );
      break;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("being accessed by other users")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  replicaUrl = withDatabase(adminUrl, replicaName);

  primaryDb = createDatabase({ url: primary.url });
  replicaDb = createDatabase({ url: replicaUrl });
  reader = createReplicaReader(primaryDb, { urls: [replicaUrl] });
  officer = callersFor(createRepositories(primaryDb, { replica: reader.client })).as(
    testActors.catHaiOfficer,
  );

  // Lag: a plan written on the primary after the copy. Marker: a plan only the replica has.
  // Cát Hải's own data set (the seed's latest is the 2026 city, which has no district level).
  const snapshot = (await callersFor(createRepositories(primaryDb)).reviewer().snapshot.list({})).find(
    (candidate) => candidate.name === DEMO_REARRANGED_SNAPSHOT_NAME,
  );
  snapshotId = snapshot?.id ?? "";
  primaryOnlyPlan = (
    await officer.plan.create({
      snapshotId,
      title: "Chỉ có trên máy chính",
      districtId: "cat-hai",
      firstPhase,
    })
  ).id;
  replicaOnlyPlan = (
    await callersFor(createRepositories(replicaDb))
      .as(testActors.catHaiOfficer)
      .plan.create({ snapshotId, title: "Chỉ có trên bản sao", districtId: "cat-hai", firstPhase })
  ).id;
});

afterAll(async () => {
  await reader.disconnect();
  await replicaDb.$disconnect();
  await primaryDb.$disconnect();
  await runAdminQuery(
    inject("databaseAdminUrl"),
    `DROP DATABASE IF EXISTS ${quoteIdentifier(replicaName)} WITH (FORCE)`,
  );
  await primary.drop();
});

describe("read replicas through the API", () => {
  it("plan.list comes from the replica; plan.get (a version to edit against) from the primary", async () => {
    const titles = (await officer.plan.list({})).map((plan) => plan.title);
    expect(titles).toContain("Chỉ có trên bản sao");
    expect(titles).not.toContain("Chỉ có trên máy chính");

    const onPrimary = await officer.plan.get({ id: primaryOnlyPlan });
    expect(onPrimary.version).toBe(1);
    await expect(officer.plan.get({ id: replicaOnlyPlan })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Editing works against the primary's version, whatever the list said.
    const edited = await officer.plan.addPhase({
      id: primaryOnlyPlan,
      version: onPrimary.version,
      phase: { name: "Giai đoạn 2", effectiveDate: "2022-01-01" },
    });
    expect(edited.version).toBe(2);
  });

  it("search and the data-set list come from the replica; the tree (with the version edits name) from the primary", async () => {
    const before = await officer.org.tree({ provinceCode: "31", snapshotId });
    await officer.org.updateDivision({
      snapshotId,
      id: "cat-hai-tu-phap",
      expectedVersion: before.version,
      changes: { name: "Phòng Tư pháp Đảo Ngọc" },
    });
    // The primary has the change at once …
    const tree = await officer.org.tree({ provinceCode: "31", snapshotId });
    expect(tree.version).toBe(before.version + 1);
    const catHai = tree.document.districts.find((district) => district.id === "cat-hai");
    expect(catHai?.divisions.find((division) => division.id === "cat-hai-tu-phap")?.name).toBe(
      "Phòng Tư pháp Đảo Ngọc",
    );
    // … the replica not yet: search and the list answer as of the copy.
    expect(await officer.org.search({ snapshotId, query: "Đảo Ngọc" })).toEqual([]);
    const listed = await officer.org.snapshots({});
    expect(listed.find((snapshot) => snapshot.id === snapshotId)?.version).toBe(before.version);
    expect(listed.map((snapshot) => snapshot.name)).toContain(DEMO_SNAPSHOT_NAME);
  });

  it("no write reaches the replica", async () => {
    const onReplica = await auditEvents(replicaUrl);
    await officer.plan.create({ snapshotId, title: "Thêm một phương án", districtId: "cat-hai", firstPhase });
    expect(await auditEvents(replicaUrl)).toBe(onReplica);
  });

  it("without replicas the same reads use the primary", async () => {
    const none = createReplicaReader(primaryDb, { urls: [] });
    expect(none.count).toBe(0);
    const titles = (
      await callersFor(createRepositories(primaryDb, { replica: none.client }))
        .as(testActors.catHaiOfficer)
        .plan.list({})
    ).map((plan) => plan.title);
    expect(titles).toContain("Chỉ có trên máy chính");
    expect(titles).not.toContain("Chỉ có trên bản sao");
    await none.disconnect();
  });
});

describe("DATABASE_REPLICA_URLS on the real server", () => {
  it("the server reads plan.list from the replica and everything else from DATABASE_URL", async () => {
    const said: string[] = [];
    const app = await startApplication(
      parseServerEnv({
        DATABASE_URL: primary.url,
        DATABASE_REPLICA_URLS: replicaUrl,
        PORT: "0",
        HOST: "127.0.0.1",
        NODE_ENV: "test",
        NO_SEED: "true",
        AUTH_SECRET: TEST_AUTH_SECRET,
        SIGN_IN_RATE_LIMIT: "100",
      }),
      (line) => said.push(line),
      createLogger({ level: "silent" }),
    );
    try {
      expect(said.join("\n")).toContain("1 bản sao (read replicas)");
      // Sign-in writes the session on the primary and reads it back from there.
      const cookie = await signIn(app.url, demoEmails.catHaiOfficer);
      const list = await trpc(app.url, "query", "plan.list", {}, cookie);
      expect(list.status).toBe(200);
      const titles = (list.body.result?.data as { title: string }[]).map((plan) => plan.title);
      expect(titles).toContain("Chỉ có trên bản sao");
      expect(titles).not.toContain("Chỉ có trên máy chính");
      expect((await trpc(app.url, "query", "plan.get", { id: primaryOnlyPlan }, cookie)).status).toBe(200);
      expect((await trpc(app.url, "query", "plan.get", { id: replicaOnlyPlan }, cookie)).status).toBe(404);
      const health = await fetch(`${app.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await app.stop();
    }
  });
});
