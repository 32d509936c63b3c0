// What a stored record belongs to, for authorisation: the province of a snapshot, and the agency or
// district of one of its nodes (an agency, unit, district, division, commune-level unit, commune
// organisation or job position) — a few indexed lookups by key, without loading the snapshot. The commune
// level is province-wide: the provincial UBND fixes its frame (C26-ORG-01), so its owner scope is the
// province alone, with no district or agency key (ADR 0036).
import type { OwnerScope } from "@tinhgon/domain";

import type { Database } from "./client.ts";
import { Prisma } from "./generated/prisma/client.ts";
import type { DbClient } from "./snapshot.repository.ts";

export interface SnapshotScope {
  provinceCode: string;
  version: number;
}

export async function scopeOfSnapshot(db: DbClient, snapshotId: string): Promise<SnapshotScope | undefined> {
  const row = await db.snapshot.findUnique({
    where: { id: snapshotId },
    select: { version: true, province: { select: { code: true } } },
  });
  return row ? { provinceCode: row.province.code, version: row.version } : undefined;
}

/**
 * The owner of node `key` in the snapshot; undefined when the snapshot or the node does not exist. The
 * lookups read one consistent state (REPEATABLE READ): an edit rewrites the snapshot's rows, and reading
 * halfway through would find a unit whose agency row is already gone.
 */
export function scopeOfNode(db: Database, snapshotId: string, key: string): Promise<OwnerScope | undefined> {
  return db.$transaction((tx) => readScopeOfNode(tx, snapshotId, key), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  });
}

async function readScopeOfNode(
  db: DbClient,
  snapshotId: string,
  key: string,
): Promise<OwnerScope | undefined> {
  const snapshot = await scopeOfSnapshot(db, snapshotId);
  if (!snapshot) return undefined;
  const { provinceCode } = snapshot;
  const where = { snapshotId_key: { snapshotId, key } };
  const [agency, unit, district, division, commune, communeOrganisation, position] = await Promise.all([
    db.agency.findUnique({ where, select: { key: true } }),
    db.unit.findUnique({ where, select: { agency: { select: { key: true } } } }),
    db.district.findUnique({ where, select: { key: true } }),
    db.division.findUnique({ where, select: { district: { select: { key: true } } } }),
    db.commune.findUnique({ where, select: { key: true } }),
    db.communeOrganisation.findUnique({ where, select: { key: true } }),
    db.position.findUnique({
      where,
      select: {
        agency: { select: { key: true } },
        unit: { select: { agency: { select: { key: true } } } },
        division: { select: { district: { select: { key: true } } } },
        communeOrganisation: { select: { key: true } },
      },
    }),
  ]);
  if (agency) return { provinceCode, agencyKey: agency.key };
  if (unit) return { provinceCode, agencyKey: unit.agency.key };
  if (district) return { provinceCode, districtKey: district.key };
  if (division) return { provinceCode, districtKey: division.district.key };
  if (commune || communeOrganisation) return { provinceCode };
  if (position) {
    const agencyKey = position.agency?.key ?? position.unit?.agency.key;
    if (agencyKey) return { provinceCode, agencyKey };
    if (position.division) return { provinceCode, districtKey: position.division.district.key };
    if (position.communeOrganisation) return { provinceCode };
  }
  return undefined;
}
