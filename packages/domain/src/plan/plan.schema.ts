// The plan format `tinhgon.plan/2` — public contract (formats.md, ADR 0036): a baseline snapshot plus dated
// phases of ordered operations. /2 is /1 with a tinhgon.snapshot/2 baseline (the commune level) and
// `create` into a commune; a /1 plan is read by migrating it (parse-plan.ts).
// Objects are strict: an unknown field is an error.
import { z } from "zod";

import { isoDateSchema } from "../shared/iso-date.ts";
import { localFunctionSchema } from "../snapshot/catalogue.ts";
import { entityIdSchema, snapshotSchema, textSchema } from "../snapshot/snapshot.schema.ts";

export const PLAN_FORMAT = "tinhgon.plan/2";
/** The previous version: still read (migrated on reading), never written. */
export const PLAN_FORMAT_V1 = "tinhgon.plan/1";

const count = z.number().int({ error: "WHOLE_NUMBER" }).min(0, { error: "WHOLE_NUMBER" }).max(1_000_000);
const name = textSchema(300);

export const mergeOperationSchema = z.strictObject({
  op: z.literal("merge"),
  ids: z.array(entityIdSchema).min(2),
  /** The merged unit takes the union of functions and the sums of payroll and deputies unless given here. */
  into: z.strictObject({ id: entityIdSchema, name, payroll: count.optional(), deputies: count.optional() }),
});

export const splitOperationSchema = z.strictObject({
  op: z.literal("split"),
  id: entityIdSchema,
  into: z
    .array(
      z.strictObject({
        id: entityIdSchema,
        name,
        functions: z.array(localFunctionSchema).default([]),
        payroll: count,
        deputies: count,
      }),
    )
    .min(2),
});

export const renameOperationSchema = z.strictObject({ op: z.literal("rename"), id: entityIdSchema, name });

export const createOperationSchema = z.strictObject({
  op: z.literal("create"),
  /** The agency or chi cục to create a unit in; null with `district` / `commune`, or for a new agency. */
  parentId: entityIdSchema.nullable().default(null),
  /** The district to create a division in. */
  district: entityIdSchema.nullable().default(null),
  /** plan/2: the commune-level unit to create a phòng or service centre in. */
  commune: entityIdSchema.optional(),
  /**
   * An agency, an agency unit, a division or a commune organisation, as in the snapshot format (checked
   * against its place).
   */
  unit: z.record(z.string(), z.unknown()),
});

export const dissolveOperationSchema = z.strictObject({
  op: z.literal("dissolve"),
  id: entityIdSchema,
  transferTo: entityIdSchema,
});

export const moveOperationSchema = z.strictObject({
  op: z.literal("move"),
  id: entityIdSchema,
  parentId: entityIdSchema,
});

export const transferOperationSchema = z.strictObject({
  op: z.literal("transfer"),
  from: entityIdSchema,
  to: entityIdSchema,
  payroll: count.default(0),
  functions: z.array(localFunctionSchema).default([]),
});

export const setOperationSchema = z
  .strictObject({
    op: z.literal("set"),
    id: entityIdSchema,
    payroll: count.optional(),
    deputies: count.optional(),
  })
  .refine((operation) => operation.payroll !== undefined || operation.deputies !== undefined, {
    error: "SET_NOTHING",
  });

export const operationSchema = z.discriminatedUnion("op", [
  mergeOperationSchema,
  splitOperationSchema,
  renameOperationSchema,
  createOperationSchema,
  dissolveOperationSchema,
  moveOperationSchema,
  transferOperationSchema,
  setOperationSchema,
]);
export type Operation = z.infer<typeof operationSchema>;
export type OperationInput = z.input<typeof operationSchema>;

export const phaseSchema = z.strictObject({
  name,
  /** The structure after this phase is evaluated under the rule pack in force that day. */
  effectiveDate: isoDateSchema,
  operations: z.array(operationSchema),
});
export type Phase = z.infer<typeof phaseSchema>;

export const planSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  title: name,
  baseline: snapshotSchema,
  phases: z.array(phaseSchema),
});
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
