// Every procedure's permission, in one place (docs/adr/0025). Deny by default: a procedure missing from
// this table is refused for everyone, and the authorisation matrix test (tests/integration) fails until
// it is declared. A permission names who may call the procedure and, for records, how to find the
// record's owner scope from the input; the check runs before the procedure's own code.
import { type Actor, inProvince, maySeePersonalData, type OwnerScope, ownsScope } from "@tinhgon/domain";
import { z } from "zod";

import type { Context } from "./context.ts";
import { loadPlanHeader, parsePlanOrThrow } from "./services/plan.service.ts";
import { parseDocumentOrThrow } from "./services/snapshot.service.ts";

/** Who may call: the policy, evaluated on the actor and (for records) the record's owner scope. */
export type Policy =
  /** Anyone, signed in or not (health checks). */
  | "public"
  /** Any signed-in user; the procedure itself only returns what the user may see. */
  | "signed_in"
  /** Administrators (users). */
  | "admin"
  /** Reading a province's structure (no personal data unless the owner or a reviewer). */
  | "read_structure"
  /** Importing or deleting a province's data sets: its reviewers (Sở Nội vụ). */
  | "manage_snapshots"
  /** Editing a node of the structure: the officer of the district or agency it belongs to. */
  | "edit_structure"
  /** Reading a plan: the province's reviewers and viewers, and the plan's owner. */
  | "read_plan"
  /** What names people (the deputy roadmap): the plan's owner and the province's reviewers. */
  | "read_plan_personal"
  /** Drafting, editing, submitting, withdrawing, deleting a plan: its owner. */
  | "own_plan"
  /** Appraising a plan (start review, return, approve): the province's reviewers. */
  | "review_plan"
  /** Commenting: the plan's owner and the province's reviewers. */
  | "discuss_plan";

/** The record's owner scope, or which record is missing (answered as "not found" before any code runs). */
export type ResolvedScope =
  | (OwnerScope & {
      /** The record is a plan: read with plan rules, whatever the policy reads. */ plan?: true;
    })
  | { missing: "snapshot" | "plan" | "node"; id: string };

export interface Permission {
  policy: Policy;
  /** How to find the owner scope of the record the input names; absent for policies without a record. */
  scope?: (context: Context, rawInput: unknown) => Promise<ResolvedScope | "none">;
}

const uuid = z.uuid();
const key = z.string().min(1).max(120);

/** The raw input's fields the scope is read from; an input without them is refused as invalid. */
export class ScopeInputError extends Error {
  constructor() {
    super("The input does not name the record it acts on.");
    this.name = "ScopeInputError";
  }
}

// The schemas below are built once, not per call: zod 4 compiles each new object schema on first use,
// which on the hot path (every plan call) cost more than the check itself (docs/performance.md).
function read<T extends z.ZodType>(schema: T, rawInput: unknown): z.infer<T> {
  const parsed = schema.safeParse(rawInput);
  if (!parsed.success) throw new ScopeInputError();
  return parsed.data;
}

const bySnapshot = (field: "snapshotId" | "id") => {
  const schema = z.object({ [field]: uuid });
  return async (context: Context, rawInput: unknown): Promise<ResolvedScope> => {
    const input = read(schema, rawInput) as Record<string, string>;
    const id = input[field] ?? "";
    const found = await context.repositories.scopeOfSnapshot(id);
    return found ? { provinceCode: found.provinceCode } : { missing: "snapshot", id };
  };
};

const byNode = (field: "id" | "agencyId" | "districtId" | "holderId") => {
  const schema = z.object({ snapshotId: uuid, [field]: key });
  return async (context: Context, rawInput: unknown): Promise<ResolvedScope> => {
    const input = read(schema, rawInput) as Record<string, string>;
    const snapshotId = input.snapshotId ?? "";
    const id = input[field] ?? "";
    const found = await context.repositories.scopeOfNode(snapshotId, id);
    if (found) return found;
    return (await context.repositories.scopeOfSnapshot(snapshotId))
      ? { missing: "node", id }
      : { missing: "snapshot", id: snapshotId };
  };
};

const byPlan = (field: "id" | "planId") => {
  const schema = z.object({ [field]: uuid });
  return async (context: Context, rawInput: unknown): Promise<ResolvedScope> => {
    const input = read(schema, rawInput) as Record<string, string>;
    const id = input[field] ?? "";
    // The header only (no document): the owner scope is all the check needs.
    const plan = await loadPlanHeader(context, id);
    return plan
      ? {
          provinceCode: plan.provinceCode,
          districtKey: plan.districtKey,
          agencyKey: plan.agencyKey,
          plan: true,
        }
      : { missing: "plan", id };
  };
};

const bySnapshotId = bySnapshot("snapshotId");
const byPlanId = byPlan("planId");
const provinceCodeInput = z.object({ provinceCode: z.string().min(1).max(20) });
const newPlanInput = z.object({ snapshotId: uuid, districtId: key.optional(), agencyId: key.optional() });
const importedPlanInput = z.object({
  document: z.unknown(),
  districtId: key.optional(),
  agencyId: key.optional(),
});
const importedSnapshotInput = z.object({ document: z.unknown() });
const complianceInput = z.union([
  z.object({ snapshotId: uuid }),
  z.object({ planId: uuid }),
  z.object({ document: z.unknown() }),
]);
const optionalSnapshotInput = z.object({ snapshotId: uuid.optional() });
const importedWorkbookInput = z.object({
  provinceCode: z.string().min(1).max(20),
  snapshotId: uuid.optional(),
});

/** A new plan's scope: the snapshot's province, and the district or agency it re-arranges. */
async function newPlanScope(context: Context, rawInput: unknown): Promise<ResolvedScope> {
  const input = read(newPlanInput, rawInput);
  const found = await context.repositories.scopeOfSnapshot(input.snapshotId);
  if (!found) return { missing: "snapshot", id: input.snapshotId };
  return {
    provinceCode: found.provinceCode,
    districtKey: input.districtId ?? null,
    agencyKey: input.agencyId ?? null,
  };
}

/**
 * An imported plan's scope: the province its baseline names, and the district or agency given. The
 * document is validated first (the domain's parser): an invalid one is explained, whoever sends it.
 */
function importedPlanScope(_context: Context, rawInput: unknown): Promise<ResolvedScope> {
  const input = read(importedPlanInput, rawInput);
  const plan = parsePlanOrThrow(input.document);
  return Promise.resolve({
    provinceCode: plan.baseline.province.code,
    districtKey: input.districtId ?? null,
    agencyKey: input.agencyId ?? null,
  });
}

/** An imported snapshot's province, from the document validated by the domain's parser. */
function importedSnapshotScope(_context: Context, rawInput: unknown): Promise<ResolvedScope> {
  const input = read(importedSnapshotInput, rawInput);
  return Promise.resolve({ provinceCode: parseDocumentOrThrow(input.document).province.code });
}

/** compliance.check / compare: a stored snapshot, a stored plan, or an uploaded document (no record). */
async function complianceScope(context: Context, rawInput: unknown): Promise<ResolvedScope | "none"> {
  const input = read(complianceInput, rawInput);
  if ("snapshotId" in input) return bySnapshotId(context, input);
  if ("planId" in input) return byPlanId(context, input);
  return "none";
}

/** Checking a workbook: against a stored data set (positions, staff) or on its own (no record). */
async function optionalSnapshotScope(context: Context, rawInput: unknown): Promise<ResolvedScope | "none"> {
  const input = read(optionalSnapshotInput, rawInput);
  return input.snapshotId === undefined ? "none" : bySnapshotId(context, input);
}

/**
 * Importing a workbook writes a data set of the province the user selected (the service refuses a file
 * of another province), or completes a stored data set, whose province then decides.
 */
async function importedWorkbookScope(context: Context, rawInput: unknown): Promise<ResolvedScope> {
  const input = read(importedWorkbookInput, rawInput);
  if (input.snapshotId !== undefined) return bySnapshotId(context, input);
  return { provinceCode: input.provinceCode };
}

export const procedurePermissions = {
  "system.health": { policy: "public" },
  "system.me": { policy: "signed_in" },

  "org.provinces": { policy: "signed_in" },
  "org.snapshots": { policy: "signed_in" },
  "org.tree": {
    policy: "read_structure",
    scope: (_context, rawInput) =>
      Promise.resolve({
        provinceCode: read(provinceCodeInput, rawInput).provinceCode,
      }),
  },
  "org.unit": { policy: "read_structure", scope: byNode("id") },
  "org.limits": { policy: "read_structure", scope: byNode("id") },
  "org.search": { policy: "read_structure", scope: bySnapshot("snapshotId") },
  "org.createUnit": { policy: "edit_structure", scope: byNode("agencyId") },
  "org.updateUnit": { policy: "edit_structure", scope: byNode("id") },
  "org.deleteUnit": { policy: "edit_structure", scope: byNode("id") },
  "org.createDivision": { policy: "edit_structure", scope: byNode("districtId") },
  "org.updateDivision": { policy: "edit_structure", scope: byNode("id") },
  "org.deleteDivision": { policy: "edit_structure", scope: byNode("id") },

  "positions.scheme": { policy: "read_structure", scope: byNode("holderId") },
  "positions.create": { policy: "edit_structure", scope: byNode("holderId") },
  "positions.update": { policy: "edit_structure", scope: byNode("id") },
  "positions.delete": { policy: "edit_structure", scope: byNode("id") },

  "snapshot.import": { policy: "manage_snapshots", scope: importedSnapshotScope },
  "snapshot.export": { policy: "read_structure", scope: bySnapshot("id") },
  "snapshot.list": { policy: "signed_in" },
  "snapshot.delete": { policy: "manage_snapshots", scope: bySnapshot("id") },

  "compliance.check": { policy: "read_structure", scope: complianceScope },
  "compliance.compare": { policy: "read_structure", scope: complianceScope },

  "plan.create": { policy: "own_plan", scope: newPlanScope },
  "plan.import": { policy: "own_plan", scope: importedPlanScope },
  "plan.list": { policy: "signed_in" },
  "plan.get": { policy: "read_plan", scope: byPlan("id") },
  "plan.export": { policy: "read_plan", scope: byPlan("id") },
  "plan.evaluate": { policy: "read_plan", scope: byPlan("id") },
  "plan.diff": { policy: "read_plan", scope: byPlan("id") },
  "plan.summary": { policy: "read_plan", scope: byPlan("id") },
  "plan.roadmap": { policy: "read_plan_personal", scope: byPlan("id") },
  "plan.suggestions": { policy: "read_plan", scope: byPlan("id") },
  "plan.edit": { policy: "own_plan", scope: byPlan("id") },
  "plan.addOperation": { policy: "own_plan", scope: byPlan("id") },
  "plan.removeOperation": { policy: "own_plan", scope: byPlan("id") },
  "plan.moveOperation": { policy: "own_plan", scope: byPlan("id") },
  "plan.updatePhase": { policy: "own_plan", scope: byPlan("id") },
  "plan.addPhase": { policy: "own_plan", scope: byPlan("id") },
  "plan.removePhase": { policy: "own_plan", scope: byPlan("id") },
  "plan.delete": { policy: "own_plan", scope: byPlan("id") },

  "review.status": { policy: "read_plan", scope: byPlan("id") },
  "review.submit": { policy: "own_plan", scope: byPlan("id") },
  "review.withdraw": { policy: "own_plan", scope: byPlan("id") },
  "review.revise": { policy: "own_plan", scope: byPlan("id") },
  "review.startReview": { policy: "review_plan", scope: byPlan("id") },
  "review.return": { policy: "review_plan", scope: byPlan("id") },
  "review.approve": { policy: "review_plan", scope: byPlan("id") },
  "review.comment": { policy: "discuss_plan", scope: byPlan("id") },
  "review.audit": { policy: "read_plan", scope: byPlan("id") },

  "documents.template": { policy: "signed_in" },
  "documents.checkXlsx": { policy: "read_structure", scope: optionalSnapshotScope },
  "documents.importXlsx": { policy: "manage_snapshots", scope: importedWorkbookScope },
  "documents.snapshotXlsx": { policy: "read_structure", scope: bySnapshot("snapshotId") },
  "documents.snapshotTables": { policy: "read_structure", scope: bySnapshot("snapshotId") },
  "documents.planTables": { policy: "read_plan", scope: byPlan("planId") },
  "documents.dossier": { policy: "read_plan_personal", scope: byPlan("planId") },

  "admin.users": { policy: "admin" },
  "admin.saveUser": { policy: "admin" },
} as const satisfies Record<string, Permission>;

export type ProcedurePath = keyof typeof procedurePermissions;

export function permissionOf(path: string): Permission | undefined {
  return (procedurePermissions as Record<string, Permission>)[path];
}

/** The decision for an actor (null: anonymous) on a record's scope ("none": no record involved). */
export function isAllowed(
  policy: Policy,
  actor: Actor | null,
  scope: (OwnerScope & { plan?: true }) | "none",
): boolean {
  if (policy === "public") return true;
  if (!actor) return false;
  const record = scope === "none" ? undefined : scope;
  switch (policy) {
    case "signed_in":
      return true;
    case "admin":
      return actor.role === "admin";
    case "read_structure":
      // A stored plan (compliance.compare of a plan) is read with the plan rules.
      if (record?.plan) return isAllowed("read_plan", actor, record);
      // An uploaded document is checked for whoever sends it; stored data only in one's own province.
      return actor.role !== "admin" && (record === undefined || inProvince(actor, record));
    case "manage_snapshots":
      return actor.role === "provincial_reviewer" && record !== undefined && inProvince(actor, record);
    case "edit_structure":
    case "own_plan":
      return record !== undefined && ownsScope(actor, record);
    case "read_plan":
      return (
        record !== undefined &&
        (((actor.role === "provincial_reviewer" || actor.role === "viewer") && inProvince(actor, record)) ||
          ownsScope(actor, record))
      );
    case "review_plan":
      return actor.role === "provincial_reviewer" && record !== undefined && inProvince(actor, record);
    case "read_plan_personal":
      return record !== undefined && maySeePersonalData(actor, record);
    case "discuss_plan":
      return (
        record !== undefined &&
        ((actor.role === "provincial_reviewer" && inProvince(actor, record)) || ownsScope(actor, record))
      );
  }
}
