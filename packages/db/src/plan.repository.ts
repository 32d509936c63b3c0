// Plans: one JSON document per plan (tinhgon.plan/2), with a version number for optimistic concurrency,
// a review status, its review rounds and comments. A change names the version it was based on; if
// someone else changed the plan since (an edit, a submission, a decision), it is refused. Every write
// runs in one transaction under the plan's advisory lock and appends its audit event in it.
import {
  parsePlan,
  type Plan,
  PLAN_FORMAT,
  planSchema,
  type PlanStatus,
  planStatusSchema,
  toSearchKey,
} from "@tinhgon/domain";

import { appendAuditEvent, type AuditMeta } from "./audit.repository.ts";
import { type Database, readRows } from "./client.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import type { DbClient } from "./snapshot.repository.ts";

export interface StoredPlan {
  id: string;
  provinceCode: string;
  districtKey: string | null;
  agencyKey: string | null;
  title: string;
  version: number;
  status: PlanStatus;
  createdBy: string | null;
  revisionOf: string | null;
  updatedAt: string;
  document: Plan;
}

export type PlanListItem = Omit<StoredPlan, "document">;

export interface PlanRoundRecord {
  round: number;
  planVersion: number;
  document: Plan;
  rulePacks: unknown;
  submittedBy: string;
  submittedAt: string;
  decision: "returned" | "approved" | "withdrawn" | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  overrides: unknown;
}

export interface PlanCommentRecord {
  id: string;
  round: number;
  authorId: string;
  authorName: string;
  authorRole: string;
  target: unknown;
  body: string;
  createdAt: string;
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

const transactionOptions = { timeout: 60_000, maxWait: 30_000 };

async function lockPlan(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`plan:${id}`}, 0))`;
}

/** What the audit trail keeps of a plan: its header, not the (large) document. */
export function planAuditView(plan: StoredPlan): Record<string, unknown> {
  return {
    title: plan.title,
    version: plan.version,
    status: plan.status,
    districtKey: plan.districtKey,
    agencyKey: plan.agencyKey,
    phases: plan.document.phases.map((phase) => ({
      name: phase.name,
      effectiveDate: phase.effectiveDate,
      operations: phase.operations.length,
    })),
  };
}

export async function createPlan(
  db: Database,
  input: {
    districtKey: string | null;
    agencyKey?: string | null;
    createdBy?: string | null;
    revisionOf?: string | null;
    document: Plan;
  },
  audit: AuditMeta,
): Promise<StoredPlan> {
  const { province } = input.document.baseline;
  return db.$transaction(async (tx) => {
    const provinceRow = await tx.province.upsert({
      where: { code: province.code },
      create: {
        code: province.code,
        name: province.name,
        class: province.class,
        mergedFrom: province.mergedFrom,
        searchKey: toSearchKey(province.name),
      },
      update: {},
      select: { id: true },
    });
    const row = await tx.plan.create({
      data: {
        provinceId: provinceRow.id,
        districtKey: input.districtKey,
        agencyKey: input.agencyKey ?? null,
        createdBy: input.createdBy ?? null,
        revisionOf: input.revisionOf ?? null,
        title: input.document.title,
        document: toJson(input.document),
      },
      include: { province: { select: { code: true } } },
    });
    const stored = toStoredPlan(row);
    await appendAuditEvent(tx, audit, {
      entityType: "plan",
      entityId: stored.id,
      planId: stored.id,
      before: null,
      after: { ...planAuditView(stored), revisionOf: stored.revisionOf },
    });
    return stored;
  }, transactionOptions);
}

type PlanRow = Prisma.PlanGetPayload<{ include: { province: { select: { code: true } } } }>;

/**
 * A stored plan document as a tinhgon.plan/2 plan. Written only after validation by the same schema, so
 * parsing again restores the domain types. An older document (tinhgon.plan/1, from before migration
 * 20261130083432_snapshot_format_2 or from an older server instance still running beside a new one) is
 * read through the domain's parsePlan, which migrates it (ADR 0036); nothing is rewritten on reading.
 */
export function readStoredPlanDocument(json: unknown): Plan {
  if ((json as { format?: unknown } | null)?.format === PLAN_FORMAT) return planSchema.parse(json);
  const parsed = parsePlan(json);
  if (parsed.ok) return parsed.value;
  const [first] = parsed.problems;
  throw new Error(
    `A stored plan document cannot be read (${String(parsed.problems.length)} problems${first ? `, first at ${first.path}: ${first.message.en}` : ""})`,
  );
}

function toStoredPlan(row: PlanRow): StoredPlan {
  const document = readStoredPlanDocument(row.document);
  return {
    ...toListItem(row),
    document,
  };
}

function toListItem(
  row: Pick<
    PlanRow,
    | "id"
    | "province"
    | "districtKey"
    | "agencyKey"
    | "title"
    | "version"
    | "status"
    | "createdBy"
    | "revisionOf"
    | "updatedAt"
  >,
): PlanListItem {
  return {
    id: row.id,
    provinceCode: row.province.code,
    districtKey: row.districtKey,
    agencyKey: row.agencyKey,
    title: row.title,
    version: row.version,
    status: planStatusSchema.catch("draft").parse(row.status),
    createdBy: row.createdBy,
    revisionOf: row.revisionOf,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function loadPlan(db: DbClient, id: string): Promise<StoredPlan | undefined> {
  const row = await db.plan.findUnique({ where: { id }, include: { province: { select: { code: true } } } });
  return row ? toStoredPlan(row) : undefined;
}

const PLAN_HEADER_SQL = `
    SELECT p.id, p.district_key, p.agency_key, p.title, p.version, p.status, p.created_by,
           p.revision_of, p.updated_at, pr.code AS province_code
    FROM plan p JOIN province pr ON pr.id = p.province_id
    WHERE p.id = $1::uuid`;

/**
 * The plan without its document: what the permission check and a cached report's validation need (the
 * version comes from the database on every call, so several instances stay correct). One SQL statement:
 * the ORM's `include` costs a second query and about 1 ms of client CPU more, on every plan call.
 */
export async function loadPlanHeader(db: DbClient, id: string): Promise<PlanListItem | undefined> {
  const rows = await readRows<PlanHeaderRow>(db, PLAN_HEADER_SQL, [id]);
  const row = rows[0];
  return row
    ? toListItem({
        id: row.id,
        province: { code: row.province_code },
        districtKey: row.district_key,
        agencyKey: row.agency_key,
        title: row.title,
        version: row.version,
        status: row.status,
        createdBy: row.created_by,
        revisionOf: row.revision_of,
        updatedAt: row.updated_at,
      })
    : undefined;
}

interface PlanHeaderRow {
  id: string;
  district_key: string | null;
  agency_key: string | null;
  title: string;
  version: number;
  status: string;
  created_by: string | null;
  revision_of: string | null;
  updated_at: Date;
  province_code: string;
}

export async function listPlans(
  db: DbClient,
  filter: { provinceCode?: string; districtKey?: string; agencyKey?: string } = {},
): Promise<PlanListItem[]> {
  const rows = await db.plan.findMany({
    where: {
      ...(filter.provinceCode === undefined ? {} : { province: { code: filter.provinceCode } }),
      ...(filter.districtKey === undefined ? {} : { districtKey: filter.districtKey }),
      ...(filter.agencyKey === undefined ? {} : { agencyKey: filter.agencyKey }),
    },
    omit: { document: true },
    include: { province: { select: { code: true } } },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map(toListItem);
}

export type PlanUpdateOutcome<T> =
  | { status: "not_found" }
  | { status: "conflict"; currentVersion: number }
  | { status: "refused"; error: T }
  | { status: "saved"; plan: StoredPlan };

/**
 * Applies `change` to the plan if it is still at `expectedVersion`, in one transaction under the plan's
 * lock, with its audit event. `change` sees the stored plan (its status too) and may refuse.
 */
export async function updatePlan<T>(
  db: Database,
  id: string,
  expectedVersion: number,
  change: (plan: Plan, stored: StoredPlan) => { ok: true; plan: Plan } | { ok: false; error: T },
  audit: AuditMeta & { details?: unknown },
): Promise<PlanUpdateOutcome<T>> {
  return db.$transaction(async (tx): Promise<PlanUpdateOutcome<T>> => {
    await lockPlan(tx, id);
    const current = await loadPlan(tx, id);
    if (!current) return { status: "not_found" };
    if (current.version !== expectedVersion) return { status: "conflict", currentVersion: current.version };
    const result = change(current.document, current);
    if (!result.ok) return { status: "refused", error: result.error };
    await tx.plan.update({
      where: { id },
      data: { document: toJson(result.plan), title: result.plan.title, version: { increment: 1 } },
    });
    const saved = await loadPlan(tx, id);
    if (!saved) return { status: "not_found" };
    const { details, ...meta } = audit;
    await appendAuditEvent(tx, meta, {
      entityType: "plan",
      entityId: id,
      planId: id,
      before: planAuditView(current),
      after: { ...planAuditView(saved), ...(details === undefined ? {} : { change: details }) },
    });
    return { status: "saved", plan: saved };
  }, transactionOptions);
}

export async function deletePlan(
  db: Database,
  id: string,
  audit: AuditMeta,
  mayDelete: (stored: StoredPlan) => boolean,
): Promise<"deleted" | "not_found" | "refused"> {
  return db.$transaction(async (tx) => {
    await lockPlan(tx, id);
    const current = await loadPlan(tx, id);
    if (!current) return "not_found";
    if (!mayDelete(current)) return "refused";
    await tx.plan.delete({ where: { id } });
    await appendAuditEvent(tx, audit, {
      entityType: "plan",
      entityId: id,
      planId: id,
      before: planAuditView(current),
      after: null,
    });
    return "deleted";
  }, transactionOptions);
}

function toRound(row: Prisma.PlanRoundGetPayload<object>): PlanRoundRecord {
  return {
    round: row.round,
    planVersion: row.planVersion,
    document: readStoredPlanDocument(row.document),
    rulePacks: row.rulePacks,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    decision: row.decision === null ? null : (row.decision as PlanRoundRecord["decision"]),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reason: row.reason,
    overrides: row.overrides,
  };
}

export async function listPlanRounds(db: DbClient, planId: string): Promise<PlanRoundRecord[]> {
  const rows = await db.planRound.findMany({ where: { planId }, orderBy: { round: "asc" } });
  return rows.map(toRound);
}

/** A workflow step decided by the service on the current plan and its rounds. */
export type WorkflowStep<E> =
  | { ok: false; error: E }
  | {
      ok: true;
      status: PlanStatus;
      /** A new round (submission) to record. */
      submit?: { rulePacks: unknown; submittedBy: string };
      /** The decision closing the open round. */
      decide?: {
        decision: "returned" | "approved" | "withdrawn";
        decidedBy: string;
        reason: string | null;
        overrides: unknown;
      };
      /** Comments recorded with the step (a return's required comments). */
      comments?: {
        authorId: string;
        authorName: string;
        authorRole: string;
        target: unknown;
        body: string;
      }[];
    };

export async function transitionPlan<E>(
  db: Database,
  id: string,
  expectedVersion: number,
  decide: (stored: StoredPlan, rounds: PlanRoundRecord[]) => WorkflowStep<E>,
  audit: AuditMeta,
): Promise<PlanUpdateOutcome<E>> {
  return db.$transaction(async (tx): Promise<PlanUpdateOutcome<E>> => {
    await lockPlan(tx, id);
    const current = await loadPlan(tx, id);
    if (!current) return { status: "not_found" };
    if (current.version !== expectedVersion) return { status: "conflict", currentVersion: current.version };
    const rounds = await listPlanRounds(tx, id);
    const step = decide(current, rounds);
    if (!step.ok) return { status: "refused", error: step.error };
    const open = rounds.at(-1);
    let round = open?.round ?? 0;
    if (step.decide && open?.decision === null) {
      await tx.planRound.update({
        where: { planId_round: { planId: id, round: open.round } },
        data: {
          decision: step.decide.decision,
          decidedBy: step.decide.decidedBy,
          decidedAt: new Date(),
          reason: step.decide.reason,
          overrides: step.decide.overrides === undefined ? undefined : toJson(step.decide.overrides),
        },
      });
    }
    if (step.submit) {
      round += 1;
      await tx.planRound.create({
        data: {
          planId: id,
          round,
          planVersion: current.version,
          document: toJson(current.document),
          rulePacks: toJson(step.submit.rulePacks),
          submittedBy: step.submit.submittedBy,
        },
      });
    }
    for (const comment of step.comments ?? [])
      await tx.planComment.create({
        data: { planId: id, round, ...comment, target: toJson(comment.target) },
      });
    await tx.plan.update({ where: { id }, data: { status: step.status, version: { increment: 1 } } });
    const saved = await loadPlan(tx, id);
    if (!saved) return { status: "not_found" };
    await appendAuditEvent(tx, audit, {
      entityType: "plan",
      entityId: id,
      planId: id,
      before: { status: current.status, version: current.version },
      after: {
        status: saved.status,
        version: saved.version,
        round,
        ...(step.decide
          ? { decision: step.decide.decision, reason: step.decide.reason, overrides: step.decide.overrides }
          : {}),
        ...(step.submit ? { rulePacks: step.submit.rulePacks } : {}),
        ...(step.comments && step.comments.length > 0
          ? { comments: step.comments.map((comment) => comment.body) }
          : {}),
      },
    });
    return { status: "saved", plan: saved };
  }, transactionOptions);
}

function toComment(row: Prisma.PlanCommentGetPayload<object>): PlanCommentRecord {
  return {
    id: row.id,
    round: row.round,
    authorId: row.authorId,
    authorName: row.authorName,
    authorRole: row.authorRole,
    target: row.target,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listPlanComments(db: DbClient, planId: string): Promise<PlanCommentRecord[]> {
  const rows = await db.planComment.findMany({ where: { planId }, orderBy: { createdAt: "asc" } });
  return rows.map(toComment);
}

/** A comment does not change the plan (nor its version): it is added to the current round. */
export async function addPlanComment(
  db: Database,
  planId: string,
  comment: { authorId: string; authorName: string; authorRole: string; target: unknown; body: string },
  audit: AuditMeta,
): Promise<PlanCommentRecord | undefined> {
  return db.$transaction(async (tx) => {
    await lockPlan(tx, planId);
    const plan = await tx.plan.findUnique({ where: { id: planId }, select: { id: true } });
    if (!plan) return undefined;
    const last = await tx.planRound.findFirst({ where: { planId }, orderBy: { round: "desc" } });
    const row = await tx.planComment.create({
      data: { planId, round: last?.round ?? 0, ...comment, target: toJson(comment.target) },
    });
    await appendAuditEvent(tx, audit, {
      entityType: "plan",
      entityId: planId,
      planId,
      before: null,
      after: { comment: { id: row.id, target: comment.target, body: comment.body } },
    });
    return toComment(row);
  }, transactionOptions);
}
