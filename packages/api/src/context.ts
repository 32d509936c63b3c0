// Inner context: plain options, so tests build it directly with real dependencies (a real database's
// repositories) and the actor they want. The outer adapter (apps/server) builds it per HTTP request from
// the session cookie (better-auth) and the request id.
import type { Repositories } from "@tinhgon/db";
import type { Actor } from "@tinhgon/domain";

export interface Context {
  version: string;
  repositories: Repositories;
  /** The signed-in user; null for an anonymous request. */
  actor: Actor | null;
  /** Correlates the audit trail with the request log. */
  requestId: string | null;
  /** The procedure being called (set by the authorisation middleware), e.g. "plan.edit". */
  procedure?: string;
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
  options: Omit<Context, "actor" | "requestId"> & Partial<Pick<Context, "actor" | "requestId">>,
): Context {
  return { actor: null, requestId: null, ...options };
}
