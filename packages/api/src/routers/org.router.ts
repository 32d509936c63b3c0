import {
  createDivisionInputSchema,
  createUnitInputSchema,
  divisionChangesSchema,
  plainStringSchema,
  unitChangesSchema,
} from "@tinhgon/domain";
import { z } from "zod";

import {
  editSnapshot,
  getLimits,
  getTree,
  getUnit,
  listProvinces,
  listSnapshots,
  orgEdits,
  search,
} from "../services/org.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { expectedVersion, nodeRefSchema, ruleSetSchema, snapshotIdSchema } from "./inputs.ts";

/** An edit of one node, optionally naming the data set's version it was based on. */
const nodeEditSchema = nodeRefSchema.extend({ expectedVersion });
const editOptions = (input: { id: string; expectedVersion?: number | undefined }) => ({
  nodeId: input.id,
  expectedVersion: input.expectedVersion,
});

export const orgRouter = router({
  provinces: publicProcedure.query(({ ctx }) => listProvinces(ctx)),
  snapshots: publicProcedure
    .input(z.strictObject({ provinceCode: plainStringSchema(20).optional() }).default({}))
    .query(({ ctx, input }) => listSnapshots(ctx, input)),
  /** A province with its agencies and districts, as a snapshot document. */
  tree: publicProcedure
    .input(z.strictObject({ provinceCode: plainStringSchema(20), snapshotId: snapshotIdSchema.optional() }))
    .query(({ ctx, input }) => getTree(ctx, input)),
  /** One agency, unit, district or division with its positions and staff. */
  unit: publicProcedure.input(nodeRefSchema).query(({ ctx, input }) => getUnit(ctx, input)),
  /**
   * The limits in force for one agency, unit, district or division (deputies, payroll, number of
   * divisions, the district or province deputy pool), each with its rule id and citation — also when
   * the node complies. Under the pack of the snapshot's date unless `ruleSet` names one.
   */
  limits: publicProcedure
    .input(nodeRefSchema.extend({ ruleSet: ruleSetSchema }))
    .query(({ ctx, input }) => getLimits(ctx, input)),
  /** Case- and accent-insensitive search of names ("so noi vu" finds "Sở Nội vụ"). */
  search: publicProcedure
    .input(
      z.strictObject({
        snapshotId: snapshotIdSchema,
        query: plainStringSchema(100),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(({ ctx, input }) => search(ctx, input)),
  createUnit: publicProcedure
    .input(createUnitInputSchema.extend({ snapshotId: snapshotIdSchema, expectedVersion }))
    .mutation(({ ctx, input: { snapshotId, expectedVersion, ...input } }) =>
      editSnapshot(ctx, snapshotId, orgEdits.createUnit(input), { nodeId: input.unit.id, expectedVersion }),
    ),
  updateUnit: publicProcedure
    .input(nodeEditSchema.extend({ changes: unitChangesSchema }))
    .mutation(({ ctx, input }) =>
      editSnapshot(ctx, input.snapshotId, orgEdits.updateUnit(input.id, input.changes), editOptions(input)),
    ),
  deleteUnit: publicProcedure
    .input(nodeEditSchema)
    .mutation(({ ctx, input }) =>
      editSnapshot(ctx, input.snapshotId, orgEdits.deleteUnit(input.id), editOptions(input)),
    ),
  createDivision: publicProcedure
    .input(createDivisionInputSchema.extend({ snapshotId: snapshotIdSchema, expectedVersion }))
    .mutation(({ ctx, input: { snapshotId, expectedVersion, ...input } }) =>
      editSnapshot(ctx, snapshotId, orgEdits.createDivision(input), {
        nodeId: input.division.id,
        expectedVersion,
      }),
    ),
  updateDivision: publicProcedure
    .input(nodeEditSchema.extend({ changes: divisionChangesSchema }))
    .mutation(({ ctx, input }) =>
      editSnapshot(
        ctx,
        input.snapshotId,
        orgEdits.updateDivision(input.id, input.changes),
        editOptions(input),
      ),
    ),
  deleteDivision: publicProcedure
    .input(nodeEditSchema)
    .mutation(({ ctx, input }) =>
      editSnapshot(ctx, input.snapshotId, orgEdits.deleteDivision(input.id), editOptions(input)),
    ),
});
