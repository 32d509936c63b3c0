// The organisation as stored: provinces, snapshots, the tree, one unit, search, and edits. Edits run as
// domain functions inside one locked transaction (repositories.updateSnapshot), re-validated as a whole.
import {
  type ApplicableLimits,
  computeApplicableLimits,
  createDivision,
  createUnit,
  deleteDivision,
  deleteUnit,
  type EditResult,
  findOrganisationNode,
  type OrganisationNode,
  type Snapshot,
  updateDivision,
  updateUnit,
  withoutHiddenPersonalData,
} from "@tinhgon/domain";
import type { ProvinceSummary, SearchHit, SnapshotSummary } from "@tinhgon/db";

import { auditMeta, type Context } from "../context.ts";
import { AppError, notFound } from "../errors.ts";
import { loadSnapshotOrThrow } from "./snapshot.service.ts";

/** The provinces the user works in (an administrator sees the list, not the data). */
export async function listProvinces(context: Context): Promise<ProvinceSummary[]> {
  // Lists may come from a read replica (docs/adr/0031): nothing is written on the strength of them.
  const provinces = await context.repositories.replicaReads.listProvinces();
  const own = context.actor?.provinceCode ?? null;
  return own === null
    ? context.actor?.role === "admin"
      ? provinces
      : []
    : provinces.filter((p) => p.code === own);
}

/** Data sets of the user's own province only, whatever province the filter names. */
export async function listSnapshots(
  context: Context,
  input: { provinceCode?: string | undefined },
): Promise<SnapshotSummary[]> {
  const own = context.actor?.provinceCode ?? null;
  if (own === null || context.actor?.role === "admin") return [];
  if (input.provinceCode !== undefined && input.provinceCode !== own) return [];
  return context.repositories.replicaReads.listSnapshots({ provinceCode: own });
}

/** The snapshot as this user may see it: staff lists only where they own the unit or review. */
export function visibleSnapshot(context: Context, snapshot: Snapshot): Snapshot {
  return context.actor ? withoutHiddenPersonalData(snapshot, context.actor).snapshot : snapshot;
}

export interface OrganisationTree {
  snapshotId: string;
  name: string;
  /** Edits may name it to be refused if someone else changed the data since. */
  version: number;
  document: Snapshot;
}

/** The province's structure: the snapshot asked for, or its latest (by date, then by last change). */
export async function getTree(
  context: Context,
  input: { provinceCode: string; snapshotId?: string | undefined },
): Promise<OrganisationTree> {
  let snapshotId = input.snapshotId;
  if (snapshotId === undefined) {
    const [latest] = await context.repositories.listSnapshots({ provinceCode: input.provinceCode });
    if (!latest) throw notFound("PROVINCE_NOT_FOUND", input.provinceCode);
    snapshotId = latest.id;
  }
  const loaded = await loadSnapshotOrThrow(context, snapshotId);
  if (loaded.snapshot.province.code !== input.provinceCode) throw notFound("SNAPSHOT_NOT_FOUND", snapshotId);
  return {
    snapshotId,
    name: loaded.name,
    version: loaded.version,
    document: visibleSnapshot(context, loaded.snapshot),
  };
}

export async function getUnit(
  context: Context,
  input: { snapshotId: string; id: string },
): Promise<OrganisationNode> {
  const { snapshot } = await loadSnapshotOrThrow(context, input.snapshotId);
  const found = findOrganisationNode(visibleSnapshot(context, snapshot), input.id);
  if (!found) throw notFound("NOT_FOUND", input.id);
  return found;
}

/** The limits in force for one node under the pack of its snapshot's date, each with rule id and citation. */
export async function getLimits(
  context: Context,
  input: { snapshotId: string; id: string; ruleSet?: string | undefined },
): Promise<ApplicableLimits> {
  const { snapshot } = await loadSnapshotOrThrow(context, input.snapshotId);
  const outcome = computeApplicableLimits(
    snapshot,
    input.id,
    input.ruleSet === undefined ? {} : { ruleSet: input.ruleSet },
  );
  if (outcome.ok) return outcome.result;
  if (outcome.failure.code === "NOT_FOUND") throw notFound("NOT_FOUND", input.id);
  throw new AppError(outcome.failure.code, outcome.failure.message);
}

export function search(
  context: Context,
  input: { snapshotId: string; query: string; limit: number },
): Promise<SearchHit[]> {
  return context.repositories.replicaReads.search(input);
}

/** What the audit trail keeps of an edited node: its identity and numbers, never its staff list. */
function nodeSummary(snapshot: Snapshot, id: string | undefined): unknown {
  if (id === undefined) return null;
  const found = findOrganisationNode(snapshot, id);
  if (found) {
    const { node } = found;
    return {
      type: found.type,
      id: node.id,
      name: node.name,
      ...("payroll" in node ? { payroll: node.payroll, deputies: node.deputies } : {}),
    };
  }
  for (const holder of [
    ...snapshot.agencies.flatMap((agency) => [
      agency,
      ...agency.units.flatMap((unit) => [unit, ...(unit.type === "sub_department" ? unit.units : [])]),
    ]),
    ...snapshot.districts.flatMap((district) => district.divisions),
  ]) {
    const position = holder.positions?.find((candidate) => candidate.id === id);
    if (position) return { type: "position", holderId: holder.id, ...position };
  }
  return null;
}

/**
 * Runs a domain edit on a stored snapshot; returns the edited document as the user may see it. `nodeId`
 * names what the edit touches (for the audit trail); `expectedVersion`, when given, refuses the edit if
 * someone else changed the data since.
 */
export async function editSnapshot(
  context: Context,
  snapshotId: string,
  edit: (snapshot: Snapshot) => EditResult,
  options: { nodeId?: string | undefined; expectedVersion?: number | undefined } = {},
): Promise<Snapshot> {
  const outcome = await context.repositories.updateSnapshot(
    snapshotId,
    (snapshot) => {
      const result = edit(snapshot);
      return result.ok
        ? { ok: true, snapshot: result.snapshot, value: result.snapshot }
        : { ok: false, error: result.error };
    },
    {
      ...auditMeta(context),
      expectedVersion: options.expectedVersion,
      describe: (before, after) => ({
        before: nodeSummary(before, options.nodeId),
        after: nodeSummary(after, options.nodeId),
      }),
    },
  );
  if (!outcome.found) throw notFound("SNAPSHOT_NOT_FOUND", snapshotId);
  if (outcome.conflict === true)
    throw new AppError("SNAPSHOT_VERSION_CONFLICT", {
      vi: `Người khác vừa thay đổi số liệu này (phiên bản hiện tại ${String(outcome.currentVersion)}, bạn đang sửa phiên bản ${String(options.expectedVersion)}). Tải lại trang rồi sửa lại.`,
      en: `Someone else changed these data (now version ${String(outcome.currentVersion)}; your edit was based on version ${String(options.expectedVersion)}). Reload and make your edit again.`,
    });
  if (outcome.ok) return visibleSnapshot(context, outcome.value);
  const error = outcome.error as Extract<EditResult, { ok: false }>["error"];
  const code =
    error.code === "NOT_FOUND"
      ? "NOT_FOUND"
      : error.code === "INVALID_PARENT"
        ? "INVALID_PARENT"
        : "EDIT_INVALID";
  throw new AppError(code, error.message, { problems: error.problems });
}

export const orgEdits = {
  createUnit: (input: Parameters<typeof createUnit>[1]) => (snapshot: Snapshot) =>
    createUnit(snapshot, input),
  updateUnit: (id: string, changes: Parameters<typeof updateUnit>[2]) => (snapshot: Snapshot) =>
    updateUnit(snapshot, id, changes),
  deleteUnit: (id: string) => (snapshot: Snapshot) => deleteUnit(snapshot, id),
  createDivision: (input: Parameters<typeof createDivision>[1]) => (snapshot: Snapshot) =>
    createDivision(snapshot, input),
  updateDivision: (id: string, changes: Parameters<typeof updateDivision>[2]) => (snapshot: Snapshot) =>
    updateDivision(snapshot, id, changes),
  deleteDivision: (id: string) => (snapshot: Snapshot) => deleteDivision(snapshot, id),
};
