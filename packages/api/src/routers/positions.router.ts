import { createPositionInputSchema, positionChangesSchema, positionSchemeSchema } from "@tinhgon/domain";
import { z } from "zod";

import { editSnapshot } from "../services/org.service.ts";
import { getPositionScheme, positionEdits } from "../services/positions.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { nodeRefSchema, snapshotIdSchema } from "./inputs.ts";

export const positionsRouter = router({
  /** Positions by group and rank, totals against payroll, rank structure over non-leadership staff. */
  scheme: publicProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema, holderId: z.string().min(1).max(120) }))
    .output(positionSchemeSchema)
    .query(({ ctx, input }) => getPositionScheme(ctx, input)),
  create: publicProcedure
    .input(createPositionInputSchema.extend({ snapshotId: snapshotIdSchema }))
    .mutation(({ ctx, input: { snapshotId, ...input } }) =>
      editSnapshot(ctx, snapshotId, positionEdits.create(input)),
    ),
  update: publicProcedure
    .input(nodeRefSchema.extend({ changes: positionChangesSchema }))
    .mutation(({ ctx, input }) =>
      editSnapshot(ctx, input.snapshotId, positionEdits.update(input.id, input.changes)),
    ),
  delete: publicProcedure
    .input(nodeRefSchema)
    .mutation(({ ctx, input }) => editSnapshot(ctx, input.snapshotId, positionEdits.delete(input.id))),
});
