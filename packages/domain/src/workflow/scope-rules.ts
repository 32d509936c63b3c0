// The decisions on who may act on what, as functions of data (docs/adr/0025). Kept apart from the zod
// schemas of access.ts so that the web app's shell, which asks these questions on every page, does not
// load zod before a page needs it.
import type { Actor } from "./access.ts";

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
