// Rows of the workbook → a snapshot document, remembering for every JSON path the cell it came from, so
// that every problem the domain finds (parseSnapshot) is shown on the cell that causes it.
import {
  agencyUnitSchema,
  communeOrganisationSchema,
  divisionSchema,
  type InputProblem,
  parseSnapshot,
  positionSchema,
  problemsFromIssue,
  type Snapshot,
  staffMemberSchema,
  subDivisionSchema,
} from "@tinhgon/domain";

import type { CellProblem, LocalizedText } from "../contract.ts";
import type { CellData } from "./read-cell.ts";
import {
  type CellLocation,
  columnIndex,
  type InfoRead,
  problemAt,
  type SheetRead,
  type SheetRecord,
} from "./read-sheet.ts";
import {
  type AgencyColumn,
  codeList,
  type CommuneColumn,
  type CommuneOrganisationColumn,
  dataSheetNames,
  type DistrictColumn,
  type DivisionColumn,
  type PositionColumn,
  type StaffColumn,
  type UnitColumn,
} from "./workbook-layout.ts";

type Draft = Record<string, unknown>;

/** The schema a row that could not be placed is validated against, on its own. */
type RowSchema =
  | typeof agencyUnitSchema
  | typeof subDivisionSchema
  | typeof divisionSchema
  | typeof communeOrganisationSchema
  | typeof positionSchema
  | typeof staffMemberSchema;

function isDraft(value: unknown): value is Draft {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The array under `key`, created when absent (drafts are built by this file only). */
function listOf(draft: Draft, key: string): Draft[] {
  const existing = draft[key];
  if (Array.isArray(existing)) return existing as Draft[];
  const created: Draft[] = [];
  draft[key] = created;
  return created;
}

function itemsOf(draft: Draft, key: string): Draft[] {
  const value = draft[key];
  return Array.isArray(value) ? value.filter(isDraft) : [];
}

function textOf(value: CellData | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Where each part of the document came from, and which paths already carry a cell problem. */
class Provenance {
  readonly locations = new Map<string, CellLocation>();
  readonly reported = new Set<string>();
  /** Paths whose cell is empty: the domain's "invalid value" there really means "missing". */
  readonly blank = new Set<string>();
  readonly problems: CellProblem[] = [];
  /** Rows that could not be placed (unknown parent), validated alone under a synthetic path. */
  readonly detached: { path: string; draft: Draft; schema: RowSchema }[] = [];

  /** Records the cell of `path` and returns its value (undefined when blank or wrong). */
  take<Key extends string>(path: string, record: SheetRecord<Key>, key: Key): CellData | undefined {
    this.locations.set(path, record.location(key));
    if (record.failed.has(key)) this.reported.add(path);
    else if (record.values[key] === undefined) this.blank.add(path);
    return record.values[key];
  }

  /** Sets draft[field] from the cell of `key`, when the cell has a value. */
  put<Key extends string>(
    draft: Draft,
    path: string,
    field: string,
    record: SheetRecord<Key>,
    key: Key,
  ): void {
    const value = this.take(`${path}.${field}`, record, key);
    // The one object a cell gives is a list of codes; the draft gets its own copy.
    if (value !== undefined) draft[field] = typeof value === "object" ? [...value] : value;
  }

  problem(location: CellLocation, message: LocalizedText, path?: string): void {
    this.problems.push(problemAt(location, message));
    if (path !== undefined) this.reported.add(path);
  }

  locate(path: string): { location: CellLocation; exact: boolean } | undefined {
    for (let current: string | undefined = path; current !== undefined; current = parentPath(current)) {
      const location = this.locations.get(current);
      if (location) return { location, exact: current === path };
    }
    return undefined;
  }

  isReported(path: string): boolean {
    for (let current: string | undefined = path; current !== undefined; current = parentPath(current)) {
      if (this.reported.has(current)) return true;
    }
    return false;
  }
}

function parentPath(path: string): string | undefined {
  const match = /^(.+?)(?:\.[^.[\]]+|\[\d+\])$/.exec(path);
  return match?.[1];
}

function cellName(location: CellLocation): string {
  return `${location.sheet}!${location.column}${location.row}`;
}

const blankMessage = (field: string): LocalizedText => ({
  vi: `${field} không được để trống; hãy nhập giá trị`,
  en: `${field} must not be empty; enter a value`,
});

// --- Structure ---------------------------------------------------------------------------------------------

export interface StructureSheets {
  info: InfoRead;
  agencies: SheetRead<AgencyColumn>;
  units: SheetRead<UnitColumn>;
  districts: SheetRead<DistrictColumn>;
  divisions: SheetRead<DivisionColumn>;
  /** snapshot/2; absent in a /1 workbook. */
  communes?: SheetRead<CommuneColumn>;
  communeOrganisations?: SheetRead<CommuneOrganisationColumn>;
}

export interface DetailSheets {
  positions?: SheetRead<PositionColumn>;
  staff?: SheetRead<StaffColumn>;
}

const unitTypeNames = new Map(codeList("unitType").entries.map((entry) => [entry.code, entry.meaning]));

function assembleStructure(sheets: StructureSheets, provenance: Provenance): Draft {
  const { info } = sheets;
  const input: Draft = {};
  const province: Draft = {};
  const fromInfo = (path: string, draft: Draft, field: string, key: Parameters<InfoRead["location"]>[0]) => {
    provenance.locations.set(path, info.location(key));
    if (info.failed.has(key)) provenance.reported.add(path);
    else if (info.values[key] === undefined) provenance.blank.add(path);
    const value = info.values[key];
    if (value !== undefined) draft[field] = value;
  };
  fromInfo("format", input, "format", "format");
  fromInfo("asOf", input, "asOf", "asOf");
  provenance.locations.set("province", info.location("code"));
  fromInfo("province.code", province, "code", "code");
  fromInfo("province.name", province, "name", "name");
  fromInfo("province.class", province, "class", "class");
  fromInfo("province.mergedFrom", province, "mergedFrom", "mergedFrom");
  fromInfo("province.agenciesComplete", province, "agenciesComplete", "agenciesComplete");
  fromInfo("province.communesComplete", province, "communesComplete", "communesComplete");
  input.province = province;

  // Agencies, in row order.
  const agencies = listOf(input, "agencies");
  const agencyById = new Map<string, { draft: Draft; path: string }>();
  for (const record of sheets.agencies.records) {
    const path = `agencies[${agencies.length}]`;
    const draft: Draft = {};
    provenance.locations.set(path, record.location("id"));
    provenance.put(draft, path, "id", record, "id");
    provenance.put(draft, path, "kind", record, "kind");
    provenance.put(draft, path, "name", record, "name");
    provenance.put(draft, path, "payroll", record, "payroll");
    provenance.put(draft, path, "deputies", record, "deputies");
    provenance.put(draft, path, "officeFunctionsUnitId", record, "officeFunctionsUnitId");
    provenance.put(draft, path, "reorganisedOn", record, "reorganisedOn");
    draft.units = [];
    agencies.push(draft);
    const id = textOf(record.values.id);
    if (id !== undefined && !agencyById.has(id)) agencyById.set(id, { draft, path });
  }

  // Units: those under an agency first (in row order), then the phòng of each chi cục (in row order).
  interface UnitRow {
    record: SheetRecord<UnitColumn>;
    type: string | undefined;
    parentId: string | undefined;
    placed?: { draft: Draft; path: string; topLevel: boolean };
  }
  const unitRows: UnitRow[] = sheets.units.records.map((record) => ({
    record,
    type: textOf(record.values.type),
    parentId: textOf(record.values.parentId),
  }));
  const unitRowById = new Map<string, UnitRow>();
  for (const row of unitRows) {
    const id = textOf(row.record.values.id);
    if (id !== undefined && !unitRowById.has(id)) unitRowById.set(id, row);
  }

  const fillUnit = (row: UnitRow, draft: Draft, path: string, child: boolean): void => {
    const { record } = row;
    provenance.locations.set(path, record.location("id"));
    provenance.put(draft, path, "id", record, "id");
    provenance.put(draft, path, "type", record, "type");
    provenance.put(draft, path, "name", record, "name");
    provenance.put(draft, path, "payroll", record, "payroll");
    provenance.put(draft, path, "deputies", record, "deputies");
    provenance.put(draft, path, "reorganisedOn", record, "reorganisedOn");
    if (child && row.type !== undefined && row.type !== "division") {
      provenance.problem(
        record.location("type"),
        {
          vi: `Loại đơn vị: phòng thuộc chi cục phải có loại "division" (đang là "${row.type}"); chi cục không có chi cục hay văn phòng trực thuộc trong định dạng này`,
          en: `Unit type: a division of a sub-department must have type "division" (found "${row.type}")`,
        },
        `${path}.type`,
      );
    }
    for (const key of ["specialisedScope", "delegatedAuthority"] as const) {
      if (row.type === "sub_department") {
        provenance.put(draft, path, key, record, key);
      } else if (row.type !== undefined && record.values[key] !== undefined) {
        provenance.problem(record.location(key), {
          vi: `${record.location(key).field}: chỉ ghi với chi cục (loại sub_department); với loại "${row.type}" hãy để trống ô này`,
          en: `${record.location(key).field}: only for a sub-department (type sub_department); leave it empty for type "${row.type}"`,
        });
      }
    }
    if (row.type === "sub_department") draft.units = [];
  };

  const detachUnit = (row: UnitRow, schema: RowSchema): void => {
    const path = `Đơn vị#${row.record.row}`;
    const draft: Draft = {};
    fillUnit(row, draft, path, schema === subDivisionSchema);
    provenance.detached.push({ path, draft, schema });
  };

  const parentProblem = (row: UnitRow, vi: string, en: string): void => {
    provenance.problem(row.record.location("parentId"), { vi: `Mã cấp trên: ${vi}`, en: `Parent id: ${en}` });
  };

  const children: UnitRow[] = [];
  for (const row of unitRows) {
    const ownId = textOf(row.record.values.id);
    if (row.record.failed.has("parentId")) {
      detachUnit(row, agencyUnitSchema);
      continue;
    }
    if (row.parentId === undefined) {
      provenance.problem(row.record.location("parentId"), blankMessage("Mã cấp trên"));
      detachUnit(row, agencyUnitSchema);
      continue;
    }
    if (row.parentId === ownId) {
      parentProblem(
        row,
        "một đơn vị không thể là cấp trên của chính nó; hãy ghi mã của sở hoặc của chi cục",
        "a unit cannot be its own parent; enter the id of the agency or of the sub-department",
      );
      detachUnit(row, agencyUnitSchema);
      continue;
    }
    const agency = agencyById.get(row.parentId);
    if (agency) {
      const units = listOf(agency.draft, "units");
      const path = `${agency.path}.units[${units.length}]`;
      const draft: Draft = {};
      fillUnit(row, draft, path, false);
      units.push(draft);
      row.placed = { draft, path, topLevel: true };
      continue;
    }
    if (unitRowById.has(row.parentId)) {
      children.push(row);
      continue;
    }
    parentProblem(
      row,
      `không có sở nào (sheet Cơ quan) hay chi cục nào (sheet Đơn vị) mang mã "${row.parentId}"; hãy kiểm tra lại mã`,
      `no agency (sheet Cơ quan) or sub-department (sheet Đơn vị) has the id "${row.parentId}"; check the id`,
    );
    detachUnit(row, agencyUnitSchema);
  }
  for (const row of children) {
    const parent = unitRowById.get(row.parentId ?? "");
    if (parent?.placed?.topLevel === true && parent.type === "sub_department") {
      const units = listOf(parent.placed.draft, "units");
      const path = `${parent.placed.path}.units[${units.length}]`;
      const draft: Draft = {};
      fillUnit(row, draft, path, true);
      units.push(draft);
      row.placed = { draft, path, topLevel: false };
      continue;
    }
    // A parent row that is itself wrong (unknown type, unknown parent) carries its own problem.
    const parentIsWrong =
      parent === undefined ||
      parent.record.failed.has("type") ||
      (parent.type === "sub_department" && parent.placed === undefined);
    if (!parentIsWrong) {
      const what =
        parent.type === undefined
          ? "một đơn vị"
          : (unitTypeNames.get(parent.type) ?? parent.type).toLocaleLowerCase("vi");
      const nested = parent.type === "sub_department";
      parentProblem(
        row,
        nested
          ? `"${row.parentId ?? ""}" là chi cục nằm trong một chi cục khác; chỉ chi cục trực thuộc sở mới có phòng — hãy ghi mã của sở hoặc của chi cục trực thuộc sở`
          : `"${row.parentId ?? ""}" là ${what}, không phải chi cục; chỉ chi cục (sub_department) mới có phòng trực thuộc — hãy ghi mã của sở hoặc của chi cục`,
        nested
          ? `"${row.parentId ?? ""}" is a sub-department inside another one; only a sub-department of an agency has divisions`
          : `"${row.parentId ?? ""}" is not a sub-department; only a sub-department has divisions — enter the id of the agency or of a sub-department`,
      );
    }
    detachUnit(row, subDivisionSchema);
  }

  // Districts and their divisions.
  const districts = listOf(input, "districts");
  const districtById = new Map<string, { draft: Draft; path: string }>();
  for (const record of sheets.districts.records) {
    const path = `districts[${districts.length}]`;
    const draft: Draft = {};
    provenance.locations.set(path, record.location("id"));
    provenance.put(draft, path, "id", record, "id");
    provenance.put(draft, path, "code", record, "code");
    provenance.put(draft, path, "name", record, "name");
    provenance.put(draft, path, "type", record, "type");
    provenance.put(draft, path, "island", record, "island");
    provenance.put(draft, path, "islandDivisionCap", record, "islandDivisionCap");
    provenance.locations.set(`${path}.ethnicMinority`, record.location("ethnicPopulation"));
    const population = provenance.take(`${path}.ethnicMinority.population`, record, "ethnicPopulation");
    const qualifying = provenance.take(`${path}.ethnicMinority.qualifyingArea`, record, "qualifyingArea");
    const populationFailed = record.failed.has("ethnicPopulation");
    const qualifyingFailed = record.failed.has("qualifyingArea");
    if (population !== undefined || qualifying !== undefined || populationFailed || qualifyingFailed) {
      // A blank half takes the format's default, as a missing ethnicMinority would.
      draft.ethnicMinority = {
        population: population ?? (populationFailed ? undefined : 0),
        qualifyingArea: qualifying ?? (qualifyingFailed ? undefined : false),
      };
    }
    draft.divisions = [];
    districts.push(draft);
    const id = textOf(record.values.id);
    if (id !== undefined && !districtById.has(id)) districtById.set(id, { draft, path });
  }
  for (const record of sheets.divisions.records) {
    const fill = (draft: Draft, path: string) => {
      provenance.locations.set(path, record.location("id"));
      provenance.put(draft, path, "id", record, "id");
      provenance.put(draft, path, "name", record, "name");
      provenance.put(draft, path, "functions", record, "functions");
      if (draft.functions === undefined && !record.failed.has("functions")) draft.functions = [];
      provenance.put(draft, path, "payroll", record, "payroll");
      provenance.put(draft, path, "deputies", record, "deputies");
      provenance.put(draft, path, "reorganisedOn", record, "reorganisedOn");
    };
    const districtId = textOf(record.values.districtId);
    const district = districtId === undefined ? undefined : districtById.get(districtId);
    if (district) {
      const divisions = listOf(district.draft, "divisions");
      const draft: Draft = {};
      fill(draft, `${district.path}.divisions[${divisions.length}]`);
      divisions.push(draft);
      continue;
    }
    if (!record.failed.has("districtId")) {
      provenance.problem(
        record.location("districtId"),
        districtId === undefined
          ? blankMessage("Mã quận huyện")
          : {
              vi: `Mã quận huyện: không có quận huyện nào (sheet Quận huyện) mang mã "${districtId}"; hãy kiểm tra lại mã`,
              en: `District id: no district (sheet Quận huyện) has the id "${districtId}"; check the id`,
            },
      );
    }
    const path = `Phòng chuyên môn#${record.row}`;
    const draft: Draft = {};
    fill(draft, path);
    provenance.detached.push({ path, draft, schema: divisionSchema });
  }
  assembleCommunes(sheets, input, provenance);
  return input;
}

/**
 * The commune level (snapshot/2): written into the document only when its sheets hold rows, so a /1
 * workbook (no such sheets) stays a /1 document and the domain migrates it.
 */
function assembleCommunes(sheets: StructureSheets, input: Draft, provenance: Provenance): void {
  const communeRecords = sheets.communes?.records ?? [];
  const organisationRecords = sheets.communeOrganisations?.records ?? [];
  if (communeRecords.length === 0 && organisationRecords.length === 0) return;
  const communes = listOf(input, "communes");
  const [first] = communeRecords;
  if (first) provenance.locations.set("communes", first.location("id"));
  const communeById = new Map<string, { draft: Draft; path: string }>();
  for (const record of communeRecords) {
    const path = `communes[${communes.length}]`;
    const draft: Draft = {};
    provenance.locations.set(path, record.location("id"));
    provenance.put(draft, path, "id", record, "id");
    provenance.put(draft, path, "code", record, "code");
    provenance.put(draft, path, "name", record, "name");
    provenance.put(draft, path, "type", record, "type");
    provenance.put(draft, path, "urbanEconomy", record, "urbanEconomy");
    draft.organisations = [];
    communes.push(draft);
    const id = textOf(record.values.id);
    if (id !== undefined && !communeById.has(id)) communeById.set(id, { draft, path });
  }
  for (const record of organisationRecords) {
    const fill = (draft: Draft, path: string) => {
      provenance.locations.set(path, record.location("id"));
      provenance.put(draft, path, "id", record, "id");
      provenance.put(draft, path, "type", record, "type");
      provenance.put(draft, path, "name", record, "name");
      provenance.put(draft, path, "functions", record, "functions");
      provenance.put(draft, path, "payroll", record, "payroll");
      provenance.put(draft, path, "deputies", record, "deputies");
      provenance.put(draft, path, "reorganisedOn", record, "reorganisedOn");
    };
    const communeId = textOf(record.values.communeId);
    const commune = communeId === undefined ? undefined : communeById.get(communeId);
    if (commune) {
      const organisations = listOf(commune.draft, "organisations");
      const draft: Draft = {};
      fill(draft, `${commune.path}.organisations[${organisations.length}]`);
      organisations.push(draft);
      continue;
    }
    if (!record.failed.has("communeId")) {
      provenance.problem(
        record.location("communeId"),
        communeId === undefined
          ? blankMessage("Mã xã phường")
          : {
              vi: `Mã xã phường: không có xã, phường, đặc khu nào (sheet Xã phường) mang mã "${communeId}"; hãy kiểm tra lại mã`,
              en: `Commune id: no commune-level unit (sheet Xã phường) has the id "${communeId}"; check the id`,
            },
      );
    }
    const path = `Tổ chức cấp xã#${record.row}`;
    const draft: Draft = {};
    fill(draft, path);
    provenance.detached.push({ path, draft, schema: communeOrganisationSchema });
  }
}

// --- Positions and staff ----------------------------------------------------------------------------------

interface Holder {
  draft: Draft;
  path: string;
}

function collectHolders(input: Draft): {
  holders: Map<string, Holder>;
  districtIds: Set<string>;
  communeIds: Set<string>;
} {
  const holders = new Map<string, Holder>();
  const add = (draft: Draft, path: string) => {
    const id = draft.id;
    if (typeof id === "string" && !holders.has(id)) holders.set(id, { draft, path });
  };
  itemsOf(input, "agencies").forEach((agency, agencyIndex) => {
    const agencyPath = `agencies[${agencyIndex}]`;
    add(agency, agencyPath);
    itemsOf(agency, "units").forEach((unit, unitIndex) => {
      const unitPath = `${agencyPath}.units[${unitIndex}]`;
      add(unit, unitPath);
      itemsOf(unit, "units").forEach((child, childIndex) => {
        add(child, `${unitPath}.units[${childIndex}]`);
      });
    });
  });
  const districtIds = new Set<string>();
  itemsOf(input, "districts").forEach((district, districtIndex) => {
    if (typeof district.id === "string") districtIds.add(district.id);
    itemsOf(district, "divisions").forEach((division, divisionIndex) => {
      add(division, `districts[${districtIndex}].divisions[${divisionIndex}]`);
    });
  });
  const communeIds = new Set<string>();
  itemsOf(input, "communes").forEach((commune, communeIndex) => {
    if (typeof commune.id === "string") communeIds.add(commune.id);
    itemsOf(commune, "organisations").forEach((organisation, organisationIndex) => {
      add(organisation, `communes[${communeIndex}].organisations[${organisationIndex}]`);
    });
  });
  return { holders, districtIds, communeIds };
}

function applyDetail<Key extends string>(
  input: Draft,
  read: SheetRead<Key>,
  list: "positions" | "staff",
  fields: readonly Key[],
  schema: RowSchema,
  provenance: Provenance,
): void {
  const { holders, districtIds, communeIds } = collectHolders(input);
  const replaced = new Set<Holder>();
  const ownerKey = "ownerId" as Key;
  for (const record of read.records) {
    const isMarker = fields.every((key) => record.values[key] === undefined && !record.failed.has(key));
    const fill = (draft: Draft, path: string) => {
      provenance.locations.set(path, record.location(fields[0] ?? ownerKey));
      for (const key of fields) provenance.put(draft, path, key, record, key);
    };
    const ownerId = textOf(record.values[ownerKey]);
    const holder = ownerId === undefined ? undefined : holders.get(ownerId);
    if (holder) {
      if (!replaced.has(holder)) {
        // The first row naming a unit replaces its whole list (a positions-only workbook updates a base).
        replaced.add(holder);
        holder.draft[list] = [];
        provenance.locations.set(`${holder.path}.${list}`, record.location(ownerKey));
        // A unit taken from the base has no row of its own here: its problems show on this row.
        if (!provenance.locations.has(holder.path))
          provenance.locations.set(holder.path, record.location(ownerKey));
      }
      if (isMarker) continue;
      const items = listOf(holder.draft, list);
      const draft: Draft = {};
      fill(draft, `${holder.path}.${list}[${items.length}]`);
      items.push(draft);
      continue;
    }
    const field = record.location(ownerKey).field;
    if (!record.failed.has(ownerKey)) {
      provenance.problem(
        record.location(ownerKey),
        ownerId === undefined
          ? blankMessage(field)
          : districtIds.has(ownerId)
            ? {
                vi: `${field}: "${ownerId}" là một quận huyện; danh sách này gắn với phòng chuyên môn của huyện — hãy ghi mã phòng`,
                en: `${field}: "${ownerId}" is a district; these lists belong to its divisions — enter the division's id`,
              }
            : communeIds.has(ownerId)
              ? {
                  vi: `${field}: "${ownerId}" là một xã, phường, đặc khu; danh sách này gắn với các phòng và trung tâm của đơn vị — hãy ghi mã tổ chức`,
                  en: `${field}: "${ownerId}" is a commune-level unit; these lists belong to its organisations — enter the organisation's id`,
                }
              : {
                  vi: `${field}: không có sở, đơn vị hay phòng nào mang mã "${ownerId}"; hãy kiểm tra lại mã`,
                  en: `${field}: no agency, unit or division has the id "${ownerId}"; check the id`,
                },
      );
    }
    if (isMarker) continue;
    const path = `${record.location(ownerKey).sheet}#${record.row}`;
    const draft: Draft = {};
    fill(draft, path);
    provenance.detached.push({ path, draft, schema });
  }
}

// --- Reference checks with cell-based messages --------------------------------------------------------------

/**
 * Duplicate ids, as findReferenceProblems defines them (one registry for organisation ids, one for
 * positions, one for staff), reported on the row of the second use and naming the cell of the first.
 * Done here because the domain runs its reference checks only once the schema passes, and its message
 * quotes a JSON path where a spreadsheet user needs a cell.
 */
function findDuplicateIds(input: Draft, provenance: Provenance): void {
  const registries = {
    organisation: new Map<string, string>(),
    position: new Map<string, string>(),
    staff: new Map<string, string>(),
  };
  const claim = (registry: Map<string, string>, draft: Draft, path: string) => {
    const id = draft.id;
    if (typeof id !== "string") return;
    const first = registry.get(id);
    if (first === undefined) {
      registry.set(id, `${path}.id`);
      return;
    }
    const here = provenance.locate(`${path}.id`);
    const there = provenance.locate(first);
    const target = here ?? there;
    if (target === undefined) return;
    const other = here === undefined ? undefined : there;
    const reference: LocalizedText =
      other === undefined
        ? { vi: "một mã trong bộ số liệu hiện có", en: "an id in the existing data" }
        : { vi: `ô ${cellName(other.location)}`, en: `cell ${cellName(other.location)}` };
    provenance.problem(target.location, {
      vi: `${target.location.field}: mã "${id}" bị trùng với ${reference.vi}; mỗi mã chỉ dùng một lần — hãy đổi một trong hai mã`,
      en: `${target.location.field}: duplicate id "${id}" (also at ${reference.en}); each id is used once — change one of them`,
    });
  };
  const detail = (holder: Draft, path: string) => {
    itemsOf(holder, "positions").forEach((item, index) => {
      claim(registries.position, item, `${path}.positions[${index}]`);
    });
    itemsOf(holder, "staff").forEach((item, index) => {
      claim(registries.staff, item, `${path}.staff[${index}]`);
    });
  };
  itemsOf(input, "agencies").forEach((agency, agencyIndex) => {
    const agencyPath = `agencies[${agencyIndex}]`;
    claim(registries.organisation, agency, agencyPath);
    detail(agency, agencyPath);
    itemsOf(agency, "units").forEach((unit, unitIndex) => {
      const unitPath = `${agencyPath}.units[${unitIndex}]`;
      claim(registries.organisation, unit, unitPath);
      detail(unit, unitPath);
      itemsOf(unit, "units").forEach((child, childIndex) => {
        const childPath = `${unitPath}.units[${childIndex}]`;
        claim(registries.organisation, child, childPath);
        detail(child, childPath);
      });
    });
  });
  itemsOf(input, "districts").forEach((district, districtIndex) => {
    const districtPath = `districts[${districtIndex}]`;
    claim(registries.organisation, district, districtPath);
    itemsOf(district, "divisions").forEach((division, divisionIndex) => {
      const divisionPath = `${districtPath}.divisions[${divisionIndex}]`;
      claim(registries.organisation, division, divisionPath);
      detail(division, divisionPath);
    });
  });
  itemsOf(input, "communes").forEach((commune, communeIndex) => {
    const communePath = `communes[${communeIndex}]`;
    claim(registries.organisation, commune, communePath);
    itemsOf(commune, "organisations").forEach((organisation, organisationIndex) => {
      const organisationPath = `${communePath}.organisations[${organisationIndex}]`;
      claim(registries.organisation, organisation, organisationPath);
      detail(organisation, organisationPath);
    });
  });
}

// --- Domain problems → cells ----------------------------------------------------------------------------------

function joinPath(prefix: string, relative: string): string {
  if (relative.startsWith("(")) return prefix;
  return relative.startsWith("[") ? `${prefix}${relative}` : `${prefix}.${relative}`;
}

function mapDomainProblem(problem: InputProblem, provenance: Provenance, fallback: CellLocation): void {
  if (provenance.isReported(problem.path)) return;
  // Our own duplicate check has already said it, on the right cell.
  if (problem.message.en.startsWith("duplicate id")) return;
  const found = provenance.locate(problem.path);
  const location = found?.location ?? fallback;
  const missing = provenance.blank.has(problem.path);
  const message: LocalizedText =
    missing && found?.exact === true
      ? blankMessage(location.field)
      : found?.exact === true
        ? { vi: `${location.field}: ${problem.message.vi}`, en: `${location.field}: ${problem.message.en}` }
        : {
            vi: `${problem.message.vi} (${problem.path})`,
            en: `${problem.message.en} (${problem.path})`,
          };
  provenance.problems.push(problemAt(location, message));
}

function sortProblems(problems: readonly CellProblem[]): CellProblem[] {
  const order = (sheet: string) => {
    const index = dataSheetNames.indexOf(sheet);
    return index === -1 ? dataSheetNames.length : index;
  };
  const seen = new Set<string>();
  return [...problems]
    .filter((problem) => {
      const key = `${problem.sheet}!${problem.column}${problem.row}|${problem.message.vi}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (left, right) =>
        order(left.sheet) - order(right.sheet) ||
        left.row - right.row ||
        columnIndex(left.column) - columnIndex(right.column),
    );
}

// --- Entry point -------------------------------------------------------------------------------------------

export type AssembleResult = { ok: true; snapshot: Snapshot } | { ok: false; problems: CellProblem[] };

/**
 * The snapshot of a workbook: from its structure sheets, or from `base` when it has only positions and/or
 * staff (then exactly the units the sheets name get new lists). Every problem, each on its cell.
 */
export function assembleSnapshot(
  source: { structure: StructureSheets } | { base: Snapshot },
  details: DetailSheets,
  sheetProblems: readonly CellProblem[],
  fallback: CellLocation,
): AssembleResult {
  const provenance = new Provenance();
  provenance.problems.push(...sheetProblems);
  const input: Draft =
    "structure" in source ? assembleStructure(source.structure, provenance) : structuredClone(source.base);
  if (details.positions) {
    applyDetail(
      input,
      details.positions,
      "positions",
      ["id", "title", "group", "rank", "count"],
      positionSchema,
      provenance,
    );
  }
  if (details.staff) {
    applyDetail(
      input,
      details.staff,
      "staff",
      ["id", "fullName", "birthDate", "gender", "positionId", "role", "rank"],
      staffMemberSchema,
      provenance,
    );
  }
  findDuplicateIds(input, provenance);

  const parsed = parseSnapshot(input);
  if (!parsed.ok) for (const problem of parsed.problems) mapDomainProblem(problem, provenance, fallback);
  for (const { path, draft, schema } of provenance.detached) {
    const result = schema.safeParse(draft, { reportInput: true });
    if (result.success) continue;
    for (const issue of result.error.issues) {
      for (const problem of problemsFromIssue(issue)) {
        mapDomainProblem({ ...problem, path: joinPath(path, problem.path) }, provenance, fallback);
      }
    }
  }
  if (parsed.ok && provenance.problems.length === 0) return { ok: true, snapshot: parsed.value };
  return { ok: false, problems: sortProblems(provenance.problems) };
}
