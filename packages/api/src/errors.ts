// One error vocabulary (CONVENTIONS.md §7): services throw AppError with a string code and a bilingual
// message; this file holds the single table that maps codes to tRPC codes. The web app maps the same
// codes to its translated messages, so no stack trace or SQL ever reaches a user.
import type { InputProblem, LocalizedText } from "@tinhgon/domain";
import { TRPCError } from "@trpc/server";

export const appErrorCodes = {
  DATABASE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INPUT_INVALID: "BAD_REQUEST",
  DOCUMENT_INVALID: "BAD_REQUEST",
  EDIT_INVALID: "BAD_REQUEST",
  INVALID_PARENT: "BAD_REQUEST",
  NO_RULE_PACK_FOR_DATE: "BAD_REQUEST",
  UNKNOWN_RULE_PACK: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  SNAPSHOT_NOT_FOUND: "NOT_FOUND",
  PROVINCE_NOT_FOUND: "NOT_FOUND",
  PLAN_NOT_FOUND: "NOT_FOUND",
  PHASE_NOT_FOUND: "NOT_FOUND",
  OPERATION_NOT_FOUND: "NOT_FOUND",
  PLAN_INVALID: "BAD_REQUEST",
  PLAN_OPERATION_INVALID: "BAD_REQUEST",
  LAST_PHASE: "BAD_REQUEST",
  PLAN_VERSION_CONFLICT: "CONFLICT",
  SNAPSHOT_VERSION_CONFLICT: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  WORKFLOW_STATE: "CONFLICT",
  PLAN_LOCKED: "CONFLICT",
  COMPLIANCE_GATE: "PRECONDITION_FAILED",
  FOUR_EYES: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  XLSX_INVALID: "BAD_REQUEST",
  PDF_CONVERTER_MISSING: "SERVICE_UNAVAILABLE",
  PDF_CONVERSION_FAILED: "SERVICE_UNAVAILABLE",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const satisfies Record<string, TRPCError["code"]>;

export type AppErrorCode = keyof typeof appErrorCodes;

export class AppError extends Error {
  readonly problems: InputProblem[];

  constructor(
    readonly code: AppErrorCode,
    readonly localized: LocalizedText,
    options: { problems?: InputProblem[]; cause?: unknown } = {},
  ) {
    super(localized.en, { cause: options.cause });
    this.name = "AppError";
    this.problems = options.problems ?? [];
  }
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: appErrorCodes[error.code], message: error.localized.en, cause: error });
}

/** The app error code carried by a tRPC error, for the error formatter. */
export function appErrorCodeOf(error: TRPCError): AppErrorCode {
  if (error.cause instanceof AppError) return error.cause.code;
  return trpcCodeFallbacks[error.code] ?? "INTERNAL";
}

/** Errors raised by tRPC itself (bad input, unknown procedure) rather than by a service. */
const trpcCodeFallbacks: Partial<Record<TRPCError["code"], AppErrorCode>> = {
  BAD_REQUEST: "INPUT_INVALID",
  PARSE_ERROR: "INPUT_INVALID",
  NOT_FOUND: "NOT_FOUND",
  SERVICE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  UNAUTHORIZED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  // The client's HTTP mistakes (wrong method, not JSON, too large) are input problems, not defects.
  METHOD_NOT_SUPPORTED: "INPUT_INVALID",
  UNSUPPORTED_MEDIA_TYPE: "INPUT_INVALID",
  PAYLOAD_TOO_LARGE: "INPUT_INVALID",
};

export const notFound = (
  code: "SNAPSHOT_NOT_FOUND" | "NOT_FOUND" | "PROVINCE_NOT_FOUND" | "PLAN_NOT_FOUND",

  id: string,
): AppError =>
  new AppError(code, {
    vi: `Không tìm thấy "${id}". Kiểm tra lại mã hoặc tải lại danh sách.`,
    en: `"${id}" was not found. Check the id or reload the list.`,
  });
