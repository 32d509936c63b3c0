// Plans through the API on a real database: created from a stored snapshot, every change saved at once
// with a version; a change based on a stale version is refused, never merged.
import {
  AppError,
  createCaller,
  createInnerContext,
  createPlanReportCache,
  type PlanReportCache,
} from "@tinhgon/api";
import {
  createDatabase,
  createRepositories,
  type Database,
  DEMO_SNAPSHOT_NAME,
  type Repositories,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import { type Actor, evaluatePlan, planReportSchema, toPlanReport } from "@tinhgon/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { type Caller, callersFor } from "../support/callers.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let testDatabase: TestDatabase;
let db: Database;
let repositories: Repositories;
/** Cát Hải's officer drafts the district's plans. */
let api: Caller;
let snapshotId = "";

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
  await seedDemoDataIfEmpty(db);
  repositories = createRepositories(db);
  api = callersFor(repositories).districtOfficer("cat-hai");
  const snapshots = await api.snapshot.list({ provinceCode: "31" });
  snapshotId = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id ?? "";
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

async function refusal(
  promise: Promise<unknown>,
): Promise<{ trpcCode: string; appCode: string | undefined; error: AppError | undefined }> {
  const caught: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(caught instanceof TRPCError)) throw new Error("expected the call to be refused");
  const cause = caught.cause instanceof AppError ? caught.cause : undefined;
  return { trpcCode: caught.code, appCode: cause?.code, error: cause };
}

const mergeHealthIntoCulture = {
  op: "merge" as const,
  ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
  into: { id: "cat-hai-van-hoa-xa-hoi", name: "Phòng Văn hóa - Xã hội" },
};

async function newCatHaiPlan() {
  return api.plan.create({
    snapshotId,
    title: "Phương án sắp xếp các phòng chuyên môn huyện Cát Hải",
    districtId: "cat-hai",
    firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
  });
}

describe("plans", () => {
  it("creates a district plan whose baseline is that district, at version 1", async () => {
    const plan = await newCatHaiPlan();
    expect(plan.version).toBe(1);
    expect(plan.districtKey).toBe("cat-hai");
    expect(plan.document.baseline.districts.map((district) => district.id)).toEqual(["cat-hai"]);
    expect(plan.document.baseline.agencies).toEqual([]);
    expect((await api.plan.list({ provinceCode: "31" })).map((summary) => summary.id)).toContain(plan.id);
  });

  it("saves each change at once, bumps the version, and evaluates like a reform", async () => {
    const plan = await newCatHaiPlan();
    const after = await api.plan.addOperation({
      id: plan.id,
      version: 1,
      phaseIndex: 0,
      operation: mergeHealthIntoCulture,
    });
    expect(after.version).toBe(2);
    expect((await api.plan.get({ id: plan.id })).document.phases[0]?.operations).toHaveLength(1);
    const report = await api.plan.evaluate({ id: plan.id });
    expect(report.baseline.findings.some((finding) => finding.ruleId === "D-PH-04")).toBe(true);
    expect(report.phases[0]?.resolved.map((finding) => finding.ruleId)).toContain("D-PH-04");
    expect(
      report.phases[0]?.findings.find(
        (finding) => finding.ruleId === "D-DEP-01" && finding.severity === "violation",
      ),
    ).toMatchObject({
      actual: 23,
      limit: 20,
    });
  });

  it("refuses a change based on a stale version and keeps the plan as it was", async () => {
    const plan = await newCatHaiPlan();
    await api.plan.addOperation({
      id: plan.id,
      version: 1,
      phaseIndex: 0,
      operation: mergeHealthIntoCulture,
    });
    const stale = await refusal(
      api.plan.addOperation({
        id: plan.id,
        version: 1,
        phaseIndex: 0,
        operation: { op: "set", id: "cat-hai-kinh-te", deputies: 2 },
      }),
    );
    expect(stale.trpcCode).toBe("CONFLICT");
    expect(stale.appCode).toBe("PLAN_VERSION_CONFLICT");
    expect(stale.error?.localized.vi).toContain("Người khác vừa thay đổi phương án này");
    const stored = await api.plan.get({ id: plan.id });
    expect(stored.version).toBe(2);
    expect(stored.document.phases[0]?.operations).toEqual([mergeHealthIntoCulture]);
  });

  it("lets exactly one of several concurrent changes on the same version through", async () => {
    const plan = await newCatHaiPlan();
    const attempts = await Promise.allSettled(
      [1, 2, 3].map((deputies) =>
        api.plan.addOperation({
          id: plan.id,
          version: 1,
          phaseIndex: 0,
          operation: { op: "set", id: "cat-hai-kinh-te", deputies },
        }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    const stored = await api.plan.get({ id: plan.id });
    expect(stored.version).toBe(2);
    expect(stored.document.phases[0]?.operations).toHaveLength(1);
  });

  it("refuses an operation that cannot apply, naming phase and index, and saves nothing", async () => {
    const plan = await newCatHaiPlan();
    const refused = await refusal(
      api.plan.addOperation({
        id: plan.id,
        version: 1,
        phaseIndex: 0,
        operation: { op: "rename", id: "khong-co", name: "Phòng X" },
      }),
    );
    expect(refused.appCode).toBe("PLAN_OPERATION_INVALID");
    expect(refused.error?.problems[0]?.path).toBe("phases[0].operations[0]");
    expect((await api.plan.get({ id: plan.id })).version).toBe(1);
  });

  it("refuses removing an operation a later one depends on", async () => {
    const plan = await newCatHaiPlan();
    const v2 = await api.plan.addOperation({
      id: plan.id,
      version: 1,
      phaseIndex: 0,
      operation: mergeHealthIntoCulture,
    });
    const v3 = await api.plan.addOperation({
      id: plan.id,
      version: v2.version,
      phaseIndex: 0,
      operation: { op: "set", id: "cat-hai-van-hoa-xa-hoi", deputies: 2 },
    });
    const refused = await refusal(
      api.plan.removeOperation({ id: plan.id, version: v3.version, phaseIndex: 0, operationIndex: 0 }),
    );
    expect(refused.appCode).toBe("PLAN_OPERATION_INVALID");
    const reordered = await refusal(
      api.plan.moveOperation({ id: plan.id, version: v3.version, phaseIndex: 0, from: 1, to: 0 }),
    );
    expect(reordered.appCode).toBe("PLAN_OPERATION_INVALID");
    expect(
      (await api.plan.removeOperation({ id: plan.id, version: v3.version, phaseIndex: 0, operationIndex: 1 }))
        .version,
    ).toBe(4);
  });

  it("adds, updates and removes phases; a plan keeps at least one", async () => {
    const plan = await newCatHaiPlan();
    const v2 = await api.plan.addPhase({
      id: plan.id,
      version: 1,
      phase: { name: "Giai đoạn 2", effectiveDate: "2021-12-31" },
    });
    const v3 = await api.plan.updatePhase({
      id: plan.id,
      version: v2.version,
      phaseIndex: 1,
      changes: { name: "Giai đoạn 2: giảm cấp phó" },
    });
    expect(v3.document.phases.map((phase) => phase.name)).toEqual([
      "Giai đoạn 1",
      "Giai đoạn 2: giảm cấp phó",
    ]);
    const v4 = await api.plan.removePhase({ id: plan.id, version: v3.version, phaseIndex: 0 });
    expect(v4.document.phases).toHaveLength(1);
    expect(
      (await refusal(api.plan.removePhase({ id: plan.id, version: v4.version, phaseIndex: 0 }))).appCode,
    ).toBe("LAST_PHASE");
    expect(
      (await refusal(api.plan.updatePhase({ id: plan.id, version: v4.version, phaseIndex: 5, changes: {} })))
        .appCode,
    ).toBe("PHASE_NOT_FOUND");
  });

  it("exports a plan and imports it back unchanged; refuses an invalid plan document", async () => {
    const plan = await newCatHaiPlan();
    await api.plan.addOperation({
      id: plan.id,
      version: 1,
      phaseIndex: 0,
      operation: mergeHealthIntoCulture,
    });
    const exported = await api.plan.export({ id: plan.id });
    const imported = await api.plan.import({ document: exported, districtId: "cat-hai" });
    expect(await api.plan.export({ id: imported.id })).toEqual(exported);
    const invalid = await refusal(
      api.plan.import({ document: { ...exported, format: "tinhgon.plan/9" }, districtId: "cat-hai" }),
    );
    expect(invalid.appCode).toBe("PLAN_INVALID");
    expect(invalid.error?.problems[0]?.path).toBe("format");
    const impossible = await refusal(
      api.plan.import({
        districtId: "cat-hai",
        document: {
          ...exported,
          phases: [
            {
              name: "X",
              effectiveDate: "2021-07-01",
              operations: [{ op: "rename", id: "khong-co", name: "Y" }],
            },
          ],
        },
      }),
    );
    expect(impossible.appCode).toBe("PLAN_OPERATION_INVALID");
  });

  it("diffs, summarises and projects the deputy roadmap of a stored plan", async () => {
    const plan = await newCatHaiPlan();
    await api.plan.addOperation({
      id: plan.id,
      version: 1,
      phaseIndex: 0,
      operation: mergeHealthIntoCulture,
    });
    const diff = await api.plan.diff({ id: plan.id });
    const added = diff.units.filter((unit) => unit.change === "added").map((unit) => unit.id);
    const removed = diff.units.filter((unit) => unit.change === "removed").map((unit) => unit.id);
    expect(added).toEqual(["cat-hai-van-hoa-xa-hoi"]);
    expect(removed.sort()).toEqual(["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"]);
    const summary = await api.plan.summary({ id: plan.id });
    expect(summary.steps.map((step) => step.key)).toEqual(["baseline", "phases[0]"]);
    const roadmap = await api.plan.roadmap({ id: plan.id });
    expect(roadmap.units.length).toBeGreaterThan(0);
    expect((await refusal(api.plan.diff({ id: plan.id, phaseIndex: 7 }))).appCode).toBe("PHASE_NOT_FOUND");
  });

  it("suggests checked fixes: a merge for the island cap of the baseline, none introducing a violation", async () => {
    const plan = await newCatHaiPlan();
    const suggestions = await api.plan.suggestions({ id: plan.id, phaseIndex: "baseline" });
    const forCap = suggestions.filter((suggestion) => suggestion.forFinding.ruleId === "D-PH-04");
    expect(forCap.length).toBeGreaterThan(0);
    expect(forCap[0]?.operations[0]?.op).toBe("merge");
    expect(suggestions.every((suggestion) => suggestion.introduces.length === 0)).toBe(true);
    // Applying the first suggestion through the API really resolves D-PH-04.
    const operation = forCap[0]?.operations[0];
    if (!operation) throw new Error("no operation suggested");
    await api.plan.addOperation({ id: plan.id, version: 1, phaseIndex: 0, operation });
    const report = await api.plan.evaluate({ id: plan.id });
    expect(report.phases[0]?.resolved.map((finding) => finding.ruleId)).toContain("D-PH-04");
  });

  it("applies the editor's edits together as one version, and refuses them all when one fails", async () => {
    const plan = await newCatHaiPlan();
    const saved = await api.plan.edit({
      id: plan.id,
      version: 1,
      edits: [
        { kind: "addOperation", phaseIndex: 0, operation: mergeHealthIntoCulture },
        { kind: "updatePhase", phaseIndex: 0, changes: { name: "Hợp nhất phòng" } },
      ],
    });
    expect(saved.version).toBe(2);
    expect(saved.document.phases[0]?.name).toBe("Hợp nhất phòng");
    expect(saved.document.phases[0]?.operations).toEqual([mergeHealthIntoCulture]);

    const refused = api.plan.edit({
      id: plan.id,
      version: 2,
      edits: [
        { kind: "updatePhase", phaseIndex: 0, changes: { name: "Không được lưu" } },
        { kind: "removePhase", phaseIndex: 0 },
      ],
    });
    expect((await refusal(refused)).appCode).toBe("LAST_PHASE");
    const stored = await api.plan.get({ id: plan.id });
    expect(stored.version).toBe(2);
    expect(stored.document.phases[0]?.name).toBe("Hợp nhất phòng");

    const stale = await refusal(
      api.plan.edit({
        id: plan.id,
        version: 1,
        edits: [{ kind: "removeOperation", phaseIndex: 0, operationIndex: 0 }],
      }),
    );
    expect(stale.appCode).toBe("PLAN_VERSION_CONFLICT");
  });

  it("answers an unknown plan with PLAN_NOT_FOUND", async () => {
    const missing = await refusal(api.plan.get({ id: "00000000-0000-4000-8000-000000000000" }));
    expect(missing).toMatchObject({ trpcCode: "NOT_FOUND", appCode: "PLAN_NOT_FOUND" });
  });
});

describe("reports kept per stored version of the plan", () => {
  /** Callers sharing one report cache, as the requests of one server process do; counts evaluations. */
  function sharingReports() {
    const planReports = createPlanReportCache();
    let evaluations = 0;
    const counting: PlanReportCache = {
      reportOf: (key, compute) =>
        planReports.reportOf(key, () => {
          evaluations += 1;
          return compute();
        }),
      size: planReports.size,
    };
    return {
      as: (actor: Actor | null) =>
        createCaller(
          createInnerContext({
            version: "test",
            repositories,
            actor,
            requestId: null,
            planReports: counting,
          }),
        ),
      evaluations: () => evaluations,
    };
  }

  const ruleIds = (findings: { ruleId: string }[] | undefined) => (findings ?? []).map((f) => f.ruleId);

  it("evaluates a version once, and the version an edit makes at once", async () => {
    const plan = await newCatHaiPlan();
    const shared = sharingReports();
    const officer = shared.as(testActors.catHaiOfficer);
    const reviewer = shared.as(testActors.reviewer);
    const before = await officer.plan.evaluate({ id: plan.id });
    expect(await reviewer.plan.evaluate({ id: plan.id })).toEqual(before);
    expect(shared.evaluations()).toBe(1);

    await officer.plan.addOperation({
      id: plan.id,
      version: 1,
      phaseIndex: 0,
      operation: mergeHealthIntoCulture,
    });
    const after = await reviewer.plan.evaluate({ id: plan.id });
    expect(shared.evaluations()).toBe(2);
    expect(ruleIds(before.phases[0]?.resolved)).not.toContain("D-PH-04");
    expect(ruleIds(after.phases[0]?.resolved)).toContain("D-PH-04");
    // What an evaluation of the stored document from scratch answers.
    const stored = await repositories.loadPlan(plan.id);
    const fresh = stored && evaluatePlan(stored.document);
    if (!fresh?.ok) throw new Error("the stored plan does not evaluate");
    expect(after).toEqual(planReportSchema.parse(toPlanReport(fresh.evaluation)));

    // Undoing the edit is a new version too: evaluated again, and the same as before the edit.
    await officer.plan.removeOperation({ id: plan.id, version: 2, phaseIndex: 0, operationIndex: 0 });
    expect(await officer.plan.evaluate({ id: plan.id })).toEqual(before);
    expect(shared.evaluations()).toBe(3);
  });

  it("still refuses whoever may not read the plan when its report is cached, and forgets a deleted plan", async () => {
    const plan = await newCatHaiPlan();
    const shared = sharingReports();
    await shared.as(testActors.catHaiOfficer).plan.evaluate({ id: plan.id });
    expect(
      (await refusal(shared.as(testActors.anDuongOfficer).plan.evaluate({ id: plan.id }))).trpcCode,
    ).toBe("FORBIDDEN");
    const otherProvince = { ...testActors.reviewer, userId: "reviewer-01", provinceCode: "01" };
    expect((await refusal(shared.as(otherProvince).plan.evaluate({ id: plan.id }))).trpcCode).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(shared.as(testActors.admin).plan.evaluate({ id: plan.id }))).trpcCode).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(shared.as(null).plan.evaluate({ id: plan.id }))).trpcCode).toBe("UNAUTHORIZED");
    // A viewer of the province may read it: from the cache.
    await shared.as(testActors.viewer).plan.evaluate({ id: plan.id });
    expect(shared.evaluations()).toBe(1);

    await shared.as(testActors.catHaiOfficer).plan.delete({ id: plan.id });
    expect(await refusal(shared.as(testActors.catHaiOfficer).plan.evaluate({ id: plan.id }))).toMatchObject({
      trpcCode: "NOT_FOUND",
      appCode: "PLAN_NOT_FOUND",
    });
  });

  it("reads a plan's header (what permissions and the cache need) as the whole plan's, without the document", async () => {
    const plan = await newCatHaiPlan();
    await api.plan.addOperation({
      id: plan.id,
      version: 1,
      phaseIndex: 0,
      operation: mergeHealthIntoCulture,
    });
    const whole = await repositories.loadPlan(plan.id);
    if (!whole) throw new Error("the plan was not stored");
    const { document: _document, ...header } = whole;
    expect(await repositories.loadPlanHeader(plan.id)).toEqual(header);
    expect(await repositories.loadPlanHeader("00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});
