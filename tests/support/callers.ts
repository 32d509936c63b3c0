// In-process API callers (createCaller) acting as a given user: the functional integration suites call
// each procedure as the role that may call it (permissions.ts), as the real users would.
import { createCaller, createInnerContext } from "@tinhgon/api";
import type { Repositories } from "@tinhgon/db";
import type { Actor } from "@tinhgon/domain";

import { testActors } from "./actors.ts";

export type Caller = ReturnType<typeof createCaller>;

export function callersFor(repositories: Repositories) {
  const as = (actor: Actor | null): Caller =>
    createCaller(createInnerContext({ version: "test", repositories, actor, requestId: null }));
  return {
    as,
    anonymous: () => as(null),
    /** The province's reviewer (Sở Nội vụ): reads everything, imports data sets, owns province-wide plans. */
    reviewer: (provinceCode = "31") =>
      as({ ...testActors.reviewer, provinceCode, userId: `reviewer-${provinceCode}` }),
    /** A district's officer (Phòng Nội vụ): edits the district, drafts its plans. */
    districtOfficer: (districtKey: string, provinceCode = "31") =>
      as({
        ...testActors.catHaiOfficer,
        provinceCode,
        districtKey,
        userId: `officer-${provinceCode}-${districtKey}`,
      }),
    /** An agency's officer: edits the sở's units and positions, drafts its plans. */
    agencyOfficer: (agencyKey: string, provinceCode = "31") =>
      as({
        ...testActors.noiVuOfficer,
        provinceCode,
        agencyKey,
        userId: `agency-${provinceCode}-${agencyKey}`,
      }),
  };
}

/**
 * org.* and positions.* called as the officer who owns the node each call names (the agency's officer for
 * an agency's unit or position, the district's for a division): for suites about what edits do rather
 * than who may make them (that is the authorisation matrix's job). A node that does not exist is asked
 * about by a district officer, so the answer is the API's "not found".
 */
export function ownerCaller(repositories: Repositories): Pick<Caller, "org" | "positions"> {
  const callers = callersFor(repositories);
  const callerFor = async (input: Record<string, unknown>): Promise<Caller> => {
    const nodeId = [input.agencyId, input.districtId, input.holderId, input.id].find(
      (value): value is string => typeof value === "string",
    );
    const snapshotId = typeof input.snapshotId === "string" ? input.snapshotId : "";
    const scope = nodeId === undefined ? undefined : await repositories.scopeOfNode(snapshotId, nodeId);
    if (scope?.agencyKey) return callers.agencyOfficer(scope.agencyKey, scope.provinceCode);
    if (scope?.districtKey) return callers.districtOfficer(scope.districtKey, scope.provinceCode);
    return callers.districtOfficer("cat-hai");
  };
  const routerProxy = (router: "org" | "positions") =>
    new Proxy(
      {},
      {
        get: (_target, procedure: string) => async (input: Record<string, unknown>) => {
          const caller = await callerFor(input);
          const call = (caller[router] as unknown as Record<string, (value: unknown) => Promise<unknown>>)[
            procedure
          ];
          if (!call) throw new Error(`no procedure ${router}.${procedure}`);
          return call(input);
        },
      },
    );
  return { org: routerProxy("org"), positions: routerProxy("positions") } as Pick<
    Caller,
    "org" | "positions"
  >;
}
