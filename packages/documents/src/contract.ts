// The contract of @tinhgon/documents: what the API and the CLI call. Bytes in, bytes out — no database,
// no HTTP; only pdf/ starts a process (LibreOffice).
import type { IsoDate, LocalizedText, Plan, Snapshot } from "@tinhgon/domain";

/** The three Excel templates of issue #8: structure, job positions, staff. */
export type WorkbookKind = "structure" | "positions" | "staff";

/** One problem in one cell (or one header cell, or a whole row when column is the id column). */
export interface CellProblem {
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Column letter as Excel shows it ("C"). */
  column: string;
  /** The column's header text (Vietnamese), so the message reads without the file open. */
  field: string;
  message: LocalizedText;
}

export type WorkbookFileProblemCode =
  | "XLSX_FILE_TOO_LARGE"
  | "XLSX_NOT_A_WORKBOOK"
  | "XLSX_ARCHIVE_TOO_LARGE"
  /** Data-validation or merged ranges cover more cells than exceljs can expand (a hang, not a file). */
  | "XLSX_RANGE_TOO_LARGE"
  | "XLSX_TOO_MANY_ROWS"
  | "XLSX_UNKNOWN_LAYOUT"
  | "XLSX_BASE_REQUIRED";

export type WorkbookReadResult =
  | { ok: true; snapshot: Snapshot; kinds: WorkbookKind[] }
  /** The file as a whole cannot be read (size, archive, layout): nothing to mark. */
  | { ok: false; kind: "file"; code: WorkbookFileProblemCode; message: LocalizedText }
  /** Every row problem at once, and a copy of the workbook with each bad cell marked and commented. */
  | { ok: false; kind: "rows"; problems: CellProblem[]; markedWorkbook: Uint8Array };

export interface WorkbookLimits {
  maxFileBytes: number;
  maxExpandedBytes: number;
  maxEntries: number;
  maxRowsPerSheet: number;
  /** Cells covered by data-validation and merged ranges, all sheets together (exceljs expands each). */
  maxRangeCells: number;
}

/** A table as the app shows it, for an XLSX export (one sheet per table). */
export interface ExportTable {
  sheetName: string;
  title: string;
  columns: { header: string; kind: "text" | "number" | "date"; width?: number }[];
  rows: (string | number | null)[][];
}

export type DossierDocumentKind = "to-trinh" | "de-an" | "quyet-dinh" | "bao-cao-tiep-thu";

/** A review comment as the response report (Báo cáo tiếp thu, giải trình) needs it. */
export interface DossierComment {
  round: number;
  authorName: string;
  /** "provincial_reviewer" comments are the opinions to answer; the owner's comments are answers. */
  authorRole: string;
  target:
    | { kind: "plan" }
    | { kind: "phase"; phaseIndex: number }
    | { kind: "operation"; phaseIndex: number; operationIndex: number }
    | { kind: "finding"; findingKey: string };
  body: string;
  createdAt: string;
}

export interface DossierInput {
  plan: Plan;
  /** The date printed on the documents (pure code reads no clock). */
  date: IsoDate;
  /** Defaults derive from the plan's baseline (e.g. "Ủy ban nhân dân huyện Cát Hải", place "Cát Hải"). */
  issuer?: {
    name?: string;
    place?: string;
    superior?: string;
    /** The issuer's direct superior body printed above its name ("Ủy ban nhân dân thành phố Hải Phòng"). */
    authority?: string;
    /** Who signs the issuer's documents; left blank (for a handwritten name) when absent. */
    signerName?: string;
  };
  comments?: DossierComment[];
}

export interface GeneratedFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

export type { IsoDate, LocalizedText, Plan, Snapshot };
