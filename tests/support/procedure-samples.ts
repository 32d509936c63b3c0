// Sample inputs for every API procedure, keyed by procedure path, for the suites that call all of them
// (the authorisation matrix in integration/, the fuzzer in e2e/). Each sample names the record scopes
// it can act on ("targets": a district, a sở, the province, the same keys in another province) and the
// permission the use of the procedure should have — the intended policy, stated here independently of
// packages/api/src/permissions.ts so that a wrong declaration there is caught, not copied.
//
// Inputs are built by a fixture, which creates the records a call needs (a plan at a workflow stage, a
// phòng to delete, a data set to delete); how the fixture calls the API (in-process or over HTTP) is the
// suite's business (createSampleFixture).
import type { Policy } from "@tinhgon/api";
import { buildHaiPhongSnapshot } from "@tinhgon/db";
import { writeSnapshotWorkbook } from "@tinhgon/documents";
import type { Snapshot } from "@tinhgon/domain";
import { z } from "zod";

export type TargetName =
  | "none"
  | "catHai"
  | "anDuong"
  | "noiVu"
  | "tuPhap"
  | "province"
  | "foreignCatHai"
  | "foreignNoiVu"
  | "foreignProvince";

/** A scope a record can belong to. "none": the input names no stored record (lists, uploads). */
export interface Target {
  name: TargetName;
  provinceCode: string | null;
  districtKey: string | null;
  agencyKey: string | null;
}

/** The demo province (Hải Phòng, 31) and another one (Hà Nội, 01) holding the very same keys. */
export const HOME_PROVINCE = "31";
export const OTHER_PROVINCE = "01";

export const targets: Record<TargetName, Target> = {
  none: { name: "none", provinceCode: null, districtKey: null, agencyKey: null },
  catHai: { name: "catHai", provinceCode: HOME_PROVINCE, districtKey: "cat-hai", agencyKey: null },
  anDuong: { name: "anDuong", provinceCode: HOME_PROVINCE, districtKey: "an-duong", agencyKey: null },
  noiVu: { name: "noiVu", provinceCode: HOME_PROVINCE, districtKey: null, agencyKey: "hp-so-noi-vu" },
  tuPhap: { name: "tuPhap", provinceCode: HOME_PROVINCE, districtKey: null, agencyKey: "hp-so-tu-phap" },
  province: { name: "province", provinceCode: HOME_PROVINCE, districtKey: null, agencyKey: null },
  // Same district and sở keys in another province: a scope check must compare provinces, not only keys.
  foreignCatHai: {
    name: "foreignCatHai",
    provinceCode: OTHER_PROVINCE,
    districtKey: "cat-hai",
    agencyKey: null,
  },
  foreignNoiVu: {
    name: "foreignNoiVu",
    provinceCode: OTHER_PROVINCE,
    districtKey: null,
    agencyKey: "hp-so-noi-vu",
  },
  foreignProvince: {
    name: "foreignProvince",
    provinceCode: OTHER_PROVINCE,
    districtKey: null,
    agencyKey: null,
  },
};

const districtTargets = ["catHai", "anDuong", "foreignCatHai"] as const satisfies readonly TargetName[];
const agencyTargets = ["noiVu", "tuPhap", "foreignNoiVu"] as const satisfies readonly TargetName[];
const nodeTargets = [...districtTargets, ...agencyTargets] as const;
const provinceTargets = ["province", "foreignProvince"] as const satisfies readonly TargetName[];
const planTargets = [
  "catHai",
  "anDuong",
  "noiVu",
  "tuPhap",
  "province",
  "foreignCatHai",
  "foreignNoiVu",
  "foreignProvince",
] as const satisfies readonly TargetName[];
const noTarget = ["none"] as const satisfies readonly TargetName[];

function provinceOf(target: Target): string {
  if (target.provinceCode === null) throw new Error(`target ${target.name} names no province`);
  return target.provinceCode;
}

/** An existing node of the target's district or sở (present in the demo data and the work documents). */
export function nodeOf(target: Target): string {
  if (target.districtKey !== null) return `${target.districtKey}-tu-phap`;
  if (target.agencyKey !== null) return `${target.agencyKey}-p1`;
  throw new Error(`target ${target.name} has no node`);
}

/** Two nodes a plan of the target renames (so every sample plan has operations to move and remove). */
function renamedNodes(target: Target): [string, string] {
  if (target.districtKey !== null) return [`${target.districtKey}-noi-vu`, `${target.districtKey}-tu-phap`];
  if (target.agencyKey !== null) return [`${target.agencyKey}-p1`, `${target.agencyKey}-p2`];
  return ["hp-so-noi-vu-p1", "cat-hai-noi-vu"];
}

/** The plan-scope fields of plan.create and plan.import for the target. */
function scopeFields(target: Target): { districtId?: string; agencyId?: string } {
  if (target.districtKey !== null) return { districtId: target.districtKey };
  if (target.agencyKey !== null) return { agencyId: target.agencyKey };
  return {};
}

const workDocuments = new Map<string, Snapshot>();

/**
 * A small data set of a province: Cát Hải (with its staff lists) and An Dương, Sở Nội vụ and Sở Tư pháp
 * of the Hải Phòng demo data; for another province the same units under that province's code.
 */
export function workDocument(provinceCode: string): Snapshot {
  const cached = workDocuments.get(provinceCode);
  if (cached) return cached;
  const haiPhong = buildHaiPhongSnapshot();
  const document: Snapshot = {
    ...haiPhong,
    province:
      provinceCode === HOME_PROVINCE
        ? { ...haiPhong.province, agenciesComplete: false }
        : {
            ...haiPhong.province,
            code: provinceCode,
            name: "Thành phố Hà Nội",
            class: "special",
            agenciesComplete: false,
          },
    agencies: haiPhong.agencies.filter((agency) => ["hp-so-noi-vu", "hp-so-tu-phap"].includes(agency.id)),
    districts: haiPhong.districts.filter((district) => ["cat-hai", "an-duong"].includes(district.id)),
  };
  workDocuments.set(provinceCode, document);
  return document;
}

const workWorkbooks = new Map<string, Promise<string>>();

/** The work document of a province as an Excel workbook in the import layout, in base64. */
export function workWorkbook(provinceCode: string): Promise<string> {
  let workbook = workWorkbooks.get(provinceCode);
  if (!workbook) {
    workbook = writeSnapshotWorkbook(workDocument(provinceCode)).then((bytes) =>
      Buffer.from(bytes).toString("base64"),
    );
    workWorkbooks.set(provinceCode, workbook);
  }
  return workbook;
}

/** A tinhgon.plan/2 document of the target's scope (its baseline holds only the target's part). */
export function planDocument(target: Target): unknown {
  const whole = workDocument(provinceOf(target));
  const baseline: Snapshot =
    target.districtKey !== null
      ? { ...whole, agencies: [], districts: whole.districts.filter((d) => d.id === target.districtKey) }
      : target.agencyKey !== null
        ? { ...whole, agencies: whole.agencies.filter((a) => a.id === target.agencyKey), districts: [] }
        : whole;
  return {
    format: "tinhgon.plan/2",
    title: "Phương án nhập thử",
    baseline,
    phases: [{ name: "Giai đoạn 1", effectiveDate: "2021-07-01", operations: [] }],
  };
}

/** "draft": as created, one phase; "edited": a draft with two phases and two operations in the first. */
export type PlanStage = "draft" | "edited" | "submitted" | "in_review" | "approved";

export interface PlanRef {
  id: string;
  version: number;
}

/** Builds the records a sample input names. */
export interface SampleFixture {
  /** The stored data set holding the target's nodes. */
  snapshotId: (target: Target) => string;
  /** A plan of the target's scope at a workflow stage. */
  plan: (target: Target, stage: PlanStage) => Promise<PlanRef>;
  /** An override reason for each violation an approval of the plan must answer for. */
  overrides: (target: Target, plan: PlanRef) => Promise<{ findingKey: string; reason: string }[]>;
  /** A phòng of the target's sở, a division of its district, a job position of its node: made to be deleted. */
  newUnit: (target: Target) => Promise<string>;
  newDivision: (target: Target) => Promise<string>;
  newPosition: (target: Target) => Promise<string>;
  /** A data set of the target's province, made to be deleted. */
  newSnapshot: (target: Target) => Promise<string>;
  /** A fresh lowercase token for ids and names. */
  unique: () => string;
}

export interface SampleVariant {
  /** The permission this use of the procedure should have (independent of permissions.ts). */
  policy: Policy;
  /** The scopes the sample can name. */
  targets: readonly TargetName[];
  input: (fixture: SampleFixture, target: Target) => unknown;
}

/** Mutations that write nothing: POST only because their input (an uploaded file) is too large for a URL. */
export const readOnlyMutations: ReadonlySet<string> = new Set(["documents.checkXlsx"]);

const firstPhase = { name: "Giai đoạn 1", effectiveDate: "2021-07-01" };
const ruleSets = ["RS-2014", "RS-2020"];

/** Every procedure's samples; a procedure of the router without an entry fails the matrix. */
export const procedureSamples: Record<string, readonly SampleVariant[]> = {
  "system.health": [{ policy: "public", targets: noTarget, input: () => undefined }],
  "system.me": [{ policy: "signed_in", targets: noTarget, input: () => undefined }],

  "org.provinces": [{ policy: "signed_in", targets: noTarget, input: () => undefined }],
  "org.snapshots": [
    { policy: "signed_in", targets: noTarget, input: () => ({ provinceCode: HOME_PROVINCE }) },
  ],
  "org.tree": [
    {
      policy: "read_structure",
      targets: provinceTargets,
      input: (f, t) => ({ provinceCode: provinceOf(t), snapshotId: f.snapshotId(t) }),
    },
  ],
  "org.unit": [
    {
      policy: "read_structure",
      targets: nodeTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t), id: nodeOf(t) }),
    },
  ],
  "org.limits": [
    {
      policy: "read_structure",
      targets: nodeTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t), id: nodeOf(t) }),
    },
  ],
  "org.search": [
    {
      policy: "read_structure",
      targets: provinceTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t), query: "phong", limit: 5 }),
    },
  ],
  "org.createUnit": [
    {
      policy: "edit_structure",
      targets: agencyTargets,
      input: (f, t) => ({
        snapshotId: f.snapshotId(t),
        agencyId: t.agencyKey,
        parentUnitId: null,
        unit: {
          id: `${String(t.agencyKey)}-thu-${f.unique()}`,
          type: "division",
          name: "Phòng Thử nghiệm",
          payroll: 5,
          deputies: 1,
        },
      }),
    },
  ],
  "org.updateUnit": [
    {
      policy: "edit_structure",
      targets: agencyTargets,
      input: (f, t) => ({
        snapshotId: f.snapshotId(t),
        id: nodeOf(t),
        changes: { name: "Phòng Thử nghiệm đổi tên" },
      }),
    },
  ],
  "org.deleteUnit": [
    {
      policy: "edit_structure",
      targets: agencyTargets,
      input: async (f, t) => ({ snapshotId: f.snapshotId(t), id: await f.newUnit(t) }),
    },
  ],
  "org.createDivision": [
    {
      policy: "edit_structure",
      targets: districtTargets,
      input: (f, t) => ({
        snapshotId: f.snapshotId(t),
        districtId: t.districtKey,
        division: {
          id: `${String(t.districtKey)}-thu-${f.unique()}`,
          name: "Phòng Thử nghiệm",
          functions: [],
          payroll: 5,
          deputies: 1,
        },
      }),
    },
  ],
  "org.updateDivision": [
    {
      policy: "edit_structure",
      targets: districtTargets,
      input: (f, t) => ({
        snapshotId: f.snapshotId(t),
        id: nodeOf(t),
        changes: { name: "Phòng Tư pháp (đổi tên thử)" },
      }),
    },
  ],
  "org.deleteDivision": [
    {
      policy: "edit_structure",
      targets: districtTargets,
      input: async (f, t) => ({ snapshotId: f.snapshotId(t), id: await f.newDivision(t) }),
    },
  ],

  "positions.scheme": [
    {
      policy: "read_structure",
      targets: nodeTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t), holderId: nodeOf(t) }),
    },
  ],
  "positions.create": [
    {
      policy: "edit_structure",
      targets: nodeTargets,
      input: (f, t) => ({
        snapshotId: f.snapshotId(t),
        holderId: nodeOf(t),
        position: {
          id: `${nodeOf(t)}-vt-${f.unique()}`,
          title: "Chuyên viên thử nghiệm",
          group: "professional",
          rank: null,
          count: 1,
        },
      }),
    },
  ],
  "positions.update": [
    {
      policy: "edit_structure",
      targets: nodeTargets,
      input: async (f, t) => ({
        snapshotId: f.snapshotId(t),
        id: await f.newPosition(t),
        changes: { count: 2 },
      }),
    },
  ],
  "positions.delete": [
    {
      policy: "edit_structure",
      targets: nodeTargets,
      input: async (f, t) => ({ snapshotId: f.snapshotId(t), id: await f.newPosition(t) }),
    },
  ],

  "snapshot.import": [
    {
      policy: "manage_snapshots",
      targets: provinceTargets,
      input: (f, t) => ({ name: `Nhập thử ${f.unique()}`, document: workDocument(provinceOf(t)) }),
    },
  ],
  "snapshot.export": [
    { policy: "read_structure", targets: provinceTargets, input: (f, t) => ({ id: f.snapshotId(t) }) },
  ],
  "snapshot.list": [
    { policy: "signed_in", targets: noTarget, input: () => ({ provinceCode: HOME_PROVINCE }) },
  ],
  "snapshot.delete": [
    {
      policy: "manage_snapshots",
      targets: provinceTargets,
      input: async (f, t) => ({ id: await f.newSnapshot(t) }),
    },
  ],

  "compliance.check": [
    // An uploaded document belongs to nobody: anyone who reads structures may check it.
    { policy: "read_structure", targets: noTarget, input: () => ({ document: workDocument(HOME_PROVINCE) }) },
    {
      policy: "read_structure",
      targets: provinceTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t) }),
    },
  ],
  "compliance.compare": [
    {
      policy: "read_structure",
      targets: provinceTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t), ruleSets }),
    },
    // A stored plan's structure after a phase is the plan's content: who may read the plan may compare it.
    {
      policy: "read_plan",
      targets: planTargets,
      input: async (f, t) => ({ planId: (await f.plan(t, "edited")).id, ruleSets }),
    },
  ],

  "plan.create": [
    {
      policy: "own_plan",
      targets: planTargets,
      input: (f, t) => ({
        snapshotId: f.snapshotId(t),
        title: "Phương án thử nghiệm",
        ...scopeFields(t),
        firstPhase,
      }),
    },
  ],
  "plan.import": [
    {
      policy: "own_plan",
      targets: planTargets,
      input: (_f, t) => ({ document: planDocument(t), ...scopeFields(t) }),
    },
  ],
  "plan.list": [{ policy: "signed_in", targets: noTarget, input: () => ({ provinceCode: HOME_PROVINCE }) }],
  "plan.get": [readPlan((plan) => ({ id: plan.id }))],
  "plan.export": [readPlan((plan) => ({ id: plan.id }))],
  "plan.evaluate": [readPlan((plan) => ({ id: plan.id }))],
  "plan.diff": [readPlan((plan) => ({ id: plan.id, phaseIndex: 0 }))],
  "plan.summary": [readPlan((plan) => ({ id: plan.id }))],
  "plan.suggestions": [readPlan((plan) => ({ id: plan.id, phaseIndex: "baseline", limit: 2 }))],
  "plan.roadmap": [
    {
      policy: "read_plan_personal",
      targets: planTargets,
      input: async (f, t) => ({ id: (await f.plan(t, "edited")).id, horizonYears: 5 }),
    },
  ],
  "plan.edit": [
    ownPlan("draft", (plan) => ({
      ...plan,
      edits: [{ kind: "updatePhase", phaseIndex: 0, changes: { name: "Giai đoạn 1 (sửa)" } }],
    })),
  ],
  "plan.addOperation": [
    ownPlan("draft", (plan, t) => ({
      ...plan,
      phaseIndex: 0,
      operation: { op: "rename", id: renamedNodes(t)[0], name: "Tên mới" },
    })),
  ],
  "plan.removeOperation": [ownPlan("edited", (plan) => ({ ...plan, phaseIndex: 0, operationIndex: 0 }))],
  "plan.moveOperation": [ownPlan("edited", (plan) => ({ ...plan, phaseIndex: 0, from: 0, to: 1 }))],
  "plan.updatePhase": [
    ownPlan("draft", (plan) => ({ ...plan, phaseIndex: 0, changes: { effectiveDate: "2021-08-01" } })),
  ],
  "plan.addPhase": [
    ownPlan("draft", (plan) => ({ ...plan, phase: { name: "Giai đoạn 3", effectiveDate: "2022-07-01" } })),
  ],
  "plan.removePhase": [ownPlan("edited", (plan) => ({ ...plan, phaseIndex: 1 }))],
  "plan.delete": [ownPlan("draft", (plan) => ({ id: plan.id }))],

  "review.status": [readPlan((plan) => ({ id: plan.id }))],
  "review.audit": [readPlan((plan) => ({ id: plan.id }))],
  "review.submit": [ownPlan("draft", (plan) => plan)],
  "review.withdraw": [ownPlan("submitted", (plan) => plan)],
  "review.revise": [ownPlan("approved", (plan) => ({ id: plan.id }))],
  "review.startReview": [
    { policy: "review_plan", targets: planTargets, input: async (f, t) => await f.plan(t, "submitted") },
  ],
  "review.return": [
    {
      policy: "review_plan",
      targets: planTargets,
      input: async (f, t) => ({ ...(await f.plan(t, "in_review")), reason: "Cần bổ sung thuyết minh." }),
    },
  ],
  "review.approve": [
    {
      policy: "review_plan",
      targets: planTargets,
      input: async (f, t) => {
        const plan = await f.plan(t, "in_review");
        return { ...plan, overrides: await f.overrides(t, plan) };
      },
    },
  ],
  "review.comment": [
    {
      policy: "discuss_plan",
      targets: planTargets,
      input: async (f, t) => ({
        id: (await f.plan(t, "draft")).id,
        target: { kind: "plan" },
        body: "Góp ý thử nghiệm.",
      }),
    },
  ],

  "documents.template": [{ policy: "signed_in", targets: noTarget, input: () => ({ kind: "structure" }) }],
  "documents.checkXlsx": [
    // An uploaded workbook belongs to nobody: anyone who reads structures may check it.
    {
      policy: "read_structure",
      targets: noTarget,
      input: async () => ({ fileName: "co-cau.xlsx", content: await workWorkbook(HOME_PROVINCE) }),
    },
    // Checked against a stored data set (a positions or staff workbook completes it).
    {
      policy: "read_structure",
      targets: provinceTargets,
      input: async (f, t) => ({
        fileName: "co-cau.xlsx",
        content: await workWorkbook(provinceOf(t)),
        snapshotId: f.snapshotId(t),
      }),
    },
  ],
  "documents.importXlsx": [
    {
      policy: "manage_snapshots",
      targets: provinceTargets,
      input: async (f, t) => ({
        name: `Nhập Excel ${f.unique()}`,
        provinceCode: provinceOf(t),
        fileName: "co-cau.xlsx",
        content: await workWorkbook(provinceOf(t)),
      }),
    },
  ],
  "documents.snapshotXlsx": [
    {
      policy: "read_structure",
      targets: provinceTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t) }),
    },
  ],
  "documents.snapshotTables": [
    {
      policy: "read_structure",
      targets: provinceTargets,
      input: (f, t) => ({ snapshotId: f.snapshotId(t), tables: ["structure", "findings"] }),
    },
  ],
  "documents.planTables": [readPlan((plan) => ({ planId: plan.id, tables: ["diff", "findings"] }))],
  // The dossier carries the deputy roadmap, which names people: the owner and the reviewers only.
  "documents.dossier": [
    {
      policy: "read_plan_personal",
      targets: planTargets,
      input: async (f, t) => ({
        planId: (await f.plan(t, "edited")).id,
        format: "docx",
        // The shortest document: the matrix is about who may ask, not what is written.
        kinds: ["quyet-dinh"],
        date: "2026-11-30",
      }),
    },
  ],

  "admin.users": [{ policy: "admin", targets: noTarget, input: () => undefined }],
  "admin.saveUser": [
    {
      policy: "admin",
      targets: noTarget,
      input: (f) => ({
        email: `nguoi-dung-${f.unique()}@thu-nghiem.local`,
        name: "Người dùng thử nghiệm",
        role: "viewer",
        provinceCode: HOME_PROVINCE,
        districtKey: null,
        agencyKey: null,
        password: "mat-khau-thu-nghiem-dai",
      }),
    },
  ],
};

function readPlan(input: (plan: PlanRef) => unknown): SampleVariant {
  return {
    policy: "read_plan",
    targets: planTargets,
    input: async (f, t) => input(await f.plan(t, "edited")),
  };
}

function ownPlan(stage: PlanStage, input: (plan: PlanRef, target: Target) => unknown): SampleVariant {
  return {
    policy: "own_plan",
    targets: planTargets,
    input: async (f, t) => input(await f.plan(t, stage), t),
  };
}

/** Who performs a fixture step: the owner of the target's scope, or a reviewer of its province. */
export type FixtureRole = "owner" | "reviewer";

export type FixtureCall = (
  role: FixtureRole,
  target: Target,
  kind: "query" | "mutation",
  path: string,
  input: unknown,
) => Promise<unknown>;

const planRefSchema = z.object({ id: z.string(), version: z.number() });
const statusSchema = z.object({ violationKeys: z.array(z.string()) });
const createdSchema = z.object({ id: z.string() });

/**
 * A fixture that makes its records through `call`. With `reuse`, a record is made once per key and
 * handed out again (for calls that must not change it); otherwise every request makes a new one.
 */
export function createSampleFixture(options: {
  call: FixtureCall;
  snapshotId: (target: Target) => string;
  unique: () => string;
  reuse?: { cache: Map<string, Promise<unknown>>; key: string };
}): SampleFixture {
  const { call, snapshotId, unique } = options;
  const once = <T>(what: string, target: Target, make: () => Promise<T>): Promise<T> => {
    const reuse = options.reuse;
    if (!reuse) return make();
    const key = `${reuse.key}|${what}|${target.name}`;
    const cached = reuse.cache.get(key);
    if (cached) return cached as Promise<T>;
    const made = make();
    reuse.cache.set(key, made);
    return made;
  };

  const computeOverrides = async (target: Target, plan: PlanRef) => {
    const status = statusSchema.parse(
      await call("reviewer", target, "query", "review.status", { id: plan.id }),
    );
    return status.violationKeys.map((findingKey) => ({ findingKey, reason: "Chấp thuận trong thử nghiệm." }));
  };
  // A shared plan's violations do not change: its overrides are computed once.
  const overrides = (target: Target, plan: PlanRef) =>
    once(`overrides:${plan.id}`, target, () => computeOverrides(target, plan));

  const makePlan = async (target: Target, stage: PlanStage): Promise<PlanRef> => {
    // (planRefSchema keeps only id and version of the plan each step returns.)
    const step = async (role: FixtureRole, path: string, input: unknown) =>
      planRefSchema.parse(await call(role, target, "mutation", path, input));
    let plan = await step("owner", "plan.create", {
      snapshotId: snapshotId(target),
      title: `Phương án mẫu ${unique()}`,
      ...scopeFields(target),
      firstPhase,
    });
    if (stage === "draft") return plan;
    if (stage === "edited") {
      const [first, second] = renamedNodes(target);
      return step("owner", "plan.edit", {
        ...plan,
        edits: [
          {
            kind: "addOperation",
            phaseIndex: 0,
            operation: { op: "rename", id: first, name: "Tên mới thứ nhất" },
          },
          {
            kind: "addOperation",
            phaseIndex: 0,
            operation: { op: "rename", id: second, name: "Tên mới thứ hai" },
          },
          {
            kind: "insertPhase",
            phase: { name: "Giai đoạn 2", effectiveDate: "2022-01-01", operations: [] },
          },
        ],
      });
    }
    plan = await step("owner", "review.submit", plan);
    if (stage === "submitted") return plan;
    plan = await step("reviewer", "review.startReview", plan);
    if (stage === "in_review") return plan;
    return step("reviewer", "review.approve", { ...plan, overrides: await overrides(target, plan) });
  };

  return {
    snapshotId,
    unique,
    overrides,
    plan: (target, stage) => once(`plan:${stage}`, target, () => makePlan(target, stage)),
    newUnit: (target) =>
      once("unit", target, async () => {
        const id = `${String(target.agencyKey)}-xoa-${unique()}`;
        await call("owner", target, "mutation", "org.createUnit", {
          snapshotId: snapshotId(target),
          agencyId: target.agencyKey,
          parentUnitId: null,
          unit: { id, type: "division", name: "Phòng sẽ xóa", payroll: 4, deputies: 1 },
        });
        return id;
      }),
    newDivision: (target) =>
      once("division", target, async () => {
        const id = `${String(target.districtKey)}-xoa-${unique()}`;
        await call("owner", target, "mutation", "org.createDivision", {
          snapshotId: snapshotId(target),
          districtId: target.districtKey,
          division: { id, name: "Phòng sẽ xóa", functions: [], payroll: 4, deputies: 1 },
        });
        return id;
      }),
    newPosition: (target) =>
      once("position", target, async () => {
        const id = `${nodeOf(target)}-vt-${unique()}`;
        await call("owner", target, "mutation", "positions.create", {
          snapshotId: snapshotId(target),
          holderId: nodeOf(target),
          position: { id, title: "Vị trí sẽ sửa hoặc xóa", group: "professional", rank: null, count: 1 },
        });
        return id;
      }),
    newSnapshot: (target) =>
      once("snapshot", target, async () => {
        const created = createdSchema.parse(
          await call("reviewer", target, "mutation", "snapshot.import", {
            name: `Sẽ xóa ${unique()}`,
            document: {
              format: "tinhgon.snapshot/2",
              asOf: "2021-06-30",
              province: workDocument(provinceOf(target)).province,
              agencies: [],
              districts: [],
            },
          }),
        );
        return created.id;
      }),
  };
}
