// One sheet of the layout read into records: the header row checked against the layout (columns are
// found by their header, in any order), then each non-empty row's cells converted for their column.
import type { Row, Worksheet } from "exceljs";

import type { CellProblem, LocalizedText } from "../contract.ts";
import { type CellData, rawCellValue, readCell } from "./read-cell.ts";
import {
  type EntitySheetSpec,
  type InfoKey,
  infoSheet,
  type InfoRowSpec,
  normaliseName,
} from "./workbook-layout.ts";

export interface CellLocation {
  sheet: string;
  row: number;
  column: string;
  field: string;
}

export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}

export function problemAt(location: CellLocation, message: LocalizedText): CellProblem {
  return { ...location, message };
}

export interface SheetRecord<Key extends string> {
  row: number;
  /** Converted values; a key is absent when its cell is blank, has a problem, or its column is missing. */
  values: Partial<Record<Key, CellData>>;
  /** Keys whose cell already carries a problem, or whose column is missing from the header. */
  failed: ReadonlySet<Key>;
  /** The cell of `key` on this row; a missing column falls back to the row's first column. */
  location: (key: Key) => CellLocation;
}

export interface SheetRead<Key extends string> {
  records: SheetRecord<Key>[];
  problems: CellProblem[];
}

function headerText(value: unknown): string {
  const raw = rawCellValue(value);
  if (raw.type === "string") return raw.text;
  if (raw.type === "number") return String(raw.value);
  if (typeof value === "string") return value.trim();
  return "";
}

function isBlankRow(row: Row): boolean {
  for (let index = 1; index <= row.cellCount; index += 1) {
    const raw = rawCellValue(row.getCell(index).value);
    if (raw.type !== "blank") return false;
  }
  return true;
}

export function readEntitySheet<Key extends string>(
  worksheet: Worksheet,
  spec: EntitySheetSpec<Key>,
): SheetRead<Key> {
  const problems: CellProblem[] = [];
  const sheet = spec.name;
  const header = worksheet.getRow(1);
  const columnOf = new Map<Key, number>();
  const unknown = new Map<number, string>();
  let lastUsed = 0;
  for (let index = 1; index <= header.cellCount; index += 1) {
    const text = headerText(header.getCell(index).value);
    if (text === "") continue;
    lastUsed = index;
    const column = spec.columns.find((candidate) => normaliseName(candidate.header) === normaliseName(text));
    const location = { sheet, row: 1, column: columnLetter(index), field: text };
    if (column === undefined) {
      unknown.set(index, text);
    } else if (columnOf.has(column.key)) {
      problems.push(
        problemAt(location, {
          vi: `cột "${column.header}" bị lặp lại (đã có ở cột ${columnLetter(columnOf.get(column.key) ?? 0)}); hãy xóa một trong hai cột`,
          en: `column "${column.header}" appears twice (already in column ${columnLetter(columnOf.get(column.key) ?? 0)}); delete one of them`,
        }),
      );
    } else {
      columnOf.set(column.key, index);
    }
  }
  const missing = new Set<Key>();
  let nextFree = lastUsed + 1;
  spec.columns.forEach((column, position) => {
    if (columnOf.has(column.key)) return;
    const expectedAt = position + 1;
    const found = unknown.get(expectedAt);
    if (found !== undefined) {
      // A renamed or mistyped header where the template has this column: one problem, on that cell.
      unknown.delete(expectedAt);
      missing.add(column.key);
      problems.push(
        problemAt(
          { sheet, row: 1, column: columnLetter(expectedAt), field: found },
          {
            vi: `tiêu đề cột phải là "${column.header}" (đang là "${found}"); hãy sửa lại đúng như mẫu`,
            en: `the column header must be "${column.header}" (found "${found}"); correct it as in the template`,
          },
        ),
      );
      return;
    }
    if (!column.required) return;
    missing.add(column.key);
    problems.push(
      problemAt(
        { sheet, row: 1, column: columnLetter(nextFree), field: column.header },
        {
          vi: `thiếu cột "${column.header}"; hãy thêm cột này vào dòng tiêu đề (xem sheet Hướng dẫn)`,
          en: `column "${column.header}" is missing; add it to the header row (see the Hướng dẫn sheet)`,
        },
      ),
    );
    nextFree += 1;
  });
  for (const [index, text] of unknown) {
    problems.push(
      problemAt(
        { sheet, row: 1, column: columnLetter(index), field: text },
        {
          vi: `cột "${text}" không thuộc mẫu của sheet ${sheet}; hãy xóa cột hoặc đổi tên thành một trong: ${spec.columns.map((column) => column.header).join(", ")}`,
          en: `column "${text}" is not part of sheet ${sheet}; delete it or rename it to one of: ${spec.columns.map((column) => column.header).join(", ")}`,
        },
      ),
    );
  }

  const firstColumn = spec.columns[0];
  const rowKeyColumn = firstColumn === undefined ? 1 : (columnOf.get(firstColumn.key) ?? 1);
  const headerOfColumn = new Map<number, string>();
  for (const column of spec.columns) {
    const index = columnOf.get(column.key);
    if (index !== undefined) headerOfColumn.set(index, column.header);
  }
  const reportedStray = new Set<number>();
  const records: SheetRecord<Key>[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1 || isBlankRow(row)) return;
    const values: Partial<Record<Key, CellData>> = {};
    const failed = new Set<Key>(missing);
    for (const column of spec.columns) {
      const index = columnOf.get(column.key);
      if (index === undefined) continue;
      const read = readCell(row.getCell(index).value, column);
      if (read.status === "value") values[column.key] = read.value;
      if (read.status === "problem") {
        failed.add(column.key);
        problems.push(
          problemAt(
            { sheet, row: rowNumber, column: columnLetter(index), field: column.header },
            read.message,
          ),
        );
      }
    }
    // Data under a column without a header would be silently lost: say so, once per column.
    for (let index = 1; index <= row.cellCount; index += 1) {
      if (headerOfColumn.has(index) || unknown.has(index) || reportedStray.has(index)) continue;
      if (rawCellValue(row.getCell(index).value).type === "blank") continue;
      const text = headerText(header.getCell(index).value);
      if (text !== "") continue;
      reportedStray.add(index);
      problems.push(
        problemAt(
          { sheet, row: rowNumber, column: columnLetter(index), field: "" },
          {
            vi: "ô có dữ liệu nhưng cột không có tiêu đề nên dữ liệu sẽ bị bỏ qua; hãy xóa dữ liệu hoặc chuyển sang đúng cột của mẫu",
            en: "the cell has data but its column has no header, so it would be ignored; delete it or move it to the right column",
          },
        ),
      );
    }
    const location = (key: Key): CellLocation => {
      const index = columnOf.get(key);
      if (index !== undefined) {
        return { sheet, row: rowNumber, column: columnLetter(index), field: headerOfColumn.get(index) ?? "" };
      }
      return {
        sheet,
        row: rowNumber,
        column: columnLetter(rowKeyColumn),
        field: headerOfColumn.get(rowKeyColumn) ?? "",
      };
    };
    records.push({ row: rowNumber, values, failed, location });
  });
  return { records, problems };
}

// --- "Thông tin": one row per item ------------------------------------------------------------------------

export interface InfoRead {
  values: Partial<Record<InfoKey, CellData>>;
  failed: ReadonlySet<InfoKey>;
  location: (key: InfoKey) => CellLocation;
  problems: CellProblem[];
}

export function readInfoSheet(worksheet: Worksheet): InfoRead {
  const sheet = infoSheet.name;
  const problems: CellProblem[] = [];
  const header = worksheet.getRow(1);
  const expectedHeaders = [infoSheet.labelHeader, infoSheet.valueHeader];
  expectedHeaders.forEach((expected, position) => {
    const found = headerText(header.getCell(position + 1).value);
    if (normaliseName(found) === normaliseName(expected)) return;
    problems.push(
      problemAt(
        { sheet, row: 1, column: columnLetter(position + 1), field: found === "" ? expected : found },
        found === ""
          ? {
              vi: `thiếu tiêu đề cột "${expected}"; hãy giữ dòng 1 như mẫu (${expectedHeaders.join(", ")})`,
              en: `the header "${expected}" is missing; keep row 1 as in the template (${expectedHeaders.join(", ")})`,
            }
          : {
              vi: `tiêu đề cột phải là "${expected}" (đang là "${found}"); hãy sửa lại đúng như mẫu`,
              en: `the column header must be "${expected}" (found "${found}"); correct it as in the template`,
            },
      ),
    );
  });

  const values: Partial<Record<InfoKey, CellData>> = {};
  const failed = new Set<InfoKey>();
  const rowOf = new Map<InfoKey, number>();
  let lastRow = 1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const label = headerText(row.getCell(1).value);
    const valueCell = row.getCell(2).value;
    if (label === "" && rawCellValue(valueCell).type === "blank") return;
    lastRow = rowNumber;
    const spec: InfoRowSpec | undefined = infoSheet.rows.find(
      (candidate) => normaliseName(candidate.label) === normaliseName(label),
    );
    if (spec === undefined) {
      problems.push(
        problemAt(
          { sheet, row: rowNumber, column: "A", field: infoSheet.labelHeader },
          label === ""
            ? {
                vi: `dòng có giá trị nhưng thiếu tên mục ở cột A; hãy ghi một trong: ${infoSheet.rows.map((item) => item.label).join(", ")}`,
                en: `the row has a value but no item name in column A; use one of: ${infoSheet.rows.map((item) => item.label).join(", ")}`,
              }
            : {
                vi: `mục "${label}" không thuộc mẫu; chỉ dùng các mục: ${infoSheet.rows.map((item) => item.label).join(", ")}`,
                en: `item "${label}" is not part of the template; use only: ${infoSheet.rows.map((item) => item.label).join(", ")}`,
              },
        ),
      );
      return;
    }
    if (rowOf.has(spec.key)) {
      problems.push(
        problemAt(
          { sheet, row: rowNumber, column: "A", field: infoSheet.labelHeader },
          {
            vi: `mục "${spec.label}" bị lặp lại (đã có ở dòng ${rowOf.get(spec.key) ?? 0}); hãy xóa một dòng`,
            en: `item "${spec.label}" appears twice (already on row ${rowOf.get(spec.key) ?? 0}); delete one row`,
          },
        ),
      );
      return;
    }
    rowOf.set(spec.key, rowNumber);
    const read = readCell(valueCell, {
      header: spec.label,
      kind: spec.kind,
      ...(spec.list ? { list: spec.list } : {}),
    });
    if (read.status === "value") values[spec.key] = read.value;
    if (read.status === "problem") {
      failed.add(spec.key);
      problems.push(problemAt({ sheet, row: rowNumber, column: "B", field: spec.label }, read.message));
    }
  });
  let nextRow = lastRow + 1;
  for (const spec of infoSheet.rows) {
    if (rowOf.has(spec.key) || !spec.required) continue;
    failed.add(spec.key);
    problems.push(
      problemAt(
        { sheet, row: nextRow, column: "A", field: infoSheet.labelHeader },
        {
          vi: `thiếu dòng "${spec.label}"; hãy thêm dòng có cột Mục là "${spec.label}" và điền giá trị (${spec.help})`,
          en: `the row "${spec.label}" is missing; add a row with "${spec.label}" in column Mục and its value`,
        },
      ),
    );
    nextRow += 1;
  }
  const location = (key: InfoKey): CellLocation => {
    const row = rowOf.get(key);
    const spec = infoSheet.rows.find((candidate) => candidate.key === key);
    return row === undefined
      ? { sheet, row: 1, column: "A", field: infoSheet.labelHeader }
      : { sheet, row, column: "B", field: spec?.label ?? "" };
  };
  return { values, failed, location, problems };
}
