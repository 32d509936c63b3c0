// The marked copy: the user's own workbook, re-saved with each bad cell filled light red, bordered and
// commented (Vietnamese, then English), and a first sheet "Lỗi nhập liệu" listing every problem with a
// link to its cell. The user corrects this copy and imports it again: the reader skips the summary
// sheet, and marking again first removes the previous marks.
import type { Cell, Workbook, WorkbookView } from "exceljs";

import type { CellProblem } from "../contract.ts";
import { neutraliseText } from "./cell-text.ts";
import { compactDataValidations, setSheetOrder, sheetOrder, toBytes, withTabSelected } from "./excel.ts";
import { normaliseName, problemsSheetName } from "./workbook-layout.ts";

/** Every note we write starts so; it is how a later marking recognises (and removes) our own notes. */
const notePrefix = "⚠ Lỗi nhập liệu";
const problemFill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } } as const;
const problemBorderSide = { style: "thin", color: { argb: "FFC00000" } } as const;
/**
 * exceljs writes each note as a VML shape: 40,000 notes take half a minute and over a gigabyte. Beyond
 * this many cells a bad cell is only filled and bordered (the summary sheet still lists every problem).
 */
export const maxNotedCells = 1_000;

function noteText(cell: Cell): string {
  const note: unknown = cell.note;
  if (typeof note === "string") return note;
  if (typeof note === "object" && note !== null && "texts" in note && Array.isArray(note.texts)) {
    return note.texts
      .map((run: unknown) =>
        typeof run === "object" && run !== null && "text" in run && typeof run.text === "string"
          ? run.text
          : "",
      )
      .join("");
  }
  return "";
}

function clearPreviousMarks(workbook: Workbook): void {
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (!noteText(cell).startsWith(notePrefix)) return;
        // exceljs removes a note when it is set to undefined (its typing does not say so).
        (cell as { note: Cell["note"] | undefined }).note = undefined;
        cell.fill = { type: "pattern", pattern: "none" };
        cell.border = {};
      });
    });
  }
}

/** A workbook without <bookViews> (not written by Excel) has no views at all, whatever the typings say. */
function presentViews(views: readonly WorkbookView[] | undefined): readonly WorkbookView[] {
  return views ?? [];
}

export async function markWorkbook(
  workbook: Workbook,
  problems: readonly CellProblem[],
): Promise<Uint8Array> {
  const existing = workbook.worksheets.find(
    (sheet) => normaliseName(sheet.name) === normaliseName(problemsSheetName),
  );
  if (existing) workbook.removeWorksheet(existing.id);
  clearPreviousMarks(workbook);

  const byCell = new Map<string, CellProblem[]>();
  for (const problem of problems) {
    const key = `${problem.sheet}\u0000${problem.column}${problem.row}`;
    byCell.set(key, [...(byCell.get(key) ?? []), problem]);
  }
  let noted = 0;
  for (const cellProblems of byCell.values()) {
    const [first] = cellProblems;
    if (!first) continue;
    const worksheet = workbook.worksheets.find(
      (sheet) => normaliseName(sheet.name) === normaliseName(first.sheet),
    );
    if (!worksheet) continue;
    const cell = worksheet.getCell(`${first.column}${first.row}`);
    if (noted < maxNotedCells) {
      const lines = cellProblems.map((problem) => `• ${problem.message.vi}\n  (${problem.message.en})`);
      cell.note = { texts: [{ text: `${notePrefix}:\n${lines.join("\n")}` }] };
      noted += 1;
    }
    cell.fill = problemFill;
    cell.border = {
      top: problemBorderSide,
      left: problemBorderSide,
      bottom: problemBorderSide,
      right: problemBorderSide,
    };
  }

  const summary = workbook.addWorksheet(problemsSheetName, {
    properties: { tabColor: { argb: "FFC00000" } },
    views: withTabSelected([{ state: "frozen", ySplit: 1 }], true),
  });
  // First tab, and the one open: the list is what the user needs to read first.
  const orders = workbook.worksheets.filter((sheet) => sheet !== summary).map(sheetOrder);
  setSheetOrder(summary, Math.min(0, ...orders) - 1);
  for (const sheet of workbook.worksheets) {
    if (sheet === summary) continue;
    // Two selected tabs would be "grouped" in Excel, and an edit would go to both sheets.
    sheet.views = withTabSelected(sheet.views, false);
  }
  const [view] = presentViews(workbook.views);
  workbook.views = [
    {
      ...(view ?? { x: 0, y: 0, width: 20000, height: 12000, visibility: "visible" }),
      activeTab: 0,
      firstSheet: 0,
    },
  ];

  summary.columns = [
    { header: "STT", key: "number", width: 6 },
    { header: "Sheet", key: "sheet", width: 18 },
    { header: "Ô", key: "cell", width: 10 },
    { header: "Dòng", key: "row", width: 8 },
    { header: "Cột", key: "column", width: 6 },
    { header: "Trường", key: "field", width: 26 },
    { header: "Lỗi", key: "vi", width: 80 },
    { header: "Problem (English)", key: "en", width: 80 },
  ];
  summary.getRow(1).font = { bold: true };
  summary.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } };
  problems.forEach((problem, index) => {
    const address = `${problem.column}${problem.row}`;
    const row = summary.addRow({
      number: index + 1,
      sheet: neutraliseText(problem.sheet),
      // A link per row costs a relationship each; past the noted cells the address alone will do.
      cell:
        index < maxNotedCells
          ? { text: address, hyperlink: `#'${problem.sheet.replace(/'/g, "''")}'!${address}` }
          : address,
      row: problem.row,
      column: problem.column,
      field: neutraliseText(problem.field),
      vi: neutraliseText(problem.message.vi),
      en: neutraliseText(problem.message.en),
    });
    row.alignment = { vertical: "top", wrapText: true };
    row.getCell("cell").font = { color: { argb: "FF0563C1" }, underline: true };
  });
  if (noted < byCell.size) {
    const text =
      `Chỉ ${maxNotedCells.toLocaleString("vi-VN")} ô lỗi đầu tiên có ghi chú; các ô lỗi còn lại được tô đỏ và ` +
      "có trong danh sách trên.";
    summary.addRow([]);
    summary.addRow({
      vi: text,
      en: `Only the first ${maxNotedCells} bad cells carry a note; the others are filled red and listed above.`,
    });
  }
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
  for (const sheet of workbook.worksheets) compactDataValidations(sheet);
  return toBytes(await workbook.xlsx.writeBuffer());
}
