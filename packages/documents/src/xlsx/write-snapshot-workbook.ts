// Export of a snapshot to the workbook layout (workbook-layout.ts), and the empty templates. What this
// writes, readSnapshotWorkbook reads back to the identical snapshot.
import { SNAPSHOT_FORMAT, type Snapshot } from "@tinhgon/domain";
import type { Workbook, Worksheet } from "exceljs";

import type { WorkbookKind } from "../contract.ts";
import { neutraliseText } from "./cell-text.ts";
import { addDataValidation, newWorkbook, toBytes } from "./excel.ts";
import { defaultWorkbookLimits } from "./file-problems.ts";
import { columnLetter } from "./read-sheet.ts";
import {
  type CodeListKey,
  codeLists,
  codeListSheetName,
  type ColumnKind,
  type EntitySheetSpec,
  entitySheets,
  type InfoKey,
  infoSheet,
  instructionsSheetName,
  NO,
  sheetsOfKind,
  YES,
} from "./workbook-layout.ts";

type Written = string | number | boolean | Date | null | undefined;

const headerFill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;
const headerBorder = { bottom: { style: "thin", color: { argb: "FF5B9BD5" } } } as const;
/** Rows below the data that still get the drop-down lists, so new rows can be added by hand. */
const spareValidatedRows = 1000;

function cellValue(value: Written, kind: ColumnKind): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? YES : NO;
  if (typeof value === "number" || value instanceof Date) return value;
  if (kind === "date") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  return neutraliseText(value);
}

function numberFormat(kind: ColumnKind): string {
  switch (kind) {
    case "count":
    case "positive":
      return "0";
    case "date":
      return "dd/mm/yyyy";
    case "id":
    case "text":
    case "code":
    case "codes":
    case "boolean":
      // Text, so that a code typed by hand (01.003, a province code 01) is not turned into a number.
      return "@";
  }
}

function styleHeader(worksheet: Worksheet, columns: number): void {
  const header = worksheet.getRow(1);
  header.height = 32;
  for (let index = 1; index <= columns; index += 1) {
    const cell = header.getCell(index);
    cell.font = { bold: true };
    cell.fill = headerFill;
    cell.border = headerBorder;
    cell.alignment = { vertical: "middle", wrapText: true };
  }
}

// --- Danh mục ---------------------------------------------------------------------------------------------

type ListRanges = Map<CodeListKey, string>;

function addCodeListSheet(workbook: Workbook): ListRanges {
  const worksheet = workbook.addWorksheet(codeListSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = [
    { header: "Danh mục", width: 40 },
    { header: "Mã", width: 28, style: { numFmt: "@" } },
    { header: "Ý nghĩa", width: 60 },
  ];
  styleHeader(worksheet, 3);
  const ranges: ListRanges = new Map();
  for (const list of codeLists) {
    const first = worksheet.rowCount + 1;
    for (const entry of list.entries) {
      worksheet.addRow([
        neutraliseText(list.title),
        neutraliseText(entry.code),
        neutraliseText(entry.meaning),
      ]);
    }
    ranges.set(list.key, `'${codeListSheetName}'!$B$${first}:$B$${worksheet.rowCount}`);
  }
  return ranges;
}

/** Excel refuses a validation title over 32 characters; cut at a word rather than in one. */
function validationTitle(field: string): string {
  if (field.length <= 32) return field;
  const cut = field.slice(0, 31);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

function addListValidation(
  worksheet: Worksheet,
  range: string,
  list: CodeListKey,
  ranges: ListRanges,
  field: string,
  help: string,
): void {
  const formula = ranges.get(list);
  if (formula === undefined) return;
  addDataValidation(worksheet, range, {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validationTitle(field),
    error: `Hãy chọn một mã trong danh sách (xem sheet ${codeListSheetName}).`,
    showInputMessage: true,
    promptTitle: validationTitle(field),
    prompt: help.slice(0, 250),
  });
}

// --- Data sheets --------------------------------------------------------------------------------------------

function addEntitySheet<Key extends string>(
  workbook: Workbook,
  spec: EntitySheetSpec<Key>,
  rows: readonly Partial<Record<Key, Written>>[],
  ranges: ListRanges,
): void {
  const worksheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = spec.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: { numFmt: numberFormat(column.kind) },
  }));
  styleHeader(worksheet, spec.columns.length);
  for (const row of rows) {
    worksheet.addRow(spec.columns.map((column) => cellValue(row[column.key], column.kind)));
  }
  const lastValidated = Math.min(
    rows.length + 1 + spareValidatedRows,
    defaultWorkbookLimits.maxRowsPerSheet + 1,
  );
  spec.columns.forEach((column, index) => {
    if (column.list === undefined || column.kind === "codes") return;
    const letter = columnLetter(index + 1);
    addListValidation(
      worksheet,
      `${letter}2:${letter}${lastValidated}`,
      column.list,
      ranges,
      column.header,
      column.help,
    );
  });
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
}

function addInfoSheet(
  workbook: Workbook,
  values: Partial<Record<InfoKey, Written>>,
  ranges: ListRanges,
): void {
  const worksheet = workbook.addWorksheet(infoSheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = [
    { header: infoSheet.labelHeader, width: 28 },
    { header: infoSheet.valueHeader, width: 40, style: { numFmt: "@" } },
    { header: infoSheet.helpHeader, width: 80 },
  ];
  styleHeader(worksheet, 3);
  for (const item of infoSheet.rows) {
    const row = worksheet.addRow([
      neutraliseText(item.label),
      cellValue(values[item.key], item.kind),
      neutraliseText(item.help),
    ]);
    const valueCell = row.getCell(2);
    valueCell.numFmt = numberFormat(item.kind);
    if (item.list !== undefined) {
      addListValidation(worksheet, valueCell.address, item.list, ranges, item.label, item.help);
    }
    row.getCell(3).font = { italic: true, color: { argb: "FF595959" } };
  }
}

// --- Hướng dẫn ----------------------------------------------------------------------------------------------

function addInstructionsSheet(workbook: Workbook, sheetNames: readonly string[]): void {
  const worksheet = workbook.addWorksheet(instructionsSheetName);
  worksheet.columns = [{ width: 24 }, { width: 34 }, { width: 12 }, { width: 90 }];
  const title = worksheet.addRow(["Hướng dẫn nhập liệu — Tinh Gọn"]);
  title.font = { bold: true, size: 14 };
  const paragraphs = [
    "Tệp theo định dạng tinhgon.snapshot/2: mỗi sheet là một loại đối tượng, mỗi dòng là một đối tượng; " +
      "đơn vị cấp dưới ghi mã của đơn vị cấp trên. Thứ tự các dòng được giữ nguyên khi nhập.",
    "Không đổi tên sheet và tiêu đề cột (dòng 1). Có thể đổi thứ tự cột; cột không bắt buộc có thể xóa.",
    "Mã (các cột Mã …): chữ thường không dấu, chữ số và dấu '-', không trùng nhau trong cả tệp.",
    "Các cột mã danh mục (loại, nhóm, ngạch, giới tính, vai trò, Có/Không): chọn trong danh sách thả xuống; " +
      `ý nghĩa từng mã ở sheet ${codeListSheetName}.`,
    "Ngày ghi dạng dd/mm/yyyy (ví dụ 01/05/1970). Số ghi dạng số nguyên, không có dấu chấm phân cách.",
    "Không dùng công thức; khi chép từ bảng tính khác hãy dán dạng giá trị (Paste Special → Values). Nội dung " +
      "bắt đầu bằng =, +, -, @ bị từ chối vì có thể là công thức độc hại; tệp do Tinh Gọn xuất có thêm dấu " +
      "nháy đơn (') ở đầu các nội dung như vậy, khi nhập dấu nháy này được bỏ đi.",
    "Vị trí việc làm và Công chức: đơn vị có tên trong sheet được thay toàn bộ danh sách, đơn vị không có tên " +
      "giữ nguyên. Một dòng chỉ ghi Mã đơn vị (các cột khác để trống) nghĩa là đơn vị có danh sách trống.",
    "Khi có lỗi, Tinh Gọn trả lại bản sao của tệp: ô lỗi được tô đỏ và có ghi chú, sheet Lỗi nhập liệu liệt kê " +
      "mọi lỗi. Sửa trực tiếp trên bản sao đó rồi nhập lại.",
  ];
  for (const paragraph of paragraphs) {
    const row = worksheet.addRow([`• ${paragraph}`]);
    worksheet.mergeCells(row.number, 1, row.number, 4);
    row.alignment = { wrapText: true, vertical: "top" };
    row.height = 32;
  }
  worksheet.addRow([]);
  const header = worksheet.addRow(["Sheet", "Cột", "Bắt buộc", "Cách ghi"]);
  header.font = { bold: true };
  header.fill = headerFill;
  const line = (sheet: string, column: string, required: boolean, help: string) => {
    const row = worksheet.addRow(
      [sheet, column, required ? YES : NO, help].map((text) => neutraliseText(text)),
    );
    row.alignment = { wrapText: true, vertical: "top" };
  };
  for (const name of sheetNames) {
    if (name === infoSheet.name) {
      for (const item of infoSheet.rows) line(name, `Mục "${item.label}"`, item.required, item.help);
      continue;
    }
    const spec = entitySheets.find((candidate) => candidate.name === name);
    if (!spec) continue;
    const intro = worksheet.addRow([neutraliseText(spec.name), neutraliseText(spec.help)]);
    worksheet.mergeCells(intro.number, 2, intro.number, 4);
    intro.font = { italic: true };
    intro.alignment = { wrapText: true, vertical: "top" };
    for (const column of spec.columns) line(spec.name, column.header, column.required, column.help);
  }
}

// --- Whole workbooks ----------------------------------------------------------------------------------------

function buildWorkbook(
  sheetNames: readonly string[],
  info: Partial<Record<InfoKey, Written>>,
  rows: Partial<Record<string, readonly Record<string, Written>[]>>,
): Workbook {
  const workbook = newWorkbook();
  addInstructionsSheet(workbook, sheetNames);
  // The lists sheet is created last so it is the last tab; the validations only name its ranges.
  const ranges: ListRanges = new Map();
  let offset = 2;
  for (const list of codeLists) {
    ranges.set(list.key, `'${codeListSheetName}'!$B$${offset}:$B$${offset + list.entries.length - 1}`);
    offset += list.entries.length;
  }
  for (const name of sheetNames) {
    if (name === infoSheet.name) {
      addInfoSheet(workbook, info, ranges);
      continue;
    }
    const spec = entitySheets.find((candidate) => candidate.name === name);
    if (spec) addEntitySheet(workbook, spec as EntitySheetSpec, rows[spec.key] ?? [], ranges);
  }
  const written = addCodeListSheet(workbook);
  // One computation of the ranges: the sheet must hold the lists exactly where the validations point.
  for (const [key, range] of written) {
    if (ranges.get(key) !== range) throw new Error(`code list ${key} is not where the validations point`);
  }
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, visibility: "visible", activeTab: 0, firstSheet: 0 },
  ];
  return workbook;
}

interface Holder {
  id: string;
  positions?: Snapshot["agencies"][number]["positions"];
  staff?: Snapshot["agencies"][number]["staff"];
}

function holdersOf(snapshot: Snapshot): Holder[] {
  const holders: Holder[] = [];
  for (const agency of snapshot.agencies) {
    holders.push(agency);
    for (const unit of agency.units) {
      holders.push(unit);
      if (unit.type === "sub_department") holders.push(...unit.units);
    }
  }
  for (const district of snapshot.districts) holders.push(...district.divisions);
  for (const commune of snapshot.communes) holders.push(...commune.organisations);
  return holders;
}

function snapshotRows(snapshot: Snapshot): Record<string, Record<string, Written>[]> {
  const agencies = snapshot.agencies.map((agency) => ({
    id: agency.id,
    kind: agency.kind,
    name: agency.name,
    payroll: agency.payroll,
    deputies: agency.deputies,
    officeFunctionsUnitId: agency.officeFunctionsUnitId,
    reorganisedOn: agency.reorganisedOn,
  }));
  const units: Record<string, Written>[] = [];
  for (const agency of snapshot.agencies) {
    for (const unit of agency.units) {
      const common = {
        id: unit.id,
        name: unit.name,
        payroll: unit.payroll,
        deputies: unit.deputies,
        reorganisedOn: unit.reorganisedOn,
      };
      if (unit.type !== "sub_department") {
        units.push({ ...common, parentId: agency.id, type: unit.type });
        continue;
      }
      units.push({
        ...common,
        parentId: agency.id,
        type: unit.type,
        specialisedScope: unit.specialisedScope,
        delegatedAuthority: unit.delegatedAuthority,
      });
      for (const child of unit.units) {
        units.push({
          id: child.id,
          parentId: unit.id,
          type: child.type,
          name: child.name,
          payroll: child.payroll,
          deputies: child.deputies,
          reorganisedOn: child.reorganisedOn,
        });
      }
    }
  }
  const districts = snapshot.districts.map((district) => ({
    id: district.id,
    code: district.code,
    name: district.name,
    type: district.type,
    island: district.island,
    islandDivisionCap: district.islandDivisionCap,
    ethnicPopulation: district.ethnicMinority.population,
    qualifyingArea: district.ethnicMinority.qualifyingArea,
  }));
  const divisions = snapshot.districts.flatMap((district) =>
    district.divisions.map((division) => ({
      id: division.id,
      districtId: district.id,
      name: division.name,
      functions: division.functions.join(", "),
      payroll: division.payroll,
      deputies: division.deputies,
      reorganisedOn: division.reorganisedOn,
    })),
  );
  const communes = snapshot.communes.map((commune) => ({
    id: commune.id,
    code: commune.code,
    name: commune.name,
    type: commune.type,
    urbanEconomy: commune.urbanEconomy,
  }));
  const communeOrganisations = snapshot.communes.flatMap((commune) =>
    commune.organisations.map((organisation) => ({
      id: organisation.id,
      communeId: commune.id,
      type: organisation.type,
      name: organisation.name,
      functions: organisation.functions.join(", "),
      payroll: organisation.payroll,
      deputies: organisation.deputies,
      reorganisedOn: organisation.reorganisedOn,
    })),
  );
  const positions: Record<string, Written>[] = [];
  const staff: Record<string, Written>[] = [];
  for (const holder of holdersOf(snapshot)) {
    // A unit with an empty list is one row with only its id (see workbook-layout.ts); no list, no row.
    if (holder.positions?.length === 0) positions.push({ ownerId: holder.id });
    for (const position of holder.positions ?? []) positions.push({ ownerId: holder.id, ...position });
    if (holder.staff?.length === 0) staff.push({ ownerId: holder.id });
    for (const member of holder.staff ?? []) staff.push({ ownerId: holder.id, ...member });
  }
  return { agencies, units, districts, divisions, communes, communeOrganisations, positions, staff };
}

/** The whole snapshot as a workbook: Hướng dẫn, Thông tin, the eight entity sheets and Danh mục. */
export async function writeSnapshotWorkbook(snapshot: Snapshot): Promise<Uint8Array> {
  const names = [...sheetsOfKind("structure"), ...sheetsOfKind("positions"), ...sheetsOfKind("staff")];
  const info = {
    format: snapshot.format,
    asOf: snapshot.asOf,
    code: snapshot.province.code,
    name: snapshot.province.name,
    class: snapshot.province.class,
    mergedFrom: snapshot.province.mergedFrom,
    agenciesComplete: snapshot.province.agenciesComplete,
    communesComplete: snapshot.province.communesComplete,
  };
  const workbook = buildWorkbook(names, info, snapshotRows(snapshot));
  return toBytes(await workbook.xlsx.writeBuffer());
}

/** An empty workbook of one kind, with its instructions, code lists and drop-downs. */
export async function writeWorkbookTemplate(kind: WorkbookKind): Promise<Uint8Array> {
  const info = { format: SNAPSHOT_FORMAT, mergedFrom: 1, agenciesComplete: false, communesComplete: false };
  const workbook = buildWorkbook(sheetsOfKind(kind), kind === "structure" ? info : {}, {});
  return toBytes(await workbook.xlsx.writeBuffer());
}
