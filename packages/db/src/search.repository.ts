// Vietnamese search over a snapshot's organisation: case- and accent-insensitive ("SO NOI" finds "Sở
// Nội vụ") by comparing the stored search keys (see toSearchKey in @tinhgon/domain).
import { toSearchKey } from "@tinhgon/domain";

import type { DbClient } from "./snapshot.repository.ts";

export interface SearchHit {
  /** "commune" is a xã, phường or đặc khu; "commune_organisation" one of its phòng or its service centre. */
  type: "agency" | "unit" | "district" | "division" | "commune" | "commune_organisation";
  id: string;
  name: string;
  /** The name of the agency, district or commune it belongs to, when it is a unit or division. */
  parentName: string | null;
}

export async function searchOrganisation(
  db: DbClient,
  input: { snapshotId: string; query: string; limit: number },
): Promise<SearchHit[]> {
  const key = toSearchKey(input.query);
  if (key === "") return [];
  // LIKE's wildcards in the query are literal characters, not patterns.
  const where = { snapshotId: input.snapshotId, searchKey: { contains: key.replace(/[\\%_]/g, "\\$&") } };

  const take = input.limit;
  const [agencies, units, districts, divisions, communes, communeOrganisations] = await Promise.all([
    db.agency.findMany({ where, take, orderBy: { sortOrder: "asc" }, select: { key: true, name: true } }),
    db.unit.findMany({
      where,
      take,
      orderBy: { sortOrder: "asc" },
      select: { key: true, name: true, agency: { select: { name: true } } },
    }),
    db.district.findMany({ where, take, orderBy: { sortOrder: "asc" }, select: { key: true, name: true } }),
    db.division.findMany({
      where,
      take,
      orderBy: { sortOrder: "asc" },
      select: { key: true, name: true, district: { select: { name: true } } },
    }),
    db.commune.findMany({ where, take, orderBy: { sortOrder: "asc" }, select: { key: true, name: true } }),
    db.communeOrganisation.findMany({
      where,
      take,
      orderBy: { sortOrder: "asc" },
      select: { key: true, name: true, commune: { select: { name: true } } },
    }),
  ]);
  const hits: SearchHit[] = [
    ...agencies.map((row) => ({ type: "agency" as const, id: row.key, name: row.name, parentName: null })),
    ...units.map((row) => ({
      type: "unit" as const,
      id: row.key,
      name: row.name,
      parentName: row.agency.name,
    })),
    ...districts.map((row) => ({ type: "district" as const, id: row.key, name: row.name, parentName: null })),
    ...divisions.map((row) => ({
      type: "division" as const,
      id: row.key,
      name: row.name,
      parentName: row.district.name,
    })),
    ...communes.map((row) => ({ type: "commune" as const, id: row.key, name: row.name, parentName: null })),
    ...communeOrganisations.map((row) => ({
      type: "commune_organisation" as const,
      id: row.key,
      name: row.name,
      parentName: row.commune.name,
    })),
  ];
  return hits.slice(0, take);
}
