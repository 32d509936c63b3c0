// The one error type of the dossier and the PDF conversion: a string code (SCREAMING_SNAKE, CONVENTIONS.md
// §7) with a message in Vietnamese and English, so the API maps the code and the CLI prints the message.
import type { LocalizedText } from "@tinhgon/domain";

export type DocumentErrorCode =
  | "DOSSIER_PLAN_DOES_NOT_APPLY"
  | "DOSSIER_NO_RULE_PACK"
  | "PDF_CONVERTER_MISSING"
  | "PDF_CONVERSION_FAILED"
  | "PDF_CONVERSION_TIMEOUT";

export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  readonly localized: LocalizedText;
  /** Where in the input the problem is (a JSON path of the plan), when it is in the input. */
  readonly path: string | undefined;

  constructor(code: DocumentErrorCode, message: LocalizedText, path?: string) {
    super(`${code}: ${message.en}`);
    this.name = "DocumentError";
    this.code = code;
    this.localized = message;
    this.path = path;
  }
}

export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof DocumentError;
}
