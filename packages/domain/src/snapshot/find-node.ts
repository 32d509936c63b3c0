// Locating an agency, unit, district or division of a snapshot by its id.
import type { Agency, AgencyUnit, District, Division, Snapshot, SubDivision } from "./snapshot.schema.ts";

export type OrganisationNode =
  | { type: "agency"; node: Agency }
  | { type: "unit"; node: AgencyUnit | SubDivision; agency: Agency; parentUnitId: string | null }
  | { type: "district"; node: District }
  | { type: "division"; node: Division; district: District };

export function findOrganisationNode(snapshot: Snapshot, id: string): OrganisationNode | undefined {
  for (const agency of snapshot.agencies) {
    if (agency.id === id) return { type: "agency", node: agency };
    for (const unit of agency.units) {
      if (unit.id === id) return { type: "unit", node: unit, agency, parentUnitId: null };
      if (unit.type !== "sub_department") continue;
      const child = unit.units.find((candidate) => candidate.id === id);
      if (child) return { type: "unit", node: child, agency, parentUnitId: unit.id };
    }
  }
  for (const district of snapshot.districts) {
    if (district.id === id) return { type: "district", node: district };
    const division = district.divisions.find((candidate) => candidate.id === id);
    if (division) return { type: "division", node: division, district };
  }
  return undefined;
}
