// What the signed-in user may do, as the server decides it (packages/api/src/permissions.ts, with the
// domain's ownsScope / inProvince): the UI only hides or disables what the server would refuse. The
// server stays the authority; these answers never grant anything.
import {
  type Actor,
  inProvince,
  isEditable,
  maySeePersonalData,
  type OwnerScope,
  ownsScope,
  type PlanStatus,
} from "@tinhgon/domain";

/** A plan as the list and the editor know it: its owner scope and status. */
export interface PlanRecord {
  provinceCode: string;
  districtKey: string | null;
  agencyKey: string | null;
  status: PlanStatus;
}

/** Editing a node of the structure or its job positions: the officer of its district or sở. */
export function mayEditStructure(actor: Actor, scope: OwnerScope): boolean {
  // A node always belongs to a district or a sở, so a reviewer (who owns only province-wide records),
  // a viewer and an administrator never edit the structure.
  return ownsScope(actor, scope);
}

/** The plan's owner: the officer of its district or sở, or a reviewer for a province-wide plan. */
export function ownsPlan(actor: Actor, plan: PlanRecord): boolean {
  return ownsScope(actor, plan);
}

/** Appraising (start review, return, approve): the province's reviewers. */
export function reviewsPlan(actor: Actor, plan: PlanRecord): boolean {
  return actor.role === "provincial_reviewer" && inProvince(actor, plan);
}

/** Commenting: the owner and the province's reviewers (not viewers). */
export function mayDiscussPlan(actor: Actor, plan: PlanRecord): boolean {
  return ownsPlan(actor, plan) || reviewsPlan(actor, plan);
}

/** Changing the plan's content: its owner, while it is a draft or returned. */
export function mayEditPlan(actor: Actor, plan: PlanRecord): boolean {
  return ownsPlan(actor, plan) && isEditable(plan.status);
}

/** Deleting: the owner, before submission or after withdrawal (never a plan under or after review). */
export function mayDeletePlan(actor: Actor, plan: PlanRecord): boolean {
  return ownsPlan(actor, plan) && (plan.status === "draft" || plan.status === "withdrawn");
}

/** What names people (the plan's dossier, the deputy roadmap): the plan's owner and the province's reviewers. */
export function maySeePlanPersonalData(actor: Actor, plan: PlanRecord): boolean {
  return maySeePersonalData(actor, plan);
}

/** Importing a data set of the province (from Excel): its reviewers (Sở Nội vụ). Anyone may check a file. */
export function mayManageSnapshots(actor: Actor, provinceCode: string): boolean {
  return actor.role === "provincial_reviewer" && inProvince(actor, { provinceCode });
}

/** The one scope this user may draft plans for (the server's plan.create rule), or null: none. */
export type PlanScope =
  { kind: "district"; id: string } | { kind: "agency"; id: string } | { kind: "province" };

export function planScopeFor(actor: Actor): PlanScope | null {
  if (actor.provinceCode === null) return null;
  switch (actor.role) {
    case "district_officer":
      return actor.districtKey === null ? null : { kind: "district", id: actor.districtKey };
    case "agency_officer":
      return actor.agencyKey === null ? null : { kind: "agency", id: actor.agencyKey };
    case "provincial_reviewer":
      return { kind: "province" };
    case "viewer":
    case "admin":
      return null;
  }
}

/** The fields of plan.create / plan.import that name the scope. */
export function planScopeInput(scope: PlanScope): { districtId?: string; agencyId?: string } {
  if (scope.kind === "district") return { districtId: scope.id };
  if (scope.kind === "agency") return { agencyId: scope.id };
  return {};
}

/** Administrators manage users; they read no province's structure (the server refuses it). */
export function readsProvinceData(actor: Actor): boolean {
  return actor.role !== "admin";
}
