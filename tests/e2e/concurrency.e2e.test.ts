// Many clients at once over real HTTP against the real application (real PostgreSQL): optimistic
// concurrency must never lose an acknowledged update, must refuse a stale write with a 409 and a
// Vietnamese explanation (never a 5xx), and every acknowledged write must leave exactly one event in the
// hash-chained audit trail. Covers plan edits (8 clients, read → edit → on 409 re-read and retry),
// snapshot edits with `expectedVersion`, and workflow steps racing each other on the same plan version.
import { createDatabase, createRepositories, DEMO_SNAPSHOT_NAME, type Database } from "@tinhgon/db";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { startSeededApp, type SeededApp } from "../support/seeded-app.ts";
import { demoEmails, signIn, trpc, type TrpcResult } from "../support/session.ts";

let seeded: SeededApp;
let baseUrl = "";
let sql: pg.Client;
let db: Database;
let snapshotId = "";
/** Every answer the server gave in this file: none may be a 5xx. */
const statuses: { path: string; status: number }[] = [];

/** A tRPC call that records the status (so the file can assert that no answer was a server error). */
async function call(
  kind: "query" | "mutation",
  path: string,
  input: unknown,
  cookie: string,
): Promise<TrpcResult> {
  const result = await trpc(baseUrl, kind, path, input, cookie);
  statuses.push({ path, status: result.status });
  return result;
}

/** The answer's data, checked against the shape the test relies on. */
function dataOf<S extends z.ZodType>(result: TrpcResult, what: string, schema: S): z.infer<S> {
  if (result.status !== 200 || result.body.result === undefined)
    throw new Error(`${what}: HTTP ${String(result.status)} ${JSON.stringify(result.body)}`);
  return schema.parse(result.body.result.data);
}

const planSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.string(),
  document: z.object({
    phases: z.array(
      z.object({ name: z.string(), effectiveDate: z.string(), operations: z.array(z.unknown()) }),
    ),
  }),
});
type PlanView = z.infer<typeof planSchema>;
const versionSchema = z.object({ version: z.number().int() });

/** A refusal because someone else changed the plan: 409, PLAN_VERSION_CONFLICT, said in Vietnamese. */
function expectPlanConflict(result: TrpcResult): void {
  expect(result.status).toBe(409);
  expect(result.body.error?.data?.appCode).toBe("PLAN_VERSION_CONFLICT");
  const message = result.body.error?.data?.message;
  expect(message?.vi).toMatch(/Phương án vừa được thay đổi|Người khác vừa thay đổi phương án này/);
  expect(message?.vi).toMatch(/phiên bản/);
  expect(message?.en.length).toBeGreaterThan(0);
}

async function countRows(query: string, values: unknown[] = []): Promise<number> {
  const result = await sql.query<{ count: string }>(query, values);
  return Number(result.rows[0]?.count ?? "0");
}

const auditCount = (): Promise<number> => countRows("SELECT count(*) FROM audit_event");
const planAuditCount = (planId: string): Promise<number> =>
  countRows("SELECT count(*) FROM audit_event WHERE plan_id = $1", [planId]);

async function createPlan(cookie: string, title: string): Promise<PlanView> {
  return dataOf(
    await call(
      "mutation",
      "plan.create",
      {
        snapshotId,
        title,
        districtId: "cat-hai",
        firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
      },
      cookie,
    ),
    "plan.create",
    planSchema,
  );
}

async function readPlan(id: string, cookie: string): Promise<PlanView> {
  return dataOf(await call("query", "plan.get", { id }, cookie), "plan.get", planSchema);
}

beforeAll(async () => {
  seeded = await startSeededApp();
  baseUrl = seeded.app.url;
  sql = new pg.Client({ connectionString: seeded.database.url });
  await sql.connect();
  db = createDatabase({ url: seeded.database.url, maxConnections: 2 });
  const cookie = await signIn(baseUrl, demoEmails.catHaiOfficer);
  const snapshots = dataOf(
    await call("query", "org.snapshots", {}, cookie),
    "org.snapshots",
    z.array(z.object({ id: z.uuid(), name: z.string() })),
  );
  const demo = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME);
  if (!demo) throw new Error(`the demo snapshot "${DEMO_SNAPSHOT_NAME}" is missing`);
  snapshotId = demo.id;
});

afterAll(async () => {
  await db.$disconnect();
  await sql.end();
  await seeded.app.stop();
  await seeded.database.drop();
});

describe("8 clients editing the same plan at once", () => {
  it("loses no acknowledged edit, refuses stale ones with 409 PLAN_VERSION_CONFLICT, one audit event per write", async () => {
    const clients = 8;
    const editsPerClient = 5;
    // Each client signs in on its own (8 sessions of the same officer, as 8 browser tabs).
    const cookies = await Promise.all(
      Array.from({ length: clients }, () => signIn(baseUrl, demoEmails.catHaiOfficer)),
    );
    const plan = await createPlan(cookies[0] ?? "", "Phương án tranh chấp (8 người sửa)");
    expect(plan.version).toBe(1);
    const auditBefore = await auditCount();

    const acknowledged: { client: number; name: string; version: number }[] = [];
    const refusals: TrpcResult[] = [];
    const others: TrpcResult[] = [];

    const runClient = async (client: number): Promise<void> => {
      const cookie = cookies[client] ?? "";
      for (let edit = 0; edit < editsPerClient; edit++) {
        const name = `Giai đoạn của người ${String(client + 1)}, lần ${String(edit + 1)}`;
        // Half the clients send two edits as one change (all or nothing, one version).
        const batched = client % 2 === 1;
        for (let attempt = 0; ; attempt++) {
          if (attempt > 200) throw new Error(`client ${String(client)} never got its edit in`);
          const current = await readPlan(plan.id, cookie);
          const edits = [
            {
              kind: "insertPhase",
              phase: { name, effectiveDate: "2022-01-01", operations: [] },
            },
            ...(batched
              ? [
                  {
                    kind: "updatePhase",
                    phaseIndex: current.document.phases.length,
                    changes: { effectiveDate: `2022-0${String((client % 9) + 1)}-1${String(edit)}` },
                  },
                ]
              : []),
          ];
          const result = await call(
            "mutation",
            "plan.edit",
            { id: plan.id, version: current.version, edits },
            cookie,
          );
          if (result.status === 200) {
            const saved = dataOf(result, "plan.edit", planSchema);
            // The saved plan is exactly one version after the one this client read.
            expect(saved.version).toBe(current.version + 1);
            expect(saved.document.phases.map((phase) => phase.name)).toContain(name);
            acknowledged.push({ client, name, version: saved.version });
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

    // Nothing but successes and version conflicts.
    expect(others.map((result) => `${String(result.status)} ${JSON.stringify(result.body)}`)).toEqual([]);
    for (const refusal of refusals) expectPlanConflict(refusal);
    expect(acknowledged).toHaveLength(clients * editsPerClient);
    // The race was real: some writes were refused because another client got there first.
    expect(refusals.length).toBeGreaterThan(0);

    // Each acknowledged write got its own version: 2 … 1 + n, no two the same.
    const versions = acknowledged.map((entry) => entry.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: acknowledged.length }, (_, index) => index + 2));

    // No lost update: every acknowledged phase is in the final plan, exactly once, in acknowledgement order.
    const final = await readPlan(plan.id, cookies[0] ?? "");
    expect(final.version).toBe(1 + acknowledged.length);
    const names = final.document.phases.map((phase) => phase.name);
    expect(names).toHaveLength(1 + acknowledged.length);
    expect(names[0]).toBe("Giai đoạn 1");
    const byVersion = [...acknowledged].sort((a, b) => a.version - b.version).map((entry) => entry.name);
    expect(names.slice(1)).toEqual(byVersion);
    // The batched clients' second edit (the date) went in with their phase.
    for (const [index, phase] of final.document.phases.entries()) {
      if (index === 0) continue;
      const client = Number(/người (\d+)/.exec(phase.name)?.[1] ?? "0") - 1;
      if (client % 2 === 1)
        expect(phase.effectiveDate).toMatch(new RegExp(`^2022-0${String((client % 9) + 1)}-1\\d$`));
      else expect(phase.effectiveDate).toBe("2022-01-01");
    }

    // The database agrees with the API.
    const row = await sql.query<{ version: number }>("SELECT version FROM plan WHERE id = $1", [plan.id]);
    expect(row.rows[0]?.version).toBe(1 + acknowledged.length);

    // Audit: exactly one event per acknowledged write (refusals write nothing), the chain verifies, and the
    // plan's events record each version once, in order.
    expect((await auditCount()) - auditBefore).toBe(acknowledged.length);
    expect(await planAuditCount(plan.id)).toBe(1 + acknowledged.length);
    const events = await sql.query<{ action: string; version: number | null }>(
      "SELECT action, (after->>'version')::int AS version FROM audit_event WHERE plan_id = $1 ORDER BY seq",
      [plan.id],
    );
    expect(events.rows.map((event) => event.version)).toEqual(
      Array.from({ length: 1 + acknowledged.length }, (_, index) => index + 1),
    );
    expect(events.rows.slice(1).every((event) => event.action === "plan.edit")).toBe(true);
    const verification = await createRepositories(db).verifyAuditChain();
    expect(verification).toMatchObject({ ok: true, events: await auditCount() });
  });
});

describe("two clients editing the same division with the same expectedVersion", () => {
  it("exactly one succeeds; the other gets 409 SNAPSHOT_VERSION_CONFLICT in Vietnamese; nothing half-written", async () => {
    const cookies = await Promise.all([
      signIn(baseUrl, demoEmails.catHaiOfficer),
      signIn(baseUrl, demoEmails.catHaiOfficer),
      signIn(baseUrl, demoEmails.catHaiOfficer),
    ]);
    const divisionId = "cat-hai-tu-phap";
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      const tree = dataOf(
        await call("query", "org.tree", { provinceCode: "31", snapshotId }, cookies[0]),
        "org.tree",
        versionSchema,
      );
      const auditBefore = await auditCount();
      // Two clients in the first rounds, three in the later ones: all based on the same version.
      const contenders = round < 3 ? 2 : 3;
      const names = Array.from(
        { length: contenders },
        (_, client) => `Phòng Tư pháp (vòng ${String(round + 1)}, người ${String(client + 1)})`,
      );
      const results = await Promise.all(
        names.map((name, client) =>
          call(
            "mutation",
            "org.updateDivision",
            {
              snapshotId,
              id: divisionId,
              expectedVersion: tree.version,
              changes: { name, payroll: 4 + client },
            },
            cookies[client] ?? "",
          ),
        ),
      );
      const winners = results.flatMap((result, client) => (result.status === 200 ? [client] : []));
      expect(winners, JSON.stringify(results.map((result) => result.status))).toHaveLength(1);
      const winner = winners[0] ?? -1;
      for (const [client, result] of results.entries()) {
        if (client === winner) continue;
        expect(result.status).toBe(409);
        expect(result.body.error?.data?.appCode).toBe("SNAPSHOT_VERSION_CONFLICT");
        expect(result.body.error?.data?.message?.vi).toContain("Người khác vừa thay đổi số liệu này");
      }

      // The winner's whole change is stored, nobody else's; the version moved by exactly one.
      const unit = dataOf(
        await call("query", "org.unit", { snapshotId, id: divisionId }, cookies[0]),
        "org.unit",
        z.object({ node: z.object({ name: z.string(), payroll: z.number() }) }),
      );
      expect(unit.node).toMatchObject({ name: names[winner], payroll: 4 + winner });
      const after = dataOf(
        await call("query", "org.tree", { provinceCode: "31", snapshotId }, cookies[0]),
        "org.tree",
        versionSchema,
      );
      expect(after.version).toBe(tree.version + 1);
      expect((await auditCount()) - auditBefore).toBe(1);
    }
    expect(await createRepositories(db).verifyAuditChain()).toMatchObject({ ok: true });
  });
});

describe("workflow steps racing on the same plan version", () => {
  it("submit and edit at once: one wins, the other gets 409 PLAN_VERSION_CONFLICT", async () => {
    // Several rounds (a fresh draft each), so both orders of the race are likely to happen.
    const [first, second] = await Promise.all([
      signIn(baseUrl, demoEmails.catHaiOfficer),
      signIn(baseUrl, demoEmails.catHaiOfficer),
    ]);
    for (let round = 0; round < 4; round++) {
      const plan = await createPlan(first, `Phương án trình và sửa cùng lúc ${String(round + 1)}`);
      const auditBefore = await auditCount();
      const [submitted, edited] = await Promise.all([
        call("mutation", "review.submit", { id: plan.id, version: plan.version }, first),
        call(
          "mutation",
          "plan.edit",
          {
            id: plan.id,
            version: plan.version,
            edits: [{ kind: "updatePhase", phaseIndex: 0, changes: { name: "Sửa trong lúc trình" } }],
          },
          second,
        ),
      ]);
      const ok = [submitted, edited].filter((result) => result.status === 200);
      expect(ok, JSON.stringify([submitted.body, edited.body])).toHaveLength(1);
      const loser = submitted.status === 200 ? edited : submitted;
      expectPlanConflict(loser);

      const final = await readPlan(plan.id, first);
      expect(final.version).toBe(2);
      if (submitted.status === 200) {
        expect(final.status).toBe("submitted");
        expect(final.document.phases[0]?.name).toBe("Giai đoạn 1");
      } else {
        expect(final.status).toBe("draft");
        expect(final.document.phases[0]?.name).toBe("Sửa trong lúc trình");
      }
      expect((await auditCount()) - auditBefore).toBe(1);
    }
  });

  it("two reviewers start the review at once, then a return and a withdrawal race: one wins each time", async () => {
    const officer = await signIn(baseUrl, demoEmails.catHaiOfficer);
    const reviewers = await Promise.all([
      signIn(baseUrl, demoEmails.reviewer),
      signIn(baseUrl, demoEmails.reviewer),
    ]);
    const plan = await createPlan(officer, "Phương án hai người thẩm định cùng lúc");
    const submitted = dataOf(
      await call("mutation", "review.submit", { id: plan.id, version: plan.version }, officer),
      "review.submit",
      planSchema,
    );
    expect(submitted.status).toBe("submitted");

    let auditBefore = await auditCount();
    const starts = await Promise.all(
      reviewers.map((cookie) =>
        call("mutation", "review.startReview", { id: plan.id, version: submitted.version }, cookie),
      ),
    );
    expect(starts.filter((result) => result.status === 200)).toHaveLength(1);
    for (const start of starts) if (start.status !== 200) expectPlanConflict(start);
    const inReview = await readPlan(plan.id, officer);
    expect(inReview).toMatchObject({ status: "in_review", version: submitted.version + 1 });
    expect((await auditCount()) - auditBefore).toBe(1);

    // The reviewer sends it back while the officer withdraws it, both from the same version.
    auditBefore = await auditCount();
    const [returned, withdrawn] = await Promise.all([
      call(
        "mutation",
        "review.return",
        { id: plan.id, version: inReview.version, reason: "Cần bổ sung thuyết minh giai đoạn 1." },
        reviewers[0],
      ),
      call("mutation", "review.withdraw", { id: plan.id, version: inReview.version }, officer),
    ]);
    expect([returned, withdrawn].filter((result) => result.status === 200)).toHaveLength(1);
    expectPlanConflict(returned.status === 200 ? withdrawn : returned);
    const decided = await readPlan(plan.id, officer);
    expect(decided.version).toBe(inReview.version + 1);
    expect(decided.status).toBe(returned.status === 200 ? "returned" : "withdrawn");
    expect((await auditCount()) - auditBefore).toBe(1);
    // The return's reason is a comment only when the return won.
    expect(await countRows("SELECT count(*) FROM plan_comment WHERE plan_id = $1", [plan.id])).toBe(
      returned.status === 200 ? 1 : 0,
    );
  });
});

describe("the whole file", () => {
  it("no answer was a server error, and the audit chain verifies", async () => {
    expect(statuses.length).toBeGreaterThan(100);
    expect(statuses.filter((entry) => entry.status >= 500)).toEqual([]);
    const verification = await createRepositories(db).verifyAuditChain();
    expect(verification).toMatchObject({ ok: true, events: await auditCount() });
  });
});
