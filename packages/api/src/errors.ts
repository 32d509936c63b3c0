// One error vocabulary (CONVENTIONS.md §7): services throw AppError with a string code; this file holds
// the single table that maps codes to tRPC codes. The web app maps the same codes to translated
// messages, so no stack trace or SQL ever reaches a user.
import { TRPCError } from "@trpc/server";

export const appErrorCodes = {
  DATABASE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INPUT_INVALID: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const satisfies Record<string, TRPCError["code"]>;

export type AppErrorCode = keyof typeof appErrorCodes;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AppError";
  }
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: appErrorCodes[error.code], message: error.message, cause: error });
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
};
