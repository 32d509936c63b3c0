// @tinhgon/documents — Excel in and out, the plan dossier (DOCX) and its PDF. See contract.ts.
export type * from "./contract.ts";
// The plan dossier (Tờ trình, Đề án, Quyết định, Báo cáo tiếp thu) as DOCX, and PDF through LibreOffice.
export { buildDossier, DOCX_MEDIA_TYPE } from "./dossier/build-dossier.ts";
export { buildDossierContent, dossierDocumentKinds } from "./dossier/dossier-content.ts";
export type { DossierContentOutcome } from "./dossier/dossier-content.ts";
export type * from "./dossier/dossier-model.ts";
export {
  convertDocxToPdf,
  DEFAULT_PDF_TIMEOUT_MS,
  findLibreOffice,
  PDF_MEDIA_TYPE,
} from "./pdf/convert-to-pdf.ts";
export type { ConvertToPdfOptions } from "./pdf/convert-to-pdf.ts";
export { DocumentError, isDocumentError } from "./document-error.ts";
export type { DocumentErrorCode } from "./document-error.ts";
// Excel: the snapshot workbook (import with every problem on its cell, export, templates) and tables.
export { readSnapshotWorkbook } from "./xlsx/read-snapshot-workbook.ts";
export type { ReadWorkbookOptions } from "./xlsx/read-snapshot-workbook.ts";
export { writeSnapshotWorkbook, writeWorkbookTemplate } from "./xlsx/write-snapshot-workbook.ts";
export { defaultWorkbookLimits } from "./xlsx/file-problems.ts";
export { neutraliseText } from "./xlsx/cell-text.ts";
export { writeTablesWorkbook, XLSX_MEDIA_TYPE } from "./tables/write-tables-workbook.ts";
export { findingsTable, planDiffTable, positionsTable, structureTable } from "./tables/table-builders.ts";
export type { TableLanguage } from "./tables/table-builders.ts";
