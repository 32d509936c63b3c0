import {
  applyPlanEdits,
  deputyRoadmapSchema,
  fixSuggestionSchema,
  isoDateSchema,
  operationSchema,
  phaseChangesSchema,
  plainStringSchema,
  planDiffSchema,
  planEditsSchema,
  planSummarySchema,
  textSchema,
} from "@tinhgon/domain";
import { z } from "zod";

import {
  applyPlanChange,
  createPlanFromSnapshot,
  deleteStoredPlan,
  diffStoredPlan,
  roadmapForStoredPlan,
  suggestionsForStoredPlan,
  summarizeStoredPlan,
  evaluateStoredPlan,
  getPlan,
  importPlan,
  listPlans,
  planChanges,
} from "../services/plan.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { snapshotIdSchema } from "./inputs.ts";

const planIdSchema = z.uuid();
const index = z.number().int().min(0);
/** Every change names the version it was based on. */
const versioned = z.strictObject({ id: planIdSchema, version: z.number().int().min(1) });
const phaseInput = z.strictObject({ name: textSchema(300), effectiveDate: isoDateSchema });

export const planRouter = router({
  /** A new plan from a stored snapshot: the whole province, one district (`districtId`) or one sở (`agencyId`). */
  create: publicProcedure
    .input(
      z.strictObject({
        snapshotId: snapshotIdSchema,
        title: textSchema(300),
        districtId: plainStringSchema(120).optional(),
        /** A sở's plan (its agency officer drafts it); not with districtId. */
        agencyId: plainStringSchema(120).optional(),
        firstPhase: phaseInput,
      }),
    )
    .mutation(({ ctx, input }) => createPlanFromSnapshot(ctx, input)),
  get: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .query(({ ctx, input }) => getPlan(ctx, input.id)),
  list: publicProcedure
    .input(z.strictObject({ provinceCode: plainStringSchema(20).optional() }).default({}))
    .query(({ ctx, input }) => listPlans(ctx, input)),
  /** The editor's change: edits applied in order, all or nothing, saved as one new version. */
  edit: publicProcedure
    .input(versioned.extend({ edits: planEditsSchema }))
    .mutation(({ ctx, input }) => applyPlanChange(ctx, input, (plan) => applyPlanEdits(plan, input.edits))),
  addOperation: publicProcedure
    .input(versioned.extend({ phaseIndex: index, operation: operationSchema, at: index.optional() }))
    .mutation(({ ctx, input }) => applyPlanChange(ctx, input, planChanges.addOperation(input))),
  removeOperation: publicProcedure
    .input(versioned.extend({ phaseIndex: index, operationIndex: index }))
    .mutation(({ ctx, input }) => applyPlanChange(ctx, input, planChanges.removeOperation(input))),
  moveOperation: publicProcedure
    .input(versioned.extend({ phaseIndex: index, from: index, to: index }))
    .mutation(({ ctx, input }) => applyPlanChange(ctx, input, planChanges.moveOperation(input))),
  updatePhase: publicProcedure
    .input(versioned.extend({ phaseIndex: index, changes: phaseChangesSchema }))
    .mutation(({ ctx, input }) => applyPlanChange(ctx, input, planChanges.updatePhase(input))),
  addPhase: publicProcedure
    .input(versioned.extend({ phase: phaseInput }))
    .mutation(({ ctx, input }) => applyPlanChange(ctx, input, planChanges.addPhase(input.phase))),
  removePhase: publicProcedure
    .input(versioned.extend({ phaseIndex: index }))
    .mutation(({ ctx, input }) => applyPlanChange(ctx, input, planChanges.removePhase(input))),
  /**
   * What `npx tinhgon plan --json` prints for the plan. Its output is `planReportSchema`, checked by the
   * service once per stored version of the plan (the report is cached), not on every read.
   */
  evaluate: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .query(({ ctx, input }) => evaluateStoredPlan(ctx, input.id)),
  /** Baseline against a phase (the last by default): per unit before/after, totals, chart series. */
  diff: publicProcedure
    .input(z.strictObject({ id: planIdSchema, phaseIndex: index.optional() }))
    .output(planDiffSchema)
    .query(({ ctx, input }) => diffStoredPlan(ctx, input)),
  /** Units, deputies, surplus deputies and violations across baseline → phases. */
  summary: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .output(planSummarySchema)
    .query(({ ctx, input }) => summarizeStoredPlan(ctx, input.id)),
  /** The deputy roadmap: surplus deputies year by year through retirement, and the deadline's verdict. */
  roadmap: publicProcedure
    .input(
      z.strictObject({
        id: planIdSchema,
        phaseIndex: z.union([index, z.literal("baseline")]).optional(),
        reorgDecisionDate: isoDateSchema.optional(),
        horizonYears: z.number().int().min(1).max(50).optional(),
      }),
    )
    .output(deputyRoadmapSchema)
    .query(({ ctx, input }) => roadmapForStoredPlan(ctx, input)),
  /** For each violation after a phase (or of the baseline), the simplest operations that resolve it. */
  suggestions: publicProcedure
    .input(
      z.strictObject({
        id: planIdSchema,
        phaseIndex: z.union([index, z.literal("baseline")]).optional(),
        limit: z.number().int().min(1).max(10).optional(),
      }),
    )
    .output(z.array(fixSuggestionSchema))
    .query(({ ctx, input }) => suggestionsForStoredPlan(ctx, input)),
  import: publicProcedure
    .input(
      z.strictObject({
        document: z.unknown(),
        districtId: plainStringSchema(120).optional(),
        agencyId: plainStringSchema(120).optional(),
      }),
    )
    .mutation(({ ctx, input }) => importPlan(ctx, input)),
  export: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .query(async ({ ctx, input }) => (await getPlan(ctx, input.id)).document),
  delete: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .mutation(({ ctx, input }) => deleteStoredPlan(ctx, input.id)),
});
