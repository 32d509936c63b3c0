// compliance.compare through createCaller on a real PostgreSQL database seeded with the Hải Phòng demo
// data: a stored snapshot or a stored plan after a phase under two rule packs. Oracles: the pure domain
// (compareUnderRulePacks on the seed's own document, compliance.check with an explicit rule set) and
// the numbers of the seed worked out under RS-2014 and RS-2020.
import { AppError, type AppErrorCode } from "@tinhgon/api";
import {
  buildHaiPhongSnapshot,
  createDatabase,
  createRepositories,
  type Database,
  DEMO_SNAPSHOT_NAME,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import { compareUnderRulePacks, type Finding } from "@tinhgon/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Caller, callersFor } from "../support/callers.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let testDatabase: TestDatabase;
let db: Database;
/** The province's reviewer reads everything. */
let api: Caller;
let callers: ReturnType<typeof callersFor>;
let snapshotId = "";

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
  expect(await seedDemoDataIfEmpty(db)).toEqual({ seeded: true });
  callers = callersFor(createRepositories(db));
  api = callers.reviewer("31");
  const snapshots = await api.snapshot.list({ provinceCode: "31" });
  snapshotId = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id ?? "";
  expect(snapshotId).not.toBe("");
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

/** The app error a call is refused with, after checking its tRPC code. */
async function refusal(call: Promise<unknown>, trpcCode: string, appCode: AppErrorCode): Promise<AppError> {
  const caught: unknown = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(caught instanceof TRPCError)) throw new Error("expected the call to be refused");
  expect(caught.code).toBe(trpcCode);
  if (!(caught.cause instanceof AppError)) throw new Error("the cause is not an AppError");
  expect(caught.cause.code).toBe(appCode);
  return caught.cause;
}

function ids(findings: readonly Finding[], ruleId: string): string[] {
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.subject.id);
}

describe("compliance.compare: a stored snapshot", () => {
  it("Hải Phòng 30/06/2021 under RS-2014 and RS-2020: 49 findings appear, 8 disappear, 9 remain", async () => {
    const comparison = await api.compliance.compare({ snapshotId, ruleSets: ["RS-2014", "RS-2020"] });
    expect(comparison.ruleSets).toEqual(["RS-2014", "RS-2020"]);
    expect(comparison.structure).toEqual({ kind: "snapshot", asOf: "2021-06-30" });
    expect(comparison.reports[0].summary).toEqual({ violations: 10, warnings: 2, transitional: 0, info: 5 });
    expect(comparison.reports[1].summary).toEqual({ violations: 28, warnings: 25, transitional: 0, info: 5 });
    expect(comparison.counts).toEqual({
      appeared: { violations: 26, warnings: 23, transitional: 0, info: 0 },
      disappeared: { violations: 8, warnings: 0, transitional: 0, info: 0 },
      remained: { violations: 2, warnings: 2, transitional: 0, info: 5 },
    });
    // RS-2014's cap of 3 deputy directors per sở (P-LEG-01) goes; six sở had 4.
    expect(ids(comparison.disappeared, "P-LEG-01")).toEqual([
      "hp-so-noi-vu",
      "hp-so-nn-ptnt",
      "hp-so-tttt",
      "hp-so-khcn",
      "hp-so-gddt",
      "hp-so-vp-ubnd",
    ]);
    // Decree 107/2020's establishment minimum (6 for a class I city) catches four phòng of payroll 5.
    expect(ids(comparison.appeared, "P-EST-01")).toEqual([
      "hp-so-ldtbxh-p2",
      "hp-so-ldtbxh-p4",
      "hp-so-gddt-p4",
      "hp-so-ngoai-vu-p1",
    ]);
    // Cát Hải's island cap (D-PH-04, 11 > 10) holds under both.
    expect(ids(comparison.remained, "D-PH-04")).toEqual(["cat-hai"]);
  });

  it("equals the pure domain on the seed's document, and each report equals compliance.check with that pack", async () => {
    const comparison = await api.compliance.compare({ snapshotId, ruleSets: ["RS-2020", "RS-2014"] });
    const pure = compareUnderRulePacks(buildHaiPhongSnapshot(), "RS-2020", "RS-2014");
    if (!pure.ok) throw new Error(pure.failure.message.en);
    expect(comparison).toStrictEqual(pure.comparison);
    expect(comparison.reports[0]).toStrictEqual(
      await api.compliance.check({ snapshotId, ruleSet: "RS-2020" }),
    );
    expect(comparison.reports[1]).toStrictEqual(
      await api.compliance.check({ snapshotId, ruleSet: "RS-2014" }),
    );
  });

  it("refuses an unknown pack, an unknown snapshot and a malformed pair", async () => {
    const unknownPack = await refusal(
      api.compliance.compare({ snapshotId, ruleSets: ["RS-2014", "RS-2099"] }),
      "BAD_REQUEST",
      "UNKNOWN_RULE_PACK",
    );
    expect(unknownPack.localized.vi).toContain('"RS-2099"');
    await refusal(
      api.compliance.compare({
        snapshotId: "00000000-0000-4000-8000-000000000000",
        ruleSets: ["RS-2014", "RS-2020"],
      }),
      "NOT_FOUND",
      "SNAPSHOT_NOT_FOUND",
    );
    const single: unknown = { snapshotId, ruleSets: ["RS-2014"] };
    const malformed: unknown = await api.compliance
      .compare(single as { snapshotId: string; ruleSets: [string, string] })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(malformed).toBeInstanceOf(TRPCError);
    expect((malformed as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("compliance.compare: a stored plan after a phase", () => {
  async function catHaiPlan() {
    const officer = callers.districtOfficer("cat-hai");
    const plan = await officer.plan.create({
      snapshotId,
      title: "Sắp xếp phòng chuyên môn huyện Cát Hải",
      districtId: "cat-hai",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
    });
    const merged = await officer.plan.addOperation({
      id: plan.id,
      version: plan.version,
      phaseIndex: 0,
      operation: {
        op: "merge",
        ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
        into: { id: "cat-hai-van-hoa-thong-tin-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
      },
    });
    return merged;
  }

  it("the last phase by default: the island cap is met after the merge; the baseline still breaks it", async () => {
    const plan = await catHaiPlan();
    const afterMerge = await api.compliance.compare({ planId: plan.id, ruleSets: ["RS-2014", "RS-2020"] });
    expect(afterMerge.structure).toEqual({
      kind: "plan",
      asOf: "2021-07-01",
      phaseIndex: 0,
      stepName: { vi: "Giai đoạn 1", en: "Giai đoạn 1" },
    });
    expect(
      [...afterMerge.reports[0].findings, ...afterMerge.reports[1].findings].map((f) => f.ruleId),
    ).not.toContain("D-PH-04");
    // 23 deputies over 10 phòng: over RS-2020's district average (2 × 10 = 20).
    const pool = afterMerge.appeared.find(
      (finding) => finding.ruleId === "D-DEP-01" && finding.severity === "violation",
    );
    expect(pool).toMatchObject({ actual: 23, limit: 20, subject: { type: "district", id: "cat-hai" } });

    const baseline = await api.compliance.compare({
      planId: plan.id,
      phaseIndex: "baseline",
      ruleSets: ["RS-2014", "RS-2020"],
    });
    expect(ids(baseline.remained, "D-PH-04")).toEqual(["cat-hai"]);
    expect(baseline.structure).toMatchObject({ kind: "plan", phaseIndex: "baseline", asOf: "2021-06-30" });
  });

  it("refuses a phase the plan does not have and a plan that does not exist", async () => {
    const plan = await catHaiPlan();
    await refusal(
      api.compliance.compare({ planId: plan.id, phaseIndex: 3, ruleSets: ["RS-2014", "RS-2020"] }),
      "NOT_FOUND",
      "PHASE_NOT_FOUND",
    );
    await refusal(
      api.compliance.compare({
        planId: "00000000-0000-4000-8000-000000000001",
        ruleSets: ["RS-2014", "RS-2020"],
      }),
      "NOT_FOUND",
      "PLAN_NOT_FOUND",
    );
  });
});
