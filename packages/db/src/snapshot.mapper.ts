// Rows ↔ the domain's snapshot (tinhgon.snapshot/2). DB rows are mapped *to* domain types, never the
// other way round: the domain's zod schemas define the shapes.
import {
  type Agency,
  type AgencyUnit,
  type Commune,
  type CommuneOrganisation,
  type District,
  type Division,
  type Position,
  SNAPSHOT_FORMAT,
  type Snapshot,
  type StaffMember,
  type SubDivision,
} from "@tinhgon/domain";

import type * as Rows from "./generated/prisma/client.ts";

export interface SnapshotRows {
  snapshot: Rows.Snapshot & { province: Rows.Province };
  agencies: Rows.Agency[];
  units: Rows.Unit[];
  districts: Rows.District[];
  divisions: Rows.Division[];
  communes: Rows.Commune[];
  communeOrganisations: Rows.CommuneOrganisation[];
  positions: Rows.Position[];
  staff: Rows.StaffMember[];
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromIsoDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** `reorganisedOn` is optional in the document: a null column leaves the field out. */
function reorganisedOn(row: { reorganisedOn: Date | null }): { reorganisedOn?: string } {
  return row.reorganisedOn === null ? {} : { reorganisedOn: toIsoDate(row.reorganisedOn) };
}

type HolderColumn = "agencyId" | "unitId" | "divisionId" | "communeOrganisationId";

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Assembles the rows of one snapshot (each list in sort order) into the domain document. */
export function rowsToSnapshot(rows: SnapshotRows): Snapshot {
  const positionsBy = (column: HolderColumn) => groupBy(rows.positions, (row) => row[column]);
  const staffBy = (column: HolderColumn) => groupBy(rows.staff, (row) => row[column]);
  const positionGroups = {
    agencyId: positionsBy("agencyId"),
    unitId: positionsBy("unitId"),
    divisionId: positionsBy("divisionId"),
    communeOrganisationId: positionsBy("communeOrganisationId"),
  };
  const staffGroups = {
    agencyId: staffBy("agencyId"),
    unitId: staffBy("unitId"),
    divisionId: staffBy("divisionId"),
    communeOrganisationId: staffBy("communeOrganisationId"),
  };

  const detail = (column: HolderColumn, rowId: string): { positions?: Position[]; staff?: StaffMember[] } => {
    const positions = positionGroups[column].get(rowId);
    const staff = staffGroups[column].get(rowId);
    return {
      ...(positions ? { positions: positions.map(toPosition) } : {}),
      ...(staff ? { staff: staff.map(toStaffMember) } : {}),
    };
  };

  const childrenByParent = groupBy(rows.units, (row) => row.parentId);
  const unitsByAgency = groupBy(
    rows.units.filter((row) => row.parentId === null),
    (row) => row.agencyId,
  );
  const divisionsByDistrict = groupBy(rows.divisions, (row) => row.districtId);
  const organisationsByCommune = groupBy(rows.communeOrganisations, (row) => row.communeId);

  const toSubDivision = (row: Rows.Unit): SubDivision => ({
    id: row.key,
    name: row.name,
    payroll: row.payroll,
    deputies: row.deputies,
    type: "division",
    ...reorganisedOn(row),
    ...detail("unitId", row.id),
  });

  const toUnit = (row: Rows.Unit): AgencyUnit => {
    const common = {
      id: row.key,
      name: row.name,
      payroll: row.payroll,
      deputies: row.deputies,
      ...reorganisedOn(row),
      ...detail("unitId", row.id),
    };
    switch (row.type) {
      case "sub_department":
        return {
          ...common,
          type: "sub_department",
          specialisedScope: row.specialisedScope ?? true,
          delegatedAuthority: row.delegatedAuthority ?? true,
          units: (childrenByParent.get(row.id) ?? []).map(toSubDivision),
        };
      case "office":
        return { ...common, type: "office" };
      case "inspectorate":
        return { ...common, type: "inspectorate" };
      default:
        return { ...common, type: "division" };
    }
  };

  const agencies: Agency[] = rows.agencies.map((row) => ({
    id: row.key,
    kind: row.kind as Agency["kind"],
    name: row.name,
    payroll: row.payroll,
    deputies: row.deputies,
    officeFunctionsUnitId: row.officeFunctionsUnitKey,
    units: (unitsByAgency.get(row.id) ?? []).map(toUnit),
    ...reorganisedOn(row),
    ...detail("agencyId", row.id),
  }));

  const districts: District[] = rows.districts.map((row) => ({
    id: row.key,
    code: row.code,
    name: row.name,
    type: row.type as District["type"],
    island: row.island,
    islandDivisionCap: row.islandDivisionCap,
    ethnicMinority: { population: row.ethnicPopulation, qualifyingArea: row.ethnicQualifyingArea },
    divisions: (divisionsByDistrict.get(row.id) ?? []).map((division): Division => ({
      id: division.key,
      name: division.name,
      functions: division.functions as Division["functions"],
      payroll: division.payroll,
      deputies: division.deputies,
      ...reorganisedOn(division),
      ...detail("divisionId", division.id),
    })),
  }));

  const communes: Commune[] = rows.communes.map((row) => ({
    id: row.key,
    code: row.code,
    name: row.name,
    type: row.type as Commune["type"],
    urbanEconomy: row.urbanEconomy,
    organisations: (organisationsByCommune.get(row.id) ?? []).map((organisation): CommuneOrganisation => ({
      id: organisation.key,
      type: organisation.type as CommuneOrganisation["type"],
      name: organisation.name,
      functions: organisation.functions as CommuneOrganisation["functions"],
      payroll: organisation.payroll,
      deputies: organisation.deputies,
      ...reorganisedOn(organisation),
      ...detail("communeOrganisationId", organisation.id),
    })),
  }));

  return {
    format: SNAPSHOT_FORMAT,
    asOf: toIsoDate(rows.snapshot.asOf),
    province: {
      code: rows.snapshot.province.code,
      name: rows.snapshot.provinceName,
      class: rows.snapshot.provinceClass as Snapshot["province"]["class"],
      mergedFrom: rows.snapshot.mergedFrom,
      agenciesComplete: rows.snapshot.agenciesComplete,
      communesComplete: rows.snapshot.communesComplete,
    },
    agencies,
    districts,
    communes,
  };
}

function toPosition(row: Rows.Position): Position {
  return {
    id: row.key,
    title: row.title,
    group: row.group as Position["group"],
    rank: row.rank as Position["rank"],
    count: row.count,
  };
}

function toStaffMember(row: Rows.StaffMember): StaffMember {
  return {
    id: row.key,
    fullName: row.fullName,
    birthDate: toIsoDate(row.birthDate),
    gender: row.gender as StaffMember["gender"],
    positionId: row.positionKey,
    role: row.role as StaffMember["role"],
    rank: row.rank as StaffMember["rank"],
  };
}
