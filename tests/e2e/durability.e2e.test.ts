// Crash durability of the real `npm start` process: clients write (plan edits and comments) as fast as
// they can, the server is killed with SIGKILL at a (seeded) random moment, restarted on the same
// database, and then:
//   - every write a client saw acknowledged (HTTP 200) is there;
//   - nothing is half-written: a write that got no answer is either wholly present or wholly absent.
//     Precisely, for the plan P the burst writes to (created once, then only edited and commented):
//       (1) P has exactly `version` phases (one initial + one per acknowledged-or-not edit that committed);
//       (2) P's audit events are 1 creation + (version − 1) edits + one per comment row, i.e.
//           count(audit_event where plan_id = P) = version + count(plan_comment where plan_id = P);
//       (3) the edit events carry after.version = 2, 3, …, version, each once, in chain order, and the
//           last one's phase list is the stored plan's;
//       (4) each comment row has exactly one audit event naming its id, and each comment event a row;
//       (5) the whole hash chain verifies (verifyAuditChain) and covers every audit row.
// Three rounds, each on the server restarted by the previous one.
import { createDatabase, createRepositories, DEMO_SNAPSHOT_NAME } from "@tinhgon/db";
import { createRandom } from "@tinhgon/domain";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { DEMO_PASSWORD, TEST_AUTH_SECRET } from "../support/seeded-app.ts";
import { startServerProcess, type ServerProcess } from "../support/server-process.ts";
import { demoEmails, signIn, trpc, type TrpcResult } from "../support/session.ts";

const SEED = 20_250_701;
const ROUNDS = 3;
const WORKERS = 6;

let database: TestDatabase;
let server: ServerProcess | undefined;
let env: Record<string, string>;
let sql: pg.Client;
let planId = "";
/** Everything a client saw acknowledged, over all rounds. */
const acknowledgedPhases: string[] = [];
const acknowledgedComments: string[] = [];

/** The answer's data, checked against the shape the test relies on. */
function dataOf<S extends z.ZodType>(result: TrpcResult, what: string, schema: S): z.infer<S> {
  if (result.status !== 200 || result.body.result === undefined)
    throw new Error(`${what}: HTTP ${String(result.status)} ${JSON.stringify(result.body)}`);
  return schema.parse(result.body.result.data);
}

const planSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  document: z.object({ phases: z.array(z.object({ name: z.string() })) }),
});

async function start(): Promise<ServerProcess> {
  const started = await startServerProcess(env);
  server = started;
  return started;
}

async function countRows(query: string, values: unknown[] = []): Promise<number> {
  const result = await sql.query<{ count: string }>(query, values);
  return Number(result.rows[0]?.count ?? "0");
}

beforeAll(async () => {
  database = await createTestDatabase();
  env = {
    DATABASE_URL: database.url,
    DEMO_PASSWORD,
    AUTH_SECRET: TEST_AUTH_SECRET,
    SIGN_IN_RATE_LIMIT: "100",
    NODE_ENV: "test",
    // Refusals (409) are logged at info: keep the captured output small.
    LOG_LEVEL: "warn",
  };
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const first = await start();
  const cookie = await signIn(first.url, demoEmails.catHaiOfficer);
  const snapshots = dataOf(
    await trpc(first.url, "query", "org.snapshots", {}, cookie),
    "org.snapshots",
    z.array(z.object({ id: z.uuid(), name: z.string() })),
  );
  const snapshotId = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id;
  if (snapshotId === undefined) throw new Error("the demo snapshot is missing");
  planId = dataOf(
    await trpc(
      first.url,
      "mutation",
      "plan.create",
      {
        snapshotId,
        title: "Phương án chịu sập nguồn",
        districtId: "cat-hai",
        firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
      },
      cookie,
    ),
    "plan.create",
    planSchema,
  ).id;
});

afterAll(async () => {
  if (server) await server.stop("SIGKILL");
  await sql.end();
  await database.drop();
});

interface BurstRecord {
  phases: string[];
  comments: string[];
  /** Requests that got no HTTP answer (the server died): their writes may or may not be there. */
  unanswered: number;
  conflicts: TrpcResult[];
  /** Anything but 200 and 409 while the server was alive: must stay empty. */
  unexpected: string[];
}

/** One client: writes until the server stops answering. */
async function runWorker(
  url: string,
  cookie: string,
  round: number,
  worker: number,
  random: () => number,
  record: BurstRecord,
): Promise<void> {
  for (let index = 0; ; index++) {
    const label = `v${String(round + 1)}-n${String(worker + 1)}-${String(index + 1)}`;
    try {
      if (random() < 0.5) {
        const body = `Góp ý ${label}`;
        const result = await trpc(
          url,
          "mutation",
          "review.comment",
          { id: planId, target: { kind: "plan" }, body },
          cookie,
        );
        if (result.status === 200) record.comments.push(body);
        else record.unexpected.push(`review.comment ${String(result.status)} ${JSON.stringify(result.body)}`);
      } else {
        const name = `Giai đoạn ${label}`;
        for (;;) {
          const current = dataOf(
            await trpc(url, "query", "plan.get", { id: planId }, cookie),
            "plan.get",
            planSchema,
          );
          const result = await trpc(
            url,
            "mutation",
            "plan.edit",
            {
              id: planId,
              version: current.version,
              edits: [{ kind: "insertPhase", phase: { name, effectiveDate: "2022-01-01", operations: [] } }],
            },
            cookie,
          );
          if (result.status === 200) {
            record.phases.push(name);
            break;
          }
          if (result.status === 409) {
            record.conflicts.push(result);
            continue;
          }
          record.unexpected.push(`plan.edit ${String(result.status)} ${JSON.stringify(result.body)}`);
          break;
        }
      }
    } catch {
      // No answer: the process is gone (connection reset or refused). This client stops.
      record.unanswered += 1;
      return;
    }
  }
}

/** The invariants of the file's header, on the database as the restarted server finds it. */
async function checkNothingHalfWritten(): Promise<{ version: number; phases: string[]; comments: string[] }> {
  const plan = await sql.query<{ version: number; document: { phases: { name: string }[] } }>(
    "SELECT version, document FROM plan WHERE id = $1",
    [planId],
  );
  const row = plan.rows[0];
  if (!row) throw new Error("the plan is gone");
  const phases = row.document.phases.map((phase) => phase.name);
  // (1)
  expect(phases).toHaveLength(row.version);
  expect(new Set(phases).size).toBe(phases.length);
  const comments = await sql.query<{ id: string; body: string }>(
    "SELECT id, body FROM plan_comment WHERE plan_id = $1",
    [planId],
  );
  // (2)
  expect(await countRows("SELECT count(*) FROM audit_event WHERE plan_id = $1", [planId])).toBe(
    row.version + comments.rows.length,
  );
  // (3)
  const edits = await sql.query<{ version: number; phases: { name: string }[] }>(
    `SELECT (after->>'version')::int AS version, after->'phases' AS phases FROM audit_event
      WHERE plan_id = $1 AND action = 'plan.edit' ORDER BY seq`,
    [planId],
  );
  expect(edits.rows.map((event) => event.version)).toEqual(
    Array.from({ length: row.version - 1 }, (_, index) => index + 2),
  );
  if (edits.rows.length > 0) expect(edits.rows.at(-1)?.phases.map((phase) => phase.name)).toEqual(phases);
  // (4)
  const commentEvents = await sql.query<{ id: string }>(
    `SELECT after->'comment'->>'id' AS id FROM audit_event
      WHERE plan_id = $1 AND after ? 'comment' ORDER BY seq`,
    [planId],
  );
  expect(commentEvents.rows.map((event) => event.id).sort()).toEqual(
    comments.rows.map((comment) => comment.id).sort(),
  );
  // (5)
  const db = createDatabase({ url: database.url, maxConnections: 2 });
  try {
    const verification = await createRepositories(db).verifyAuditChain();
    expect(verification).toMatchObject({
      ok: true,
      events: await countRows("SELECT count(*) FROM audit_event"),
    });
  } finally {
    await db.$disconnect();
  }
  return { version: row.version, phases, comments: comments.rows.map((comment) => comment.body) };
}

describe("SIGKILL during a write burst, then restart on the same database", () => {
  for (let round = 0; round < ROUNDS; round++) {
    it(`round ${String(round + 1)}: every acknowledged write survives, nothing is half-written`, async () => {
      const live = server;
      if (!live) throw new Error("no server is running");
      const random = createRandom(SEED + round);
      const cookie = await signIn(live.url, demoEmails.catHaiOfficer);
      const record: BurstRecord = { phases: [], comments: [], unanswered: 0, conflicts: [], unexpected: [] };

      const workers = Array.from({ length: WORKERS }, (_, worker) =>
        runWorker(live.url, cookie, round, worker, createRandom(SEED * 31 + round * 7 + worker), record),
      );
      // A random moment in the burst, once writes are being answered (a loaded machine answers the
      // first ones late, so the delay starts at the first acknowledgement).
      const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
      for (let waited = 0; record.phases.length + record.comments.length === 0; waited += 20) {
        if (waited > 30_000 || record.unexpected.length > 0)
          throw new Error(`no write was answered: ${record.unexpected.join("; ")}`);
        await sleep(20);
      }
      const killAfterMs = Math.floor(random() * 1500);
      await sleep(killAfterMs);
      const written = record.phases.length + record.comments.length;
      const code = await live.stop("SIGKILL");
      server = undefined;
      expect(code).toBeNull();
      await Promise.all(workers);

      const context = `seed ${String(SEED + round)}, killed ${String(killAfterMs)} ms after the first acknowledgement`;
      expect(record.unexpected, context).toEqual([]);
      expect(written, context).toBeGreaterThan(0);
      // Every client stopped because the server stopped answering.
      expect(record.unanswered, context).toBe(WORKERS);
      for (const conflict of record.conflicts) {
        expect(conflict.status).toBe(409);
        expect(conflict.body.error?.data?.appCode).toBe("PLAN_VERSION_CONFLICT");
        expect(conflict.body.error?.data?.message?.vi).toContain("Người khác vừa thay đổi phương án này");
      }
      acknowledgedPhases.push(...record.phases);
      acknowledgedComments.push(...record.comments);

      // The database alone (no server running): nothing half-written, every acknowledged write there.
      const stored = await checkNothingHalfWritten();
      expect(stored.phases, context).toEqual(expect.arrayContaining(acknowledgedPhases));
      expect(stored.comments, context).toEqual(expect.arrayContaining(acknowledgedComments));

      // Restarted on the same database: not seeded again, the old session still valid, the plan as stored.
      const restarted = await start();
      expect(restarted.output()).not.toContain("Đã nạp dữ liệu minh họa");
      const plan = dataOf(
        await trpc(restarted.url, "query", "plan.get", { id: planId }, cookie),
        "plan.get after restart",
        planSchema,
      );
      expect(plan.version).toBe(stored.version);
      expect(plan.document.phases.map((phase) => phase.name)).toEqual(stored.phases);
      const status = dataOf(
        await trpc(restarted.url, "query", "review.status", { id: planId }, cookie),
        "review.status after restart",
        z.object({ comments: z.array(z.object({ body: z.string() })) }),
      );
      expect(status.comments.map((comment) => comment.body)).toEqual(
        expect.arrayContaining(acknowledgedComments),
      );

      // Nothing is left locked: the restarted server takes a new edit and a new comment at once.
      const after = `sau khởi động lại ${String(round + 1)}`;
      const edited = await trpc(
        restarted.url,
        "mutation",
        "plan.edit",
        {
          id: planId,
          version: plan.version,
          edits: [
            {
              kind: "insertPhase",
              phase: { name: `Giai đoạn ${after}`, effectiveDate: "2022-01-01", operations: [] },
            },
          ],
        },
        cookie,
      );
      expect(edited.status).toBe(200);
      acknowledgedPhases.push(`Giai đoạn ${after}`);
      const commented = await trpc(
        restarted.url,
        "mutation",
        "review.comment",
        { id: planId, target: { kind: "plan" }, body: `Góp ý ${after}` },
        cookie,
      );
      expect(commented.status).toBe(200);
      acknowledgedComments.push(`Góp ý ${after}`);
      await checkNothingHalfWritten();
    });
  }
});
