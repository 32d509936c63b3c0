// exceljs is CommonJS with only a default export under Node's ESM loader; its typings describe a
// `Buffer` of their own. This file is the one place that bridges both to plain Uint8Array.
import ExcelJS from "exceljs";
import type { DataValidation, Workbook, Worksheet, WorksheetView } from "exceljs";

export function newWorkbook(): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tinh Gọn";
  return workbook;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // A fresh ArrayBuffer: JSZip accepts it in every environment, and it matches exceljs's declared type.
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  await workbook.xlsx.load(copy);
  return workbook;
}

/** exceljs's writeBuffer() gives a Node Buffer (typed as its own Buffer interface). */
export function toBytes(buffer: unknown): Uint8Array {
  if (buffer instanceof Uint8Array)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new TypeError("exceljs returned no bytes");
}

// Parts of exceljs's documented API its typings leave out (exceljs 4.4.0 README: "Data Validations",
// worksheet ordering by orderNo, and the view attribute tabSelected).
interface WorksheetExtras {
  orderNo: number;
  dataValidations: {
    model: Record<string, DataValidation | undefined>;
    add: (range: string, validation: DataValidation) => void;
    find: (address: string) => DataValidation | undefined;
  };
}

function extras(worksheet: Worksheet): WorksheetExtras {
  return worksheet as unknown as WorksheetExtras;
}

export function addDataValidation(worksheet: Worksheet, range: string, validation: DataValidation): void {
  extras(worksheet).dataValidations.add(range, validation);
}

export function findDataValidation(worksheet: Worksheet, address: string): DataValidation | undefined {
  return extras(worksheet).dataValidations.find(address);
}

/**
 * exceljs reads a validation range cell by cell and, saving, rebuilds ranges that overlap (C2:C1036 and
 * C10:C1036, from comparing addresses as strings), which Excel then offers to "repair". Before saving a
 * loaded workbook, each validation goes back to one range per column and run of rows.
 */
export function compactDataValidations(worksheet: Worksheet): void {
  const holder = extras(worksheet).dataValidations;
  const compact: Record<string, DataValidation> = {};
  const cells = new Map<DataValidation, Map<string, number[]>>();
  for (const [address, validation] of Object.entries(holder.model)) {
    if (validation === undefined) continue;
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) {
      compact[address] = validation;
      continue;
    }
    const [, column = "", row = "0"] = match;
    const columns = cells.get(validation) ?? new Map<string, number[]>();
    cells.set(validation, columns);
    columns.set(column, [...(columns.get(column) ?? []), Number(row)]);
  }
  for (const [validation, columns] of cells) {
    for (const [column, rows] of columns) {
      rows.sort((left, right) => left - right);
      let start = rows[0] ?? 0;
      rows.forEach((row, index) => {
        const next = rows[index + 1];
        if (next === row + 1) return;
        compact[start === row ? `${column}${row}` : `${column}${start}:${column}${row}`] = validation;
        start = next ?? 0;
      });
    }
  }
  holder.model = compact;
}

export function sheetOrder(worksheet: Worksheet): number {
  return extras(worksheet).orderNo;
}

export function setSheetOrder(worksheet: Worksheet, order: number): void {
  extras(worksheet).orderNo = order;
}

/** Views with the tab selection stated: only one tab may be selected, or Excel groups the sheets. */
export function withTabSelected(
  // A loaded sheet without <sheetViews> has null here, whatever the typings say.
  views: readonly Partial<WorksheetView>[] | null | undefined,
  selected: boolean,
): Partial<WorksheetView>[] {
  const base: readonly Partial<WorksheetView>[] = views && views.length > 0 ? views : [{}];
  return base.map((view) => Object.assign({}, view, { tabSelected: selected }));
}
