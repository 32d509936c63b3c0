// The review workflow through the API on a real database (issue 7 §3–4): a district officer drafts and
// submits a Cát Hải plan; the province's reviewer returns it with a reason; the officer changes it and
// resubmits; the reviewer sees what changed since the last round and approves through the compliance
// gate; the approved plan never changes, a revision references it. Every step is in the plan's audit
// trail, whose hash chain verifies — and breaks when an event is edited behind the application's back.
import { AppError } from "@tinhgon/api";
import {
  createDatabase,
  createRepositories,
  type Database,
  DEMO_REARRANGED_SNAPSHOT_NAME,
  DEMO_SNAPSHOT_NAME,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { type Caller, callersFor } from "../support/callers.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let testDatabase: TestDatabase;
let db: Database;
let officer: Caller;
let otherOfficer: Caller;
let reviewer: Caller;
let secondReviewer: Caller;
let viewer: Caller;
let snapshotId = "";
/** Cát Hải after its 2021 re-arrangement: compliant. */
let rearrangedSnapshotId = "";

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
  await seedDemoDataIfEmpty(db);
  const callers = callersFor(createRepositories(db));
  officer = callers.as(testActors.catHaiOfficer);
  otherOfficer = callers.as(testActors.anDuongOfficer);
  reviewer = callers.as(testActors.reviewer);
  secondReviewer = callers.as(testActors.secondReviewer);
  viewer = callers.as(testActors.viewer);
  const snapshots = await reviewer.snapshot.list({ provinceCode: "31" });
  snapshotId = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id ?? "";
  rearrangedSnapshotId =
    snapshots.find((snapshot) => snapshot.name === DEMO_REARRANGED_SNAPSHOT_NAME)?.id ?? "";
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

/** The refusal of a call: its tRPC code, and the service's AppError (absent for input validation). */
async function refusal(promise: Promise<unknown>): Promise<{ trpcCode: string; error: AppError }> {
  const caught: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(caught instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(caught)}`);
  const error =
    caught.cause instanceof AppError
      ? caught.cause
      : new AppError("INPUT_INVALID", { vi: caught.message, en: caught.message });
  return { trpcCode: caught.code, error };
}

/** Cát Hải's Phòng Kinh tế down to 3 deputies: the district's pool of 22 is respected (D-DEP-01 resolved). */
const reduceKinhTe = { op: "set" as const, id: "cat-hai-kinh-te", deputies: 3 };
/** Merging two divisions resolves D-PH-04 (too many divisions) but shrinks the deputy pool (D-DEP-01). */
const mergeCultureAndHealth = {
  op: "merge" as const,
  ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
  into: { id: "cat-hai-van-hoa-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
};

async function draftPlan(title: string) {
  const plan = await officer.plan.create({
    snapshotId,
    title,
    districtId: "cat-hai",
    firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
  });
  return officer.plan.addOperation({
    id: plan.id,
    version: plan.version,
    phaseIndex: 0,
    operation: reduceKinhTe,
  });
}

describe("the review workflow of a district plan", () => {
  it("draft → submitted: the plan is locked and the rule packs pinned", async () => {
    const draft = await draftPlan("Trình lần đầu");
    expect(draft.status).toBe("draft");
    const submitted = await officer.review.submit({ id: draft.id, version: draft.version });
    expect(submitted.status).toBe("submitted");
    expect(submitted.version).toBe(draft.version + 1);

    const status = await reviewer.review.status({ id: draft.id });
    expect(status.rounds).toHaveLength(1);
    expect(status.rounds[0]?.submittedBy).toBe(testActors.catHaiOfficer.userId);
    const fingerprint: unknown = expect.stringMatching(/^[0-9a-f]{64}$/);
    expect(status.rounds[0]?.rulePacks).toEqual([
      { step: "baseline", ruleSet: "RS-2020", fingerprint },
      { step: 0, ruleSet: "RS-2020", fingerprint },
    ]);

    // Locked: no edit, no deletion, whatever the version.
    const locked = await refusal(
      officer.plan.addOperation({
        id: draft.id,
        version: submitted.version,
        phaseIndex: 0,
        operation: mergeCultureAndHealth,
      }),
    );
    expect(locked.error.code).toBe("PLAN_LOCKED");
    expect(locked.error.localized.vi).toContain("Đã trình");
    expect((await refusal(officer.plan.delete({ id: draft.id }))).error.code).toBe("PLAN_LOCKED");
    // Submitting twice is a workflow mistake, explained.
    const twice = await refusal(officer.review.submit({ id: draft.id, version: submitted.version }));
    expect(twice.error.code).toBe("WORKFLOW_STATE");
  });

  it("return needs a reason; the officer fixes and resubmits; the reviewer sees what changed; approve", async () => {
    const draft = await draftPlan("Vòng thẩm định");
    let plan = await officer.review.submit({ id: draft.id, version: draft.version });
    plan = await reviewer.review.startReview({ id: plan.id, version: plan.version });
    expect(plan.status).toBe("in_review");

    const noReason = await refusal(
      reviewer.review.return({ id: plan.id, version: plan.version, reason: "  " }),
    );
    expect(noReason.trpcCode).toBe("BAD_REQUEST");
    plan = await reviewer.review.return({
      id: plan.id,
      version: plan.version,
      reason: "Đề nghị hợp nhất thêm để giảm số phòng theo D-PH-04.",
      comments: [
        { target: { kind: "operation", phaseIndex: 0, operationIndex: 0 }, body: "Giữ nguyên thao tác này." },
      ],
    });
    expect(plan.status).toBe("returned");

    // The officer sees the comments and changes the plan (editable again).
    const returned = await officer.review.status({ id: plan.id });
    expect(returned.comments.map((comment) => comment.body)).toEqual([
      "Đề nghị hợp nhất thêm để giảm số phòng theo D-PH-04.",
      "Giữ nguyên thao tác này.",
    ]);
    expect(returned.comments[1]?.target).toEqual({ kind: "operation", phaseIndex: 0, operationIndex: 0 });
    plan = await officer.plan.addOperation({
      id: plan.id,
      version: plan.version,
      phaseIndex: 0,
      operation: mergeCultureAndHealth,
    });
    // While editing, the officer sees the change against the returned round too.
    const editing = await officer.review.status({ id: plan.id });
    expect(editing.changesSinceLastRound?.toRound).toBe("current");
    plan = await officer.review.submit({ id: plan.id, version: plan.version });

    // Round 2 against round 1: the merge added, D-PH-04 resolved, D-DEP-01 introduced.
    const status = await reviewer.review.status({ id: plan.id });
    expect(status.rounds.map((round) => [round.round, round.decision])).toEqual([
      [1, "returned"],
      [2, null],
    ]);
    const changes = status.changesSinceLastRound;
    expect(changes).toMatchObject({ fromRound: 1, toRound: 2, identical: false });
    expect(changes?.phases[0]?.status).toBe("changed");
    expect(changes?.phases[0]?.operationsAdded.map((text) => text.vi)).toEqual([
      "Hợp nhất Phòng Văn hóa và Thông tin và Phòng Y tế thành Phòng Văn hóa, Thông tin và Y tế",
    ]);
    expect(changes?.phases[0]?.operationsRemoved).toEqual([]);
    expect(changes?.findingsResolved.map((finding) => finding.ruleId)).toContain("D-PH-04");
    expect(changes?.findingsIntroduced.map((finding) => finding.ruleId)).toContain("D-DEP-01");

    // The compliance gate: D-DEP-01 (and the job-position scheme's JP-04/JP-06, which no operation
    // edits) are violations; approving without a reason for each is refused.
    expect(status.violations.map((finding) => finding.ruleId)).toEqual(["D-DEP-01", "JP-04", "JP-06"]);
    const gated = await refusal(
      reviewer.review.approve({ id: plan.id, version: plan.version, overrides: [] }),
    );
    expect(gated.error.code).toBe("COMPLIANCE_GATE");
    expect(gated.trpcCode).toBe("PRECONDITION_FAILED");
    expect(gated.error.localized.vi).toContain("D-DEP-01");
    expect(gated.error.problems).toHaveLength(3);
    const reasons = status.violationKeys.map((findingKey) => ({
      findingKey,
      reason: "Số cấp phó dôi dư giảm dần theo lộ trình nghỉ hưu.",
    }));
    const tooShort = await refusal(
      reviewer.review.approve({
        id: plan.id,
        version: plan.version,
        overrides: [{ findingKey: status.violationKeys[0] ?? "", reason: "ok" }],
      }),
    );
    expect(tooShort.trpcCode).toBe("BAD_REQUEST");
    const unknown = await refusal(
      reviewer.review.approve({
        id: plan.id,
        version: plan.version,
        overrides: [
          ...reasons,
          { findingKey: "X|violation|district:khong-co|", reason: "Một lý do cho vi phạm không có." },
        ],
      }),
    );
    expect(unknown.error.code).toBe("COMPLIANCE_GATE");

    const approved = await reviewer.review.approve({
      id: plan.id,
      version: plan.version,
      overrides: reasons,
    });
    expect(approved.status).toBe("approved");
    const decided = await viewer.review.status({ id: plan.id });
    expect(decided.rounds[1]).toMatchObject({
      decision: "approved",
      decidedBy: testActors.reviewer.userId,
      overrides: reasons.map((reason, index) => ({ ...reason, ruleId: status.violations[index]?.ruleId })),
    });

    // Approved plans never change: not by edits, not by workflow steps, not by deletion.
    expect(
      (
        await refusal(
          officer.plan.updatePhase({
            id: plan.id,
            version: approved.version,
            phaseIndex: 0,
            changes: { name: "X" },
          }),
        )
      ).error.code,
    ).toBe("PLAN_LOCKED");
    expect(
      (await refusal(officer.review.withdraw({ id: plan.id, version: approved.version }))).error.code,
    ).toBe("WORKFLOW_STATE");
    expect((await refusal(officer.plan.delete({ id: plan.id }))).error.code).toBe("PLAN_LOCKED");

    // A change is a new plan that references the approved one.
    const revision = await officer.review.revise({ id: plan.id });
    expect(revision).toMatchObject({ status: "draft", revisionOf: plan.id, version: 1 });
    expect(revision.document).toEqual((await officer.plan.get({ id: plan.id })).document);
    expect((await officer.plan.get({ id: plan.id })).version).toBe(approved.version);
  });

  it("a plan without violations is approved without overrides; a reviewer never decides a round they submitted", async () => {
    // A province-wide plan is drafted by the Sở Nội vụ itself: its author cannot approve it.
    const own = await reviewer.plan.create({
      snapshotId,
      title: "Phương án toàn thành phố",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
    });
    const submitted = await reviewer.review.submit({ id: own.id, version: own.version });
    const selfApproval = await refusal(
      reviewer.review.approve({ id: own.id, version: submitted.version, overrides: [] }),
    );
    expect(selfApproval.error.code).toBe("FOUR_EYES");
    expect(
      (
        await refusal(
          reviewer.review.return({ id: own.id, version: submitted.version, reason: "Tự trả lại." }),
        )
      ).error.code,
    ).toBe("FOUR_EYES");

    const compliant = await officer.plan.create({
      snapshotId: rearrangedSnapshotId,
      title: "Không vi phạm",
      districtId: "cat-hai",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-10-01" },
    });
    const plan = await officer.review.submit({ id: compliant.id, version: compliant.version });
    expect((await reviewer.review.status({ id: plan.id })).violations).toEqual([]);
    const approved = await secondReviewer.review.approve({ id: plan.id, version: plan.version });
    expect(approved.status).toBe("approved");
  });

  it("withdraw; stale versions are conflicts; comments need a real target; others may not act", async () => {
    const draft = await draftPlan("Rút lại");
    const submitted = await officer.review.submit({ id: draft.id, version: draft.version });
    // A step based on an older version is refused, never applied twice.
    const stale = await refusal(reviewer.review.startReview({ id: draft.id, version: draft.version }));
    expect(stale.error.code).toBe("PLAN_VERSION_CONFLICT");
    expect(stale.trpcCode).toBe("CONFLICT");

    const comment = await reviewer.review.comment({
      id: draft.id,
      target: { kind: "phase", phaseIndex: 0 },
      body: "Xem lại ngày hiệu lực.",
    });
    expect(comment).toMatchObject({
      round: 1,
      authorRole: "provincial_reviewer",
      body: "Xem lại ngày hiệu lực.",
    });
    const nowhere = await refusal(
      officer.review.comment({
        id: draft.id,
        target: { kind: "operation", phaseIndex: 0, operationIndex: 9 },
        body: "?",
      }),
    );
    expect(nowhere.error.code).toBe("INPUT_INVALID");
    expect(nowhere.error.localized.vi).toContain("không có thao tác số 10");

    // Another district's officer and the viewer may read nothing of it / act on nothing.
    expect((await refusal(otherOfficer.review.status({ id: draft.id }))).error.code).toBe("FORBIDDEN");
    expect(
      (await refusal(otherOfficer.review.withdraw({ id: draft.id, version: submitted.version }))).error.code,
    ).toBe("FORBIDDEN");
    expect(
      (await refusal(viewer.review.comment({ id: draft.id, target: { kind: "plan" }, body: "x" }))).error
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await refusal(officer.review.approve({ id: draft.id, version: submitted.version }))).error.code,
    ).toBe("FORBIDDEN");

    const withdrawn = await officer.review.withdraw({ id: draft.id, version: submitted.version });
    expect(withdrawn.status).toBe("withdrawn");
    expect((await officer.review.status({ id: draft.id })).rounds[0]?.decision).toBe("withdrawn");
    expect(await officer.plan.delete({ id: draft.id })).toEqual({ deleted: true });
  });
});

describe("the audit trail", () => {
  it("records every change of a plan with who, what, before/after and request id", async () => {
    const draft = await draftPlan("Nhật ký");
    const submitted = await officer.review.submit({ id: draft.id, version: draft.version });
    await reviewer.review.comment({ id: draft.id, target: { kind: "plan" }, body: "Đã nhận." });
    const events = await reviewer.review.audit({ id: submitted.id });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["plan.create", testActors.catHaiOfficer.userId],
      ["plan.addOperation", testActors.catHaiOfficer.userId],
      ["review.submit", testActors.catHaiOfficer.userId],
      ["review.comment", testActors.reviewer.userId],
    ]);
    expect(events[1]?.before).toMatchObject({ version: 1, status: "draft" });
    expect(events[1]?.after).toMatchObject({ version: 2, status: "draft" });
    expect(events[2]?.before).toEqual({ status: "draft", version: 2 });
    expect(events[2]?.after).toMatchObject({ status: "submitted", version: 3, round: 1 });
    // Each event links to the one before it in the whole chain.
    for (const event of events) expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await createRepositories(db).verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("is append-only, and `audit verify` finds an event edited behind the application's back", async () => {
    const client = new pg.Client({ connectionString: testDatabase.url });
    await client.connect();
    try {
      // The database itself refuses updates and deletions.
      await expect(client.query("UPDATE audit_event SET action = 'x'")).rejects.toThrow(/append-only/);
      await expect(client.query("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
      const before = await createRepositories(db).verifyAuditChain();
      expect(before.ok).toBe(true);
      // Someone with the owner's rights switches the guard off and rewrites history.
      await client.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
      const { rows } = await client.query<{ seq: string }>(
        "SELECT seq FROM audit_event WHERE action = 'review.comment' ORDER BY seq LIMIT 1",
      );
      await client.query(`UPDATE audit_event SET after = '{"comment":{"body":"Đã sửa"}}' WHERE seq = $1`, [
        rows[0]?.seq,
      ]);
      const tampered = await createRepositories(db).verifyAuditChain();
      expect(tampered).toMatchObject({ ok: false, brokenAt: rows[0]?.seq, reason: "hash_mismatch" });
      // Deleting an event breaks the link of the one after it.
      await client.query("DELETE FROM audit_event WHERE seq = (SELECT min(seq) FROM audit_event)");
      const deleted = await createRepositories(db).verifyAuditChain();
      expect(deleted).toMatchObject({ ok: false, reason: "broken_link" });
    } finally {
      await client.end();
    }
  });
});
