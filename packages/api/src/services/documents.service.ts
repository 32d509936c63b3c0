// Documents in and out (issue #8): Excel templates, imports and exports, and a plan's dossier (DOCX, PDF).
// The work is done by @tinhgon/documents (bytes in, bytes out); this service loads what the user may see,
// saves only a wholly valid import, and maps the library's problems to the one error vocabulary.
import {
  buildDossier,
  type CellProblem,
  convertDocxToPdf,
  type DossierComment,
  type DocumentErrorCode,
  type DossierDocumentKind,
  isDocumentError,
  findingsTable,
  type GeneratedFile,
  planDiffTable,
  positionsTable,
  readSnapshotWorkbook,
  structureTable,
  type WorkbookKind,
  writeSnapshotWorkbook,
  writeTablesWorkbook,
  writeWorkbookTemplate,
} from "@tinhgon/documents";
import {
  countSnapshotContents,
  diffPlan,
  evaluateSnapshot,
  type Snapshot,
  type SnapshotCounts,
  withoutHiddenPersonalData,
} from "@tinhgon/domain";

import { auditMeta, type Context } from "../context.ts";
import { AppError, type AppErrorCode } from "../errors.ts";
import { evaluatePlanOrThrow, loadStoredPlan, visiblePlan } from "./plan.service.ts";
import { loadSnapshotOrThrow } from "./snapshot.service.ts";

const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file as the API returns it: JSON carries its bytes in base64. */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  base64: string;
}

function toDownload(file: GeneratedFile): FileDownload {
  return {
    fileName: file.fileName,
    mediaType: file.mediaType,
    base64: Buffer.from(file.bytes).toString("base64"),
  };
}

function xlsxDownload(fileName: string, bytes: Uint8Array): FileDownload {
  return toDownload({ fileName, mediaType: XLSX_MEDIA_TYPE, bytes });
}

const templateFileNames: Record<WorkbookKind, string> = {
  structure: "mau-co-cau-to-chuc.xlsx",
  positions: "mau-vi-tri-viec-lam.xlsx",
  staff: "mau-danh-sach-cong-chuc.xlsx",
};

export async function workbookTemplate(input: { kind: WorkbookKind }): Promise<FileDownload> {
  return xlsxDownload(templateFileNames[input.kind], await writeWorkbookTemplate(input.kind));
}

/** The outcome of reading a workbook: every row problem at once, with the marked copy to download. */
export type WorkbookCheck =
  | { ok: true; kinds: WorkbookKind[]; provinceCode: string; counts: SnapshotCounts }
  | { ok: false; problems: CellProblem[]; marked: FileDownload };

function markedName(fileName: string): string {
  const stem = fileName.replace(/\.xlsx$/i, "");
  return `${stem}-da-danh-dau-loi.xlsx`;
}

type ReadOutcome =
  | { ok: true; snapshot: Snapshot; kinds: WorkbookKind[] }
  | { ok: false; problems: CellProblem[]; marked: FileDownload };

async function readWorkbookOrThrow(
  context: Context,
  input: { fileName: string; content: string; snapshotId?: string | undefined },
): Promise<ReadOutcome> {
  const base =
    input.snapshotId === undefined
      ? undefined
      : (await loadSnapshotOrThrow(context, input.snapshotId)).snapshot;
  const bytes = new Uint8Array(Buffer.from(input.content, "base64"));
  const result = await readSnapshotWorkbook(bytes, base === undefined ? {} : { base });
  if (result.ok) return result;
  if (result.kind === "file") throw new AppError("XLSX_INVALID", result.message);
  return {
    ok: false,
    problems: result.problems,
    marked: xlsxDownload(markedName(input.fileName), result.markedWorkbook),
  };
}

/** Reads and checks a workbook without saving anything: every problem, and the marked copy. */
export async function checkWorkbook(
  context: Context,
  input: { fileName: string; content: string; snapshotId?: string | undefined },
): Promise<WorkbookCheck> {
  const read = await readWorkbookOrThrow(context, input);
  if (!read.ok) return read;
  return {
    ok: true,
    kinds: read.kinds,
    provinceCode: read.snapshot.province.code,
    counts: countSnapshotContents(read.snapshot),
  };
}

/**
 * Imports a workbook as the named data set of the province: nothing is saved unless every row is valid.
 * A positions or staff workbook completes a stored data set (`snapshotId`), saved under the name given.
 */
export async function importWorkbook(
  context: Context,
  input: {
    name: string;
    provinceCode: string;
    fileName: string;
    content: string;
    snapshotId?: string | undefined;
  },
): Promise<
  | ({ ok: true; id: string } & Omit<Extract<WorkbookCheck, { ok: true }>, "ok">)
  | Extract<WorkbookCheck, { ok: false }>
> {
  const read = await readWorkbookOrThrow(context, input);
  if (!read.ok) return read;
  if (read.snapshot.province.code !== input.provinceCode) {
    throw new AppError("XLSX_INVALID", {
      vi: `Tệp này là số liệu của tỉnh/thành phố mã "${read.snapshot.province.code}", không phải mã "${input.provinceCode}" đang chọn: chọn đúng tỉnh rồi nhập lại.`,
      en: `This file holds data of province "${read.snapshot.province.code}", not the selected "${input.provinceCode}": select the right province and import again.`,
    });
  }
  const saved = await context.repositories.saveSnapshot(
    { name: input.name.normalize("NFC"), snapshot: read.snapshot },
    auditMeta(context),
  );
  return {
    ok: true,
    id: saved.id,
    kinds: read.kinds,
    provinceCode: read.snapshot.province.code,
    counts: countSnapshotContents(read.snapshot),
  };
}

/** The data set as the user may see it (staff lists only for their owner and the province's reviewers). */
async function visibleSnapshot(
  context: Context,
  snapshotId: string,
): Promise<{ name: string; snapshot: Snapshot }> {
  const { name, snapshot } = await loadSnapshotOrThrow(context, snapshotId);
  return {
    name,
    snapshot: context.actor ? withoutHiddenPersonalData(snapshot, context.actor).snapshot : snapshot,
  };
}

function fileStem(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 80) || "tinh-gon";
}

/** The whole data set in the import layout: edit it in Excel and import it back. */
export async function snapshotWorkbook(
  context: Context,
  input: { snapshotId: string },
): Promise<FileDownload> {
  const { name, snapshot } = await visibleSnapshot(context, input.snapshotId);
  return xlsxDownload(`${fileStem(name)}.xlsx`, await writeSnapshotWorkbook(snapshot));
}

export type SnapshotTableKind = "structure" | "positions" | "findings";
export type Language = "vi" | "en";

/** The tables the app shows for a data set, one sheet each. */
export async function snapshotTables(
  context: Context,
  input: { snapshotId: string; tables: SnapshotTableKind[]; lang: Language },
): Promise<FileDownload> {
  const { name, snapshot } = await visibleSnapshot(context, input.snapshotId);
  const tables = [];
  for (const table of new Set(input.tables)) {
    switch (table) {
      case "structure":
        tables.push(structureTable(snapshot, input.lang));
        break;
      case "positions":
        tables.push(positionsTable(snapshot, input.lang));
        break;
      case "findings": {
        const outcome = evaluateSnapshot(snapshot);
        if (!outcome.ok) throw new AppError(outcome.failure.code, outcome.failure.message);
        tables.push(findingsTable(outcome.result.findings, input.lang));
        break;
      }
    }
  }
  return xlsxDownload(`${fileStem(name)}-bang.xlsx`, await writeTablesWorkbook(tables));
}

export type PlanTableKind = "diff" | "findings";

/** A plan's before/after table (baseline against a phase, the last by default) and its findings. */
export async function planTables(
  context: Context,
  input: { planId: string; tables: PlanTableKind[]; phaseIndex?: number | undefined; lang: Language },
): Promise<FileDownload> {
  const stored = visiblePlan(context, await loadStoredPlan(context, input.planId));
  const plan = stored.document;
  const evaluated = evaluatePlanOrThrow(plan);
  const phaseIndex = input.phaseIndex ?? evaluated.phases.length - 1;
  const phase = evaluated.phases[phaseIndex];
  if (!phase)
    throw new AppError("PHASE_NOT_FOUND", {
      vi: `Không có giai đoạn số ${String(phaseIndex + 1)}.`,
      en: `There is no phase ${String(phaseIndex + 1)}.`,
    });
  const tables = [];
  for (const table of new Set(input.tables)) {
    if (table === "diff") {
      const diff = diffPlan(plan, evaluated, { phaseIndex });
      if (!diff.ok) throw new AppError("PLAN_OPERATION_INVALID", diff.error.message);
      tables.push(planDiffTable(diff.diff, input.lang));
    } else {
      tables.push(findingsTable(phase.findings, input.lang));
    }
  }
  return xlsxDownload(`${fileStem(plan.title)}-bang.xlsx`, await writeTablesWorkbook(tables));
}

export type DossierFormat = "docx" | "pdf";

/**
 * A plan's dossier: Tờ trình, Đề án, draft Quyết định and Báo cáo tiếp thu (from the review comments), as
 * DOCX or PDF. Only the plan's owner and the province's reviewers may ask (it names people: the roadmap).
 */
export async function planDossier(
  context: Context,
  input: { planId: string; format: DossierFormat; kinds?: DossierDocumentKind[] | undefined; date: string },
): Promise<{ files: FileDownload[] }> {
  const stored = await loadStoredPlan(context, input.planId);
  // The same checks as the editor's: a plan whose operations or dates fail cannot be written up.
  evaluatePlanOrThrow(stored.document);
  const comments = await context.repositories.listPlanComments(input.planId);
  try {
    const docx = await buildDossier(
      {
        plan: stored.document,
        date: input.date,
        comments: comments.map((comment) => ({
          round: comment.round,
          authorName: comment.authorName,
          authorRole: comment.authorRole,
          target: comment.target as DossierComment["target"],
          body: comment.body,
          createdAt: comment.createdAt,
        })),
      },
      input.kinds,
    );
    const files = input.format === "docx" ? docx : await convertDocxToPdf(docx);
    return { files: files.map(toDownload) };
  } catch (error) {
    if (isDocumentError(error))
      throw new AppError(documentErrorCodes[error.code], error.localized, { cause: error });
    throw error;
  }
}

/** The library's document errors in the API's vocabulary. */
const documentErrorCodes: Record<DocumentErrorCode, AppErrorCode> = {
  DOSSIER_PLAN_DOES_NOT_APPLY: "PLAN_OPERATION_INVALID",
  DOSSIER_NO_RULE_PACK: "NO_RULE_PACK_FOR_DATE",
  PDF_CONVERTER_MISSING: "PDF_CONVERTER_MISSING",
  PDF_CONVERSION_FAILED: "PDF_CONVERSION_FAILED",
  PDF_CONVERSION_TIMEOUT: "PDF_CONVERSION_FAILED",
};
