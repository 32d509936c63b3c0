// LibreOffice (the PDF converter) and poppler (pdfinfo, pdftotext, pdffonts, to read the PDFs back) for the
// dossier suite. Missing locally: a loud skip with the install command. Missing in CI (CI=true): a
// failure, never a skip — as the browser suite does for Chromium.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";

import { findLibreOffice } from "@tinhgon/documents";

import { testEnv } from "./env.ts";

const run = promisify(execFile);
const popplerTools = ["pdfinfo", "pdftotext", "pdffonts"].map((tool) => `/usr/bin/${tool}`);

export const sofficePath = findLibreOffice();
const missing = [
  ...(sofficePath === undefined ? ["LibreOffice (soffice)"] : []),
  ...popplerTools.filter((tool) => !existsSync(tool)),
];
export const pdfToolsAvailable = missing.length === 0;

if (!pdfToolsAvailable) {
  const notice = [
    "",
    "################################################################################",
    `#  DOSSIER PDF TESTS NOT RUN: ${missing.join(", ")} missing.`,
    "#  Install:  sudo apt-get install -y libreoffice-writer-nogui fonts-liberation2 \\",
    "#                                    fonts-noto-core poppler-utils",
    "################################################################################",
    "",
  ].join("\n");
  if (testEnv.CI) throw new Error(`CI=true and the PDF tools are missing.${notice}`);
  console.warn(notice);
}

/** Runs a poppler tool on a PDF file and returns its standard output. */
export async function poppler(
  tool: "pdfinfo" | "pdftotext" | "pdffonts",
  ...args: string[]
): Promise<string> {
  const { stdout } = await run(`/usr/bin/${tool}`, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** The page count pdfinfo reports. */
export async function pageCount(pdfPath: string): Promise<number> {
  const match = /^Pages:\s+(\d+)$/mu.exec(await poppler("pdfinfo", pdfPath));
  return Number(match?.[1] ?? 0);
}

/** The fonts pdffonts lists, with whether each is embedded ("emb" column). */
export async function pdfFonts(pdfPath: string): Promise<{ name: string; embedded: boolean }[]> {
  const lines = (await poppler("pdffonts", pdfPath))
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "");
  // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object ID: read from the right.
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/u);
    return { name: parts[0] ?? "", embedded: parts.at(-5) === "yes" };
  });
}
