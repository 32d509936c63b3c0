import { checkReportSchema } from "@tinhgon/domain";
import { z } from "zod";

import { checkCompliance } from "../services/compliance.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { ruleSetSchema, snapshotIdSchema } from "./inputs.ts";

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
});
