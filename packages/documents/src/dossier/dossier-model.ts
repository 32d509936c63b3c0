// The dossier as data: what each document says (headings, paragraphs, tables, charts) with no layout and
// no I/O. dossier-content.ts builds it from a plan; render-docx.ts lays it out (Decree 30/2020/NĐ-CP).
import type { DossierDocumentKind } from "../contract.ts";

export interface TextSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Alignment = "justify" | "center" | "left" | "right";

export interface TableColumn {
  header: string;
  /** Relative width: the renderer shares the text width in proportion. */
  width: number;
  align: "left" | "center" | "right";
}

export interface TableRow {
  cells: string[];
  /** A totals row is set in bold. */
  total?: boolean;
}

/** A bar chart: one value per category in every series; null draws nothing (no limit for that unit). */
export interface ChartSpec {
  id: string;
  /** The caption under the picture ("Biểu đồ 2. …"); the picture itself carries no title. */
  caption: string;
  /** "horizontal" suits long unit names (bars grow to the right); "vertical" suits years. */
  orientation: "horizontal" | "vertical";
  categories: string[];
  series: {
    key: string;
    label: string;
    values: (number | null)[];
    /** "bar" draws bars side by side; "marker" draws a tick at the value (a limit) over the category. */
    style: "bar" | "marker";
  }[];
  /** What the numbers count ("người", "cấp phó"), shown along the value axis. */
  valueLabel: string;
}

export type Block =
  /** Level 0 is a centred line of its own ("QUYẾT ĐỊNH:" before the articles); 1–3 are "I.", "1.", "a)". */
  | { kind: "heading"; level: 0 | 1 | 2 | 3; text: string }
  | { kind: "paragraph"; spans: TextSpan[]; align?: Alignment; indent?: boolean }
  | { kind: "table"; columns: TableColumn[]; rows: TableRow[]; caption?: string; note?: string }
  | { kind: "chart"; chart: ChartSpec };

export interface DocumentHeader {
  /** The direct superior body (cơ quan chủ quản), in capitals, one line each; null when there is none. */
  authority: string[] | null;
  /** The issuing body, in capitals, one line each. */
  issuer: string[];
  /** "Số:      /TTr-UBND": the number is given when the document is registered. */
  numberLine: string;
  /** "Cát Hải, ngày 05 tháng 01 năm 2026". */
  placeDateLine: string;
}

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN" for a collective body; null when the head signs in their own name. */
  capacity: string | null;
  title: string;
  /** Empty until known: the space above is left for the signature and the seal. */
  name: string;
}

export interface DossierDocumentContent {
  kind: DossierDocumentKind;
  /** File name without extension, e.g. "01-to-trinh". */
  fileStem: string;
  /** A draft for the superior body to issue (the Quyết định) is marked "Dự thảo". */
  draft: boolean;
  header: DocumentHeader;
  /** "TỜ TRÌNH", "ĐỀ ÁN", "QUYẾT ĐỊNH", "BÁO CÁO". */
  typeName: string;
  /** The summary line(s) under the type name ("Về việc phê duyệt Phương án …"). */
  summary: string;
  /** "Kính gửi: …" (a Tờ trình); null for the other documents. */
  addressee: string | null;
  /** Lines set bold and centred before the body (the issuing authority of a Quyết định). */
  preamble: TextSpan[][];
  body: Block[];
  /** "Nơi nhận:" lines ("- Như trên;" … "- Lưu: VT, NV."); null for a document with no distribution. */
  recipients: string[] | null;
  signature: Signature;
}

/** The numbers the documents state, gathered once so that every document says the same. */
export interface DossierFacts {
  title: string;
  baselineDate: string;
  finalDate: string;
  ruleSets: string[];
  units: { before: number; after: number };
  divisions: { before: number; after: number };
  agencies: { before: number; after: number };
  payroll: { before: number; after: number };
  deputies: { before: number; after: number };
  surplusDeputies: { before: number; after: number };
  violations: { before: number; after: number };
}

export interface DossierContent {
  facts: DossierFacts;
  documents: DossierDocumentContent[];
}
