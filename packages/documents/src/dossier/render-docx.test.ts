// The .docx files read back as Word would: unzipped (yauzl), their XML searched for the national heading,
// the "Căn cứ" lines, the plan's numbers and the layout of Decree 30/2020/NĐ-CP (A4, margins, Times New
// Roman, page numbers from page 2, repeated table headers, the charts as PNG pictures).
import { readFileSync } from "node:fs";

import { parsePlan, type Plan } from "@tinhgon/domain";
import { beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";

import type { GeneratedFile } from "../contract.ts";
import { DocumentError } from "../document-error.ts";
import { buildDossier, DOCX_MEDIA_TYPE } from "./build-dossier.ts";

const plan: Plan = (() => {
  const parsed = parsePlan(
    JSON.parse(readFileSync(new URL("../../../../examples/cat-hai-2021.plan.json", import.meta.url), "utf8")),
  );
  if (!parsed.ok) throw new Error("the Cát Hải example plan must be valid");
  return parsed.value;
})();

/** Every entry of a zip archive, by name. */
function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error) {
        reject(error);
        return;
      }
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError);
            return;
          }
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => {
        resolve(entries);
      });
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

interface Docx {
  entries: Map<string, Buffer>;
  xml: string;
  /** The text of each paragraph of the body (w:t runs joined), tables included. */
  paragraphs: string[];
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

async function readDocx(file: GeneratedFile): Promise<Docx> {
  const entries = await unzip(file.bytes);
  const xml = entries.get("word/document.xml")?.toString("utf8") ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map((match) =>
    decode([...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((text) => text[1] ?? "").join("")),
  );
  return { entries, xml, paragraphs };
}

let files: GeneratedFile[];
const documents = new Map<string, Docx>();

beforeAll(async () => {
  files = await buildDossier({ plan, date: "2026-01-05" });
  for (const file of files) documents.set(file.fileName, await readDocx(file));
}, 60_000);

function docx(name: string): Docx {
  const found = documents.get(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

describe("buildDossier", () => {
  it("writes the four documents as .docx files in the dossier's order", () => {
    expect(files.map((file) => file.fileName)).toEqual([
      "01-to-trinh.docx",
      "02-de-an.docx",
      "03-quyet-dinh.docx",
      "04-bao-cao-tiep-thu.docx",
    ]);
    expect(files.every((file) => file.mediaType === DOCX_MEDIA_TYPE)).toBe(true);
  });

  it("heads each document with the national heading and the issuing body", () => {
    for (const document of documents.values()) {
      expect(document.paragraphs).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(document.paragraphs).toContain("Độc lập - Tự do - Hạnh phúc");
    }
    const submission = docx("01-to-trinh.docx");
    expect(submission.paragraphs).toEqual(
      expect.arrayContaining([
        "ỦY BAN NHÂN DÂN",
        "HUYỆN CÁT HẢI",
        "Cát Hải, ngày 05 tháng 01 năm 2026",
        "TỜ TRÌNH",
        "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.",
        "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
      ]),
    );
    expect(docx("03-quyet-dinh.docx").paragraphs).toEqual(
      expect.arrayContaining(["DỰ THẢO", "THÀNH PHỐ HẢI PHÒNG", "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:"]),
    );
  });

  it("carries the Căn cứ lines with the pinned pack's decrees and the plan's numbers", () => {
    const decision = docx("03-quyet-dinh.docx").paragraphs;
    expect(
      decision.some((text) => text.startsWith("Căn cứ Nghị định số 108/2020/NĐ-CP ngày 14 tháng 9 năm 2020")),
    ).toBe(true);
    const scheme = docx("02-de-an.docx").paragraphs;
    // The summary table: divisions 11 → 10, deputies 23 → 20, read cell by cell.
    const at = scheme.indexOf("Số phòng chuyên môn cấp huyện");
    expect(scheme.slice(at, at + 4)).toEqual(["Số phòng chuyên môn cấp huyện", "11", "10", "-1"]);
    const deputies = scheme.indexOf("Tổng số cấp phó");
    expect(scheme.slice(deputies, deputies + 4)).toEqual(["Tổng số cấp phó", "23", "20", "-3"]);
  });

  it("lays the page out as Decree 30/2020 asks: A4, margins 20/20/30/15 mm, Times New Roman 14 pt", () => {
    const { xml, entries } = docx("02-de-an.docx");
    const size = /<w:pgSz [^>]*>/u.exec(xml)?.[0];
    expect(size).toContain('w:w="11906" w:h="16838"');
    // Twips (1/1440 inch) rounded up: 20 mm = 1134, 15 mm = 851, 30 mm = 1701.
    const margins = /<w:pgMar [^>]*>/u.exec(xml)?.[0];
    expect(margins).toContain('w:top="1134" w:right="851" w:bottom="1134" w:left="1701"');
    expect(xml.includes("<w:titlePg/>")).toBe(true);
    const styles = entries.get("word/styles.xml")?.toString("utf8") ?? "";
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/u);
  });

  it("numbers pages in the header from page 2 (an empty header on the first page)", () => {
    const { entries, xml } = docx("02-de-an.docx");
    const headers = [...entries.entries()].filter(([name]) => /^word\/header\d+\.xml$/u.test(name));
    const withPage = headers.filter(([, content]) => content.toString("utf8").includes("PAGE"));
    expect(withPage).toHaveLength(1);
    expect(headers.length).toBe(2);
    expect(xml.includes('<w:headerReference w:type="first"')).toBe(true);
    expect(xml.includes('<w:headerReference w:type="default"')).toBe(true);
  });

  it("repeats the header row of every table and embeds the charts as PNG pictures", () => {
    const { xml, entries } = docx("02-de-an.docx");
    expect(xml.includes("<w:tblHeader/>")).toBe(true);
    const pictures = [...entries.keys()].filter((name) => name.startsWith("word/media/"));
    expect(pictures).toHaveLength(5);
    for (const name of pictures) {
      const bytes = entries.get(name);
      // The PNG signature.
      expect(bytes?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
  });

  it("builds only the documents asked for", async () => {
    const only = await buildDossier({ plan, date: "2026-01-05" }, ["bao-cao-tiep-thu"]);
    expect(only.map((file) => file.fileName)).toEqual(["04-bao-cao-tiep-thu.docx"]);
    const [file] = only;
    if (!file) throw new Error("no file");
    const report = await readDocx(file);
    expect(report.paragraphs.some((text) => text.includes("không nhận được ý kiến góp ý nào"))).toBe(true);
  });

  it("rejects a plan that does not apply with a typed error naming the operation", async () => {
    const broken: Plan = {
      ...plan,
      phases: [
        {
          name: "Sai",
          effectiveDate: "2021-07-01",
          operations: [{ op: "dissolve", id: "khong-co", transferTo: "cat-hai-noi-vu" }],
        },
      ],
    };
    const error: unknown = await buildDossier({ plan: broken, date: "2026-01-05" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toMatchObject({ code: "DOSSIER_PLAN_DOES_NOT_APPLY", path: "phases[0].operations[0]" });
  });
});
