import { actorSchema, systemHealthSchema } from "@tinhgon/domain";

import { AppError } from "../errors.ts";

import { getSystemHealth } from "../services/system.service.ts";
import { publicProcedure, router } from "../trpc.ts";

export const systemRouter = router({
  /** Version, database reachability and the rule packs available. Public: it reveals nothing private. */
  health: publicProcedure.output(systemHealthSchema).query(({ ctx }) => getSystemHealth(ctx)),
  /** The signed-in user: name, role and scope (the web app shows it and hides what it may not do). */
  me: publicProcedure.output(actorSchema).query(({ ctx }) => {
    if (!ctx.actor) throw new AppError("UNAUTHENTICATED", { vi: "Bạn cần đăng nhập.", en: "Sign in first." });
    return ctx.actor;
  }),
});
