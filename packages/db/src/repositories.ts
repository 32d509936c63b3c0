// The repositories the API's services use, bound to one database. Services receive this object through
// the tRPC context (passed in, not imported), so tests hand them a real database of their own.
import type { Plan, Snapshot } from "@tinhgon/domain";

import type { Database } from "./client.ts";
import { type DatabaseProbe, probeDatabase } from "./health.repository.ts";
import {
  createPlan,
  deletePlan,
  listPlans,
  loadPlan,
  type PlanListItem,
  type PlanUpdateOutcome,
  type StoredPlan,
  updatePlan,
} from "./plan.repository.ts";
import { listProvinces, type ProvinceSummary } from "./province.repository.ts";
import { type SearchHit, searchOrganisation } from "./search.repository.ts";
import {
  deleteSnapshot,
  listSnapshots,
  loadSnapshot,
  saveSnapshot,
  type SnapshotSummary,
  updateSnapshot,
} from "./snapshot.repository.ts";

export interface Repositories {
  probeDatabase: () => Promise<DatabaseProbe>;
  listProvinces: () => Promise<ProvinceSummary[]>;
  listSnapshots: (filter?: { provinceCode?: string }) => Promise<SnapshotSummary[]>;
  loadSnapshot: (snapshotId: string) => Promise<{ name: string; snapshot: Snapshot } | undefined>;
  saveSnapshot: (input: { name: string; snapshot: Snapshot }) => Promise<{ id: string; replaced: boolean }>;
  updateSnapshot: <T>(
    snapshotId: string,
    change: (
      snapshot: Snapshot,
    ) => { ok: true; snapshot: Snapshot; value: T } | { ok: false; error: unknown },
  ) => Promise<
    { found: false } | { found: true; ok: true; value: T } | { found: true; ok: false; error: unknown }
  >;
  deleteSnapshot: (snapshotId: string) => Promise<boolean>;
  search: (input: { snapshotId: string; query: string; limit: number }) => Promise<SearchHit[]>;
  createPlan: (input: { districtKey: string | null; document: Plan }) => Promise<StoredPlan>;
  loadPlan: (id: string) => Promise<StoredPlan | undefined>;
  listPlans: (filter?: { provinceCode?: string }) => Promise<PlanListItem[]>;
  updatePlan: <T>(
    id: string,
    expectedVersion: number,
    change: (plan: Plan) => { ok: true; plan: Plan } | { ok: false; error: T },
  ) => Promise<PlanUpdateOutcome<T>>;
  deletePlan: (id: string) => Promise<boolean>;
}

export function createRepositories(db: Database): Repositories {
  return {
    probeDatabase: () => probeDatabase(db),
    listProvinces: () => listProvinces(db),
    listSnapshots: (filter) => listSnapshots(db, filter),
    loadSnapshot: (snapshotId) => loadSnapshot(db, snapshotId),
    saveSnapshot: (input) => saveSnapshot(db, input),
    updateSnapshot: (snapshotId, change) => updateSnapshot(db, snapshotId, change),
    deleteSnapshot: (snapshotId) => deleteSnapshot(db, snapshotId),
    search: (input) => searchOrganisation(db, input),
    createPlan: (input) => createPlan(db, input),
    loadPlan: (id) => loadPlan(db, id),
    listPlans: (filter) => listPlans(db, filter),
    updatePlan: (id, expectedVersion, change) => updatePlan(db, id, expectedVersion, change),
    deletePlan: (id) => deletePlan(db, id),
  };
}

/** True for failures that mean "the database cannot be reached" rather than a defect. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "PrismaClientInitializationError") return true;
  const code = (error as { code?: unknown }).code;
  const text = `${error.message} ${typeof code === "string" ? code : ""}`;
  return /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|Can't reach database|Connection terminated|P1001|P1002|DatabaseNotReachable/i.test(
    text,
  );
}
