// The authorisation matrix, generated from the router: every procedure × every role (the test actors
// and an anonymous caller) × the record scopes its sample names (own district or sở, another one, the
// province, the same keys in another province), through createCaller on a real seeded PostgreSQL.
// The expected decision comes from the truth table below — per policy kind, role and relation to the
// record — written here independently of packages/api/src/permissions.ts (never by calling isAllowed).
// A procedure without a declared permission, a permission without a procedure, or a procedure without
// samples (support/procedure-samples.ts) fails the suite.
import {
  AppError,
  appRouter,
  createCaller,
  createInnerContext,
  type Policy,
  procedurePermissions,
} from "@tinhgon/api";
import {
  createDatabase,
  createRepositories,
  type Database,
  DEMO_SNAPSHOT_NAME,
  type Repositories,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import type { Actor, Role } from "@tinhgon/domain";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { testActors } from "../support/actors.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  createSampleFixture,
  type FixtureCall,
  HOME_PROVINCE,
  OTHER_PROVINCE,
  planDocument,
  procedureSamples,
  type Target,
  type TargetName,
  targets,
  readOnlyMutations,
  workDocument,
} from "../support/procedure-samples.ts";

// ---------------------------------------------------------------------------------------------------
// The truth table. Relation of the caller to the record the input names:
//   own      — the caller's own scope (its district, its sở; a reviewer's province-wide records)
//   province — another scope of the caller's province (another district or sở; for a reviewer or a
//              viewer, any district's or sở's record)
//   foreign  — a record of another province (an administrator belongs to no province)
//   none     — the input names no stored record (lists, uploads, health)
// Cells: Y allowed, N refused, - cannot happen (a test bug if it does).
// ---------------------------------------------------------------------------------------------------
type Relation = "own" | "province" | "foreign" | "none";
type Caller = Role | "anonymous";

const relations: readonly Relation[] = ["own", "province", "foreign", "none"];

//                              own province foreign none
const truthTable: Record<Policy, Record<Caller, string>> = {
  public: {
    anonymous: /*           */ "---Y",
    district_officer: /*    */ "---Y",
    agency_officer: /*      */ "---Y",
    provincial_reviewer: /* */ "---Y",
    viewer: /*              */ "---Y",
    admin: /*               */ "---Y",
  },
  signed_in: {
    anonymous: /*           */ "---N",
    district_officer: /*    */ "---Y",
    agency_officer: /*      */ "---Y",
    provincial_reviewer: /* */ "---Y",
    viewer: /*              */ "---Y",
    admin: /*               */ "---Y",
  },
  admin: {
    anonymous: /*           */ "---N",
    district_officer: /*    */ "---N",
    agency_officer: /*      */ "---N",
    provincial_reviewer: /* */ "---N",
    viewer: /*              */ "---N",
    admin: /*               */ "---Y",
  },
  // Reading the structure: everyone of the province; an upload is checked for whoever sends it.
  read_structure: {
    anonymous: /*           */ "NNNN",
    district_officer: /*    */ "YYNY",
    agency_officer: /*      */ "YYNY",
    provincial_reviewer: /* */ "YYNY",
    viewer: /*              */ "-YNY",
    admin: /*               */ "--NN",
  },
  // Importing and deleting data sets: the province's reviewers (Sở Nội vụ).
  manage_snapshots: {
    anonymous: /*           */ "NNN-",
    district_officer: /*    */ "-NN-",
    agency_officer: /*      */ "-NN-",
    provincial_reviewer: /* */ "YYN-",
    viewer: /*              */ "-NN-",
    admin: /*               */ "--N-",
  },
  // Editing structure nodes: the officer of the district or sở they belong to, nobody else.
  edit_structure: {
    anonymous: /*           */ "NNN-",
    district_officer: /*    */ "YNN-",
    agency_officer: /*      */ "YNN-",
    provincial_reviewer: /* */ "-NN-",
    viewer: /*              */ "-NN-",
    admin: /*               */ "--N-",
  },
  // Drafting, editing, submitting, withdrawing, deleting a plan: its owner (reviewers own province-wide plans).
  own_plan: {
    anonymous: /*           */ "NNN-",
    district_officer: /*    */ "YNN-",
    agency_officer: /*      */ "YNN-",
    provincial_reviewer: /* */ "YNN-",
    viewer: /*              */ "-NN-",
    admin: /*               */ "--N-",
  },
  // Reading a plan: its owner, and the province's reviewers and viewers.
  read_plan: {
    anonymous: /*           */ "NNN-",
    district_officer: /*    */ "YNN-",
    agency_officer: /*      */ "YNN-",
    provincial_reviewer: /* */ "YYN-",
    viewer: /*              */ "-YN-",
    admin: /*               */ "--N-",
  },
  // What names people (the deputy roadmap): the owner and the province's reviewers, not viewers.
  read_plan_personal: {
    anonymous: /*           */ "NNN-",
    district_officer: /*    */ "YNN-",
    agency_officer: /*      */ "YNN-",
    provincial_reviewer: /* */ "YYN-",
    viewer: /*              */ "-NN-",
    admin: /*               */ "--N-",
  },
  // Start review, return, approve: the province's reviewers; an officer never reviews its own plan.
  review_plan: {
    anonymous: /*           */ "NNN-",
    district_officer: /*    */ "NNN-",
    agency_officer: /*      */ "NNN-",
    provincial_reviewer: /* */ "YYN-",
    viewer: /*              */ "-NN-",
    admin: /*               */ "--N-",
  },
  // Commenting: the owner and the province's reviewers.
  discuss_plan: {
    anonymous: /*           */ "NNN-",
    district_officer: /*    */ "YNN-",
    agency_officer: /*      */ "YNN-",
    provincial_reviewer: /* */ "YYN-",
    viewer: /*              */ "-NN-",
    admin: /*               */ "--N-",
  },
};

type ActorName = keyof typeof testActors | "anonymous";
const actorNames: readonly ActorName[] = [
  ...(Object.keys(testActors) as (keyof typeof testActors)[]),
  "anonymous",
];

/** Who owns each target among the test actors (written out, not computed by the domain's ownsScope). */
const owners: Record<TargetName, readonly ActorName[]> = {
  none: [],
  catHai: ["catHaiOfficer"],
  anDuong: ["anDuongOfficer"],
  noiVu: ["noiVuOfficer"],
  tuPhap: [],
  province: ["reviewer", "secondReviewer"],
  foreignCatHai: [],
  foreignNoiVu: [],
  foreignProvince: ["otherProvinceReviewer"],
};

function actorOf(name: ActorName): Actor | null {
  return name === "anonymous" ? null : testActors[name];
}

function relationOf(name: ActorName, target: Target): Relation {
  if (target.name === "none") return "none";
  if (owners[target.name].includes(name)) return "own";
  const actor = actorOf(name);
  return actor !== null && actor.provinceCode === target.provinceCode ? "province" : "foreign";
}

function expectedDecision(policy: Policy, name: ActorName, target: Target): "allowed" | "denied" {
  const caller: Caller = name === "anonymous" ? "anonymous" : testActors[name].role;
  const relation = relationOf(name, target);
  const cell = truthTable[policy][caller][relations.indexOf(relation)];
  if (cell === "Y") return "allowed";
  if (cell === "N") return "denied";
  throw new Error(`no expectation for ${policy} × ${caller} × ${relation} (target ${target.name})`);
}

// ---------------------------------------------------------------------------------------------------
// The procedures, from the router itself.
// ---------------------------------------------------------------------------------------------------
// tRPC keeps a flat map of the procedures by path ("plan.edit"); its declared type is the nested one.
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: "query" | "mutation" | "subscription" } }
>;
const procedurePaths = Object.keys(procedures).sort();

let testDatabase: TestDatabase;
let db: Database;
let repositories: Repositories;
let auditClient: pg.Client;
let demoSnapshotId = "";
const workSnapshotIds = new Map<string, string>();

const callers = new Map<string, ReturnType<typeof createCaller>>();
function callerFor(actor: Actor | null): ReturnType<typeof createCaller> {
  const key = actor?.userId ?? "anonymous";
  let caller = callers.get(key);
  if (!caller) {
    caller = createCaller(createInnerContext({ version: "test", repositories, actor, requestId: null }));
    callers.set(key, caller);
  }
  return caller;
}

/** Calls a procedure by its path, as the actor (null: anonymous). */
function call(actor: Actor | null, path: string, input: unknown): Promise<unknown> {
  let procedure: unknown = callerFor(actor);
  for (const part of path.split(".")) procedure = (procedure as Record<string, unknown>)[part];
  if (typeof procedure !== "function") throw new Error(`no procedure ${path} on the caller`);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

/** Actors that only set up records: owners of each target's scope, and a reviewer of each province. */
function fixtureActor(role: "owner" | "reviewer", target: Target): Actor {
  const provinceCode = target.provinceCode ?? HOME_PROVINCE;
  const base = { name: "Người dựng dữ liệu thử", email: "fixture@thu-nghiem.local", provinceCode };
  if (role === "reviewer")
    return {
      ...base,
      userId: `fixture-reviewer-${provinceCode}`,
      role: "provincial_reviewer",
      districtKey: null,
      agencyKey: null,
    };
  if (target.districtKey !== null)
    return {
      ...base,
      userId: `fixture-${target.name}`,
      role: "district_officer",
      districtKey: target.districtKey,
      agencyKey: null,
    };
  if (target.agencyKey !== null)
    return {
      ...base,
      userId: `fixture-${target.name}`,
      role: "agency_officer",
      districtKey: null,
      agencyKey: target.agencyKey,
    };
  return {
    ...base,
    userId: `fixture-owner-${provinceCode}`,
    role: "provincial_reviewer",
    districtKey: null,
    agencyKey: null,
  };
}

const fixtureCall: FixtureCall = (role, target, _kind, path, input) =>
  call(fixtureActor(role, target), path, input);

let counter = 0;
const unique = () => `m${(counter++).toString(36)}`;

function workSnapshotOf(target: Target): string {
  const id = workSnapshotIds.get(target.provinceCode ?? "");
  if (id === undefined) throw new Error(`no work data set for target ${target.name}`);
  return id;
}

/** Records shared by the calls that must not change them (refusals, reads), by sharing key and target. */
const sharedRecords = new Map<string, Promise<unknown>>();

/** The last audit event's sequence number (the primary key: no scan of the table). */
async function lastAuditSeq(): Promise<string> {
  const result = await auditClient.query<{ seq: string }>(
    "SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event",
  );
  return result.rows[0]?.seq ?? "0";
}

/** Audit events appended after `seq`. */
async function auditEventsSince(seq: string): Promise<number> {
  const result = await auditClient.query<{ count: string }>(
    "SELECT count(*)::text AS count FROM audit_event WHERE seq > $1",
    [seq],
  );
  return Number(result.rows[0]?.count ?? "0");
}

type Outcome = { ok: true } | { ok: false; code: string; appCode: string | undefined; message: string };

async function outcomeOf(promise: Promise<unknown>): Promise<Outcome> {
  try {
    await promise;
    return { ok: true };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const appCode = error.cause instanceof AppError ? error.cause.code : undefined;
    return { ok: false, code: error.code, appCode, message: error.message };
  }
}

function isRefusal(outcome: Outcome): boolean {
  return !outcome.ok && (outcome.code === "UNAUTHORIZED" || outcome.code === "FORBIDDEN");
}

function describeOutcome(outcome: Outcome): string {
  return outcome.ok ? "ok" : `${outcome.code}/${String(outcome.appCode)}`;
}

/** Every allowed call, by outcome, for the summary printed at the end. */
const allowedOutcomes = new Map<string, number>();

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
  await seedDemoDataIfEmpty(db);
  repositories = createRepositories(db);
  auditClient = new pg.Client({ connectionString: testDatabase.url });
  await auditClient.connect();

  const home = targets.province;
  const snapshots = z
    .array(z.object({ id: z.string(), name: z.string() }))
    .parse(await call(fixtureActor("reviewer", home), "snapshot.list", { provinceCode: HOME_PROVINCE }));
  demoSnapshotId = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id ?? "";
  expect(demoSnapshotId).not.toBe("");
  // Small data sets (two districts, two sở) keep structure edits cheap: an edit rewrites its data set.
  for (const target of [targets.province, targets.foreignProvince]) {
    const provinceCode = target.provinceCode ?? "";
    const { id } = z.object({ id: z.string() }).parse(
      await call(fixtureActor("reviewer", target), "snapshot.import", {
        name: "Dữ liệu ma trận quyền (thử nghiệm)",
        document: workDocument(provinceCode),
      }),
    );
    workSnapshotIds.set(provinceCode, id);
  }
});

afterAll(async () => {
  const summary = [...allowedOutcomes.entries()].map(([outcome, count]) => `${outcome}: ${String(count)}`);
  console.info(`authorisation matrix — outcomes of allowed calls: ${summary.join(", ")}`);
  await auditClient.end();
  await db.$disconnect();
  await testDatabase.drop();
});

describe("the permission table covers the router exactly", () => {
  it("every procedure has a declared permission", () => {
    const declared = new Set(Object.keys(procedurePermissions));
    expect(procedurePaths.filter((path) => !declared.has(path))).toEqual([]);
  });

  it("every declared permission names an existing procedure", () => {
    expect(Object.keys(procedurePermissions).filter((path) => !(path in procedures))).toEqual([]);
  });

  it("every procedure has samples, and no sample names a missing procedure", () => {
    expect(procedurePaths.filter((path) => !(path in procedureSamples))).toEqual([]);
    expect(Object.keys(procedureSamples).filter((path) => !(path in procedures))).toEqual([]);
  });

  it("every scoped sample names records in its own province and in another one", () => {
    const unscoped = new Set<Policy>(["public", "signed_in", "admin"]);
    const missing: string[] = [];
    for (const [path, variants] of Object.entries(procedureSamples)) {
      for (const variant of variants) {
        if (variant.targets.length === 0) missing.push(`${path}: no targets`);
        if (unscoped.has(variant.policy) || variant.targets.includes("none")) continue;
        const home = variant.targets.filter((name) => targets[name].provinceCode === HOME_PROVINCE);
        const other = variant.targets.filter((name) => targets[name].provinceCode === OTHER_PROVINCE);
        // Records of districts and sở: at least two of the home province (one's own and another's);
        // province-level records: the home province and another one.
        const belowProvince = variant.targets.some(
          (name) => targets[name].districtKey ?? targets[name].agencyKey,
        );
        if (home.length < (belowProvince ? 2 : 1) || other.length < 1)
          missing.push(`${path} (${variant.policy})`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("authorisation matrix", () => {
  it.each(procedurePaths)("%s", async (path) => {
    const variants = procedureSamples[path];
    if (!variants) throw new Error(`${path} has no samples in support/procedure-samples.ts`);
    const kind = procedures[path]?._def.type;
    const mismatches: string[] = [];
    let allowed = 0;
    let succeeded = 0;
    for (const variant of variants) {
      for (const targetName of variant.targets) {
        const target = targets[targetName];
        for (const name of actorNames) {
          const expected = expectedDecision(variant.policy, name, target);
          // A call that may change its record gets records of its own. A refusal changes nothing, so
          // refusals share records (per procedure for deletions, so that a deletion wrongly allowed
          // cannot turn other procedures' refusals into "not found"); reads share theirs.
          const fresh = expected === "allowed" && kind === "mutation" && !readOnlyMutations.has(path);
          const sharedKey = kind === "query" ? "reads" : /delete/i.test(path) ? path : "refusals";
          const fixture = createSampleFixture({
            call: fixtureCall,
            snapshotId: workSnapshotOf,
            unique,
            ...(fresh ? {} : { reuse: { cache: sharedRecords, key: sharedKey } }),
          });
          const input = await variant.input(fixture, target);
          const before = await lastAuditSeq();
          const outcome = await outcomeOf(call(actorOf(name), path, input));
          const appended = await auditEventsSince(before);
          const cell = `${name} × ${targetName} (${variant.policy}): expected ${expected}, got ${describeOutcome(outcome)}`;
          if (expected === "allowed") {
            allowed += 1;
            if (outcome.ok) succeeded += 1;
            if (isRefusal(outcome)) mismatches.push(cell);
            const key = describeOutcome(outcome);
            allowedOutcomes.set(key, (allowedOutcomes.get(key) ?? 0) + 1);
          } else {
            const want =
              name === "anonymous" ? ["UNAUTHORIZED", "UNAUTHENTICATED"] : ["FORBIDDEN", "FORBIDDEN"];
            if (outcome.ok || outcome.code !== want[0] || outcome.appCode !== want[1]) mismatches.push(cell);
          }
          // Every successful mutation appends exactly one audit event; anything else appends none. A
          // mutation that only reads (an upload checked, never saved) is one because its input is large.
          const writes = kind === "mutation" && !readOnlyMutations.has(path);
          const wantAppended = outcome.ok && writes ? 1 : 0;
          if (appended !== wantAppended)
            mismatches.push(
              `${name} × ${targetName}: ${String(appended)} audit events appended, expected ${String(wantAppended)}`,
            );
        }
      }
    }
    // An allowed call may still fail (not found, a conflict): but if none succeeds, the samples are wrong.
    if (allowed > 0 && succeeded === 0)
      mismatches.push(`none of the ${String(allowed)} allowed calls succeeded`);
    expect(mismatches).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Personal data: staff lists of Cát Hải's divisions (the demo data set) only for Cát Hải's officer and
// the province's reviewers.
// ---------------------------------------------------------------------------------------------------

/** Ids of the staff members anywhere in a response (every "staff" list, however deep). */
function staffIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(staffIds);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "staff" && Array.isArray(inner)
      ? inner.map((member) => String((member as { id?: unknown }).id))
      : staffIds(inner),
  );
}

const catHaiStaff = (value: unknown) => staffIds(value).filter((id) => id.startsWith("cat-hai-"));

describe("personal data of Cát Hải's divisions", () => {
  let catHaiPlanId = "";
  let provincePlanId = "";

  beforeAll(async () => {
    const firstPhaseInput = { name: "Giai đoạn 1", effectiveDate: "2021-07-01" };
    const created = z.object({ id: z.string() });
    catHaiPlanId = created.parse(
      await call(testActors.catHaiOfficer, "plan.create", {
        snapshotId: demoSnapshotId,
        title: "Phương án Cát Hải (dữ liệu cá nhân)",
        districtId: "cat-hai",
        firstPhase: firstPhaseInput,
      }),
    ).id;
    provincePlanId = created.parse(
      await call(testActors.reviewer, "plan.create", {
        snapshotId: demoSnapshotId,
        title: "Phương án toàn thành phố (dữ liệu cá nhân)",
        firstPhase: firstPhaseInput,
      }),
    ).id;
  });

  /** Reads of the demo data set; `staff`: whether Cát Hải's officer and the reviewer see staff in it. */
  const reads = (): { what: string; path: string; input: unknown; staff: boolean }[] => {
    const demo = { snapshotId: demoSnapshotId };
    return [
      {
        what: "org.unit (Văn phòng)",
        path: "org.unit",
        input: { ...demo, id: "cat-hai-van-phong" },
        staff: true,
      },
      {
        what: "org.unit (Phòng Kinh tế)",
        path: "org.unit",
        input: { ...demo, id: "cat-hai-kinh-te" },
        staff: true,
      },
      { what: "org.unit (the district)", path: "org.unit", input: { ...demo, id: "cat-hai" }, staff: true },
      { what: "org.tree", path: "org.tree", input: { ...demo, provinceCode: HOME_PROVINCE }, staff: true },
      // The latest data set of the province may be another one than the demo's.
      { what: "org.tree (latest)", path: "org.tree", input: { provinceCode: HOME_PROVINCE }, staff: false },
      { what: "snapshot.export", path: "snapshot.export", input: { id: demoSnapshotId }, staff: true },
      // Reads that never list people: checked for leaks only.
      { what: "org.limits", path: "org.limits", input: { ...demo, id: "cat-hai-van-phong" }, staff: false },
      {
        what: "positions.scheme",
        path: "positions.scheme",
        input: { ...demo, holderId: "cat-hai" },
        staff: false,
      },
      {
        what: "org.search",
        path: "org.search",
        input: { ...demo, query: "van phong", limit: 50 },
        staff: false,
      },
      { what: "compliance.check", path: "compliance.check", input: demo, staff: false },
    ];
  };

  it.each(["viewer", "anDuongOfficer"] as const)(
    "%s reads the structure without Cát Hải's staff",
    async (name) => {
      for (const read of reads()) {
        const answer = await call(testActors[name], read.path, read.input);
        expect(catHaiStaff(answer), read.what).toEqual([]);
      }
    },
  );

  it.each(["catHaiOfficer", "reviewer"] as const)("%s sees Cát Hải's staff", async (name) => {
    for (const read of reads().filter((candidate) => candidate.staff)) {
      const answer = await call(testActors[name], read.path, read.input);
      expect(catHaiStaff(answer).length, read.what).toBeGreaterThan(0);
    }
  });

  it("a viewer reads Cát Hải's plan and the province-wide plan without the staff lists", async () => {
    for (const id of [catHaiPlanId, provincePlanId]) {
      for (const path of ["plan.get", "plan.export"]) {
        const answer = await call(testActors.viewer, path, { id });
        expect(catHaiStaff(answer), `${path} ${id}`).toEqual([]);
      }
    }
  });

  it("the An Dương officer may not read Cát Hải's plan or the province-wide plan at all", async () => {
    for (const id of [catHaiPlanId, provincePlanId]) {
      const outcome = await outcomeOf(call(testActors.anDuongOfficer, "plan.get", { id }));
      expect(describeOutcome(outcome)).toBe("FORBIDDEN/FORBIDDEN");
    }
  });

  it("the Cát Hải officer and the reviewer see the staff in Cát Hải's plan", async () => {
    for (const name of ["catHaiOfficer", "reviewer"] as const) {
      const answer = await call(testActors[name], "plan.get", { id: catHaiPlanId });
      expect(catHaiStaff(answer).length, name).toBeGreaterThan(0);
    }
    const provinceWide = await call(testActors.reviewer, "plan.get", { id: provincePlanId });
    expect(catHaiStaff(provinceWide).length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// Lists return only the caller's province (and nothing for an administrator).
// ---------------------------------------------------------------------------------------------------
describe("lists stay inside the caller's province", () => {
  const listPaths = ["org.snapshots", "snapshot.list", "plan.list"] as const;
  const provinceOfItem = (item: unknown) => (item as { provinceCode?: unknown }).provinceCode;

  it("an administrator's lists are empty", async () => {
    for (const path of listPaths) expect(await call(testActors.admin, path, {}), path).toEqual([]);
  });

  it("another province's reviewer sees none of Hải Phòng's data sets or plans, whatever it asks for", async () => {
    for (const path of listPaths) {
      for (const input of [{}, { provinceCode: HOME_PROVINCE }]) {
        const items = z.array(z.unknown()).parse(await call(testActors.otherProvinceReviewer, path, input));
        expect(
          items.filter((item) => provinceOfItem(item) === HOME_PROVINCE),
          path,
        ).toEqual([]);
      }
    }
  });

  it("a district officer's plan list holds only its district's plans", async () => {
    const items = z
      .array(z.object({ districtKey: z.string().nullable(), agencyKey: z.string().nullable().optional() }))
      .parse(await call(testActors.anDuongOfficer, "plan.list", {}));
    expect(items.filter((item) => item.districtKey !== "an-duong")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// A plan belongs to one district or one sở: naming both would hand it to a second owner.
// ---------------------------------------------------------------------------------------------------
describe("a plan names one owner", () => {
  it.each(["plan.create", "plan.import"] as const)(
    "%s naming both the officer's district and another sở is refused and creates nothing",
    async (path) => {
      const input =
        path === "plan.create"
          ? {
              snapshotId: workSnapshotOf(targets.catHai),
              title: "Phương án hai chủ",
              districtId: "cat-hai",
              agencyId: "hp-so-tu-phap",
              firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
            }
          : { document: planDocument(targets.catHai), districtId: "cat-hai", agencyId: "hp-so-tu-phap" };
      const before = await lastAuditSeq();
      const outcome = await outcomeOf(call(testActors.catHaiOfficer, path, input));
      expect(outcome.ok, `${path} was accepted`).toBe(false);
      expect(await auditEventsSince(before)).toBe(0);
    },
  );
});
