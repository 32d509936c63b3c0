// Backups as docs/deployment.md tells an operator to take and restore them: `pg_dump --format=custom` of a
// database in use, `pg_restore` into a fresh empty database, and the restored copy is the same — every
// table's rows, the migration history, the append-only trigger — and its audit chain verifies to the
// same head hash (also with `npx tinhgon audit verify`); the application can go on writing to it.
// pg_dump refuses a server newer than itself: the embedded PostgreSQL (17) has no pg_dump of its own and
// Debian's is 15, so this file runs where the tools fit the server (CI's integration run on Debian's
// PostgreSQL 15 via TEST_DATABASE_URL) and is skipped, loudly, elsewhere — but never skipped in CI when a
// TEST_DATABASE_URL server is there (then it fails and says why).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import {
  applyMigrations,
  createDatabase,
  createRepositories,
  DEMO_REARRANGED_SNAPSHOT_NAME,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { callersFor } from "../support/callers.ts";
import { runCli } from "../support/cli-process.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { testEnv } from "../support/env.ts";

const run = promisify(execFile);

/** The major version of a PostgreSQL client tool ("pg_dump (PostgreSQL) 15.14 (Debian …)" → 15). */
async function toolMajor(path: string): Promise<number | undefined> {
  try {
    const { stdout } = await run(path, ["--version"]);
    const match = /\(PostgreSQL\) (\d+)/.exec(stdout);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]?.server_version_num ?? "0") / 10_000);
  } finally {
    await client.end();
  }
}

/** Debian's per-version folders, then whatever `pg_dump` the PATH gives. */
function candidateBinFolders(): string[] {
  const debian = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .map((version) => join("/usr/lib/postgresql", version, "bin"))
        .filter((folder) => existsSync(join(folder, "pg_dump")))
    : [];
  const fromPath = testEnv.PATH.split(":").filter(
    (folder) => folder !== "" && existsSync(join(folder, "pg_dump")),
  );
  return [...debian, ...fromPath];
}

type Tools = { ok: true; pgDump: string; pgRestore: string; major: number } | { ok: false; reason: string };

/** pg_dump and pg_restore of the server's major version (or newer: pg_dump reads older servers). */
async function findTools(url: string): Promise<Tools> {
  const server = await serverMajor(url);
  const found: { folder: string; major: number }[] = [];
  for (const folder of candidateBinFolders()) {
    const major = await toolMajor(join(folder, "pg_dump"));
    if (major !== undefined && existsSync(join(folder, "pg_restore"))) found.push({ folder, major });
  }
  const fitting =
    found.find((tool) => tool.major === server) ??
    found.filter((tool) => tool.major > server).sort((x, y) => x.major - y.major)[0];
  if (fitting === undefined)
    return {
      ok: false,
      reason:
        found.length === 0
          ? `no pg_dump/pg_restore found (Debian: apt-get install postgresql-client-${String(server)})`
          : `the server is PostgreSQL ${String(server)}, the pg_dump found is ${[
              ...new Set(found.map((tool) => String(tool.major))),
            ].join(", ")}: pg_dump refuses a newer server`,
    };
  return {
    ok: true,
    pgDump: join(fitting.folder, "pg_dump"),
    pgRestore: join(fitting.folder, "pg_restore"),
    major: fitting.major,
  };
}

const tools = await findTools(inject("databaseAdminUrl"));
/** In CI with a Debian server (TEST_DATABASE_URL) the tools must fit: a skip there would hide a gap. */
const mustRun = testEnv.CI && testEnv.TEST_DATABASE_URL !== undefined;
if (!tools.ok)
  console.warn(
    `\n*** SKIPPED: the backup and restore test (pg_dump → pg_restore): ${tools.reason}. ` +
      "It runs on a server whose major version matches the installed pg_dump, e.g. " +
      "TEST_DATABASE_URL=$(bash scripts/pg-start.sh) npm run test:integration --workspace @tinhgon/tests ***\n",
  );

describe.runIf(mustRun && !tools.ok)("backups in CI", () => {
  it("pg_dump and pg_restore fit the test server", () => {
    throw new Error(`The backup test cannot run in CI: ${tools.ok ? "" : tools.reason}`);
  });
});

/** Every table's row count and a hash of its rows (sorted), by table name. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { tablename } of tables) {
      const quoted = `"${tablename.replaceAll('"', '""')}"`;
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${quoted} t`,
      );
      result[tablename] = { rows: Number(rows[0]?.rows ?? "0"), md5: rows[0]?.md5 ?? "" };
    }
    return result;
  } finally {
    await client.end();
  }
}

describe.runIf(tools.ok)("backup with pg_dump, restore with pg_restore", () => {
  let source: TestDatabase;
  let restored: TestDatabase;
  let folder = "";

  beforeAll(async () => {
    source = await createTestDatabase();
    restored = await createTestDatabase({ empty: true });
    folder = await mkdtemp(join(tmpdir(), "tinhgon-backup-"));
    // A database in use: the demo data, a user, plans through the workflow (audit events for each).
    const db = createDatabase({ url: source.url });
    try {
      await seedDemoDataIfEmpty(db);
      const repositories = createRepositories(db);
      const callers = callersFor(repositories);
      const officer = callers.as(testActors.catHaiOfficer);
      // Cát Hải's own data set (the seed's latest is the 2026 city, which has no district level).
      const snapshot = (await callers.reviewer().snapshot.list({})).find(
        (candidate) => candidate.name === DEMO_REARRANGED_SNAPSHOT_NAME,
      );
      for (const title of ["Phương án sao lưu 1", "Phương án sao lưu 2"]) {
        const plan = await officer.plan.create({
          snapshotId: snapshot?.id ?? "",
          title,
          districtId: "cat-hai",
          firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
        });
        const edited = await officer.plan.addPhase({
          id: plan.id,
          version: plan.version,
          phase: { name: "Giai đoạn 2", effectiveDate: "2022-01-01" },
        });
        await officer.review.submit({ id: plan.id, version: edited.version });
      }
    } finally {
      await db.$disconnect();
    }
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await source.drop();
    await restored.drop();
  });

  it("the restored database has the same rows, migrations and audit chain, and takes new writes", async () => {
    if (!tools.ok) throw new Error("unreachable: the suite runs only with the tools");
    const dump = join(folder, "tinhgon.dump");
    // The commands of docs/deployment.md ("Backups"), with the URL as --dbname.
    await run(tools.pgDump, ["--format=custom", "--file", dump, "--dbname", source.url]);
    await run(tools.pgRestore, [
      "--exit-on-error",
      "--no-owner",
      "--no-privileges",
      "--dbname",
      restored.url,
      dump,
    ]);

    const before = await fingerprint(source.url);
    const after = await fingerprint(restored.url);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    expect(before.audit_event?.rows).toBeGreaterThan(4);
    expect(before._prisma_migrations?.rows).toBeGreaterThan(0);

    // The audit chain verifies on both to the same head.
    const sourceDb = createDatabase({ url: source.url });
    const restoredDb = createDatabase({ url: restored.url });
    try {
      const original = await createRepositories(sourceDb).verifyAuditChain();
      const copy = await createRepositories(restoredDb).verifyAuditChain();
      expect(original.ok).toBe(true);
      expect(copy).toEqual(original);
      const cli = await runCli(["audit", "verify", "--database-url", restored.url, "--json"]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(JSON.parse(cli.stdout)).toEqual(original);

      // The append-only trigger came back with the data.
      const client = new pg.Client({ connectionString: restored.url });
      await client.connect();
      try {
        await expect(client.query("UPDATE audit_event SET action = 'tampered'")).rejects.toThrow(
          /append-only/,
        );
      } finally {
        await client.end();
      }

      // The application can use the copy: no migration is pending, and a new change extends the chain.
      const output = await applyMigrations(restored.url);
      expect(output).toMatch(/No pending migrations to apply/);
      const callers = callersFor(createRepositories(restoredDb));
      // Cát Hải's own data set (the seed's latest is the 2026 city, which has no district level).
      const snapshot = (await callers.reviewer().snapshot.list({})).find(
        (candidate) => candidate.name === DEMO_REARRANGED_SNAPSHOT_NAME,
      );
      await callers.as(testActors.catHaiOfficer).plan.create({
        snapshotId: snapshot?.id ?? "",
        title: "Phương án sau khi khôi phục",
        districtId: "cat-hai",
        firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
      });
      const extended = await createRepositories(restoredDb).verifyAuditChain();
      expect(extended).toMatchObject({ ok: true, events: original.events + 1 });
    } finally {
      await sourceDb.$disconnect();
      await restoredDb.$disconnect();
    }
  });
});
