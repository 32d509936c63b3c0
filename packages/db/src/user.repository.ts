// Users and their roles and scopes. Sign-in, sessions and password hashes are better-auth's (it owns the
// session and account tables through its Prisma adapter); this file reads a user's role for the API and
// writes users the way better-auth stores them (an email + password user has one "credential" account).
import { randomUUID } from "node:crypto";

import { type Actor, actorSchema, type Role } from "@tinhgon/domain";

import type { Database } from "./client.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import { appendAuditEvent, type AuditMeta } from "./audit.repository.ts";
import type { DbClient } from "./snapshot.repository.ts";

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  provinceCode: string | null;
  districtKey: string | null;
  agencyKey: string | null;
  /** A hash made by better-auth's password hasher (never a password). */
  passwordHash: string;
}

/** The user as the API sees them; a row with an unknown role grants nothing (undefined). */
export function toActor(
  row: Pick<
    Prisma.UserGetPayload<object>,
    "id" | "name" | "email" | "role" | "provinceCode" | "districtKey" | "agencyKey"
  >,
): Actor | undefined {
  const parsed = actorSchema.safeParse({
    userId: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    provinceCode: row.provinceCode,
    districtKey: row.districtKey,
    agencyKey: row.agencyKey,
  });
  return parsed.success ? parsed.data : undefined;
}

export async function findActor(db: DbClient, userId: string): Promise<Actor | undefined> {
  const row = await db.user.findUnique({ where: { id: userId } });
  return row ? toActor(row) : undefined;
}

export async function listUsers(db: DbClient): Promise<Actor[]> {
  const rows = await db.user.findMany({ orderBy: { email: "asc" } });
  return rows.flatMap((row) => toActor(row) ?? []);
}

/**
 * Creates the user with its credential, or resets its role, scope and password; one transaction under
 * the email's advisory lock. Without the lock two callers at once (two server instances starting on an
 * empty database both create the demo users) would both find no user and the second would fail on the
 * unique email; with it the second waits and updates.
 */
export async function upsertUser(
  db: Database,
  user: NewUser,
  audit: AuditMeta,
): Promise<{ id: string; created: boolean }> {
  return db.$transaction(async (tx) => {
    const email = user.email.toLowerCase();
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`user:${email}`}, 0))`;
    const existing = await tx.user.findUnique({ where: { email } });
    const fields = {
      name: user.name,
      role: user.role,
      provinceCode: user.provinceCode,
      districtKey: user.districtKey,
      agencyKey: user.agencyKey,
    };
    const id = existing?.id ?? randomUUID();
    if (existing) await tx.user.update({ where: { id }, data: fields });
    else await tx.user.create({ data: { id, email, emailVerified: true, ...fields } });
    const credential = await tx.account.findFirst({ where: { userId: id, providerId: "credential" } });
    if (credential)
      await tx.account.update({ where: { id: credential.id }, data: { password: user.passwordHash } });
    else
      await tx.account.create({
        data: {
          id: randomUUID(),
          accountId: id,
          providerId: "credential",
          userId: id,
          password: user.passwordHash,
        },
      });
    // The audit keeps role and scope, never the password hash.
    await appendAuditEvent(tx, audit, {
      entityType: "user",
      entityId: id,
      before: existing
        ? {
            role: existing.role,
            provinceCode: existing.provinceCode,
            districtKey: existing.districtKey,
            agencyKey: existing.agencyKey,
          }
        : null,
      after: { email, ...fields, passwordChanged: true },
    });
    return { id, created: !existing };
  });
}

export async function countUsers(db: DbClient): Promise<number> {
  return db.user.count();
}
