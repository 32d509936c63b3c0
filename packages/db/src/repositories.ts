// The repositories the API's services use, bound to one database. Services receive this object through
// the tRPC context (passed in, not imported), so tests hand them a real database of their own. Every
// write takes the audit metadata of the request and appends its audit event in its own transaction.
import type { Actor, OwnerScope, Plan, Snapshot } from "@tinhgon/domain";

import {
  type AuditEventView,
  type AuditMeta,
  type AuditVerification,
  listAuditEvents,
  verifyAuditChain,
} from "./audit.repository.ts";
import type { Database } from "./client.ts";
import { type DatabaseProbe, probeDatabase } from "./health.repository.ts";
import {
  addPlanComment,
  createPlan,
  deletePlan,
  listPlanComments,
  listPlanRounds,
  listPlans,
  loadPlan,
  loadPlanHeader,
  type PlanCommentRecord,
  type PlanListItem,
  type PlanRoundRecord,
  type PlanUpdateOutcome,
  type StoredPlan,
  transitionPlan,
  updatePlan,
  type WorkflowStep,
} from "./plan.repository.ts";
import { listProvinces, type ProvinceSummary } from "./province.repository.ts";
import { scopeOfNode, scopeOfSnapshot, type SnapshotScope } from "./scope.repository.ts";
import { type SearchHit, searchOrganisation } from "./search.repository.ts";
import {
  deleteSnapshot,
  listSnapshots,
  loadSnapshot,
  saveSnapshot,
  type SnapshotSummary,
  type SnapshotUpdateOutcome,
  updateSnapshot,
} from "./snapshot.repository.ts";
import type { DbClient } from "./snapshot.repository.ts";
import { findActor, listUsers, type NewUser, upsertUser } from "./user.repository.ts";

export interface Repositories {
  probeDatabase: () => Promise<DatabaseProbe>;
  listProvinces: () => Promise<ProvinceSummary[]>;
  listSnapshots: (filter?: { provinceCode?: string }) => Promise<SnapshotSummary[]>;
  loadSnapshot: (
    snapshotId: string,
  ) => Promise<{ name: string; version: number; snapshot: Snapshot } | undefined>;
  saveSnapshot: (
    input: { name: string; snapshot: Snapshot },
    audit: AuditMeta,
  ) => Promise<{ id: string; replaced: boolean }>;
  updateSnapshot: <T>(
    snapshotId: string,
    change: (
      snapshot: Snapshot,
    ) => { ok: true; snapshot: Snapshot; value: T } | { ok: false; error: unknown },
    audit: Parameters<typeof updateSnapshot>[3],
  ) => Promise<SnapshotUpdateOutcome<T>>;
  deleteSnapshot: (snapshotId: string, audit: AuditMeta) => Promise<boolean>;
  search: (input: { snapshotId: string; query: string; limit: number }) => Promise<SearchHit[]>;
  scopeOfSnapshot: (snapshotId: string) => Promise<SnapshotScope | undefined>;
  scopeOfNode: (snapshotId: string, key: string) => Promise<OwnerScope | undefined>;
  createPlan: (input: Parameters<typeof createPlan>[1], audit: AuditMeta) => Promise<StoredPlan>;
  loadPlan: (id: string) => Promise<StoredPlan | undefined>;
  /** The plan's header (no document: no large read, no parsing). */
  loadPlanHeader: (id: string) => Promise<PlanListItem | undefined>;
  listPlans: (filter?: Parameters<typeof listPlans>[1]) => Promise<PlanListItem[]>;
  updatePlan: <T>(
    id: string,
    expectedVersion: number,
    change: (plan: Plan, stored: StoredPlan) => { ok: true; plan: Plan } | { ok: false; error: T },
    audit: AuditMeta & { details?: unknown },
  ) => Promise<PlanUpdateOutcome<T>>;
  deletePlan: (
    id: string,
    audit: AuditMeta,
    mayDelete: (stored: StoredPlan) => boolean,
  ) => Promise<"deleted" | "not_found" | "refused">;
  transitionPlan: <E>(
    id: string,
    expectedVersion: number,
    decide: (stored: StoredPlan, rounds: PlanRoundRecord[]) => WorkflowStep<E>,
    audit: AuditMeta,
  ) => Promise<PlanUpdateOutcome<E>>;
  listPlanRounds: (planId: string) => Promise<PlanRoundRecord[]>;
  listPlanComments: (planId: string) => Promise<PlanCommentRecord[]>;
  addPlanComment: (
    planId: string,
    comment: Parameters<typeof addPlanComment>[2],
    audit: AuditMeta,
  ) => Promise<PlanCommentRecord | undefined>;
  listAuditEvents: (filter: { planId: string }) => Promise<AuditEventView[]>;
  verifyAuditChain: () => Promise<AuditVerification>;
  findActor: (userId: string) => Promise<Actor | undefined>;
  listUsers: () => Promise<Actor[]>;
  upsertUser: (user: NewUser, audit: AuditMeta) => Promise<{ id: string; created: boolean }>;
  /**
   * The reads a read replica may serve (docs/adr/0031-scale-out.md), so their answers may lag the
   * primary by the replication delay: lists and search, whose answers are never the base of a write.
   * Everything else stays on the primary — every read inside a transaction, every read of a version a
   * write will be checked against, sessions, users and permissions. Without replicas: the same as above.
   */
  replicaReads: Pick<Repositories, "listProvinces" | "listSnapshots" | "listPlans" | "search">;
}

export interface RepositoryOptions {
  /** Gives the client for one replica-safe read (a replica; by default the primary itself). */
  replica?: () => DbClient;
}

export function createRepositories(db: Database, options: RepositoryOptions = {}): Repositories {
  const replica = options.replica ?? (() => db);
  return {
    replicaReads: {
      listProvinces: () => listProvinces(replica()),
      listSnapshots: (filter) => listSnapshots(replica(), filter),
      listPlans: (filter) => listPlans(replica(), filter),
      search: (input) => searchOrganisation(replica(), input),
    },
    probeDatabase: () => probeDatabase(db),
    listProvinces: () => listProvinces(db),
    listSnapshots: (filter) => listSnapshots(db, filter),
    loadSnapshot: (snapshotId) => loadSnapshot(db, snapshotId),
    saveSnapshot: (input, audit) => saveSnapshot(db, input, audit),
    updateSnapshot: (snapshotId, change, audit) => updateSnapshot(db, snapshotId, change, audit),
    deleteSnapshot: (snapshotId, audit) => deleteSnapshot(db, snapshotId, audit),
    search: (input) => searchOrganisation(db, input),
    scopeOfSnapshot: (snapshotId) => scopeOfSnapshot(db, snapshotId),
    scopeOfNode: (snapshotId, key) => scopeOfNode(db, snapshotId, key),
    createPlan: (input, audit) => createPlan(db, input, audit),
    loadPlan: (id) => loadPlan(db, id),
    loadPlanHeader: (id) => loadPlanHeader(db, id),
    listPlans: (filter) => listPlans(db, filter),
    updatePlan: (id, expectedVersion, change, audit) => updatePlan(db, id, expectedVersion, change, audit),
    deletePlan: (id, audit, mayDelete) => deletePlan(db, id, audit, mayDelete),
    transitionPlan: (id, expectedVersion, decide, audit) =>
      transitionPlan(db, id, expectedVersion, decide, audit),
    listPlanRounds: (planId) => listPlanRounds(db, planId),
    listPlanComments: (planId) => listPlanComments(db, planId),
    addPlanComment: (planId, comment, audit) => addPlanComment(db, planId, comment, audit),
    listAuditEvents: (filter) => listAuditEvents(db, filter),
    verifyAuditChain: () => verifyAuditChain(db),
    findActor: (userId) => findActor(db, userId),
    listUsers: () => listUsers(db),
    upsertUser: (user, audit) => upsertUser(db, user, audit),
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
