import {
  createPositionInputSchema,
  plainStringSchema,
  positionChangesSchema,
  positionSchemeSchema,
} from "@tinhgon/domain";
import { z } from "zod";

import { editSnapshot } from "../services/org.service.ts";
import { getPositionScheme, positionEdits } from "../services/positions.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { expectedVersion, nodeRefSchema, snapshotIdSchema } from "./inputs.ts";

export const positionsRouter = router({
  /** Positions by group and rank, totals against payroll, rank structure over non-leadership staff. */
  scheme: publicProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema, holderId: plainStringSchema(120) }))
    .output(positionSchemeSchema)
    .query(({ ctx, input }) => getPositionScheme(ctx, input)),
  create: publicProcedure
    .input(createPositionInputSchema.extend({ snapshotId: snapshotIdSchema, expectedVersion }))
    .mutation(({ ctx, input: { snapshotId, expectedVersion, ...input } }) =>
      editSnapshot(ctx, snapshotId, positionEdits.create(input), {
        nodeId: input.position.id,
        expectedVersion,
      }),
    ),
  update: publicProcedure
    .input(nodeRefSchema.extend({ changes: positionChangesSchema, expectedVersion }))
    .mutation(({ ctx, input }) =>
      editSnapshot(ctx, input.snapshotId, positionEdits.update(input.id, input.changes), {
        nodeId: input.id,
        expectedVersion: input.expectedVersion,
      }),
    ),
  delete: publicProcedure.input(nodeRefSchema.extend({ expectedVersion })).mutation(({ ctx, input }) =>
    editSnapshot(ctx, input.snapshotId, positionEdits.delete(input.id), {
      nodeId: input.id,
      expectedVersion: input.expectedVersion,
    }),
  ),
});
