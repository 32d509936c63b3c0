// Two real server processes (`npm start`'s entry point) behind no load balancer but sharing ONE PostgreSQL
// database, as several instances do in production (docs/deployment.md, docs/adr/0031-scale-out.md):
// both start at once on an empty database (migrations and demo seed happen once), a session made on one
// works on the other, a write on one is read on the other and a stale version is refused there, edits
// racing through both lose nothing, the sign-in rate limit is one limit across both, and the audit chain
// verifies afterwards with `npx tinhgon audit verify`.
import { readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";

import { DEMO_SNAPSHOT_NAME, repositoryRoot } from "@tinhgon/db";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { runCli } from "../support/cli-process.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { DEMO_PASSWORD, TEST_AUTH_SECRET } from "../support/seeded-app.ts";
import { startServerProcess, type ServerProcess } from "../support/server-process.ts";
import { demoEmails, signIn, trpc, type TrpcResult } from "../support/session.ts";

/** Small, so that the shared limit is reached quickly; the file's own sign-ins from 127.0.0.1 stay under it. */
const SIGN_IN_LIMIT = 5;
const WRONG_PASSWORD = "sai-mat-khau-Zq81x";

let database: TestDatabase;
let sql: pg.Client;
let a: ServerProcess;
let b: ServerProcess;
/** The instances that started (stopped after the file, whatever happened). */
const instances: ServerProcess[] = [];
let snapshotId = "";
/** The Cát Hải officer's session, made on instance A. */
let officer = "";
/** Every answer either instance gave to the tRPC calls of this file: none may be a 5xx. */
const statuses: { instance: string; path: string; status: number }[] = [];

async function call(
  server: ServerProcess,
  kind: "query" | "mutation",
  path: string,
  input: unknown,
  cookie?: string,
): Promise<TrpcResult> {
  const result = await trpc(server.url, kind, path, input, cookie);
  statuses.push({ instance: server === a ? "A" : "B", path, status: result.status });
  return result;
}

function dataOf<S extends z.ZodType>(result: TrpcResult, what: string, schema: S): z.infer<S> {
  if (result.status !== 200 || result.body.result === undefined)
    throw new Error(`${what}: HTTP ${String(result.status)} ${JSON.stringify(result.body)}`);
  return schema.parse(result.body.result.data);
}

const planSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  document: z.object({ phases: z.array(z.object({ name: z.string(), effectiveDate: z.string() })) }),
});
type PlanView = z.infer<typeof planSchema>;

async function readPlan(server: ServerProcess, id: string, cookie: string): Promise<PlanView> {
  return dataOf(await call(server, "query", "plan.get", { id }, cookie), "plan.get", planSchema);
}

function insertPhase(name: string) {
  return [{ kind: "insertPhase", phase: { name, effectiveDate: "2022-01-01", operations: [] } }];
}

async function count(query: string, values: unknown[] = []): Promise<number> {
  const result = await sql.query<{ count: string }>(query, values);
  return Number(result.rows[0]?.count ?? "0");
}

/** A sign-in attempt from a chosen loopback address (the rate limit counts per client address). */
function signInFrom(server: ServerProcess, localAddress: string, password: string): Promise<number> {
  const url = new URL(`${server.url}/api/auth/sign-in/email`);
  const body = JSON.stringify({ email: demoEmails.catHaiOfficer, password });
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          origin: server.url,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => {
          resolve(response.statusCode ?? 0);
        });
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}

const seedLine = "Đã nạp dữ liệu minh họa";

beforeAll(async () => {
  // An EMPTY database (no migrations): both instances must migrate and seed it, racing each other.
  database = await createTestDatabase({ empty: true });
  const env = {
    DATABASE_URL: database.url,
    DEMO_PASSWORD,
    // Every instance must be given the same secret, or one refuses the other's session cookies.
    AUTH_SECRET: TEST_AUTH_SECRET,
    SIGN_IN_RATE_LIMIT: String(SIGN_IN_LIMIT),
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
  };
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const started = await Promise.allSettled([startServerProcess(env), startServerProcess(env)]);
  const running = started.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const failure = started.find((outcome) => outcome.status === "rejected");
  if (failure !== undefined || running.length !== 2) {
    await Promise.all(running.map((server) => server.stop("SIGKILL")));
    throw failure?.reason ?? new Error("an instance did not start");
  }
  [a, b] = running as [ServerProcess, ServerProcess];
  instances.push(a, b);
}, 200_000);

afterAll(async () => {
  await sql.end();
  const exits = await Promise.all(instances.map((server) => server.stop()));
  await database.drop();
  // Both shut down cleanly on SIGINT.
  expect(exits).toEqual([0, 0]);
});

describe("two instances starting at once on an empty database", () => {
  it("both come up healthy; the migrations were applied once and the demo data seeded once", async () => {
    for (const server of [a, b]) {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", database: { reachable: true } });
    }
    expect(a.url).not.toBe(b.url);

    const committed = readdirSync(join(repositoryRoot, "prisma/migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied = await sql.query<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    // Each committed migration exactly once, finished, none rolled back (a second runner would have
    // failed on "relation already exists" and left a failed row).
    expect(applied.rows.map((row) => row.migration_name)).toEqual(committed);
    expect(applied.rows.every((row) => row.finished && !row.rolled_back)).toBe(true);

    // The demo data once: three snapshots, one "seed" audit event each, one announcement between the two.
    expect(await count("SELECT count(*) FROM snapshot")).toBe(3);
    expect(await count("SELECT count(*) FROM audit_event WHERE action = 'seed'")).toBe(3);
    const announced = [a, b].filter((server) => server.output().includes(seedLine));
    expect(announced).toHaveLength(1);
    // Both created (or reset) the five demo users; each exists once, with one password credential.
    expect(await count('SELECT count(*) FROM "user"')).toBe(5);
    expect(await count("SELECT count(*) FROM account WHERE provider_id = 'credential'")).toBe(5);
  });
});

describe("a session made on one instance", () => {
  beforeAll(async () => {
    officer = await signIn(a.url, demoEmails.catHaiOfficer);
    const snapshots = dataOf(
      await call(b, "query", "org.snapshots", {}, officer),
      "org.snapshots",
      z.array(z.object({ id: z.uuid(), name: z.string() })),
    );
    const demo = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME);
    if (!demo) throw new Error(`the demo snapshot "${DEMO_SNAPSHOT_NAME}" is missing`);
    snapshotId = demo.id;
  });

  it("is accepted by the other (sessions live in the database); signing out on B ends it on A", async () => {
    const meOnB = await call(b, "query", "system.me", null, officer);
    expect(meOnB.status).toBe(200);
    expect(meOnB.body.result?.data).toMatchObject({
      email: demoEmails.catHaiOfficer,
      role: "district_officer",
    });

    const another = await signIn(a.url, demoEmails.catHaiOfficer);
    expect((await call(a, "query", "system.me", null, another)).status).toBe(200);
    const out = await fetch(`${b.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: another, origin: b.url },
      body: "{}",
    });
    expect(out.status).toBe(200);
    const afterOut = await call(a, "query", "system.me", null, another);
    expect(afterOut.status).toBe(401);
    expect(afterOut.body.error?.data?.appCode).toBe("UNAUTHENTICATED");
    // The first session is untouched.
    expect((await call(a, "query", "system.me", null, officer)).status).toBe(200);
  });

  it("a write on A is read on B; a stale version sent to B is refused with PLAN_VERSION_CONFLICT", async () => {
    const created = dataOf(
      await call(
        a,
        "mutation",
        "plan.create",
        {
          snapshotId,
          title: "Phương án hai máy chủ",
          districtId: "cat-hai",
          firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
        },
        officer,
      ),
      "plan.create",
      planSchema,
    );
    expect(created.version).toBe(1);
    const editedOnA = dataOf(
      await call(
        a,
        "mutation",
        "plan.edit",
        { id: created.id, version: 1, edits: insertPhase("Sửa trên máy A") },
        officer,
      ),
      "plan.edit",
      planSchema,
    );
    expect(editedOnA.version).toBe(2);

    // B reads what A wrote, at once.
    const onB = await readPlan(b, created.id, officer);
    expect(onB.version).toBe(2);
    expect(onB.document.phases.map((phase) => phase.name)).toEqual(["Giai đoạn 1", "Sửa trên máy A"]);
    const listedOnB = dataOf(
      await call(b, "query", "plan.list", {}, officer),
      "plan.list",
      z.array(z.object({ id: z.uuid(), version: z.number().int() })),
    );
    expect(listedOnB.find((plan) => plan.id === created.id)?.version).toBe(2);

    // An edit based on version 1 (what a client read before A's edit) is refused on B …
    const stale = await call(
      b,
      "mutation",
      "plan.edit",
      { id: created.id, version: 1, edits: insertPhase("Bản cũ trên máy B") },
      officer,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error?.data?.appCode).toBe("PLAN_VERSION_CONFLICT");
    expect(stale.body.error?.data?.message?.vi).toMatch(/phiên bản/);
    // … and one based on the current version goes through there, and A sees it.
    const editedOnB = dataOf(
      await call(
        b,
        "mutation",
        "plan.edit",
        { id: created.id, version: 2, edits: insertPhase("Sửa trên máy B") },
        officer,
      ),
      "plan.edit",
      planSchema,
    );
    expect(editedOnB.version).toBe(3);
    const onA = await readPlan(a, created.id, officer);
    expect(onA.version).toBe(3);
    expect(onA.document.phases.map((phase) => phase.name)).toEqual([
      "Giai đoạn 1",
      "Sửa trên máy A",
      "Sửa trên máy B",
    ]);
  });

  it("edits racing through both instances lose nothing: one version per acknowledged edit, all in the plan", async () => {
    const onB = await signIn(b.url, demoEmails.catHaiOfficer);
    const plan = dataOf(
      await call(
        b,
        "mutation",
        "plan.create",
        {
          snapshotId,
          title: "Phương án tranh chấp qua hai máy chủ",
          districtId: "cat-hai",
          firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
        },
        onB,
      ),
      "plan.create",
      planSchema,
    );
    const auditBefore = await count("SELECT count(*) FROM audit_event");
    const clients = 6;
    const editsPerClient = 4;
    const acknowledged: { name: string; version: number }[] = [];
    const refusals: TrpcResult[] = [];
    const others: TrpcResult[] = [];
    const runClient = async (client: number): Promise<void> => {
      // Even clients talk to A, odd ones to B, each with its own session of the officer.
      const server = client % 2 === 0 ? a : b;
      const cookie = client % 2 === 0 ? officer : onB;
      for (let edit = 0; edit < editsPerClient; edit++) {
        const name = `Giai đoạn của người ${String(client + 1)} (máy ${client % 2 === 0 ? "A" : "B"}), lần ${String(edit + 1)}`;
        for (let attempt = 0; ; attempt++) {
          if (attempt > 200) throw new Error(`client ${String(client)} never got its edit in`);
          const current = await readPlan(server, plan.id, cookie);
          const result = await call(
            server,
            "mutation",
            "plan.edit",
            { id: plan.id, version: current.version, edits: insertPhase(name) },
            cookie,
          );
          if (result.status === 200) {
            const saved = dataOf(result, "plan.edit", planSchema);
            expect(saved.version).toBe(current.version + 1);
            acknowledged.push({ name, version: saved.version });
            break;
          }
          if (result.status === 409) refusals.push(result);
          else {
            others.push(result);
            break;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, client) => runClient(client)));

    expect(others.map((result) => `${String(result.status)} ${JSON.stringify(result.body)}`)).toEqual([]);
    for (const refusal of refusals) expect(refusal.body.error?.data?.appCode).toBe("PLAN_VERSION_CONFLICT");
    expect(acknowledged).toHaveLength(clients * editsPerClient);
    // Each acknowledged edit got its own version, 2 … 1 + n, whichever instance saved it.
    expect(acknowledged.map((entry) => entry.version).sort((x, y) => x - y)).toEqual(
      Array.from({ length: acknowledged.length }, (_, index) => index + 2),
    );
    // Nothing lost: every acknowledged phase is in the plan once, in the order of its version, on both.
    const inOrder = [...acknowledged].sort((x, y) => x.version - y.version).map((entry) => entry.name);
    for (const server of [a, b]) {
      const final = await readPlan(server, plan.id, server === a ? officer : onB);
      expect(final.version).toBe(1 + acknowledged.length);
      expect(final.document.phases.map((phase) => phase.name)).toEqual(["Giai đoạn 1", ...inOrder]);
    }
    // One audit event per acknowledged write, none for a refusal.
    expect((await count("SELECT count(*) FROM audit_event")) - auditBefore).toBe(acknowledged.length);
  });
});

describe("the sign-in rate limit across instances", () => {
  it(`is one limit: ${String(SIGN_IN_LIMIT)} attempts spread over A and B, then both answer 429`, async () => {
    const address = "127.0.0.9";
    const servers = [a, b];
    // Alternating A, B, A, B, A: each instance alone saw at most 3 — a per-process counter would allow more.
    for (let attempt = 0; attempt < SIGN_IN_LIMIT; attempt++)
      expect(await signInFrom(servers[attempt % 2] ?? a, address, WRONG_PASSWORD)).toBe(401);
    expect(await signInFrom(b, address, DEMO_PASSWORD)).toBe(429);
    expect(await signInFrom(a, address, DEMO_PASSWORD)).toBe(429);
    // The counter is one row in the database, shared by both.
    const rows = await sql.query<{ count: number }>("SELECT count FROM rate_limit WHERE key = $1", [
      `${address}|/sign-in/email`,
    ]);
    expect(rows.rows.map((row) => row.count)).toEqual([SIGN_IN_LIMIT]);
    // Attempts arriving at the same moment on both instances cannot both take the last one: of twice
    // the limit sent at once from a fresh address, exactly the limit gets through to the password check.
    const burst = await Promise.all(
      Array.from({ length: 2 * SIGN_IN_LIMIT }, (_, index) =>
        signInFrom(servers[index % 2] ?? a, "127.0.0.12", WRONG_PASSWORD),
      ),
    );
    expect(burst.filter((status) => status === 401)).toHaveLength(SIGN_IN_LIMIT);
    expect(burst.filter((status) => status === 429)).toHaveLength(SIGN_IN_LIMIT);
    // Another address is not affected, on either instance.
    expect(await signInFrom(b, "127.0.0.10", DEMO_PASSWORD)).toBe(200);
    expect(await signInFrom(a, "127.0.0.11", DEMO_PASSWORD)).toBe(200);
  });
});

describe("afterwards", () => {
  it("the audit chain verifies (`npx tinhgon audit verify`) and no answer was a server error", async () => {
    const run = await runCli(["audit", "verify", "--database-url", database.url, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const verified = JSON.parse(run.stdout) as { ok: boolean; events: number; headHash: string };
    expect(verified.ok).toBe(true);
    expect(verified.events).toBe(await count("SELECT count(*) FROM audit_event"));
    expect(verified.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(statuses.filter((entry) => entry.status >= 500)).toEqual([]);
    // Both instances served part of the traffic.
    expect(new Set(statuses.map((entry) => entry.instance))).toEqual(new Set(["A", "B"]));
  });
});
