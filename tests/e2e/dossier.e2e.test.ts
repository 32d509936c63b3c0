// The Cát Hải example plan's dossier end to end (issue #8 parts 2 and 3): built as DOCX by
// @tinhgon/documents, converted to PDF by the real LibreOffice, read back with poppler (pdfinfo, pdftotext,
// pdffonts) as a reviewer's PDF reader would; and `npx tinhgon dossier` as a user runs it. The oracles are
// the plan itself (examples/cat-hai-2021.plan.json: 11 phòng → 10, 23 cấp phó → 20) and Decree 30/2020's
// national heading.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { repositoryRoot } from "@tinhgon/db";
import { buildDossier, convertDocxToPdf, type GeneratedFile } from "@tinhgon/documents";
import { parsePlan } from "@tinhgon/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCli, stackTrace } from "../support/cli-process.ts";
import { pageCount, pdfFonts, pdfToolsAvailable, poppler, sofficePath } from "../support/libreoffice.ts";

const planPath = join(repositoryRoot, "examples", "cat-hai-2021.plan.json");

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tinhgon-dossier-e2e-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.skipIf(!pdfToolsAvailable)("the Cát Hải dossier as PDF (LibreOffice)", () => {
  const text = new Map<string, string>();
  /** pdftotext -layout: a table row stays on one line, its cells apart as on the page. */
  const layout = new Map<string, string>();
  const paths = new Map<string, string>();

  beforeAll(async () => {
    const parsed = parsePlan(JSON.parse(await readFile(planPath, "utf8")));
    if (!parsed.ok) throw new Error("the Cát Hải example plan must be valid");
    const documents = await buildDossier({ plan: parsed.value, date: "2026-01-05" });
    const pdfs: GeneratedFile[] = await convertDocxToPdf(documents, { sofficePath });
    for (const pdf of pdfs) {
      const path = join(folder, pdf.fileName);
      await writeFile(path, pdf.bytes);
      paths.set(pdf.fileName, path);
      text.set(pdf.fileName, await poppler("pdftotext", "-enc", "UTF-8", path, "-"));
      layout.set(pdf.fileName, await poppler("pdftotext", "-layout", "-enc", "UTF-8", path, "-"));
    }
  }, 240_000);

  function pdf(name: string): { path: string; text: string } {
    const path = paths.get(name);
    if (path === undefined) throw new Error(`no ${name}`);
    return { path, text: text.get(name) ?? "" };
  }

  it("converts the four documents, the Đề án over several pages", async () => {
    expect([...paths.keys()]).toEqual([
      "01-to-trinh.pdf",
      "02-de-an.pdf",
      "03-quyet-dinh.pdf",
      "04-bao-cao-tiep-thu.pdf",
    ]);
    for (const path of paths.values()) expect(await pageCount(path)).toBeGreaterThanOrEqual(1);
    expect(await pageCount(pdf("02-de-an.pdf").path)).toBeGreaterThan(1);
  });

  it("shows the national heading on every document, in NFC text", () => {
    for (const content of text.values()) {
      expect(content).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(content).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(content).toBe(content.normalize("NFC"));
    }
    expect(pdf("01-to-trinh.pdf").text).toContain("TỜ TRÌNH");
    expect(pdf("03-quyet-dinh.pdf").text).toContain("QUYẾT ĐỊNH");
  });

  it("carries the Căn cứ lines with Decree 108/2020 and the plan's numbers", () => {
    // pdftotext lays a wrapped sentence out line by line: compare with the line breaks as spaces.
    const decision = pdf("03-quyet-dinh.pdf").text.replace(/\s+/gu, " ");
    expect(decision).toContain("Căn cứ");
    expect(decision).toContain("108/2020/NĐ-CP");
    expect(decision).toContain("huyện Cát Hải có 10 phòng chuyên môn, tổng biên chế 78, 20 cấp phó");
    const scheme = pdf("02-de-an.pdf").text.replace(/\s+/gu, " ");
    expect(scheme).toContain("huyện Cát Hải có 11 phòng chuyên môn, tổng biên chế 78, 23 cấp phó");
    // The before/after table: divisions 11 → 10, deputies 23 → 20.
    const table = layout.get("02-de-an.pdf") ?? "";
    expect(table).toMatch(/Số phòng chuyên môn cấp huyện\s+11\s+10\s+-1/u);
    expect(table).toMatch(/Tổng số cấp phó\s+23\s+20\s+-3/u);
  });

  it("embeds every font it uses", async () => {
    for (const path of paths.values()) {
      const fonts = await pdfFonts(path);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    }
  });
});

describe("npx tinhgon dossier", () => {
  it("writes the four .docx files, the review comments answered, and prints each path", async () => {
    const out = join(folder, "cli");
    const comments = join(folder, "comments.json");
    await writeFile(
      comments,
      JSON.stringify([
        {
          round: 1,
          authorName: "Lê Thị Thẩm Định",
          authorRole: "provincial_reviewer",
          target: { kind: "plan" },
          body: "Đề nghị bổ sung lộ trình.",
          createdAt: "2026-01-02T08:00:00.000Z",
        },
      ]),
    );
    const result = await runCli([
      "dossier",
      planPath,
      "-o",
      out,
      "--date",
      "2026-01-05",
      "--comments",
      comments,
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const names = ["01-to-trinh.docx", "02-de-an.docx", "03-quyet-dinh.docx", "04-bao-cao-tiep-thu.docx"];
    expect(result.stdout).toBe(names.map((name) => `${join(out, name)}\n`).join(""));
    expect((await readdir(out)).sort()).toEqual(names);
    // A .docx is a zip archive; what the report says is unit-tested in packages/documents.
    const report = await readFile(join(out, "04-bao-cao-tiep-thu.docx"));
    expect(report.subarray(0, 2).toString("latin1")).toBe("PK");
  }, 90_000);

  it.skipIf(!pdfToolsAvailable)(
    "adds the PDFs with --pdf",
    async () => {
      const out = join(folder, "cli-pdf");
      const result = await runCli(["dossier", planPath, "-o", out, "--pdf", "--date", "2026-01-05"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect((await readdir(out)).filter((name) => name.endsWith(".pdf")).sort()).toEqual([
        "01-to-trinh.pdf",
        "02-de-an.pdf",
        "03-quyet-dinh.pdf",
        "04-bao-cao-tiep-thu.pdf",
      ]);
      expect(await pageCount(join(out, "02-de-an.pdf"))).toBeGreaterThan(1);
    },
    240_000,
  );

  it("exits 2 with the plan's input problems, each with its path, and writes nothing", async () => {
    const invalid = join(folder, "invalid.plan.json");
    const plan = JSON.parse(await readFile(planPath, "utf8")) as { phases: { effectiveDate: string }[] };
    const [first] = plan.phases;
    if (first) first.effectiveDate = "01/07/2021";
    await writeFile(invalid, JSON.stringify(plan));
    const out = join(folder, "cli-invalid");
    const result = await runCli(["dossier", invalid, "-o", out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("phases[0].effectiveDate");
    expect(result.stderr).not.toMatch(stackTrace);
    await expect(readdir(out)).rejects.toThrow();
  }, 90_000);

  it("exits 2 on a malformed --date", async () => {
    const result = await runCli([
      "dossier",
      planPath,
      "-o",
      join(folder, "cli-date"),
      "--date",
      "05/01/2026",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--date");
  }, 90_000);
});
