// The one tRPC instance. Only the router and the procedure kinds are exported; the error formatter adds
// the app error code, the bilingual message and field-level problems, and hides internal messages.
import { isDatabaseUnavailableError } from "@tinhgon/db";
import { formatJsonPath, type InputProblem, problemsFromIssue } from "@tinhgon/domain";
import { initTRPC, type TRPCError } from "@trpc/server";

import type { Context } from "./context.ts";
import { AppError, appErrorCodeOf, toTRPCError } from "./errors.ts";

interface IssueLike {
  message: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  code?: string;
}

function isIssueList(value: unknown): value is IssueLike[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === "object" && item !== null && "message" in item)
  );
}

/** Field-level problems: from a service's AppError, or from input validation (zod / standard-schema issues). */
function problemsOf(error: TRPCError): InputProblem[] | null {
  const cause: unknown = error.cause;
  if (cause instanceof AppError) return cause.problems.length > 0 ? cause.problems : null;
  const issues = typeof cause === "object" && cause !== null && "issues" in cause ? cause.issues : undefined;
  if (!isIssueList(issues)) return null;
  return issues.flatMap((issue) => {
    const path = (issue.path ?? []).map((segment) => (typeof segment === "object" ? segment.key : segment));
    if (issue.code !== undefined)
      return problemsFromIssue({ ...issue, path } as unknown as Parameters<typeof problemsFromIssue>[0]);
    return [{ path: formatJsonPath(path), message: { vi: issue.message, en: issue.message } }];
  });
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const appCode = appErrorCodeOf(error);
    const localized =
      error.cause instanceof AppError
        ? error.cause.localized
        : appCode === "INPUT_INVALID"
          ? { vi: "Dữ liệu gửi lên không hợp lệ.", en: "The request is not valid." }
          : appCode === "NOT_FOUND"
            ? { vi: "Không tìm thấy.", en: "Not found." }
            : appCode === "DATABASE_UNAVAILABLE"
              ? { vi: "Không kết nối được cơ sở dữ liệu.", en: "The database cannot be reached." }
              : { vi: "Lỗi máy chủ.", en: "Internal error." };
    return {
      message: localized.en,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode,
        message: localized,
        problems: problemsOf(error),
      },
    };
  },
});

/** Converts AppError (and an unreachable database) thrown by services into tRPC errors with their app code. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) throw toTRPCError(cause);
  if (isDatabaseUnavailableError(cause)) {
    throw toTRPCError(
      new AppError(
        "DATABASE_UNAVAILABLE",
        { vi: "Không kết nối được cơ sở dữ liệu.", en: "The database cannot be reached." },
        { cause },
      ),
    );
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(appErrors);
