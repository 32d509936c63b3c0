import { systemHealthSchema } from "@tinhgon/domain";

import { getSystemHealth } from "../services/system.service.ts";
import { publicProcedure, router } from "../trpc.ts";

export const systemRouter = router({
  /** Version, database reachability and the rule packs available. Public: it reveals nothing private. */
  health: publicProcedure.output(systemHealthSchema).query(({ ctx }) => getSystemHealth(ctx)),
});
