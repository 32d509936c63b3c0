// The one tRPC instance. Only the router and the procedure kinds are exported; the error formatter adds
// the app error code, the bilingual message and field-level problems, and hides internal messages.
import { isDatabaseUnavailableError } from "@tinhgon/db";
import { formatJsonPath, type InputProblem, problemsFromIssue } from "@tinhgon/domain";
import { initTRPC, TRPCError } from "@trpc/server";

import type { Context } from "./context.ts";
import type { OwnerScope } from "@tinhgon/domain";

import { AppError, appErrorCodeOf, notFound, toTRPCError } from "./errors.ts";
import { isAllowed, permissionOf, type Policy, ScopeInputError } from "./permissions.ts";

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
            : appCode === "UNAUTHENTICATED"
              ? deniedMessages.signIn
              : appCode === "FORBIDDEN"
                ? deniedMessages.forbidden
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

const deniedMessages = {
  signIn: {
    vi: "Bạn cần đăng nhập để dùng chức năng này. Đăng nhập rồi thử lại.",
    en: "Sign in to use this. Sign in and try again.",
  },
  forbidden: {
    vi: "Tài khoản của bạn không có quyền thực hiện thao tác này với dữ liệu này. Nếu cần, đề nghị Sở Nội vụ cấp quyền.",
    en: "Your account may not do this with these data. Ask the Department of Home Affairs for access if you need it.",
  },
  undeclared: {
    vi: "Chức năng này chưa được khai báo quyền nên bị từ chối. Báo lỗi cho quản trị hệ thống.",
    en: "This function has no declared permission, so it is refused. Report it to the administrator.",
  },
} as const;

/**
 * Deny by default: the procedure's declared permission (permissions.ts) is checked before its own
 * code, with the owner scope of the record the input names. Unknown records are "not found" here, so a
 * write never reaches a service for a record nobody may touch.
 */
const authorize = t.middleware(async ({ ctx, path, getRawInput, next }) => {
  const permission = permissionOf(path);
  if (!permission) throw toTRPCError(new AppError("FORBIDDEN", deniedMessages.undeclared));
  if (permission.policy !== "public" && !ctx.actor)
    throw toTRPCError(new AppError("UNAUTHENTICATED", deniedMessages.signIn));
  // Role-only refusals first: no database query for a request that cannot be allowed.
  if (!isAllowedForSomeScope(permission.policy, ctx.actor))
    throw toTRPCError(new AppError("FORBIDDEN", deniedMessages.forbidden));
  // A fresh memo per call: the record the check reads is reused by this call's procedure only.
  const callContext: Context = { ...ctx, planHeaders: new Map() };
  let scope: (OwnerScope & { plan?: true }) | "none" = "none";
  if (permission.scope) {
    const rawInput = await getRawInput();
    // The input is validated as the procedure will validate it before the record it names is looked up,
    // so a malformed input gets the procedure's own field-level problems.
    for (const parser of inputParsersOf(path)) {
      const parsed = await parser["~standard"].validate(rawInput);
      if (parsed.issues) throw new TRPCError({ code: "BAD_REQUEST", cause: { issues: parsed.issues } });
    }
    let resolved;
    try {
      resolved = await permission.scope(callContext, rawInput);
    } catch (error) {
      if (error instanceof ScopeInputError)
        throw toTRPCError(
          new AppError("INPUT_INVALID", {
            vi: "Dữ liệu gửi lên không hợp lệ.",
            en: "The request is not valid.",
          }),
        );
      throw error;
    }
    if (resolved !== "none" && "missing" in resolved) {
      const code =
        resolved.missing === "snapshot"
          ? "SNAPSHOT_NOT_FOUND"
          : resolved.missing === "plan"
            ? "PLAN_NOT_FOUND"
            : "NOT_FOUND";
      throw toTRPCError(notFound(code, resolved.id));
    }
    scope = resolved;
  }
  if (!isAllowed(permission.policy, ctx.actor, scope))
    throw toTRPCError(new AppError("FORBIDDEN", deniedMessages.forbidden));
  return next({ ctx: { ...callContext, procedure: path } });
});

interface StandardParser {
  "~standard": {
    validate: (value: unknown) => Promise<{ issues?: readonly unknown[] }> | { issues?: readonly unknown[] };
  };
}
let procedureInputs: (path: string) => readonly StandardParser[] = () => [];

/** root.ts registers the router so the authorisation middleware can validate a procedure's input first. */
export function registerProcedureInputs(lookup: (path: string) => readonly StandardParser[]): void {
  procedureInputs = lookup;
}

function inputParsersOf(path: string): readonly StandardParser[] {
  return procedureInputs(path);
}

/** False when no record could make the policy allow this actor (e.g. a viewer and an edit). */
function isAllowedForSomeScope(policy: Policy, actor: Context["actor"]): boolean {
  if (policy === "public" || policy === "signed_in") return true;
  if (!actor) return false;
  switch (policy) {
    case "admin":
      return actor.role === "admin";
    case "manage_snapshots":
    case "review_plan":
      return actor.role === "provincial_reviewer";
    case "edit_structure":
      return actor.role === "district_officer" || actor.role === "agency_officer";
    case "own_plan":
    case "discuss_plan":
    case "read_plan_personal":
      return actor.role !== "viewer" && actor.role !== "admin";
    case "read_structure":
    case "read_plan":
      return actor.role !== "admin";
  }
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure: app errors mapped, then its declared permission checked (there is no other kind). */
export const publicProcedure = t.procedure.use(appErrors).use(authorize);
