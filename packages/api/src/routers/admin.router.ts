// Administration: users, their roles and scopes.
import { roleSchema, textSchema } from "@tinhgon/domain";
import { z } from "zod";

import { listUsers, saveUser } from "../services/admin.service.ts";
import { publicProcedure, router } from "../trpc.ts";

const scopeKey = textSchema(120).nullable();

export const adminRouter = router({
  users: publicProcedure.query(({ ctx }) => listUsers(ctx)),
  saveUser: publicProcedure
    .input(
      z.strictObject({
        email: z.email().max(200),
        name: textSchema(200),
        role: roleSchema,
        provinceCode: textSchema(20).nullable(),
        districtKey: scopeKey,
        agencyKey: scopeKey,
        password: z.string().min(12, { error: "PASSWORD_TOO_SHORT" }).max(128),
      }),
    )
    .mutation(({ ctx, input }) => saveUser(ctx, input)),
});
