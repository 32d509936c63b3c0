import type { Snapshot } from "@tinhgon/domain";
import { beforeAll, describe, expect, it } from "vitest";

import type { CellProblem, WorkbookReadResult } from "../contract.ts";
import {
  editWorkbook,
  exampleNames,
  injectionText,
  readExample,
  richSnapshot,
  sheet,
} from "../testing/workbook-fixtures.ts";
import { readZipEntries } from "../testing/zip-fixtures.ts";
import { loadWorkbook } from "./excel.ts";
import { readSnapshotWorkbook } from "./read-snapshot-workbook.ts";
import { writeSnapshotWorkbook, writeWorkbookTemplate } from "./write-snapshot-workbook.ts";

function rowProblems(result: WorkbookReadResult): CellProblem[] {
  if (result.ok || result.kind !== "rows")
    throw new Error(`expected row problems, got ${JSON.stringify(result)}`);
  return result.problems;
}

function at(problems: readonly CellProblem[], sheetName: string, cell: string): CellProblem[] {
  return problems.filter(
    (problem) => problem.sheet === sheetName && `${problem.column}${problem.row}` === cell,
  );
}

describe("snapshot workbook round trip (export → import gives the identical snapshot)", () => {
  it.each(exampleNames)("examples/%s.snapshot.json", async (name) => {
    const snapshot = readExample(name);
    const result = await readSnapshotWorkbook(await writeSnapshotWorkbook(snapshot));
    expect(result).toEqual({ ok: true, snapshot, kinds: ["structure", "positions", "staff"] });
    if (result.ok) expect(result.snapshot).toStrictEqual(snapshot);
  });

  it("a synthetic province with every optional field: empty lists stay empty, absent lists stay absent", async () => {
    const snapshot = richSnapshot();
    const result = await readSnapshotWorkbook(await writeSnapshotWorkbook(snapshot));
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 2000));
    expect(result.snapshot).toStrictEqual(snapshot);
    const [first, second] = result.snapshot.agencies;
    expect(first?.positions).toEqual([]);
    expect(first?.staff).toBeUndefined();
    expect(first?.name).toBe(injectionText);
    expect(second?.positions).toBeUndefined();
    expect(first?.units[1]?.staff).toEqual([]);
  });
});

describe("positions-only and staff-only workbooks update a base", () => {
  it("needs a base", async () => {
    const result = await readSnapshotWorkbook(await writeWorkbookTemplate("positions"));
    expect(result).toMatchObject({ ok: false, kind: "file", code: "XLSX_BASE_REQUIRED" });
  });

  it("replaces the lists of exactly the units it names and leaves the others untouched", async () => {
    const base = richSnapshot();
    const bytes = await editWorkbook(await writeWorkbookTemplate("positions"), (workbook) => {
      const positions = sheet(workbook, "Vị trí việc làm");
      positions.addRow(["chi-cuc-rieng-p2", "vt-moi", "Chuyên viên pháp chế", "professional", "01.003", 2]);
      positions.addRow(["chi-cuc-rieng-p2", "vt-moi-2", "Văn thư", "support", null, 1]);
      // An owner id alone declares an empty list: this phòng's positions are cleared.
      positions.addRow(["chi-cuc-rieng-p1"]);
    });
    const result = await readSnapshotWorkbook(bytes, { base });
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 2000));
    expect(result.kinds).toEqual(["positions"]);
    const expected: Snapshot = structuredClone(base);
    const chiCuc = expected.agencies[1]?.units.find((unit) => unit.id === "chi-cuc-rieng");
    if (chiCuc?.type !== "sub_department") throw new Error("fixture changed");
    const [cleared, added] = chiCuc.units;
    if (!cleared || !added) throw new Error("fixture changed");
    cleared.positions = [];
    added.positions = [
      { id: "vt-moi", title: "Chuyên viên pháp chế", group: "professional", rank: "01.003", count: 2 },
      { id: "vt-moi-2", title: "Văn thư", group: "support", rank: null, count: 1 },
    ];
    expect(result.snapshot).toStrictEqual(expected);
  });

  it("a staff workbook row naming an unknown unit, and a removed position still held, are reported", async () => {
    const base = richSnapshot();
    const bytes = await editWorkbook(await writeWorkbookTemplate("staff"), (workbook) => {
      const staff = sheet(workbook, "Công chức");
      staff.addRow([
        "khong-co",
        "cc-x",
        "Phạm Văn Dũng",
        new Date(Date.UTC(1980, 0, 2)),
        "male",
        null,
        "staff",
        null,
      ]);
      staff.addRow([
        base.districts[0]?.id ?? "",
        "cc-y",
        "Phạm Văn Dũng",
        "02/01/1980",
        "male",
        null,
        "staff",
        null,
      ]);
      staff.addRow([
        "chi-cuc-rieng-p1",
        "cc-z",
        "Đỗ Thị Hoa",
        "02/01/1980",
        "female",
        "vt-khong-co",
        "staff",
        null,
      ]);
    });
    const problems = rowProblems(await readSnapshotWorkbook(bytes, { base }));
    expect(problems.map((problem) => `${problem.column}${problem.row}`)).toEqual(["A2", "A3", "F4"]);
    expect(problems[0]?.message.vi).toContain('không có sở, đơn vị hay phòng nào mang mã "khong-co"');
    expect(problems[1]?.message.vi).toContain("là một quận huyện");
    expect(problems[2]?.message.vi).toContain('vị trí việc làm "vt-khong-co" không có');
  });
});

describe("row problems: all at once, each on its cell, with a marked copy", () => {
  let result: WorkbookReadResult;
  let problems: CellProblem[];
  beforeAll(async () => {
    const snapshot = readExample("province-class-ii");
    const bytes = await editWorkbook(await writeSnapshotWorkbook(snapshot), (workbook) => {
      const agencies = sheet(workbook, "Cơ quan");
      agencies.getCell("B2").value = "SO_NOI_VU"; // wrong code
      const units = sheet(workbook, "Đơn vị");
      units.getCell("C1").value = "Loai don vi"; // wrong header
      units.getCell("E3").value = -3; // negative number
      units.getCell("A4").value = units.getCell("A3").value; // duplicate id
      units.getCell("B5").value = "khong-co-so-nay"; // unknown parent
      units.getCell("D6").value = { formula: "UPPER(D5)" }; // formula without a cached value
      units.getCell("D7").value = injectionText; // injection
      const districtSheet = sheet(workbook, "Quận huyện");
      districtSheet.getCell("A1").value = "Mã quận huyện";
    });
    result = await readSnapshotWorkbook(bytes);
    problems = rowProblems(result);
  });

  it("returns every problem, sorted by sheet, row and column", () => {
    const cells = problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row}`);
    expect(cells).toEqual([
      "Cơ quan!B2",
      "Đơn vị!C1",
      "Đơn vị!E3",
      "Đơn vị!A4",
      "Đơn vị!B5",
      "Đơn vị!D6",
      "Đơn vị!D7",
    ]);
  });

  it("a wrong code names the list and what to do", () => {
    const [problem] = at(problems, "Cơ quan", "B2");
    expect(problem?.field).toBe("Loại sở");
    expect(problem?.message.vi).toContain('Loại sở "SO_NOI_VU" không có trong danh mục loại sở, ban, ngành');
    expect(problem?.message.vi).toContain("danh sách thả xuống");
  });

  it("a wrong header is reported on the header cell", () => {
    const [problem] = at(problems, "Đơn vị", "C1");
    expect(problem?.message.vi).toBe(
      'tiêu đề cột phải là "Loại đơn vị" (đang là "Loai don vi"); hãy sửa lại đúng như mẫu',
    );
  });

  it("a negative number: Biên chế phải là số nguyên ≥ 0", () => {
    const [problem] = at(problems, "Đơn vị", "E3");
    expect(problem?.field).toBe("Biên chế");
    expect(problem?.message.vi).toMatch(/^Biên chế phải là số nguyên ≥ 0 \(đang là -3\)/);
  });

  it("a duplicate id is reported on the second row and names the first cell", () => {
    const [problem] = at(problems, "Đơn vị", "A4");
    expect(problem?.message.vi).toContain("bị trùng với ô Đơn vị!A3");
  });

  it("an unknown parent is reported on its row", () => {
    const [problem] = at(problems, "Đơn vị", "B5");
    expect(problem?.field).toBe("Mã cấp trên");
    expect(problem?.message.vi).toContain(
      'không có sở nào (sheet Cơ quan) hay chi cục nào (sheet Đơn vị) mang mã "khong-co-so-nay"',
    );
  });

  it("a formula without a cached value is refused", () => {
    const [problem] = at(problems, "Đơn vị", "D6");
    expect(problem?.message.vi).toContain(
      "ô có công thức chưa có giá trị; hãy dán dạng giá trị (Paste Special → Values)",
    );
  });

  it("a text that starts like a formula is refused as possible injection", () => {
    const [problem] = at(problems, "Đơn vị", "D7");
    expect(problem?.message.vi).toContain(
      "nội dung bắt đầu bằng '=' có thể là công thức độc hại (DDE/CSV injection)",
    );
  });

  it("the marked copy opens with exceljs, with a note and a fill on each bad cell and a summary first", async () => {
    if (result.ok || result.kind !== "rows") throw new Error("expected row problems");
    const marked = await loadWorkbook(result.markedWorkbook);
    expect(marked.worksheets[0]?.name).toBe("Lỗi nhập liệu");
    const units = sheet(marked, "Đơn vị");
    for (const address of ["C1", "E3", "A4", "B5", "D6", "D7"]) {
      const cell = units.getCell(address);
      expect(JSON.stringify(cell.note)).toContain("Lỗi nhập liệu");
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    }
    expect(JSON.stringify(units.getCell("E3").note)).toContain("Biên chế phải là số nguyên ≥ 0");
    expect(units.getCell("A2").note).toBeUndefined();
    const summary = sheet(marked, "Lỗi nhập liệu");
    expect(summary.actualRowCount).toBe(problems.length + 1);
    expect(summary.getCell("B2").value).toBe("Cơ quan");
  });

  it("the marked copy keeps each drop-down list as one range (no overlapping ranges for Excel to repair)", async () => {
    if (result.ok || result.kind !== "rows") throw new Error("expected row problems");
    const sheets = await readZipEntries(result.markedWorkbook, /^xl\/worksheets\/sheet\d+\.xml$/);
    let ranges = 0;
    for (const xml of sheets.values()) {
      const covered = new Set<string>();
      for (const [, sqref = ""] of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) {
        for (const range of sqref.split(" ")) {
          ranges += 1;
          const [from = "", to = from] = range.split(":");
          const [, column = "", first = "0"] = /^([A-Z]+)(\d+)$/.exec(from) ?? [];
          const last = /\d+$/.exec(to)?.[0] ?? first;
          for (let row = Number(first); row <= Number(last); row += 1) {
            expect(covered.has(`${column}${row}`)).toBe(false);
            covered.add(`${column}${row}`);
          }
        }
      }
    }
    expect(ranges).toBeGreaterThan(10);
  });

  it("a corrected marked copy imports (the summary sheet and the old marks are ignored)", async () => {
    if (result.ok || result.kind !== "rows") throw new Error("expected row problems");
    const original = readExample("province-class-ii");
    const fixed = await editWorkbook(result.markedWorkbook, (workbook) => {
      const fresh = original.agencies[0];
      sheet(workbook, "Cơ quan").getCell("B2").value = fresh?.kind ?? "";
      const units = sheet(workbook, "Đơn vị");
      units.getCell("C1").value = "Loại đơn vị";
      const unitsInOrder = original.agencies.flatMap((agency) =>
        agency.units.flatMap((unit) => [
          { id: unit.id, parent: agency.id, name: unit.name, payroll: unit.payroll },
          ...(unit.type === "sub_department"
            ? unit.units.map((child) => ({
                id: child.id,
                parent: unit.id,
                name: child.name,
                payroll: child.payroll,
              }))
            : []),
        ]),
      );
      const row = (number: number) => unitsInOrder[number - 2];
      units.getCell("E3").value = row(3)?.payroll ?? 0;
      units.getCell("A4").value = row(4)?.id ?? "";
      units.getCell("B5").value = row(5)?.parent ?? "";
      units.getCell("D6").value = row(6)?.name ?? "";
      units.getCell("D7").value = row(7)?.name ?? "";
    });
    const again = await readSnapshotWorkbook(fixed);
    expect(again).toEqual({ ok: true, snapshot: original, kinds: ["structure", "positions", "staff"] });
  });
});

describe("header problems", () => {
  it("a missing column is reported on the header row where it should be added", async () => {
    const bytes = await editWorkbook(
      await writeSnapshotWorkbook(readExample("province-class-ii")),
      (workbook) => {
        sheet(workbook, "Cơ quan").spliceColumns(4, 1); // remove Biên chế
      },
    );
    const problems = rowProblems(await readSnapshotWorkbook(bytes));
    // One problem for the column, none for each row that lacks it.
    expect(problems).toEqual([
      {
        sheet: "Cơ quan",
        row: 1,
        // After the last header (Ngày sắp xếp, snapshot/2, is the sixth column once Biên chế is gone).
        column: "G",
        field: "Biên chế",
        message: {
          vi: 'thiếu cột "Biên chế"; hãy thêm cột này vào dòng tiêu đề (xem sheet Hướng dẫn)',
          en: 'column "Biên chế" is missing; add it to the header row (see the Hướng dẫn sheet)',
        },
      },
    ]);
  });

  it("columns may be reordered", async () => {
    const snapshot = readExample("ha-noi-special");
    const bytes = await editWorkbook(await writeSnapshotWorkbook(snapshot), (workbook) => {
      const agencies = sheet(workbook, "Cơ quan");
      agencies.eachRow((row) => {
        const id = row.getCell(1).value;
        row.getCell(1).value = row.getCell(3).value;
        row.getCell(3).value = id;
      });
    });
    expect(await readSnapshotWorkbook(bytes)).toMatchObject({ ok: true, snapshot });
  });
});

describe("cell values as users type them", () => {
  it("dates as Excel dates, ISO text or dd/mm/yyyy text; codes in any case; numbers as text", async () => {
    const snapshot = richSnapshot();
    const bytes = await editWorkbook(await writeSnapshotWorkbook(snapshot), (workbook) => {
      const staff = sheet(workbook, "Công chức");
      staff.getCell("D2").value = "01/05/1970";
      staff.getCell("D3").value = "1988-12-31";
      staff.getCell("E3").value = "FEMALE";
      const positions = sheet(workbook, "Vị trí việc làm");
      positions.getCell("F3").value = "1";
      // 01.002 typed into a General cell becomes the number 1.002
      positions.getCell("E3").value = 1.002;
    });
    const result = await readSnapshotWorkbook(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 2000));
    expect(result.snapshot).toStrictEqual(snapshot);
  });

  it("a formula's saved value is the value", async () => {
    const snapshot = readExample("province-class-ii");
    const bytes = await editWorkbook(await writeSnapshotWorkbook(snapshot), (workbook) => {
      sheet(workbook, "Cơ quan").getCell("D2").value = { formula: "40+2", result: 42 };
    });
    const result = await readSnapshotWorkbook(bytes);
    expect(result.ok && result.snapshot.agencies[0]?.payroll).toBe(42);
  });

  it("a date that does not exist is refused with the format to use", async () => {
    const bytes = await editWorkbook(await writeSnapshotWorkbook(richSnapshot()), (workbook) => {
      sheet(workbook, "Công chức").getCell("D2").value = "31/02/1970";
    });
    const [problem] = rowProblems(await readSnapshotWorkbook(bytes));
    expect(problem).toMatchObject({ sheet: "Công chức", row: 2, column: "D", field: "Ngày sinh" });
    expect(problem?.message.vi).toContain("phải là ngày có thật dạng dd/mm/yyyy");
  });
});

describe("layout problems", () => {
  it("an unknown sheet is refused by name", async () => {
    const bytes = await editWorkbook(await writeSnapshotWorkbook(readExample("rs-2014")), (workbook) => {
      workbook.addWorksheet("Sheet1").getCell("A1").value = "ghi chú";
    });
    const result = await readSnapshotWorkbook(bytes);
    expect(result).toMatchObject({ ok: false, kind: "file", code: "XLSX_UNKNOWN_LAYOUT" });
    if (!result.ok && result.kind === "file")
      expect(result.message.vi).toContain('sheet "Sheet1" không thuộc mẫu');
  });

  it("a structure workbook without one of its sheets is refused", async () => {
    const bytes = await editWorkbook(await writeSnapshotWorkbook(readExample("rs-2014")), (workbook) => {
      workbook.removeWorksheet(sheet(workbook, "Đơn vị").id);
    });
    const result = await readSnapshotWorkbook(bytes);
    expect(result).toMatchObject({ ok: false, kind: "file", code: "XLSX_UNKNOWN_LAYOUT" });
    if (!result.ok && result.kind === "file") expect(result.message.vi).toContain('thiếu sheet "Đơn vị"');
  });
});
