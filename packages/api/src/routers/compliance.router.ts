import { checkReportSchema, plainStringSchema, ruleSetComparisonSchema } from "@tinhgon/domain";
import { z } from "zod";

import { checkCompliance, compareRuleSets } from "../services/compliance.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { ruleSetSchema, snapshotIdSchema } from "./inputs.ts";

/** Two pack ids, A then B; an id no pack has is refused by the service as UNKNOWN_RULE_PACK. */
const ruleSetPairSchema = z.tuple([plainStringSchema(40), plainStringSchema(40)]);

export const complianceRouter = router({
  /** A stored snapshot or an uploaded document, optional rule pack → what `tinhgon check --json` prints. */
  check: publicProcedure
    .input(
      z.union([
        z.strictObject({ snapshotId: snapshotIdSchema, ruleSet: ruleSetSchema }),
        z.strictObject({ document: z.unknown(), ruleSet: ruleSetSchema }),
      ]),
    )
    .output(checkReportSchema)
    .query(({ ctx, input }) => checkCompliance(ctx, input)),
  /**
   * One structure under two rule packs: a stored snapshot, or a stored plan after a phase (`phaseIndex`,
   * 0-based, or "baseline"; the last phase by default) → both check reports and the findings that appear,
   * disappear and remain going from A to B, with counts by severity.
   */
  compare: publicProcedure
    .input(
      z.union([
        z.strictObject({ snapshotId: snapshotIdSchema, ruleSets: ruleSetPairSchema }),
        z.strictObject({
          planId: z.uuid(),
          phaseIndex: z.union([z.number().int().min(0), z.literal("baseline")]).optional(),
          ruleSets: ruleSetPairSchema,
        }),
      ]),
    )
    .output(ruleSetComparisonSchema)
    .query(({ ctx, input }) => compareRuleSets(ctx, input)),
});
