// Tables as the app shows them (organisation tree, positions, findings, plan diff) in one workbook, one
// sheet per table: a title row, a bold frozen header with an auto filter, number and date formats, and
// every text neutralised against formula injection.
import type { ExportTable } from "../contract.ts";
import { neutraliseText } from "../xlsx/cell-text.ts";
import { newWorkbook, toBytes } from "../xlsx/excel.ts";
import { columnLetter } from "../xlsx/read-sheet.ts";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], unique (case-insensitively). */
function sheetNameFor(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, "-")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Bảng";
  let name = base;
  for (let suffix = 2; taken.has(name.toLocaleLowerCase("vi")); suffix += 1) {
    const tail = ` (${suffix})`;
    name = `${base.slice(0, 31 - tail.length)}${tail}`;
  }
  taken.add(name.toLocaleLowerCase("vi"));
  return name;
}

function dateOf(value: string | number | null): Date | string | number | null {
  if (typeof value !== "string") return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : neutraliseText(value);
}

export async function writeTablesWorkbook(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const taken = new Set<string>();
  // A workbook needs at least one sheet for Excel to open it.
  const shown: readonly ExportTable[] =
    tables.length > 0 ? tables : [{ sheetName: "Bảng", title: "Không có dữ liệu", columns: [], rows: [] }];
  for (const table of shown) {
    const worksheet = workbook.addWorksheet(sheetNameFor(table.sheetName, taken), {
      views: [{ state: "frozen", ySplit: 2 }],
    });
    const width = Math.max(1, table.columns.length);
    const title = worksheet.getRow(1);
    title.getCell(1).value = neutraliseText(table.title);
    title.font = { bold: true, size: 13 };
    title.height = 24;
    if (width > 1) worksheet.mergeCells(1, 1, 1, width);

    const header = worksheet.getRow(2);
    table.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = neutraliseText(column.header);
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.alignment = { vertical: "middle", wrapText: true };
      cell.border = { bottom: { style: "thin", color: { argb: "FF5B9BD5" } } };
      const sheetColumn = worksheet.getColumn(index + 1);
      sheetColumn.width = column.width ?? (column.kind === "text" ? 30 : column.kind === "date" ? 12 : 12);
    });
    header.height = 30;

    for (const values of table.rows) {
      const row = worksheet.addRow(
        table.columns.map((column, index) => {
          const value = values[index] ?? null;
          if (column.kind === "date") return dateOf(value);
          return typeof value === "string" ? neutraliseText(value) : value;
        }),
      );
      table.columns.forEach((column, index) => {
        if (column.kind === "number") row.getCell(index + 1).numFmt = "#,##0";
        if (column.kind === "date") row.getCell(index + 1).numFmt = "dd/mm/yyyy";
      });
    }
    if (table.columns.length > 0) {
      worksheet.autoFilter = `A2:${columnLetter(table.columns.length)}2`;
    }
  }
  return toBytes(await workbook.xlsx.writeBuffer());
}
