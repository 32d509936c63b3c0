// Who a user is to the application: a role and the scope it applies to (docs/adr/0025). The permission
// of each API procedure is declared in packages/api/src/permissions.ts; this file holds the shared
// vocabulary and the decisions that are functions of data (may this actor act on that scope?).
import { z } from "zod";

import type { Snapshot } from "../snapshot/snapshot.schema.ts";

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
 * What a record belongs to: a province, and within it one district or one agency (or neither for a
 * province-wide record). A node of the organisation, a plan and a snapshot all have one.
 */
export interface OwnerScope {
  provinceCode: string;
  districtKey?: string | null;
  agencyKey?: string | null;
}

/** The actor works in the record's province (reviewers and viewers read all of it). */
export function inProvince(actor: Actor, scope: OwnerScope): boolean {
  return actor.provinceCode !== null && actor.provinceCode === scope.provinceCode;
}

/**
 * The actor's own part of the province: a district officer's district, an agency officer's sở, a
 * reviewer's province-wide records.
 */
export function ownsScope(actor: Actor, scope: OwnerScope): boolean {
  if (!inProvince(actor, scope)) return false;
  // Province-wide plans (the sở's arrangement) are drafted by the Department of Home Affairs itself; a
  // reviewer never approves a round they submitted (four eyes, plan.service).
  if (actor.role === "provincial_reviewer") return !scope.districtKey && !scope.agencyKey;
  if (actor.role === "district_officer")
    return actor.districtKey !== null && scope.districtKey === actor.districtKey;
  if (actor.role === "agency_officer") return actor.agencyKey !== null && scope.agencyKey === actor.agencyKey;
  return false;
}

/** Staff lists are personal data: the owning unit's officers and the province's reviewers see them. */
export function maySeePersonalData(actor: Actor, scope: OwnerScope): boolean {
  if (actor.role === "provincial_reviewer") return inProvince(actor, scope);
  return ownsScope(actor, scope);
}

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
  return hidden === 0 ? { snapshot, hidden } : { snapshot: { ...snapshot, agencies, districts }, hidden };
}
