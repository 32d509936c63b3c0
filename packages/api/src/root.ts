import { adminRouter } from "./routers/admin.router.ts";
import { complianceRouter } from "./routers/compliance.router.ts";
import { documentsRouter } from "./routers/documents.router.ts";
import { orgRouter } from "./routers/org.router.ts";
import { planRouter } from "./routers/plan.router.ts";
import { positionsRouter } from "./routers/positions.router.ts";
import { reviewRouter } from "./routers/review.router.ts";
import { snapshotRouter } from "./routers/snapshot.router.ts";
import { systemRouter } from "./routers/system.router.ts";
import { createCallerFactory, registerProcedureInputs, router } from "./trpc.ts";

export const appRouter = router({
  system: systemRouter,
  org: orgRouter,
  snapshot: snapshotRouter,
  compliance: complianceRouter,
  positions: positionsRouter,
  plan: planRouter,
  review: reviewRouter,
  admin: adminRouter,
  documents: documentsRouter,
});

export type AppRouter = typeof appRouter;

// (tRPC keeps a flat map of the procedures by path; each lists its input parsers.)
registerProcedureInputs((path) => {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: [] } } | undefined
  >;
  return procedures[path]?._def.inputs ?? [];
});

export const createCaller = createCallerFactory(appRouter);
