import { agencyKindSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { injectionText, richSnapshot, sheet } from "../testing/workbook-fixtures.ts";
import { neutraliseText, readCellText } from "./cell-text.ts";
import { findDataValidation, loadWorkbook } from "./excel.ts";
import { readSnapshotWorkbook } from "./read-snapshot-workbook.ts";
import { writeSnapshotWorkbook, writeWorkbookTemplate } from "./write-snapshot-workbook.ts";

describe("formula injection", () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1", "'+1"],
    ["-x", "'-x"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["'quoted", "''quoted"],
    ["Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"],
  ])("%j is written as %j and read back exactly", (text, written) => {
    expect(neutraliseText(text)).toBe(written);
    expect(readCellText(written)).toEqual({ ok: true, text });
  });

  it.each(["=1+1", "+84 912", "@x", "\tx", "\rx", "-x"])("%j typed in a cell is refused", (text) => {
    expect(readCellText(text).ok).toBe(false);
  });

  it.each(["-5", "- mục", "Phòng Nội vụ", "1970"])("%j typed in a cell is text", (text) => {
    expect(readCellText(text)).toEqual({ ok: true, text });
  });

  it("an exported formula-like name is written with the apostrophe and reads back exactly", async () => {
    const snapshot = richSnapshot();
    const bytes = await writeSnapshotWorkbook(snapshot);
    const workbook = await loadWorkbook(bytes);
    expect(sheet(workbook, "Cơ quan").getCell("C2").value).toBe(`'${injectionText}`);
    const result = await readSnapshotWorkbook(bytes);
    expect(result.ok && result.snapshot.agencies[0]?.name).toBe(injectionText);
  });
});

describe("the exported workbook", () => {
  it("has the layout's sheets, a frozen styled header, real dates and drop-down lists", async () => {
    const workbook = await loadWorkbook(await writeSnapshotWorkbook(richSnapshot()));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "Hướng dẫn",
      "Thông tin",
      "Cơ quan",
      "Đơn vị",
      "Quận huyện",
      "Phòng chuyên môn",
      "Xã phường",
      "Tổ chức cấp xã",
      "Vị trí việc làm",
      "Công chức",
      "Danh mục",
    ]);
    const units = sheet(workbook, "Đơn vị");
    expect(units.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(units.getCell("A1").font.bold).toBe(true);
    expect(units.getColumn(4).width).toBe(40);
    const staff = sheet(workbook, "Công chức");
    expect(staff.getCell("D2").value).toEqual(new Date(Date.UTC(1970, 4, 1)));
    expect(staff.getCell("D2").numFmt).toBe("dd/mm/yyyy");
    const info = sheet(workbook, "Thông tin");
    expect(info.getCell("B2").value).toBe("tinhgon.snapshot/2");
    expect(info.getCell("A8").value).toBe("Danh sách sở đầy đủ");
    expect(info.getCell("B8").value).toBe("Có");
    // exceljs reads a validation range back cell by cell. The unit types follow the header row and the
    // agency kinds (every pack's codes, 2025's included).
    const first = 2 + agencyKindSchema.options.length;
    const rows = [first, first + 1, first + 2, first + 3];
    expect(findDataValidation(units, "C2")).toMatchObject({
      type: "list",
      formulae: [`'Danh mục'!$B$${first}:$B$${first + 3}`],
    });
    const lists = sheet(workbook, "Danh mục");
    expect(lists.getCell("B2").value).toBe(agencyKindSchema.options[0]);
    expect(lists.getCell(`B${first - 1}`).value).toBe("DAN_TOC_TON_GIAO");
    expect(rows.map((row) => lists.getCell(`B${row}`).value)).toEqual([
      "division",
      "office",
      "inspectorate",
      "sub_department",
    ]);
  });
});

describe("templates", () => {
  it.each([
    [
      "structure",
      [
        "Hướng dẫn",
        "Thông tin",
        "Cơ quan",
        "Đơn vị",
        "Quận huyện",
        "Phòng chuyên môn",
        "Xã phường",
        "Tổ chức cấp xã",
        "Danh mục",
      ],
    ],
    ["positions", ["Hướng dẫn", "Vị trí việc làm", "Danh mục"]],
    ["staff", ["Hướng dẫn", "Công chức", "Danh mục"]],
  ] as const)("%s has its sheets, headers and instructions", async (kind, names) => {
    const workbook = await loadWorkbook(await writeWorkbookTemplate(kind));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(names);
    const instructions = sheet(workbook, "Hướng dẫn");
    expect(instructions.getCell("A1").value).toBe("Hướng dẫn nhập liệu — Tinh Gọn");
    const text = JSON.stringify(instructions.getSheetValues());
    expect(text).toContain("dd/mm/yyyy");
  });

  it("the positions template lists its columns and offers the group and rank lists", async () => {
    const workbook = await loadWorkbook(await writeWorkbookTemplate("positions"));
    const positions = sheet(workbook, "Vị trí việc làm");
    expect(positions.getRow(1).values).toEqual([
      undefined,
      "Mã đơn vị",
      "Mã vị trí",
      "Tên vị trí việc làm",
      "Nhóm",
      "Ngạch",
      "Số lượng",
    ]);
    expect(findDataValidation(positions, "D2")).toMatchObject({ type: "list" });
    expect(findDataValidation(positions, "E1000")).toMatchObject({ type: "list" });
  });

  it("an empty structure template reads as the list of what is still to fill in", async () => {
    const result = await readSnapshotWorkbook(await writeWorkbookTemplate("structure"));
    if (result.ok || result.kind !== "rows") throw new Error(JSON.stringify(result).slice(0, 500));
    expect(result.problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row}`)).toEqual([
      "Thông tin!B3",
      "Thông tin!B4",
      "Thông tin!B5",
      "Thông tin!B6",
    ]);
    expect(result.problems[0]?.message.vi).toBe("Ngày số liệu không được để trống; hãy nhập giá trị");
  });
});
