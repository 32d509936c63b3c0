import type { AppErrorCode } from "@tinhgon/api";
import { TRPCClientError } from "@trpc/client";

export type DisplayedErrorCode = AppErrorCode | "NETWORK";

/** The app error code of a failed call, so the UI shows a translated message, never raw JSON. */
export function errorCodeOf(error: unknown): DisplayedErrorCode {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (data && typeof data === "object" && "appCode" in data && typeof data.appCode === "string") {
      return data.appCode as AppErrorCode;
    }
    return "NETWORK";
  }
  return "INTERNAL";
}

interface LocalizedMessage {
  vi: string;
  en: string;
}

export interface ErrorDetails {
  code: DisplayedErrorCode;
  /** The server's own explanation (which unit, which number), in both languages, when it gave one. */
  message: LocalizedMessage | undefined;
  /** Field-level problems, each with the JSON path of the field. */
  problems: { path: string; message: LocalizedMessage }[];
}

function isLocalized(value: unknown): value is LocalizedMessage {
  return (
    typeof value === "object" &&
    value !== null &&
    "vi" in value &&
    "en" in value &&
    typeof value.vi === "string" &&
    typeof value.en === "string"
  );
}

/** Everything the API said about a failed call, for an error message that says what to do next. */
export function errorDetailsOf(error: unknown): ErrorDetails {
  const code = errorCodeOf(error);
  if (!(error instanceof TRPCClientError)) return { code, message: undefined, problems: [] };
  const data: unknown = error.data;
  if (!data || typeof data !== "object") return { code, message: undefined, problems: [] };
  const message = "message" in data && isLocalized(data.message) ? data.message : undefined;
  const problems =
    "problems" in data && Array.isArray(data.problems)
      ? data.problems.flatMap((problem: unknown) =>
          problem &&
          typeof problem === "object" &&
          "path" in problem &&
          typeof problem.path === "string" &&
          "message" in problem &&
          isLocalized(problem.message)
            ? [{ path: problem.path, message: problem.message }]
            : [],
        )
      : [];
  return { code, message, problems };
}

/**
 * Codes for which the server's message is generic (the permission check's NOT_FOUND names no record,
 * INTERNAL hides its cause): the catalogue's text says more about what to do next.
 */
const genericServerMessages = new Set<DisplayedErrorCode>(["NOT_FOUND", "INTERNAL", "NETWORK"]);

/**
 * The server's own explanation in the UI language, when it is the better message: it names the unit,
 * the number or the status. Undefined when the translated catalogue message should be shown instead.
 */
export function serverMessageOf(details: ErrorDetails, language: string): string | undefined {
  if (!details.message || genericServerMessages.has(details.code)) return undefined;
  return language === "en" ? details.message.en : details.message.vi;
}

/** Failures that are answers (no access, not found, invalid): asking again gives the same answer. */
const finalAnswers = new Set<DisplayedErrorCode>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "PLAN_NOT_FOUND",
  "SNAPSHOT_NOT_FOUND",
  "PROVINCE_NOT_FOUND",
  "INPUT_INVALID",
  "RATE_LIMITED",
  // A workbook that cannot be read, a server without a PDF converter: the same file gets the same answer.
  "XLSX_INVALID",
  "PDF_CONVERTER_MISSING",
]);

/** React Query's retry decision: once, and only for failures a second try may cure (network, server). */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && !finalAnswers.has(errorCodeOf(error));
}
