import { diffSnapshots, evaluateSnapshot, type Finding } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { readExample, richSnapshot, sheet } from "../testing/workbook-fixtures.ts";
import { loadWorkbook } from "../xlsx/excel.ts";
import { findingsTable, planDiffTable, positionsTable, structureTable } from "./table-builders.ts";
import { writeTablesWorkbook } from "./write-tables-workbook.ts";

function findingsOf(name: string): Finding[] {
  const outcome = evaluateSnapshot(readExample(name));
  if (!outcome.ok) throw new Error("example does not evaluate");
  return outcome.result.findings;
}

describe("table builders", () => {
  it("the organisation tree: every agency, unit, phòng of a chi cục, district and division", () => {
    const snapshot = richSnapshot();
    const table = structureTable(snapshot, "vi");
    const units = snapshot.agencies.reduce(
      (sum, agency) =>
        sum +
        1 +
        agency.units.reduce(
          (inner, unit) => inner + 1 + (unit.type === "sub_department" ? unit.units.length : 0),
          0,
        ),
      0,
    );
    const districts = snapshot.districts.reduce((sum, district) => sum + 1 + district.divisions.length, 0);
    expect(table.rows).toHaveLength(units + districts);
    expect(table.columns.map((column) => column.header)).toEqual([
      "Cấp",
      "Mã",
      "Tên",
      "Loại",
      "Mã cấp trên",
      "Trực thuộc",
      "Biên chế",
      "Cấp phó",
    ]);
    expect(table.rows).toContainEqual([
      3,
      "chi-cuc-rieng-p1",
      "Phòng Hành chính",
      "Phòng thuộc chi cục",
      "chi-cuc-rieng",
      "Chi cục có cài đặt riêng",
      5,
      1,
    ]);
    expect(structureTable(snapshot, "en").columns[6]?.header).toBe("Payroll");
  });

  it("positions by unit, with group and rank in the chosen language", () => {
    const table = positionsTable(richSnapshot(), "en");
    expect(table.rows).toContainEqual([
      "chi-cuc-rieng-p1",
      "Phòng Hành chính",
      "vt-cc-p1",
      "Trưởng phòng",
      "Leadership and management",
      "01.003",
      "Officer",
      1,
    ]);
    expect(positionsTable(richSnapshot(), "vi").rows.map((row) => row[4])).toContain("Chuyên môn, nghiệp vụ");
  });

  it("findings with rule, severity, subject, numbers, citation and message", () => {
    const findings = findingsOf("province-class-ii");
    const table = findingsTable(findings, "vi");
    expect(table.rows).toHaveLength(findings.length);
    const withLimit = findings.findIndex((finding) => finding.limit !== undefined);
    const finding = findings[withLimit];
    expect(table.rows[withLimit]).toEqual([
      finding?.ruleId,
      expect.any(String),
      expect.any(String),
      finding?.subject.id,
      finding?.actual,
      finding?.limit,
      expect.stringMatching(/^(Tối đa|Tối thiểu|Ngưỡng cảnh báo)$/),
      null,
      finding?.citation,
      finding?.message.vi,
    ]);
  });

  it("a transitional finding with its deadline, written as a date", () => {
    const [first] = findingsOf("province-class-ii");
    if (!first) throw new Error("the example has findings");
    const transitional = { ...first, severity: "transitional" as const, deadline: "2030-07-01" };
    const table = findingsTable([transitional], "vi");
    const column = table.columns.findIndex((entry) => entry.header === "Hạn chuyển tiếp");
    expect(column).toBeGreaterThan(0);
    expect(table.rows[0]?.[column]).toBe("01/07/2030");
    expect(findingsTable([transitional], "en").columns[column]?.header).toBe("Transition deadline");
  });

  it("a plan diff, unit by unit", () => {
    const before = readExample("cat-hai-2021");
    const after = readExample("cat-hai-2021-rearranged");
    const diff = diffSnapshots(before, after);
    const table = planDiffTable(diff, "vi");
    expect(table.rows).toHaveLength(diff.units.length);
    expect(table.title).toContain("→");
    const added = diff.units.findIndex((unit) => unit.change === "added");
    expect(table.rows[added]?.[3]).toBe("Thành lập mới");
    expect(table.rows[added]?.[5]).toBeNull();
    expect(planDiffTable(diff, "en").columns[7]?.header).toBe("Payroll change");
  });
});

describe("writeTablesWorkbook", () => {
  it("one sheet per table with a title, a frozen bold header, an auto filter, formats and neutralised text", async () => {
    const snapshot = richSnapshot();
    const bytes = await writeTablesWorkbook([
      structureTable(snapshot, "vi"),
      positionsTable(snapshot, "vi"),
      {
        sheetName: "Kết quả: đối chiếu/2021?",
        title: "Bảng thử",
        columns: [
          { header: "Tên", kind: "text" },
          { header: "Số", kind: "number" },
          { header: "Ngày", kind: "date" },
        ],
        rows: [
          ['=HYPERLINK("http://x")', 1234, "2021-06-30"],
          [null, null, null],
        ],
      },
      { sheetName: "Cơ cấu tổ chức", title: "Trùng tên", columns: [], rows: [] },
    ]);
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "Cơ cấu tổ chức",
      "Vị trí việc làm",
      "Kết quả- đối chiếu-2021-",
      "Cơ cấu tổ chức (2)",
    ]);
    const structure = sheet(workbook, "Cơ cấu tổ chức");
    expect(structure.getCell("A1").text).toContain(snapshot.province.name);
    expect(structure.getCell("A2").value).toBe("Cấp");
    expect(structure.getCell("A2").font.bold).toBe(true);
    expect(structure.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(structure.autoFilter).toBe("A2:H2");
    expect(structure.getCell("C3").value).toBe(`'${snapshot.agencies[0]?.name ?? ""}`);
    const test = sheet(workbook, "Kết quả- đối chiếu-2021-");
    expect(test.getCell("A3").value).toBe('\'=HYPERLINK("http://x")');
    expect(test.getCell("B3").numFmt).toBe("#,##0");
    expect(test.getCell("C3").value).toEqual(new Date(Date.UTC(2021, 5, 30)));
    expect(test.getCell("C3").numFmt).toBe("dd/mm/yyyy");
  });

  it("an empty list still gives a workbook Excel opens", async () => {
    const workbook = await loadWorkbook(await writeTablesWorkbook([]));
    expect(workbook.worksheets).toHaveLength(1);
  });
});
