// Who a user is to the application: a role and the scope it applies to (docs/adr/0025). The permission
// of each API procedure is declared in packages/api/src/permissions.ts; this file holds the shared
// vocabulary and the decisions that are functions of data (may this actor act on that scope?).
import { z } from "zod";

import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import { maySeePersonalData } from "./scope-rules.ts";

export const roleSchema = z.enum([
  "district_officer",
  "agency_officer",
  "provincial_reviewer",
  "viewer",
  "admin",
]);
export type Role = z.infer<typeof roleSchema>;

/** A signed-in user as the API sees them. */
export const actorSchema = z.strictObject({
  userId: z.string().min(1),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  /** The province's administrative code; null for an admin. */
  provinceCode: z.string().nullable(),
  /** A district officer's district (document key). */
  districtKey: z.string().nullable(),
  /** An agency officer's sở (document key). */
  agencyKey: z.string().nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

/**
 * The snapshot without the staff lists the actor may not see (the nodes, payroll, deputies and
 * positions stay: they are public administrative facts). `hidden` counts the lists removed.
 */
export function withoutHiddenPersonalData(
  snapshot: Snapshot,
  actor: Actor,
): { snapshot: Snapshot; hidden: number } {
  const provinceCode = snapshot.province.code;
  let hidden = 0;
  const strip = <T extends { staff?: unknown[] | undefined }>(node: T, visible: boolean): T => {
    if (visible || node.staff === undefined) return node;
    hidden += 1;
    const { staff: _removed, ...rest } = node;
    return rest as T;
  };
  const agencies = snapshot.agencies.map((agency) => {
    const visible = maySeePersonalData(actor, { provinceCode, agencyKey: agency.id });
    return {
      ...strip(agency, visible),
      units: agency.units.map((unit) =>
        unit.type === "sub_department"
          ? { ...strip(unit, visible), units: unit.units.map((child) => strip(child, visible)) }
          : strip(unit, visible),
      ),
    };
  });
  const districts = snapshot.districts.map((district) => {
    const visible = maySeePersonalData(actor, { provinceCode, districtKey: district.id });
    return { ...district, divisions: district.divisions.map((division) => strip(division, visible)) };
  });
  // The commune level is province-wide (C26-ORG-01): its staff lists are the province's reviewers' to see.
  const communesVisible = maySeePersonalData(actor, { provinceCode });
  const communes = snapshot.communes.map((commune) => ({
    ...commune,
    organisations: commune.organisations.map((organisation) => strip(organisation, communesVisible)),
  }));
  return hidden === 0
    ? { snapshot, hidden }
    : { snapshot: { ...snapshot, agencies, districts, communes }, hidden };
}
