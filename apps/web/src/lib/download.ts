// Files the server makes (Excel workbooks, the dossier's DOCX and PDF) come back inside the JSON answer,
// their bytes in base64 (packages/api's FileDownload): these helpers save them under the server's file
// name, and read a workbook the user picked into base64 for an upload.
import { downloadBlob } from "./file-name.ts";

/** A file as the API returns it. */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  base64: string;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Offers one file of the API to the user as a download. */
export function downloadFile(file: FileDownload): void {
  downloadBlob(file.fileName, new Blob([base64ToBytes(file.base64)], { type: file.mediaType }));
}

/**
 * Offers several files, one after the other: browsers drop or merge downloads started in the same
 * instant (Chromium asks once whether the site may download several files).
 */
export async function downloadFiles(files: readonly FileDownload[]): Promise<void> {
  for (const [index, file] of files.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, 400));
    downloadFile(file);
  }
}

/** The bytes of a file the user picked, in base64 (a data URL without its "data:…;base64," prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error("The file could not be read."));
    };
    reader.readAsDataURL(file);
  });
}

/** The server's reader refuses larger workbooks; checked here first so nothing is uploaded in vain. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

export type WorkbookFileProblem = "extension" | "empty" | "size";

/** Why a picked file cannot be an Excel workbook to import, before it is uploaded; undefined: send it. */
export function workbookFileProblem(file: { name: string; size: number }): WorkbookFileProblem | undefined {
  if (!/\.xlsx$/i.test(file.name)) return "extension";
  if (file.size === 0) return "empty";
  if (file.size > MAX_WORKBOOK_BYTES) return "size";
  return undefined;
}

/** "co-cau.xlsx" → "co-cau": the default name of the data set a workbook is imported as. */
export function fileStem(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, "").trim();
}
