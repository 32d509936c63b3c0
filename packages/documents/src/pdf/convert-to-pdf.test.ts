// The PDF conversion's failures, each a typed error with a Vietnamese message, shown with stand-ins for
// soffice (small shell scripts) so these tests need no LibreOffice; the real conversion of the Cát Hải
// dossier is tests/e2e/dossier.e2e.test.ts.
import { chmod, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { GeneratedFile } from "../contract.ts";
import { DocumentError } from "../document-error.ts";
import { convertDocxToPdf, findLibreOffice } from "./convert-to-pdf.ts";

const posix = process.platform !== "win32";
const docx: GeneratedFile = {
  fileName: "01-to-trinh.docx",
  mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
};

let folder: string;

async function script(name: string, body: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

async function leftovers(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith("tinhgon-pdf-"));
}

async function failure(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DocumentError)) throw new Error(`expected a DocumentError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tinhgon-fake-soffice-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("convertDocxToPdf", () => {
  it("returns nothing for nothing, without starting LibreOffice", async () => {
    expect(await convertDocxToPdf([], { sofficePath: "/nonexistent/soffice" })).toEqual([]);
  });

  it("says in Vietnamese what to install when LibreOffice is missing", async () => {
    const error = await failure(convertDocxToPdf([docx], { sofficePath: "/nonexistent/soffice" }));
    expect(error.code).toBe("PDF_CONVERTER_MISSING");
    expect(error.localized.vi).toContain("libreoffice-writer-nogui");
    expect(error.localized.vi).toContain("tải các tệp DOCX");
  });

  it.skipIf(!posix)("names the PDF file after the DOCX and reads it from the output folder", async () => {
    // A stand-in that writes a PDF for every input into --outdir, as soffice --convert-to pdf does.
    const soffice = await script(
      "fake-soffice",
      'out=""; prev=""; for a in "$@"; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; done\n' +
        'for a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); printf "%%PDF-1.7 %s" "$b" > "$out/$b.pdf";; esac; done',
    );
    const before = await leftovers();
    const [pdf] = await convertDocxToPdf([docx], { sofficePath: soffice });
    expect(pdf?.fileName).toBe("01-to-trinh.pdf");
    expect(pdf?.mediaType).toBe("application/pdf");
    expect(Buffer.from(pdf?.bytes ?? []).toString("latin1")).toBe("%PDF-1.7 01-to-trinh");
    // The temporary folder (inputs, profile, outputs) is removed.
    expect(await leftovers()).toEqual(before);
  });

  it.skipIf(!posix)("reports a conversion that produced no PDF", async () => {
    const soffice = await script(
      "failing-soffice",
      'echo "Error: source file could not be loaded" >&2\nexit 1',
    );
    const error = await failure(convertDocxToPdf([docx], { sofficePath: soffice }));
    expect(error.code).toBe("PDF_CONVERSION_FAILED");
    expect(error.localized.vi).toContain("01-to-trinh.docx");
    expect(error.localized.en).toContain("could not be loaded");
  });

  it.skipIf(!posix)("stops a conversion that overruns its time limit", async () => {
    const soffice = await script("slow-soffice", "sleep 30 &\nwait");
    // The fake LibreOffice sleeps 30 s: an answer within the test's own time limit is the kill working.
    const error = await failure(convertDocxToPdf([docx], { sofficePath: soffice, timeoutMs: 300 }));
    expect(error.code).toBe("PDF_CONVERSION_TIMEOUT");
  });
});

describe("findLibreOffice", () => {
  it.skipIf(!posix)("looks in the folders of the given search path first", async () => {
    const soffice = await script("soffice", "exit 0");
    expect(findLibreOffice(`/nonexistent${process.platform === "win32" ? ";" : ":"}${folder}`)).toBe(soffice);
  });
});
