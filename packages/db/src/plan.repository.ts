// Plans: one JSON document per plan (tinhgon.plan/1), with a version number for optimistic concurrency.
// A change names the version it was based on; if someone else changed the plan since, it is refused.
import { type Plan, planSchema, toSearchKey } from "@tinhgon/domain";

import type { Database } from "./client.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import type { DbClient } from "./snapshot.repository.ts";

export interface StoredPlan {
  id: string;
  provinceCode: string;
  districtKey: string | null;
  title: string;
  version: number;
  updatedAt: string;
  document: Plan;
}

export type PlanListItem = Omit<StoredPlan, "document">;

function toJson(plan: Plan): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(plan)) as Prisma.InputJsonValue;
}

export async function createPlan(
  db: Database,
  input: { districtKey: string | null; document: Plan },
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
        title: input.document.title,
        document: toJson(input.document),
      },
      include: { province: { select: { code: true } } },
    });
    return toStoredPlan(row);
  });
}

function toStoredPlan(row: {
  id: string;
  districtKey: string | null;
  title: string;
  version: number;
  updatedAt: Date;
  document: Prisma.JsonValue;
  province: { code: string };
}): StoredPlan {
  // Written only after validation by the same schema; parsing again restores the domain types.
  const document = planSchema.parse(row.document);
  return {
    id: row.id,
    provinceCode: row.province.code,
    districtKey: row.districtKey,
    title: row.title,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    document,
  };
}

export async function loadPlan(db: DbClient, id: string): Promise<StoredPlan | undefined> {
  const row = await db.plan.findUnique({ where: { id }, include: { province: { select: { code: true } } } });
  return row ? toStoredPlan(row) : undefined;
}

export async function listPlans(
  db: DbClient,
  filter: { provinceCode?: string } = {},
): Promise<PlanListItem[]> {
  const rows = await db.plan.findMany({
    where: filter.provinceCode === undefined ? {} : { province: { code: filter.provinceCode } },
    select: {
      id: true,
      districtKey: true,
      title: true,
      version: true,
      updatedAt: true,
      province: { select: { code: true } },
    },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    provinceCode: row.province.code,
    districtKey: row.districtKey,
    title: row.title,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export type PlanUpdateOutcome<T> =
  | { status: "not_found" }
  | { status: "conflict"; currentVersion: number }
  | { status: "refused"; error: T }
  | { status: "saved"; plan: StoredPlan };

/**
 * Applies `change` to the plan if it is still at `expectedVersion`: the write is conditional on the
 * version (UPDATE … WHERE version = expected), so two editors can never overwrite each other silently.
 */
export async function updatePlan<T>(
  db: Database,
  id: string,
  expectedVersion: number,
  change: (plan: Plan) => { ok: true; plan: Plan } | { ok: false; error: T },
): Promise<PlanUpdateOutcome<T>> {
  const current = await loadPlan(db, id);
  if (!current) return { status: "not_found" };
  if (current.version !== expectedVersion) return { status: "conflict", currentVersion: current.version };
  const result = change(current.document);
  if (!result.ok) return { status: "refused", error: result.error };
  const written = await db.plan.updateMany({
    where: { id, version: expectedVersion },
    data: { document: toJson(result.plan), title: result.plan.title, version: { increment: 1 } },
  });
  if (written.count === 0) {
    const now = await loadPlan(db, id);
    return now ? { status: "conflict", currentVersion: now.version } : { status: "not_found" };
  }
  const saved = await loadPlan(db, id);
  return saved ? { status: "saved", plan: saved } : { status: "not_found" };
}

export async function deletePlan(db: Database, id: string): Promise<boolean> {
  return (await db.plan.deleteMany({ where: { id } })).count > 0;
}
