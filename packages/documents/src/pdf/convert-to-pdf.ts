// DOCX → PDF with LibreOffice headless (issue #8 part 3). Each call gets its own temporary folder and its
// own LibreOffice profile (-env:UserInstallation): two conversions at once would otherwise fight over
// the one default profile and the second would exit at once without a PDF. The process is killed with
// its children when it overruns the time limit, and the folder is always removed.
// Fonts: the documents ask for Times New Roman; LibreOffice substitutes Liberation Serif (metric-compatible,
// with Vietnamese; Debian: fonts-liberation2) and its PDF export embeds the subsets it uses.
import { spawn } from "node:child_process";
import { accessSync, constants, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

import type { GeneratedFile } from "../contract.ts";
import { DocumentError } from "../document-error.ts";

export const PDF_MEDIA_TYPE = "application/pdf";
/** A cold LibreOffice start with a fresh profile takes 5–10 s on a busy 2-CPU machine; 4 documents ~10 s. */
export const DEFAULT_PDF_TIMEOUT_MS = 120_000;

export interface ConvertToPdfOptions {
  /** The soffice executable; default: findLibreOffice(). */
  sofficePath?: string;
  timeoutMs?: number;
}

const executableNames =
  process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];

/** Where the packages of the usual systems put LibreOffice. */
function wellKnownLocations(): string[] {
  const locations = [
    "/usr/bin/soffice",
    "/usr/local/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/snap/bin/libreoffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  ];
  // The LibreOffice project's own packages install into /opt/libreofficeX.Y.
  try {
    for (const entry of readdirSync("/opt")) {
      if (entry.startsWith("libreoffice")) locations.push(join("/opt", entry, "program", "soffice"));
    }
  } catch {
    // No /opt (Windows, a minimal container): nothing to add.
  }
  return locations;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The LibreOffice executable, or undefined when none is installed. `searchPath` is a PATH-like list of
 * folders searched first (the caller's env.ts reads the environment; this package does not).
 */
export function findLibreOffice(searchPath?: string): string | undefined {
  const fromPath = (searchPath ?? "")
    .split(delimiter)
    .filter((folder) => folder !== "")
    .flatMap((folder) => executableNames.map((name) => join(folder, name)));
  return [...fromPath, ...wellKnownLocations()].find(isExecutable);
}

function converterMissing(path: string | undefined): DocumentError {
  const where = path === undefined ? "" : ` (${path})`;
  return new DocumentError("PDF_CONVERTER_MISSING", {
    vi: `Không tìm thấy LibreOffice${where} để chuyển hồ sơ sang PDF. Quản trị viên cần cài đặt gói libreoffice-writer-nogui (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2); trong lúc chờ, hãy tải các tệp DOCX và tự chuyển sang PDF.`,
    en: `LibreOffice was not found${where} to convert the dossier to PDF. The administrator should install the libreoffice-writer-nogui package (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2); meanwhile, download the DOCX files and convert them yourself.`,
  });
}

interface RunResult {
  code: number | null;
  stderr: string;
  timedOut: boolean;
}

function runSoffice(executable: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // A process group of its own, so a timeout kills soffice.bin too, not only the launcher script.
    const child = spawn(executable, args, {
      detached: process.platform !== "win32",
      stdio: ["ignore", "ignore", "pipe"],
    });
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // Already gone between the timer and the kill.
      }
    }, timeoutMs);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr.push(chunk);
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: Buffer.concat(stderr).toString("utf8"), timedOut });
    });
  });
}

/** A file name safe to write in the temporary folder: its base name, without path separators. */
function safeName(fileName: string, index: number): string {
  const base = basename(fileName).replace(/[^\p{L}\p{N}._-]/gu, "_");
  return base === "" || base.startsWith(".") ? `document-${index}${extname(fileName)}` : base;
}

/**
 * Converts each file (DOCX, or anything LibreOffice Writer opens) to PDF, in order: "02-de-an.docx" →
 * "02-de-an.pdf". Throws DocumentError PDF_CONVERTER_MISSING, PDF_CONVERSION_TIMEOUT or
 * PDF_CONVERSION_FAILED.
 */
export async function convertDocxToPdf(
  files: GeneratedFile[],
  options: ConvertToPdfOptions = {},
): Promise<GeneratedFile[]> {
  if (files.length === 0) return [];
  const executable = options.sofficePath ?? findLibreOffice();
  if (executable === undefined || !isExecutable(executable)) throw converterMissing(executable);
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;

  const folder = await mkdtemp(join(tmpdir(), "tinhgon-pdf-"));
  try {
    const input = join(folder, "in");
    const output = join(folder, "out");
    const profile = join(folder, "profile");
    await Promise.all([mkdir(input), mkdir(output), mkdir(profile)]);
    const names = files.map((file, index) => safeName(file.fileName, index));
    await Promise.all(files.map((file, index) => writeFile(join(input, names[index] ?? ""), file.bytes)));

    let result: RunResult;
    try {
      result = await runSoffice(
        executable,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--nologo",
          "--nolockcheck",
          "--convert-to",
          "pdf:writer_pdf_Export",
          "--outdir",
          output,
          ...names.map((name) => join(input, name)),
        ],
        timeoutMs,
      );
    } catch (error) {
      // spawn could not start the file (ENOENT, EACCES): the converter is as good as missing.
      if (error instanceof Error && "code" in error) throw converterMissing(executable);
      throw error;
    }
    if (result.timedOut) {
      throw new DocumentError("PDF_CONVERSION_TIMEOUT", {
        vi: `LibreOffice không chuyển xong sang PDF trong ${Math.round(timeoutMs / 1000)} giây; hãy thử lại hoặc tải các tệp DOCX.`,
        en: `LibreOffice did not finish the PDF conversion within ${Math.round(timeoutMs / 1000)} s; try again or download the DOCX files.`,
      });
    }
    const converted: GeneratedFile[] = [];
    for (const [index, file] of files.entries()) {
      const name = names[index] ?? "";
      const pdfName = `${name.slice(0, name.length - extname(name).length)}.pdf`;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(join(output, pdfName)));
      } catch {
        const detail = result.stderr.trim().split("\n").slice(-3).join(" ");
        throw new DocumentError("PDF_CONVERSION_FAILED", {
          vi: `LibreOffice không tạo được tệp PDF cho ${file.fileName} (mã thoát ${String(result.code)}).`,
          en: `LibreOffice produced no PDF for ${file.fileName} (exit code ${String(result.code)}): ${detail}`,
        });
      }
      const stem = file.fileName.slice(0, file.fileName.length - extname(file.fileName).length);
      converted.push({ fileName: `${stem}.pdf`, mediaType: PDF_MEDIA_TYPE, bytes });
    }
    return converted;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
