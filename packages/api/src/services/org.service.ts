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
} from "@tinhgon/domain";
import type { ProvinceSummary, SearchHit, SnapshotSummary } from "@tinhgon/db";

import type { Context } from "../context.ts";
import { AppError, notFound } from "../errors.ts";
import { loadSnapshotOrThrow } from "./snapshot.service.ts";

export function listProvinces(context: Context): Promise<ProvinceSummary[]> {
  return context.repositories.listProvinces();
}

export function listSnapshots(
  context: Context,
  input: { provinceCode?: string | undefined },
): Promise<SnapshotSummary[]> {
  return context.repositories.listSnapshots(
    input.provinceCode === undefined ? {} : { provinceCode: input.provinceCode },
  );
}

export interface OrganisationTree {
  snapshotId: string;
  name: string;
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
  return { snapshotId, name: loaded.name, document: loaded.snapshot };
}

export async function getUnit(
  context: Context,
  input: { snapshotId: string; id: string },
): Promise<OrganisationNode> {
  const { snapshot } = await loadSnapshotOrThrow(context, input.snapshotId);
  const found = findOrganisationNode(snapshot, input.id);
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
  return context.repositories.search(input);
}

/** Runs a domain edit on a stored snapshot; returns the edited document. */
export async function editSnapshot(
  context: Context,
  snapshotId: string,
  edit: (snapshot: Snapshot) => EditResult,
): Promise<Snapshot> {
  const outcome = await context.repositories.updateSnapshot(snapshotId, (snapshot) => {
    const result = edit(snapshot);
    return result.ok
      ? { ok: true, snapshot: result.snapshot, value: result.snapshot }
      : { ok: false, error: result.error };
  });
  if (!outcome.found) throw notFound("SNAPSHOT_NOT_FOUND", snapshotId);
  if (outcome.ok) return outcome.value;
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
