// Import of a snapshot workbook (issue #8): file checks first (inspect-archive.ts), then the layout,
// then every row; the result is the snapshot, or one file-level problem, or every row problem at once
// with a marked copy of the workbook. Nothing here throws or rejects: a defect of exceljs or of ours
// becomes a file-level problem.
import type { Snapshot } from "@tinhgon/domain";
import type { Workbook, Worksheet } from "exceljs";

import type { CellProblem, WorkbookKind, WorkbookLimits, WorkbookReadResult } from "../contract.ts";
import { assembleSnapshot, type DetailSheets } from "./assemble-snapshot.ts";
import { loadWorkbook } from "./excel.ts";
import {
  baseRequired,
  resolveLimits,
  tooManyRows,
  unknownLayout,
  unreadableWorkbook,
} from "./file-problems.ts";
import { inspectArchive } from "./inspect-archive.ts";
import { markWorkbook } from "./mark-workbook.ts";
import { type CellLocation, readEntitySheet, readInfoSheet } from "./read-sheet.ts";
import {
  agencySheet,
  auxiliarySheetNames,
  communeOrganisationSheet,
  communeSheet,
  dataSheetNames,
  districtSheet,
  divisionSheet,
  infoSheet,
  normaliseName,
  positionSheet,
  staffSheet,
  unitSheet,
} from "./workbook-layout.ts";

export interface ReadWorkbookOptions {
  /** The structure a positions-only or staff-only workbook updates. */
  base?: Snapshot;
  limits?: Partial<WorkbookLimits>;
}

/** Required with "Thông tin". The commune sheets (snapshot/2) are optional: a /1 workbook has none. */
const structureSheetNames = [agencySheet.name, unitSheet.name, districtSheet.name, divisionSheet.name];

export async function readSnapshotWorkbook(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookReadResult> {
  try {
    return await readWorkbook(bytes, options);
  } catch (error) {
    return unreadableWorkbook(error instanceof Error ? error.message : String(error));
  }
}

function isEmpty(worksheet: Worksheet): boolean {
  return worksheet.actualRowCount === 0;
}

async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions): Promise<WorkbookReadResult> {
  const limits = resolveLimits(options.limits);
  const inspected = await inspectArchive(bytes, limits);
  if (!inspected.ok) return inspected;
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    return unreadableWorkbook(error instanceof Error ? error.message : String(error));
  }

  // Which sheets are there: the layout's, our helpers (skipped), and anything else (refused).
  const sheets = new Map<string, Worksheet>();
  const unknown: string[] = [];
  for (const worksheet of workbook.worksheets) {
    const name = normaliseName(worksheet.name);
    const known = dataSheetNames.find((candidate) => normaliseName(candidate) === name);
    if (known !== undefined) sheets.set(known, worksheet);
    else if (
      !auxiliarySheetNames.some((candidate) => normaliseName(candidate) === name) &&
      !isEmpty(worksheet)
    ) {
      unknown.push(worksheet.name);
    }
  }
  const found = workbook.worksheets.map((worksheet) => worksheet.name);
  if (unknown.length > 0) return unknownLayout(found, unknown, []);
  const hasInfo = sheets.has(infoSheet.name);
  const structurePresent = structureSheetNames.filter((name) => sheets.has(name));
  if (hasInfo && structurePresent.length < structureSheetNames.length) {
    return unknownLayout(
      found,
      [],
      structureSheetNames.filter((name) => !sheets.has(name)),
    );
  }
  if (!hasInfo && structurePresent.length > 0) return unknownLayout(found, [], [infoSheet.name]);
  const positions = sheets.get(positionSheet.name);
  const staff = sheets.get(staffSheet.name);
  if (!hasInfo && positions === undefined && staff === undefined) return unknownLayout(found, [], []);
  if (!hasInfo && options.base === undefined) {
    return baseRequired(
      [positions && positionSheet.name, staff && staffSheet.name].filter((name) => name !== undefined),
    );
  }
  // The archive scan counted rows holding cells; exceljs's count of rows with values is the precise one.
  for (const [name, worksheet] of sheets) {
    const rows = Math.max(0, worksheet.actualRowCount - 1);
    if (rows > limits.maxRowsPerSheet) return tooManyRows(name, rows, limits.maxRowsPerSheet);
  }

  const kinds: WorkbookKind[] = [
    ...(hasInfo ? (["structure"] as const) : []),
    ...(positions ? (["positions"] as const) : []),
    ...(staff ? (["staff"] as const) : []),
  ];
  const problems: CellProblem[] = [];
  const details: DetailSheets = {};
  if (positions) {
    details.positions = readEntitySheet(positions, positionSheet);
    problems.push(...details.positions.problems);
  }
  if (staff) {
    details.staff = readEntitySheet(staff, staffSheet);
    problems.push(...details.staff.problems);
  }
  const firstSheet = hasInfo ? infoSheet.name : positions ? positionSheet.name : staffSheet.name;
  const fallback: CellLocation = { sheet: firstSheet, row: 1, column: "A", field: "" };
  let source: Parameters<typeof assembleSnapshot>[0];
  const info = sheets.get(infoSheet.name);
  const agencies = sheets.get(agencySheet.name);
  const units = sheets.get(unitSheet.name);
  const districts = sheets.get(districtSheet.name);
  const divisions = sheets.get(divisionSheet.name);
  const communes = sheets.get(communeSheet.name);
  const communeOrganisations = sheets.get(communeOrganisationSheet.name);
  if (info && agencies && units && districts && divisions) {
    const structure = {
      info: readInfoSheet(info),
      agencies: readEntitySheet(agencies, agencySheet),
      units: readEntitySheet(units, unitSheet),
      districts: readEntitySheet(districts, districtSheet),
      divisions: readEntitySheet(divisions, divisionSheet),
      ...(communes ? { communes: readEntitySheet(communes, communeSheet) } : {}),
      ...(communeOrganisations
        ? { communeOrganisations: readEntitySheet(communeOrganisations, communeOrganisationSheet) }
        : {}),
    };
    problems.push(
      ...structure.info.problems,
      ...structure.agencies.problems,
      ...structure.units.problems,
      ...structure.districts.problems,
      ...structure.divisions.problems,
      ...(structure.communes?.problems ?? []),
      ...(structure.communeOrganisations?.problems ?? []),
    );
    source = { structure };
  } else if (options.base) {
    source = { base: options.base };
  } else {
    return unknownLayout(found, [], []);
  }
  const assembled = assembleSnapshot(source, details, problems, fallback);
  if (assembled.ok) return { ok: true, snapshot: assembled.snapshot, kinds };
  let markedWorkbook: Uint8Array;
  try {
    markedWorkbook = await markWorkbook(workbook, assembled.problems);
  } catch {
    // The list of problems matters more than the copy: hand back the file as it came.
    markedWorkbook = bytes;
  }
  return { ok: false, kind: "rows", problems: assembled.problems, markedWorkbook };
}
