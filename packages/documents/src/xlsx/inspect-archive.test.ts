// File-level checks: every hostile or broken upload ends as one file problem, never a throw.
import { Buffer } from "node:buffer";
import { deflateRawSync } from "node:zlib";

import { beforeAll, describe, expect, it } from "vitest";

import type { WorkbookFileProblemCode, WorkbookReadResult } from "../contract.ts";
import { richSnapshot } from "../testing/workbook-fixtures.ts";
import { buildZip, workbookParts, worksheetXml, type ZipEntrySpec } from "../testing/zip-fixtures.ts";
import { loadWorkbook } from "./excel.ts";
import { maxNotedCells } from "./mark-workbook.ts";
import { rangeArea, WorksheetScan } from "./inspect-archive.ts";
import { readSnapshotWorkbook } from "./read-snapshot-workbook.ts";
import { writeSnapshotWorkbook } from "./write-snapshot-workbook.ts";

const MB = 1024 * 1024;

function fileProblem(result: WorkbookReadResult): { code: WorkbookFileProblemCode; vi: string; en: string } {
  if (result.ok || result.kind !== "file")
    throw new Error(`expected a file problem, got ${JSON.stringify(result).slice(0, 500)}`);
  return { code: result.code, vi: result.message.vi, en: result.message.en };
}

const positionsHeader = ["Mã đơn vị", "Mã vị trí", "Tên vị trí việc làm", "Nhóm", "Ngạch", "Số lượng"];

describe("size and signature", () => {
  it("a 100 MB upload is refused before anything is parsed", async () => {
    const problem = fileProblem(await readSnapshotWorkbook(new Uint8Array(100 * MB)));
    expect(problem.code).toBe("XLSX_FILE_TOO_LARGE");
    expect(problem.vi).toMatch(/^Tệp vượt quá 20 MB \(tệp nặng 100 MB\); hãy tách tệp/);
    expect(problem.en).toContain("larger than 20 MB");
  });

  it("the limit can be set by the caller", async () => {
    const bytes = await writeSnapshotWorkbook(richSnapshot());
    const problem = fileProblem(await readSnapshotWorkbook(bytes, { limits: { maxFileBytes: 1000 } }));
    expect(problem.code).toBe("XLSX_FILE_TOO_LARGE");
  });

  it("an empty file, a CSV, an old .xls and a .docx-like archive are not workbooks", async () => {
    expect(fileProblem(await readSnapshotWorkbook(new Uint8Array())).vi).toContain("Tệp trống");
    const csv = new TextEncoder().encode("Mã cơ quan,Tên\nso-noi-vu,Sở Nội vụ\n");
    expect(fileProblem(await readSnapshotWorkbook(csv))).toMatchObject({ code: "XLSX_NOT_A_WORKBOOK" });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(fileProblem(await readSnapshotWorkbook(xls)).vi).toContain("Excel đời cũ (.xls)");
    const docx = buildZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "word/document.xml", data: Buffer.from("<w:document/>") },
    ]);
    expect(fileProblem(await readSnapshotWorkbook(docx)).vi).toContain("không phải sổ làm việc Excel");
  });

  it("truncated and corrupted workbooks are file problems, not exceptions", async () => {
    const bytes = await writeSnapshotWorkbook(richSnapshot());
    const truncated = bytes.slice(0, Math.floor(bytes.length / 2));
    expect(fileProblem(await readSnapshotWorkbook(truncated))).toMatchObject({ code: "XLSX_NOT_A_WORKBOOK" });
    const corrupted = bytes.slice();
    for (let index = 200; index < corrupted.length - 2000; index += 97) corrupted[index] = 0x55;
    const problem = fileProblem(await readSnapshotWorkbook(corrupted));
    expect(problem.code).toBe("XLSX_NOT_A_WORKBOOK");
    expect(problem.vi).toContain("Không đọc được tệp Excel");
  });

  it("a zip with broken XML inside is a file problem", async () => {
    const parts = workbookParts([{ name: "Vị trí việc làm", xml: "<worksheet><sheetData><row r=1><c" }]);
    const result = await readSnapshotWorkbook(buildZip(parts), { base: richSnapshot() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.kind).toBe("file");
  });
});

describe("archive bombs", () => {
  let bomb: { data: Buffer; compressed: Buffer };
  beforeAll(() => {
    // 101 MB of XML whitespace deflates to about 100 KB.
    const data = Buffer.alloc(101 * MB, 0x20);
    bomb = { data, compressed: deflateRawSync(data, { level: 1 }) };
  });

  function bombWorkbook(declaredSize?: number): Uint8Array {
    const parts = workbookParts([{ name: "Vị trí việc làm", xml: worksheetXml([positionsHeader]) }]);
    const sheet: ZipEntrySpec = {
      name: "xl/worksheets/sheet2.xml",
      data: bomb.data,
      compressed: bomb.compressed,
      ...(declaredSize === undefined ? {} : { declaredSize }),
    };
    return buildZip([...parts, sheet]);
  }

  it("an entry that declares more than 100 MB expanded is refused without inflating it", async () => {
    const bytes = bombWorkbook();
    expect(bytes.length).toBeLessThan(1 * MB);
    const problem = fileProblem(await readSnapshotWorkbook(bytes));
    expect(problem.code).toBe("XLSX_ARCHIVE_TOO_LARGE");
    expect(problem.vi).toContain("vượt quá 100 MB");
  });

  it("an entry whose central directory lies about its size is caught while inflating", async () => {
    const problem = fileProblem(await readSnapshotWorkbook(bombWorkbook(1000)));
    expect(problem.code).toBe("XLSX_ARCHIVE_TOO_LARGE");
    expect(problem.vi).toContain("tệp nén độc hại");
  });

  it("too many entries are refused", async () => {
    const parts = workbookParts([{ name: "Vị trí việc làm", xml: worksheetXml([positionsHeader]) }]);
    const padding = Array.from({ length: 2001 }, (_, index) => ({
      name: `xl/media/x${index}.bin`,
      data: Buffer.from("x"),
    }));
    const problem = fileProblem(await readSnapshotWorkbook(buildZip([...parts, ...padding])));
    expect(problem.code).toBe("XLSX_ARCHIVE_TOO_LARGE");
    expect(problem.vi).toContain("quá nhiều thành phần");
  });

  it("a data validation over the whole sheet is refused before exceljs expands it", async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
    const parts = workbookParts([
      { name: "Vị trí việc làm", xml: worksheetXml([positionsHeader], validation) },
    ]);
    const problem = fileProblem(await readSnapshotWorkbook(buildZip(parts), { base: richSnapshot() }));
    expect(problem.code).toBe("XLSX_RANGE_TOO_LARGE");
    expect(problem.vi).toContain("Data Validation");
  });
});

describe("rows per sheet", () => {
  it("50,000 rows are refused by the archive scan, naming the sheet", async () => {
    function* rows() {
      yield positionsHeader;
      for (let index = 0; index < 50_000; index += 1) {
        yield ["t05-so-1-vp", `vt-${index}`, `Chuyên viên ${index}`, "professional", "01.003", 1];
      }
    }
    const bytes = buildZip(workbookParts([{ name: "Vị trí việc làm", xml: worksheetXml(rows()) }]));
    const result = await readSnapshotWorkbook(bytes, { base: richSnapshot() });
    const problem = fileProblem(result);
    expect(problem.code).toBe("XLSX_TOO_MANY_ROWS");
    expect(problem.vi).toContain('Sheet "Vị trí việc làm" có 50.000 dòng dữ liệu, vượt quá 20.000 dòng');
  });

  it("a hand-built workbook (inline strings, stored entries) within the limits is read", async () => {
    const base = richSnapshot();
    const xml = worksheetXml([
      positionsHeader,
      ["chi-cuc-rieng-p2", "vt-a", "Chuyên viên", "professional", "01.003", 2],
    ]);
    const parts = workbookParts([{ name: "Vị trí việc làm", xml }]).map((part) => ({
      ...part,
      method: 0 as const,
    }));
    const result = await readSnapshotWorkbook(buildZip(parts), { base });
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 1000));
    const chiCuc = result.snapshot.agencies[1]?.units.find((unit) => unit.id === "chi-cuc-rieng");
    expect(chiCuc?.type === "sub_department" ? chiCuc.units[1]?.positions : undefined).toEqual([
      { id: "vt-a", title: "Chuyên viên", group: "professional", rank: "01.003", count: 2 },
    ]);
  });
});

describe("marking a workbook not written by Excel", () => {
  it("a hand-built workbook (no views, no styles) still gets its marked copy", async () => {
    const xml = worksheetXml([
      positionsHeader,
      ["chi-cuc-rieng-p2", "vt-a", "Chuyên viên", "professional", "01.003", -1],
    ]);
    const result = await readSnapshotWorkbook(buildZip(workbookParts([{ name: "Vị trí việc làm", xml }])), {
      base: richSnapshot(),
    });
    if (result.ok || result.kind !== "rows") throw new Error(JSON.stringify(result).slice(0, 1000));
    expect(result.problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row}`)).toEqual([
      "Vị trí việc làm!F2",
    ]);
    const marked = await loadWorkbook(result.markedWorkbook);
    expect(marked.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "Lỗi nhập liệu",
      "Vị trí việc làm",
    ]);
    expect(marked.getWorksheet("Vị trí việc làm")?.getCell("F2").note).toBeDefined();
  });

  it("past the first 1,000 bad cells, cells are filled but carry no note", async () => {
    function* rows() {
      yield positionsHeader;
      for (let index = 0; index < maxNotedCells + 5; index += 1) {
        yield ["chi-cuc-rieng-p2", `vt-${index}`, "Chuyên viên", "professional", "01.003", -1];
      }
    }
    const bytes = buildZip(workbookParts([{ name: "Vị trí việc làm", xml: worksheetXml(rows()) }]));
    const result = await readSnapshotWorkbook(bytes, { base: richSnapshot() });
    if (result.ok || result.kind !== "rows") throw new Error(JSON.stringify(result).slice(0, 1000));
    expect(result.problems).toHaveLength(maxNotedCells + 5);
    const marked = await loadWorkbook(result.markedWorkbook);
    const sheet = marked.getWorksheet("Vị trí việc làm");
    expect(sheet?.getCell(`F${maxNotedCells + 1}`).note).toBeDefined();
    const last = sheet?.getCell(`F${maxNotedCells + 6}`);
    expect(last?.note).toBeUndefined();
    expect(last?.fill).toMatchObject({ pattern: "solid" });
    expect(marked.getWorksheet("Lỗi nhập liệu")?.actualRowCount).toBe(maxNotedCells + 5 + 2);
  });
});

describe("worksheet scan", () => {
  it("counts rows holding cells and range cells, whatever the chunk boundaries", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"/></row><row r="2" spans="1:3"><c r="A2"/></row>' +
      '<row r="3" s="1" customFormat="1"/><rowBreaks/></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="C2:C11 E5"><formula1>x</formula1></dataValidation></dataValidations></worksheet>';
    for (const size of [1, 3, 7, xml.length]) {
      const scan = new WorksheetScan();
      for (let index = 0; index < xml.length; index += size)
        scan.push(Buffer.from(xml.slice(index, index + size)));
      scan.finish();
      expect({ rows: scan.rows, rangeCells: scan.rangeCells }).toEqual({ rows: 2, rangeCells: 4 + 10 + 1 });
    }
  });

  it("measures ranges", () => {
    expect(rangeArea("A1")).toBe(1);
    expect(rangeArea("B2:D10")).toBe(27);
    expect(rangeArea("A1:XFD1048576")).toBe(16_384 * 1_048_576);
    expect(rangeArea("not a range")).toBe(0);
  });
});
