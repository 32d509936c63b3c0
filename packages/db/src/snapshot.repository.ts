// Snapshots: save (create or replace by province + name), load (a constant number of queries whatever
// the size), list, delete. Every write runs in one transaction, serialised per snapshot by an advisory
// lock, so a failed import leaves nothing behind and concurrent imports of one snapshot cannot interleave.
import { randomUUID } from "node:crypto";

import { type Position, type Snapshot, type StaffMember, toSearchKey } from "@tinhgon/domain";

import { appendAuditEvent, type AuditMeta } from "./audit.repository.ts";
import type { Database } from "./client.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import { fromIsoDate, rowsToSnapshot, toIsoDate } from "./snapshot.mapper.ts";

/** The client or an interactive transaction: queries receive the database as an argument. */
export type DbClient = Database | Prisma.TransactionClient;

export interface SnapshotSummary {
  id: string;
  name: string;
  asOf: string;
  provinceCode: string;
  provinceName: string;
  updatedAt: string;
  /** How much of the province the snapshot covers: a district's data set has no agencies. */
  agencyCount: number;
  districtCount: number;
  /** Commune-level units (snapshot/2; from 01/07/2025). */
  communeCount: number;
  /** Bumped by every edit; edits may name it to be refused when someone else changed the data since. */
  version: number;
}

/** Large imports (a whole country) take longer than Prisma's 5 s default. */
const transactionOptions = { timeout: 120_000, maxWait: 30_000 };

export async function lockSnapshotName(
  tx: Prisma.TransactionClient,
  provinceCode: string,
  name: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`snapshot:${provinceCode}:${name}`}, 0))`;
}

/** Creates the named snapshot of the document's province, or replaces it (keeping its id). */
export async function saveSnapshot(
  db: Database,
  input: { name: string; snapshot: Snapshot },
  audit: AuditMeta,
): Promise<{ id: string; replaced: boolean }> {
  return db.$transaction(async (tx) => {
    await lockSnapshotName(tx, input.snapshot.province.code, input.name);
    const written = await writeSnapshot(tx, input.name, input.snapshot);
    const { version } = await tx.snapshot.update({
      where: { id: written.id },
      data: { version: { increment: written.replaced ? 1 : 0 } },
      select: { version: true },
    });
    await appendAuditEvent(tx, audit, {
      entityType: "snapshot",
      entityId: written.id,
      before: written.replaced ? { version: version - 1 } : null,
      after: { name: input.name, asOf: input.snapshot.asOf, version, ...snapshotCounts(input.snapshot) },
    });
    return written;
  }, transactionOptions);
}

/** What the audit trail keeps of a whole snapshot: its size, not its (personal) content. */
function snapshotCounts(snapshot: Snapshot): Record<string, number> {
  return {
    agencies: snapshot.agencies.length,
    districts: snapshot.districts.length,
    divisions: snapshot.districts.reduce((sum, district) => sum + district.divisions.length, 0),
    communes: snapshot.communes.length,
  };
}

/** Replaces the content of an existing snapshot inside the caller's transaction. */
export async function writeSnapshot(
  tx: Prisma.TransactionClient,
  name: string,
  snapshot: Snapshot,
): Promise<{ id: string; replaced: boolean }> {
  const { province } = snapshot;
  const provinceRow = await tx.province.upsert({
    where: { code: province.code },
    create: {
      code: province.code,
      name: province.name,
      class: province.class,
      mergedFrom: province.mergedFrom,
      searchKey: toSearchKey(province.name),
    },
    update: {
      name: province.name,
      class: province.class,
      mergedFrom: province.mergedFrom,
      searchKey: toSearchKey(province.name),
    },
    select: { id: true },
  });
  const existing = await tx.snapshot.findUnique({
    where: { provinceId_name: { provinceId: provinceRow.id, name } },
    select: { id: true },
  });
  const header = {
    asOf: fromIsoDate(snapshot.asOf),
    provinceName: province.name,
    provinceClass: province.class,
    mergedFrom: province.mergedFrom,
    agenciesComplete: province.agenciesComplete,
    communesComplete: province.communesComplete,
  };
  let snapshotId: string;
  if (existing) {
    snapshotId = existing.id;
    // Children cascade from agencies, districts and communes; positions and staff hang off them.
    await tx.agency.deleteMany({ where: { snapshotId } });
    await tx.district.deleteMany({ where: { snapshotId } });
    await tx.commune.deleteMany({ where: { snapshotId } });
    await tx.snapshot.update({ where: { id: snapshotId }, data: header });
  } else {
    snapshotId = (
      await tx.snapshot.create({
        data: { provinceId: provinceRow.id, name, ...header },
        select: { id: true },
      })
    ).id;
  }
  await insertContent(tx, snapshotId, snapshot);
  return { id: snapshotId, replaced: existing !== null };
}

async function insertContent(
  tx: Prisma.TransactionClient,
  snapshotId: string,
  snapshot: Snapshot,
): Promise<void> {
  const agencies: Prisma.AgencyCreateManyInput[] = [];
  const topUnits: Prisma.UnitCreateManyInput[] = [];
  const childUnits: Prisma.UnitCreateManyInput[] = [];
  const districts: Prisma.DistrictCreateManyInput[] = [];
  const divisions: Prisma.DivisionCreateManyInput[] = [];
  const communes: Prisma.CommuneCreateManyInput[] = [];
  const communeOrganisations: Prisma.CommuneOrganisationCreateManyInput[] = [];
  const positions: Prisma.PositionCreateManyInput[] = [];
  const staff: Prisma.StaffMemberCreateManyInput[] = [];
  let order = 0;
  const next = (): number => (order += 1);

  const addDetail = (
    holder: { positions?: readonly Position[]; staff?: readonly StaffMember[] },
    owner: { agencyId?: string; unitId?: string; divisionId?: string; communeOrganisationId?: string },
  ): void => {
    for (const position of holder.positions ?? []) {
      positions.push({
        id: randomUUID(),
        snapshotId,
        ...owner,
        key: position.id,
        title: position.title,
        group: position.group,
        rank: position.rank,
        count: position.count,
        sortOrder: next(),
      });
    }
    for (const member of holder.staff ?? []) {
      staff.push({
        id: randomUUID(),
        snapshotId,
        ...owner,
        key: member.id,
        fullName: member.fullName,
        birthDate: fromIsoDate(member.birthDate),
        gender: member.gender,
        role: member.role,
        rank: member.rank,
        positionKey: member.positionId,
        sortOrder: next(),
      });
    }
  };

  for (const agency of snapshot.agencies) {
    const agencyId = randomUUID();
    agencies.push({
      id: agencyId,
      snapshotId,
      key: agency.id,
      kind: agency.kind,
      name: agency.name,
      searchKey: toSearchKey(agency.name),
      payroll: agency.payroll,
      deputies: agency.deputies,
      officeFunctionsUnitKey: agency.officeFunctionsUnitId,
      reorganisedOn: dateOrNull(agency.reorganisedOn),
      sortOrder: next(),
    });
    addDetail(agency, { agencyId });
    for (const unit of agency.units) {
      const unitId = randomUUID();
      const subDepartment = unit.type === "sub_department";
      topUnits.push({
        id: unitId,
        snapshotId,
        agencyId,
        key: unit.id,
        type: unit.type,
        name: unit.name,
        searchKey: toSearchKey(unit.name),
        payroll: unit.payroll,
        deputies: unit.deputies,
        specialisedScope: subDepartment ? unit.specialisedScope : null,
        delegatedAuthority: subDepartment ? unit.delegatedAuthority : null,
        reorganisedOn: dateOrNull(unit.reorganisedOn),
        sortOrder: next(),
      });
      addDetail(unit, { unitId });
      if (!subDepartment) continue;
      for (const child of unit.units) {
        const childId = randomUUID();
        childUnits.push({
          id: childId,
          snapshotId,
          agencyId,
          parentId: unitId,
          key: child.id,
          type: child.type,
          name: child.name,
          searchKey: toSearchKey(child.name),
          payroll: child.payroll,
          deputies: child.deputies,
          reorganisedOn: dateOrNull(child.reorganisedOn),
          sortOrder: next(),
        });
        addDetail(child, { unitId: childId });
      }
    }
  }

  for (const district of snapshot.districts) {
    const districtId = randomUUID();
    districts.push({
      id: districtId,
      snapshotId,
      key: district.id,
      code: district.code,
      name: district.name,
      searchKey: toSearchKey(district.name),
      type: district.type,
      island: district.island,
      islandDivisionCap: district.islandDivisionCap,
      ethnicPopulation: district.ethnicMinority.population,
      ethnicQualifyingArea: district.ethnicMinority.qualifyingArea,
      sortOrder: next(),
    });
    for (const division of district.divisions) {
      const divisionId = randomUUID();
      divisions.push({
        id: divisionId,
        snapshotId,
        districtId,
        key: division.id,
        name: division.name,
        searchKey: toSearchKey(division.name),
        functions: [...division.functions],
        payroll: division.payroll,
        deputies: division.deputies,
        reorganisedOn: dateOrNull(division.reorganisedOn),
        sortOrder: next(),
      });
      addDetail(division, { divisionId });
    }
  }

  for (const commune of snapshot.communes) {
    const communeId = randomUUID();
    communes.push({
      id: communeId,
      snapshotId,
      key: commune.id,
      code: commune.code,
      name: commune.name,
      searchKey: toSearchKey(commune.name),
      type: commune.type,
      urbanEconomy: commune.urbanEconomy,
      sortOrder: next(),
    });
    for (const organisation of commune.organisations) {
      const communeOrganisationId = randomUUID();
      communeOrganisations.push({
        id: communeOrganisationId,
        snapshotId,
        communeId,
        key: organisation.id,
        type: organisation.type,
        name: organisation.name,
        searchKey: toSearchKey(organisation.name),
        functions: [...organisation.functions],
        payroll: organisation.payroll,
        deputies: organisation.deputies,
        reorganisedOn: dateOrNull(organisation.reorganisedOn),
        sortOrder: next(),
      });
      addDetail(organisation, { communeOrganisationId });
    }
  }

  // Parents before children; one statement per table whatever the size.
  if (agencies.length > 0) await tx.agency.createMany({ data: agencies });
  if (topUnits.length > 0) await tx.unit.createMany({ data: topUnits });
  if (childUnits.length > 0) await tx.unit.createMany({ data: childUnits });
  if (districts.length > 0) await tx.district.createMany({ data: districts });
  if (divisions.length > 0) await tx.division.createMany({ data: divisions });
  if (communes.length > 0) await tx.commune.createMany({ data: communes });
  if (communeOrganisations.length > 0)
    await tx.communeOrganisation.createMany({ data: communeOrganisations });
  if (positions.length > 0) await tx.position.createMany({ data: positions });
  if (staff.length > 0) await tx.staffMember.createMany({ data: staff });
}

function dateOrNull(isoDate: string | undefined): Date | null {
  return isoDate === undefined ? null : fromIsoDate(isoDate);
}

/** The whole structure of a snapshot in 10 queries (the header and its province, then one per table), however large it is (no N+1). */
export async function loadSnapshot(
  db: DbClient,
  snapshotId: string,
): Promise<{ name: string; version: number; snapshot: Snapshot } | undefined> {
  const header = await db.snapshot.findUnique({ where: { id: snapshotId }, include: { province: true } });
  if (!header) return undefined;
  const where = { snapshotId };
  const orderBy = { sortOrder: "asc" as const };
  const [agencies, units, districts, divisions, communes, communeOrganisations, positions, staff] =
    await Promise.all([
      db.agency.findMany({ where, orderBy }),
      db.unit.findMany({ where, orderBy }),
      db.district.findMany({ where, orderBy }),
      db.division.findMany({ where, orderBy }),
      db.commune.findMany({ where, orderBy }),
      db.communeOrganisation.findMany({ where, orderBy }),
      db.position.findMany({ where, orderBy }),
      db.staffMember.findMany({ where, orderBy }),
    ]);
  return {
    name: header.name,
    version: header.version,
    snapshot: rowsToSnapshot({
      snapshot: header,
      agencies,
      units,
      districts,
      divisions,
      communes,
      communeOrganisations,
      positions,
      staff,
    }),
  };
}

export async function listSnapshots(
  db: DbClient,
  filter: { provinceCode?: string } = {},
): Promise<SnapshotSummary[]> {
  const rows = await db.snapshot.findMany({
    where: filter.provinceCode === undefined ? {} : { province: { code: filter.provinceCode } },
    include: {
      province: { select: { code: true } },
      _count: { select: { agencies: true, districts: true, communes: true } },
    },
    orderBy: [{ asOf: "desc" }, { updatedAt: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    asOf: toIsoDate(row.asOf),
    provinceCode: row.province.code,
    provinceName: row.provinceName,
    updatedAt: row.updatedAt.toISOString(),
    agencyCount: row._count.agencies,
    districtCount: row._count.districts,
    communeCount: row._count.communes,
    version: row.version,
  }));
}

export async function deleteSnapshot(db: Database, snapshotId: string, audit: AuditMeta): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const header = await tx.snapshot.findUnique({ where: { id: snapshotId }, include: { province: true } });
    if (!header) return false;
    await lockSnapshotName(tx, header.province.code, header.name);
    const result = await tx.snapshot.deleteMany({ where: { id: snapshotId } });
    if (result.count === 0) return false;
    await appendAuditEvent(tx, audit, {
      entityType: "snapshot",
      entityId: snapshotId,
      before: { name: header.name, asOf: toIsoDate(header.asOf), version: header.version },
      after: null,
    });
    return true;
  }, transactionOptions);
}

export type SnapshotUpdateOutcome<T> =
  | { found: false }
  | { found: true; conflict: true; currentVersion: number }
  | { found: true; conflict?: false; ok: true; value: T; version: number }
  | { found: true; conflict?: false; ok: false; error: unknown };

/**
 * Runs `change` on a stored snapshot inside one transaction that holds the snapshot's lock: load, apply
 * in the domain, validate, write back. Concurrent edits are serialised, so none is lost.
 */
export async function updateSnapshot<T>(
  db: Database,
  snapshotId: string,
  change: (snapshot: Snapshot) => { ok: true; snapshot: Snapshot; value: T } | { ok: false; error: unknown },
  audit: AuditMeta & {
    /** When given, the edit is refused if the snapshot changed since (optimistic concurrency). */
    expectedVersion?: number | undefined;
    /** Before/after of what the edit touched, for the audit trail. */
    describe: (before: Snapshot, after: Snapshot) => { before: unknown; after: unknown };
  },
): Promise<SnapshotUpdateOutcome<T>> {
  return db.$transaction(async (tx): Promise<SnapshotUpdateOutcome<T>> => {
    const header = await tx.snapshot.findUnique({
      where: { id: snapshotId },
      include: { province: { select: { code: true } } },
    });
    if (!header) return { found: false as const };
    await lockSnapshotName(tx, header.province.code, header.name);
    const locked = await tx.snapshot.findUnique({ where: { id: snapshotId }, select: { version: true } });
    if (!locked) return { found: false as const };
    if (audit.expectedVersion !== undefined && audit.expectedVersion !== locked.version)
      return { found: true as const, conflict: true as const, currentVersion: locked.version };
    const loaded = await loadSnapshot(tx, snapshotId);
    if (!loaded) return { found: false as const };
    const result = change(loaded.snapshot);
    if (!result.ok) return { found: true as const, ok: false as const, error: result.error };
    await writeSnapshot(tx, header.name, result.snapshot);
    const { version } = await tx.snapshot.update({
      where: { id: snapshotId },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    const { describe, expectedVersion: _expected, ...meta } = audit;
    const described = describe(loaded.snapshot, result.snapshot);
    await appendAuditEvent(tx, meta, {
      entityType: "snapshot",
      entityId: snapshotId,
      before: { version: locked.version, ...asRecord(described.before) },
      after: { version, ...asRecord(described.after) },
    });
    return { found: true as const, ok: true as const, value: result.value, version };
  }, transactionOptions);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value === null || value === undefined ? {} : { node: value };
}
