// The review workflow of a plan (docs/adr/0026). Every step names the plan version it was based on.
import { plainStringSchema, textSchema, violationOverrideSchema } from "@tinhgon/domain";
import { z } from "zod";

import {
  approvePlan,
  commentOnPlan,
  planAudit,
  returnPlan,
  reviewStatus,
  revisePlan,
  startReview,
  submitPlan,
  withdrawPlan,
} from "../services/review.service.ts";
import { publicProcedure, router } from "../trpc.ts";

const planIdSchema = z.uuid();
const step = z.strictObject({ id: planIdSchema, version: z.number().int().min(1) });
const body = textSchema(5000);
const index = z.number().int().min(0).max(10_000);

export const commentTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("plan") }),
  z.strictObject({ kind: z.literal("phase"), phaseIndex: index }),
  z.strictObject({ kind: z.literal("operation"), phaseIndex: index, operationIndex: index }),
  z.strictObject({ kind: z.literal("finding"), findingKey: plainStringSchema(500) }),
]);

export const reviewRouter = router({
  /** Status, rounds, comments, the violations an approval must answer for, and what changed since the last round. */
  status: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .query(({ ctx, input }) => reviewStatus(ctx, input.id)),
  /** Locks the plan for review and pins the rule packs it is evaluated with. */
  submit: publicProcedure.input(step).mutation(({ ctx, input }) => submitPlan(ctx, input)),
  withdraw: publicProcedure.input(step).mutation(({ ctx, input }) => withdrawPlan(ctx, input)),
  startReview: publicProcedure.input(step).mutation(({ ctx, input }) => startReview(ctx, input)),
  /** Sends the plan back for changes; the reason is required and recorded as a comment. */
  return: publicProcedure
    .input(
      step.extend({
        reason: textSchema(5000).refine((reason) => reason.length >= 5, { error: "RETURN_REASON_TOO_SHORT" }),
        comments: z
          .array(z.strictObject({ target: commentTargetSchema, body }))
          .max(200)
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) => returnPlan(ctx, input)),
  /** Approves the plan; a violation needs an override reason each (the compliance gate). */
  approve: publicProcedure
    .input(step.extend({ overrides: z.array(violationOverrideSchema).max(500).default([]) }))
    .mutation(({ ctx, input }) => approvePlan(ctx, input)),
  comment: publicProcedure
    .input(z.strictObject({ id: planIdSchema, target: commentTargetSchema, body }))
    .mutation(({ ctx, input }) => commentOnPlan(ctx, input)),
  /** A new draft from an approved plan, referencing it (the approved plan never changes). */
  revise: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .mutation(({ ctx, input }) => revisePlan(ctx, input)),
  /** The plan's audit trail: every change with who, when, before/after and request id. */
  audit: publicProcedure
    .input(z.strictObject({ id: planIdSchema }))
    .query(({ ctx, input }) => planAudit(ctx, input)),
});
