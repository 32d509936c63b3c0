// The audit trail (docs/adr/0027): every mutation appends one event in the same transaction as the
// change. Events form a hash chain — each hash covers the previous event's hash and this event's
// canonical JSON — so an edited, inserted or deleted event is detected by verifyAuditChain. The chain's
// advisory lock is always the last lock a transaction takes, so appending cannot deadlock with the
// snapshot and plan locks taken before it.
import { createHash } from "node:crypto";

import { Prisma } from "./generated/prisma/client.ts";
import type { DbClient } from "./snapshot.repository.ts";

/** Who did it and why, from the request (the API fills it in). */
export interface AuditMeta {
  actorId: string | null;
  actorRole: string | null;
  requestId: string | null;
  /** The procedure or command, e.g. "plan.edit". */
  action: string;
}

export interface AuditRecord {
  entityType: "plan" | "snapshot" | "user";
  entityId: string;
  planId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEventView {
  seq: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  planId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export const AUDIT_GENESIS_HASH = "0".repeat(64);

/** JSON with object keys sorted at every level: what PostgreSQL's jsonb gives back hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function eventHash(prevHash: string, content: Omit<AuditEventView, "seq" | "prevHash" | "hash">): string {
  return createHash("sha256")
    .update(`${prevHash}\n${canonicalJson(content)}`)
    .digest("hex");
}

function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}

/** Appends one event; call it last in the transaction that makes the change. */
export async function appendAuditEvent(
  tx: Prisma.TransactionClient,
  meta: AuditMeta,
  record: AuditRecord,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('tinhgon:audit-chain', 0))`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  // Stored as JSON and read back: hash exactly what will be read (undefined members dropped).
  const before = record.before === undefined ? null : (JSON.parse(JSON.stringify(record.before)) as unknown);
  const after = record.after === undefined ? null : (JSON.parse(JSON.stringify(record.after)) as unknown);
  const content = {
    at: new Date().toISOString(),
    actorId: meta.actorId,
    actorRole: meta.actorRole,
    requestId: meta.requestId,
    action: meta.action,
    entityType: record.entityType,
    entityId: record.entityId,
    planId: record.planId ?? null,
    before,
    after,
  };
  await tx.auditEvent.create({
    data: {
      at: new Date(content.at),
      actorId: content.actorId,
      actorRole: content.actorRole,
      requestId: content.requestId,
      action: content.action,
      entityType: content.entityType,
      entityId: content.entityId,
      planId: content.planId,
      before: toJson(before),
      after: toJson(after),
      prevHash,
      hash: eventHash(prevHash, content),
    },
  });
}

type AuditRow = Awaited<ReturnType<DbClient["auditEvent"]["findMany"]>>[number];

function toView(row: AuditRow): AuditEventView {
  return {
    seq: row.seq.toString(),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    requestId: row.requestId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    planId: row.planId,
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export async function listAuditEvents(db: DbClient, filter: { planId: string }): Promise<AuditEventView[]> {
  const rows = await db.auditEvent.findMany({ where: { planId: filter.planId }, orderBy: { seq: "asc" } });
  return rows.map(toView);
}

export type AuditVerification =
  | { ok: true; events: number; headHash: string }
  | { ok: false; events: number; brokenAt: string; reason: "hash_mismatch" | "broken_link" };

/** Walks the whole chain in order, in pages, recomputing every hash. */
export async function verifyAuditChain(db: DbClient, pageSize = 1000): Promise<AuditVerification> {
  let previous = AUDIT_GENESIS_HASH;
  let events = 0;
  let cursor: bigint | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      orderBy: { seq: "asc" },
      take: pageSize,
      ...(cursor === undefined ? {} : { where: { seq: { gt: cursor } } }),
    });
    for (const row of rows) {
      const view = toView(row);
      if (view.prevHash !== previous) return { ok: false, events, brokenAt: view.seq, reason: "broken_link" };
      const { seq: _seq, prevHash: _prev, hash, ...content } = view;
      if (eventHash(view.prevHash, content) !== hash)
        return { ok: false, events, brokenAt: view.seq, reason: "hash_mismatch" };
      previous = hash;
      events += 1;
    }
    if (rows.length < pageSize) return { ok: true, events, headHash: previous };
    cursor = rows.at(-1)?.seq;
  }
}
