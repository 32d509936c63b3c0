// tinhgon.snapshot/2 and tinhgon.plan/2 on a real PostgreSQL (ADR 0036): the API imports /1 and /2 and
// exports /2; the commune level goes through the tree, the counts, the limits, the search and the
// personal-data filter; plan documents stored as /1 (before migration 20261130083432_snapshot_format_2, or
// by an older server instance) are read as /2, and the migration's own SQL rewrites them; the seeded 2026
// demo shows C26-DEP-01's transitional surplus and C26-ORG-01's missing economy phòng.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { AppError } from "@tinhgon/api";
import {
  buildHaiPhong2026Snapshot,
  createDatabase,
  createRepositories,
  type Database,
  DEMO_2026_SNAPSHOT_NAME,
  DEMO_SNAPSHOT_NAME,
  repositoryRoot,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import { parsePlan, parseSnapshot, PLAN_FORMAT, type Snapshot, SNAPSHOT_FORMAT } from "@tinhgon/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { callersFor } from "../support/callers.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
let db: Database;
let callers: ReturnType<typeof callersFor>;

function readJson(...path: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repositoryRoot, ...path), "utf8")) as Record<string, unknown>;
}

function parsed(document: unknown): Snapshot {
  const result = parseSnapshot(document);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.value;
}

async function problemsOf(call: Promise<unknown>): Promise<{ code: string; paths: string[] }> {
  try {
    await call;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof AppError)
      return { code: cause.code, paths: cause.problems.map((problem) => problem.path) };
    throw error;
  }
  throw new Error("expected a refusal");
}

/** The data statements of the migration, exactly as committed (everything from its "-- Data:" comment). */
function migrationDataStatements(): string {
  const sql = readFileSync(
    join(repositoryRoot, "prisma/migrations/20261130083432_snapshot_format_2/migration.sql"),
    "utf8",
  );
  const start = sql.indexOf("-- Data:");
  if (start < 0) throw new Error("the migration has no data section");
  return sql.slice(start);
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ url: database.url });
  callers = callersFor(createRepositories(db));
  expect(await seedDemoDataIfEmpty(db)).toEqual({ seeded: true });
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("snapshot import and export", () => {
  it("imports a tinhgon.snapshot/1 document and exports it as /2, content unchanged", async () => {
    const api = callers.reviewer("31");
    const v1 = readJson("examples", "cat-hai-2021.snapshot.json");
    expect(v1.format).toBe("tinhgon.snapshot/1");
    const { id } = await api.snapshot.import({ name: "Cát Hải /1", document: v1 });
    const exported = await api.snapshot.export({ id });
    expect(exported.format).toBe(SNAPSHOT_FORMAT);
    expect(exported.communes).toEqual([]);
    expect(exported.province.communesComplete).toBe(false);
    expect(exported).toEqual(parsed(v1));
    // The export imports back to the same document.
    const again = await api.snapshot.import({ name: "Cát Hải /2", document: exported });
    expect(await api.snapshot.export({ id: again.id })).toEqual(exported);
  });

  it("imports a /2 document with communes and reorganisedOn and exports exactly it", async () => {
    const api = callers.reviewer("31");
    const haiPhong2026 = buildHaiPhong2026Snapshot();
    const document = JSON.parse(JSON.stringify(haiPhong2026)) as unknown;
    const { id } = await api.snapshot.import({ name: "Hải Phòng 2026 nhập lại", document });
    expect(await api.snapshot.export({ id })).toEqual(haiPhong2026);
    const listed = (await api.snapshot.list({ provinceCode: "31" })).find((row) => row.id === id);
    expect(listed).toMatchObject({
      agencyCount: haiPhong2026.agencies.length,
      districtCount: 0,
      communeCount: haiPhong2026.communes.length,
    });
  });

  it("refuses a /1 document that uses a /2 field, naming each field", async () => {
    const api = callers.reviewer("31");
    const v1 = readJson("examples", "cat-hai-2021.snapshot.json");
    const refusal = await problemsOf(
      api.snapshot.import({
        name: "Cát Hải /1 sai",
        document: { ...v1, communes: buildHaiPhong2026Snapshot().communes.slice(0, 1) },
      }),
    );
    expect(refusal).toEqual({ code: "DOCUMENT_INVALID", paths: ["communes"] });
  });

  it("hides a commune organisation's staff list from a viewer, not from the reviewer", async () => {
    const api = callers.reviewer("31");
    const base = buildHaiPhong2026Snapshot();
    const document: Snapshot = {
      ...base,
      communes: base.communes.map((commune, index) =>
        index === 0
          ? {
              ...commune,
              organisations: commune.organisations.map((organisation, position) =>
                position === 0
                  ? {
                      ...organisation,
                      staff: [
                        {
                          id: "hp26-cb-1",
                          fullName: "Vũ Thị Hải",
                          birthDate: "1982-03-04",
                          gender: "female",
                          positionId: null,
                          role: "head",
                          rank: null,
                        },
                      ],
                    }
                  : organisation,
              ),
            }
          : commune,
      ),
    };
    const { id } = await api.snapshot.import({ name: "2026 có nhân sự", document });
    expect(JSON.stringify(await api.snapshot.export({ id }))).toContain("Vũ Thị Hải");
    const viewer = callers.as(testActors.viewer);
    expect(JSON.stringify(await viewer.snapshot.export({ id }))).not.toContain("Vũ Thị Hải");
    const tree = await viewer.org.tree({ provinceCode: "31", snapshotId: id });
    expect(tree.document.communes[0]?.organisations[0]).toMatchObject({
      payroll: expect.any(Number) as unknown,
    });
    expect(tree.document.communes[0]?.organisations[0]?.staff).toBeUndefined();
  });
});

describe("the seeded 2026 demo (snapshot/2)", () => {
  async function demo2026Id(): Promise<string> {
    const found = (await callers.reviewer("31").snapshot.list({ provinceCode: "31" })).find(
      (row) => row.name === DEMO_2026_SNAPSHOT_NAME,
    );
    if (!found) throw new Error("the 2026 demo was not seeded");
    return found.id;
  }

  it("is seeded beside the 2021 data sets, which keep their content", async () => {
    const listed = await callers.reviewer("31").snapshot.list({ provinceCode: "31" });
    expect(listed.map((row) => row.name)).toEqual(
      expect.arrayContaining([DEMO_2026_SNAPSHOT_NAME, DEMO_SNAPSHOT_NAME]),
    );
    expect(listed.find((row) => row.name === DEMO_2026_SNAPSHOT_NAME)).toMatchObject({
      asOf: "2026-03-01",
      agencyCount: 14,
      districtCount: 0,
      communeCount: 8,
    });
  });

  it("shows today's law: C26-DEP-01 transitional at Đặc khu Cát Hải until 01/07/2030, C26-ORG-01 at Phường Lê Chân", async () => {
    const report = await callers.reviewer("31").compliance.check({ snapshotId: await demo2026Id() });
    expect(report.ruleSet).toBe("RS-2026");
    expect(report.findings.filter((finding) => finding.ruleId.startsWith("C26-"))).toMatchObject([
      {
        ruleId: "C26-DEP-01",
        severity: "transitional",
        deadline: "2030-07-01",
        subject: { type: "commune", id: "dac-khu-cat-hai" },
        actual: 10,
        limit: 8,
      },
      { ruleId: "C26-ORG-01", severity: "violation", subject: { type: "commune", id: "phuong-le-chan" } },
    ]);
    // Nothing else is wrong on purpose: the rest of the demo is compliant or only informative.
    expect(
      report.findings.filter((finding) => finding.severity === "violation").map((finding) => finding.ruleId),
    ).toEqual(["C26-ORG-01"]);
  });

  it("org.limits: a commune-level unit's deputy pool, asked for the unit or one of its organisations", async () => {
    const api = callers.as(testActors.viewer);
    const snapshotId = await demo2026Id();
    for (const id of ["dac-khu-cat-hai", "dac-khu-cat-hai-van-phong"]) {
      const { limits } = await api.org.limits({ snapshotId, id });
      expect(limits).toEqual([
        expect.objectContaining({
          ruleId: "C26-DEP-01",
          measure: "communeDeputies",
          subject: { type: "commune", id: "dac-khu-cat-hai" },
          actual: 10,
          limit: 8,
          exceeded: true,
        }),
      ]);
    }
  });
});

describe("stored plan documents", () => {
  const planV1 = readJson("examples", "cat-hai-2021.plan.json");

  it("a /1 plan imported through the API is stored and exported as /2", async () => {
    const officer = callers.districtOfficer("cat-hai");
    expect(planV1.format).toBe("tinhgon.plan/1");
    const stored = await officer.plan.import({ document: planV1, districtId: "cat-hai" });
    const exported = await officer.plan.export({ id: stored.id });
    expect(exported.format).toBe(PLAN_FORMAT);
    expect(exported.baseline.format).toBe(SNAPSHOT_FORMAT);
    const raw = await db.plan.findUniqueOrThrow({ where: { id: stored.id }, select: { document: true } });
    expect((raw.document as { format: string }).format).toBe(PLAN_FORMAT);
  });

  it("a /1 document stored before the migration (plan and review round) is read as /2, then rewritten by the migration's SQL", async () => {
    const officer = callers.districtOfficer("cat-hai");
    const stored = await officer.plan.import({ document: planV1, districtId: "cat-hai" });
    const submitted = await officer.review.submit({ id: stored.id, version: stored.version });
    expect(submitted.status).toBe("submitted");
    // As the rows were before the migration: /1 documents with /1 baselines.
    await db.$executeRaw`UPDATE plan SET document = ${JSON.stringify(planV1)}::jsonb WHERE id = ${stored.id}::uuid`;
    await db.$executeRaw`UPDATE plan_round SET document = ${JSON.stringify(planV1)}::jsonb WHERE plan_id = ${stored.id}::uuid`;

    const expected = parsePlan(planV1);
    if (!expected.ok) throw new Error("the example plan is invalid");
    expect(expected.value.format).toBe(PLAN_FORMAT);
    // Read as it is stored (an older instance's write, or a database not yet migrated).
    const read = await officer.plan.get({ id: stored.id });
    expect(read.document).toEqual(expected.value);
    expect(await officer.plan.export({ id: stored.id })).toEqual(expected.value);
    const status = await callers.reviewer("31").review.status({ id: stored.id });
    expect(status.rounds).toHaveLength(1);

    // The migration's data statements, as committed, rewrite exactly the two format strings.
    await db.$executeRawUnsafe(migrationDataStatements());
    const raw = await db.plan.findUniqueOrThrow({ where: { id: stored.id }, select: { document: true } });
    expect(raw.document).toEqual({
      ...planV1,
      format: PLAN_FORMAT,
      baseline: { ...(planV1.baseline as object), format: SNAPSHOT_FORMAT },
    });
    const round = await db.planRound.findFirstOrThrow({
      where: { planId: stored.id },
      select: { document: true },
    });
    expect((round.document as { format: string; baseline: { format: string } }).format).toBe(PLAN_FORMAT);
    expect((round.document as { baseline: { format: string } }).baseline.format).toBe(SNAPSHOT_FORMAT);
    expect((await officer.plan.get({ id: stored.id })).document).toEqual(expected.value);
  });

  it("a district's plan from a snapshot with communes holds none of them; a province-wide plan holds them all", async () => {
    const snapshotId = (await callers.reviewer("31").snapshot.list({ provinceCode: "31" })).find(
      (row) => row.name === DEMO_2026_SNAPSHOT_NAME,
    )?.id;
    if (snapshotId === undefined) throw new Error("no 2026 demo");
    const reviewer = callers.reviewer("31");
    const provinceWide = await reviewer.plan.create({
      snapshotId,
      title: "Sắp xếp cấp xã 2026",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2026-04-01" },
    });
    expect(provinceWide.document.baseline.communes).toHaveLength(8);
    const agencyPlan = await callers.agencyOfficer("hp26-so-noi-vu").plan.create({
      snapshotId,
      title: "Sắp xếp Sở Nội vụ",
      agencyId: "hp26-so-noi-vu",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2026-04-01" },
    });
    expect(agencyPlan.document.baseline.communes).toEqual([]);
    expect(agencyPlan.document.baseline.province.communesComplete).toBe(false);
  });
});
