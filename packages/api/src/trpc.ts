// The one tRPC instance. Only the router and the procedure kinds are exported; the error formatter
// adds the app error code so clients translate it instead of showing raw messages.
import { initTRPC } from "@trpc/server";
import { ZodError } from "zod";

import type { Context } from "./context.ts";
import { AppError, appErrorCodeOf, toTRPCError } from "./errors.ts";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const internal = appErrorCodeOf(error) === "INTERNAL";
    return {
      ...shape,
      // Internal failures never leak their message (it may contain SQL or paths).
      message: internal ? "Internal error" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: appErrorCodeOf(error),
        issues:
          error.cause instanceof ZodError
            ? error.cause.issues.map(({ path, message }) => ({ path, message }))
            : null,
      },
    };
  },
});

/** Converts AppError thrown by services into tRPC errors carrying the app code. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw toTRPCError(result.error.cause);
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(appErrors);
