// Inner context: plain options, so tests build it directly with real dependencies (a real database's
// repositories) and the actor they want. The outer adapter (apps/server) builds it per HTTP request from
// the session cookie (better-auth) and the request id.
import type { PlanListItem, Repositories } from "@tinhgon/db";
import type { Actor } from "@tinhgon/domain";

import { createPlanReportCache, type PlanReportCache } from "./services/plan-report.cache.ts";

export interface Context {
  version: string;
  repositories: Repositories;
  /** The signed-in user; null for an anonymous request. */
  actor: Actor | null;
  /** Correlates the audit trail with the request log. */
  requestId: string | null;
  /** Evaluated plans, shared by the requests of the process (the server passes one for all). */
  planReports: PlanReportCache;
  /** The procedure being called (set by the authorisation middleware), e.g. "plan.edit". */
  procedure?: string;
  /**
   * Plan headers read during one procedure call (set per call by the authorisation middleware), so the
   * procedure reuses the permission check's read instead of querying again. Never outlives the call.
   */
  planHeaders?: Map<string, Promise<PlanListItem | undefined>>;
}

/** What the audit trail records of the request making a change. */
export function auditMeta(context: Context, action?: string) {
  return {
    actorId: context.actor?.userId ?? null,
    actorRole: context.actor?.role ?? null,
    requestId: context.requestId,
    action: action ?? context.procedure ?? "unknown",
  };
}

export function createInnerContext(
  options: Omit<Context, "actor" | "requestId" | "planReports"> &
    Partial<Pick<Context, "actor" | "requestId" | "planReports">>,
): Context {
  return { actor: null, requestId: null, planReports: createPlanReportCache(), ...options };
}
