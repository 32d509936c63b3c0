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
