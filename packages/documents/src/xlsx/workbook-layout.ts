// The snapshot workbook (issue #8): one source of truth for the sheets, their Vietnamese headers, the
// code lists and the instructions, used by the reader, the writer and the templates alike.
//
// Layout decisions (the README of the package repeats them):
// - One sheet per kind of entity, one row per entity, parents referenced by id, rows in document order.
// - Codes are the catalogue codes of formats.md; the "Danh mục" sheet lists each with its meaning and
//   every code column carries a drop-down list pointing at it.
// - `positions` / `staff` are optional on every agency, unit and division, and "absent" differs from
//   "empty". The positions (staff) sheet alone says which units have the list: a unit has `positions`
//   exactly when at least one row of "Vị trí việc làm" names it. A row that fills only "Mã đơn vị"
//   (every other cell empty) declares the list without adding an entry, so `positions: []` is one such
//   row. No flag column elsewhere, so a positions-only workbook can also clear a unit's list.
// - tinhgon.snapshot/2 (ADR 0036): the commune level has two sheets of its own ("Xã phường", "Tổ chức cấp
//   xã"), the dated organisations an optional "Ngày sắp xếp" column (last, so older files keep their
//   columns), "Thông tin" an optional "Danh sách xã đầy đủ". A /1 workbook (format cell
//   tinhgon.snapshot/1, no commune sheets) still imports: the domain migrates it.
import {
  agencyKindNames,
  agencyKindSchema,
  communeFunctionNames,
  communeFunctionSchema,
  communeTypeSchema,
  districtFunctionNames,
  districtFunctionSchema,
  districtTypeSchema,
  positionGroupSchema,
  provinceClassSchema,
  rankCodeSchema,
  rankNames,
} from "@tinhgon/domain";

import type { WorkbookKind } from "../contract.ts";

export const YES = "Có";
export const NO = "Không";

// --- Code lists ------------------------------------------------------------------------------------------

export type CodeListKey =
  | "agencyKind"
  | "unitType"
  | "districtType"
  | "districtFunction"
  | "communeType"
  | "communeFunction"
  | "communeOrganisationType"
  | "provinceClass"
  | "positionGroup"
  | "rank"
  | "gender"
  | "role"
  | "boolean";

export interface CodeList {
  key: CodeListKey;
  /** What the list is, in Vietnamese, as the "Danh mục" sheet shows it. */
  title: string;
  entries: readonly { code: string; meaning: string }[];
}

function entriesOf(codes: readonly string[], meanings: Record<string, string>) {
  return codes.map((code) => ({ code, meaning: meanings[code] ?? code }));
}

export const codeLists: readonly CodeList[] = [
  {
    key: "agencyKind",
    title: "Loại sở, ban, ngành",
    entries: entriesOf(agencyKindSchema.options, agencyKindNames),
  },
  {
    key: "unitType",
    title: "Loại đơn vị thuộc sở",
    entries: entriesOf(["division", "office", "inspectorate", "sub_department"], {
      division: "Phòng",
      office: "Văn phòng",
      inspectorate: "Thanh tra",
      sub_department: "Chi cục",
    }),
  },
  {
    key: "districtType",
    title: "Loại quận, huyện",
    entries: entriesOf(districtTypeSchema.options, {
      urban_district: "Quận",
      rural_district: "Huyện",
      town: "Thị xã",
      city: "Thành phố thuộc tỉnh, thuộc thành phố trực thuộc trung ương",
    }),
  },
  {
    key: "districtFunction",
    title: "Chức năng của phòng chuyên môn cấp huyện",
    entries: entriesOf(districtFunctionSchema.options, districtFunctionNames),
  },
  {
    key: "communeType",
    title: "Loại đơn vị hành chính cấp xã",
    entries: entriesOf(communeTypeSchema.options, {
      commune: "Xã",
      ward: "Phường",
      special_zone: "Đặc khu",
    }),
  },
  {
    key: "communeFunction",
    title: "Chức năng của phòng cấp xã",
    entries: entriesOf(communeFunctionSchema.options, communeFunctionNames),
  },
  {
    key: "communeOrganisationType",
    title: "Loại tổ chức cấp xã",
    entries: entriesOf(["division", "service_centre"], {
      division: "Phòng (hoặc Văn phòng HĐND và UBND)",
      service_centre: "Trung tâm phục vụ hành chính công",
    }),
  },
  {
    key: "provinceClass",
    title: "Loại đơn vị hành chính cấp tỉnh",
    entries: entriesOf(provinceClassSchema.options, {
      special: "Đặc biệt (Hà Nội, Thành phố Hồ Chí Minh)",
      I: "Loại I",
      II: "Loại II",
      III: "Loại III",
    }),
  },
  {
    key: "positionGroup",
    title: "Nhóm vị trí việc làm",
    entries: entriesOf(positionGroupSchema.options, {
      leadership: "Lãnh đạo, quản lý",
      professional: "Chuyên môn, nghiệp vụ",
      shared_professional: "Chuyên môn dùng chung",
      support: "Hỗ trợ, phục vụ",
    }),
  },
  { key: "rank", title: "Ngạch công chức", entries: entriesOf(rankCodeSchema.options, rankNames) },
  {
    key: "gender",
    title: "Giới tính",
    entries: entriesOf(["male", "female"], { male: "Nam", female: "Nữ" }),
  },
  {
    key: "role",
    title: "Vai trò",
    entries: entriesOf(["head", "deputy", "staff"], {
      head: "Cấp trưởng",
      deputy: "Cấp phó",
      staff: "Công chức, nhân viên",
    }),
  },
  {
    key: "boolean",
    title: "Có / Không",
    entries: [
      { code: YES, meaning: "Đúng, có" },
      { code: NO, meaning: "Sai, không" },
    ],
  },
];

export function codeList(key: CodeListKey): CodeList {
  const list = codeLists.find((candidate) => candidate.key === key);
  if (!list) throw new Error(`unknown code list ${key}`);
  return list;
}

// --- Columns and sheets ----------------------------------------------------------------------------------

export type ColumnKind =
  /** An entity id (lowercase letters, digits, '-'). */
  | "id"
  | "text"
  /** One code of a list. */
  | "code"
  /** Several codes of a list, separated by ", ". */
  | "codes"
  /** A whole number ≥ 0 (people, posts). */
  | "count"
  /** A whole number ≥ 1. */
  | "positive"
  | "boolean"
  | "date";

export interface ColumnSpec<Key extends string = string> {
  key: Key;
  header: string;
  kind: ColumnKind;
  /** A required column must be in the header row; an optional one may be left out (its cells are empty). */
  required: boolean;
  list?: CodeListKey;
  width: number;
  /** How to fill the column, for the "Hướng dẫn" sheet. */
  help: string;
}

export type EntitySheetKey =
  | "agencies"
  | "units"
  | "districts"
  | "divisions"
  | "communes"
  | "communeOrganisations"
  | "positions"
  | "staff";

export interface EntitySheetSpec<Key extends string = string> {
  key: EntitySheetKey;
  name: string;
  kind: WorkbookKind;
  /** What one row is. */
  help: string;
  columns: readonly ColumnSpec<Key>[];
}

function sheet<const Key extends string>(spec: EntitySheetSpec<Key>): EntitySheetSpec<Key> {
  return spec;
}

const idHelp = "chữ thường không dấu, chữ số và dấu '-', không trùng trong cả tệp (ví dụ so-noi-vu)";

/** snapshot/2: the day the decision that last re-arranged the organisation took effect. */
const reorganisedOnColumn = {
  key: "reorganisedOn",
  header: "Ngày sắp xếp",
  kind: "date",
  required: false,
  width: 14,
  help:
    "ngày quyết định sắp xếp (hợp nhất, chia tách, thành lập …) gần nhất có hiệu lực, dạng dd/mm/yyyy; " +
    "cấp phó vượt quy định được tính thời hạn chuyển tiếp 5 năm từ ngày này; để trống nếu không có",
} as const;

export const agencySheet = sheet({
  key: "agencies",
  name: "Cơ quan",
  kind: "structure",
  help: "Mỗi dòng là một sở, ban, ngành (cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh).",
  columns: [
    { key: "id", header: "Mã cơ quan", kind: "id", required: true, width: 24, help: idHelp },
    {
      key: "kind",
      header: "Loại sở",
      kind: "code",
      list: "agencyKind",
      required: true,
      width: 28,
      help: "mã trong Danh mục (ví dụ NOI_VU)",
    },
    { key: "name", header: "Tên cơ quan", kind: "text", required: true, width: 40, help: "tên đầy đủ" },
    {
      key: "payroll",
      header: "Biên chế",
      kind: "count",
      required: true,
      width: 12,
      help: "biên chế công chức được giao, kể cả lãnh đạo (số nguyên ≥ 0)",
    },
    {
      key: "deputies",
      header: "Số cấp phó",
      kind: "count",
      required: true,
      width: 12,
      help: "số Phó Giám đốc (số nguyên ≥ 0)",
    },
    {
      key: "officeFunctionsUnitId",
      header: "Phòng giữ chức năng văn phòng",
      kind: "id",
      required: false,
      width: 30,
      help: "mã của phòng làm nhiệm vụ văn phòng khi sở không có Văn phòng; để trống nếu không có",
    },
    reorganisedOnColumn,
  ],
});

export const unitSheet = sheet({
  key: "units",
  name: "Đơn vị",
  kind: "structure",
  help: "Mỗi dòng là một đơn vị thuộc sở (phòng, văn phòng, thanh tra, chi cục) hoặc một phòng thuộc chi cục.",
  columns: [
    { key: "id", header: "Mã đơn vị", kind: "id", required: true, width: 26, help: idHelp },
    {
      key: "parentId",
      header: "Mã cấp trên",
      kind: "id",
      required: true,
      width: 26,
      help: "mã của sở (sheet Cơ quan), hoặc mã của chi cục với phòng thuộc chi cục",
    },
    {
      key: "type",
      header: "Loại đơn vị",
      kind: "code",
      list: "unitType",
      required: true,
      width: 16,
      help: "division, office, inspectorate hoặc sub_department; phòng thuộc chi cục là division",
    },
    { key: "name", header: "Tên đơn vị", kind: "text", required: true, width: 40, help: "tên đầy đủ" },
    { key: "payroll", header: "Biên chế", kind: "count", required: true, width: 12, help: "số nguyên ≥ 0" },
    {
      key: "deputies",
      header: "Số cấp phó",
      kind: "count",
      required: true,
      width: 12,
      help: "số nguyên ≥ 0",
    },
    {
      key: "specialisedScope",
      header: "Có đối tượng quản lý chuyên ngành",
      kind: "boolean",
      list: "boolean",
      required: false,
      width: 18,
      help: "chỉ ghi với chi cục: Có hoặc Không (để trống = Có)",
    },
    {
      key: "delegatedAuthority",
      header: "Được phân cấp, ủy quyền",
      kind: "boolean",
      list: "boolean",
      required: false,
      width: 18,
      help: "chỉ ghi với chi cục: Có hoặc Không (để trống = Có)",
    },
    reorganisedOnColumn,
  ],
});

export const districtSheet = sheet({
  key: "districts",
  name: "Quận huyện",
  kind: "structure",
  help: "Mỗi dòng là một đơn vị hành chính cấp huyện (quận, huyện, thị xã, thành phố thuộc tỉnh).",
  columns: [
    { key: "id", header: "Mã quận huyện", kind: "id", required: true, width: 22, help: idHelp },
    {
      key: "code",
      header: "Mã đơn vị hành chính",
      kind: "text",
      required: true,
      width: 14,
      help: "mã theo danh mục đơn vị hành chính (ví dụ 317)",
    },
    { key: "name", header: "Tên quận huyện", kind: "text", required: true, width: 30, help: "tên đầy đủ" },
    {
      key: "type",
      header: "Loại",
      kind: "code",
      list: "districtType",
      required: true,
      width: 16,
      help: "urban_district, rural_district, town hoặc city",
    },
    {
      key: "island",
      header: "Huyện đảo",
      kind: "boolean",
      list: "boolean",
      required: true,
      width: 10,
      help: "Có hoặc Không",
    },
    {
      key: "islandDivisionCap",
      header: "Số phòng tối đa theo quy định riêng",
      kind: "positive",
      required: false,
      width: 16,
      help: "chỉ với huyện đảo có quy định riêng (ví dụ Phú Quốc: 12); để trống nếu không có",
    },
    {
      key: "ethnicPopulation",
      header: "Số người dân tộc thiểu số",
      kind: "count",
      required: false,
      width: 16,
      help: "số nguyên ≥ 0; để trống = 0",
    },
    {
      key: "qualifyingArea",
      header: "Đủ điều kiện lập Phòng Dân tộc",
      kind: "boolean",
      list: "boolean",
      required: false,
      width: 16,
      help: "Có hoặc Không (để trống = Không)",
    },
  ],
});

export const divisionSheet = sheet({
  key: "divisions",
  name: "Phòng chuyên môn",
  kind: "structure",
  help: "Mỗi dòng là một phòng chuyên môn cấp huyện; mỗi huyện liệt kê đầy đủ các phòng của mình.",
  columns: [
    { key: "id", header: "Mã phòng", kind: "id", required: true, width: 26, help: idHelp },
    {
      key: "districtId",
      header: "Mã quận huyện",
      kind: "id",
      required: true,
      width: 22,
      help: "mã của quận huyện trong sheet Quận huyện",
    },
    { key: "name", header: "Tên phòng", kind: "text", required: true, width: 40, help: "tên đầy đủ" },
    {
      key: "functions",
      header: "Chức năng",
      kind: "codes",
      list: "districtFunction",
      required: true,
      width: 34,
      help: "các mã chức năng trong Danh mục, cách nhau bằng dấu phẩy (ví dụ TAI_CHINH_KE_HOACH, NOI_VU)",
    },
    { key: "payroll", header: "Biên chế", kind: "count", required: true, width: 12, help: "số nguyên ≥ 0" },
    {
      key: "deputies",
      header: "Số cấp phó",
      kind: "count",
      required: true,
      width: 12,
      help: "số Phó Trưởng phòng (số nguyên ≥ 0)",
    },
    reorganisedOnColumn,
  ],
});

export const communeSheet = sheet({
  key: "communes",
  name: "Xã phường",
  kind: "structure",
  help: "Mỗi dòng là một đơn vị hành chính cấp xã (xã, phường, đặc khu) từ 01/07/2025.",
  columns: [
    { key: "id", header: "Mã xã phường", kind: "id", required: true, width: 24, help: idHelp },
    {
      key: "code",
      header: "Mã đơn vị hành chính",
      kind: "text",
      required: true,
      width: 14,
      help: "mã theo danh mục đơn vị hành chính (ví dụ 11680)",
    },
    { key: "name", header: "Tên xã phường", kind: "text", required: true, width: 30, help: "tên đầy đủ" },
    {
      key: "type",
      header: "Loại",
      kind: "code",
      list: "communeType",
      required: true,
      width: 16,
      help: "commune (xã), ward (phường) hoặc special_zone (đặc khu)",
    },
    {
      key: "urbanEconomy",
      header: "Đặc khu có Phòng Kinh tế, Hạ tầng và Đô thị",
      kind: "boolean",
      list: "boolean",
      required: false,
      width: 18,
      help: "chỉ với đặc khu được tổ chức phòng như phường (ví dụ Phú Quốc): Có; để trống = Không",
    },
  ],
});

export const communeOrganisationSheet = sheet({
  key: "communeOrganisations",
  name: "Tổ chức cấp xã",
  kind: "structure",
  help:
    "Mỗi dòng là một phòng hoặc Trung tâm phục vụ hành chính công của một xã, phường, đặc khu; mỗi đơn vị " +
    "liệt kê đầy đủ các tổ chức của mình.",
  columns: [
    { key: "id", header: "Mã tổ chức", kind: "id", required: true, width: 30, help: idHelp },
    {
      key: "communeId",
      header: "Mã xã phường",
      kind: "id",
      required: true,
      width: 24,
      help: "mã của xã, phường, đặc khu trong sheet Xã phường",
    },
    {
      key: "type",
      header: "Loại tổ chức",
      kind: "code",
      list: "communeOrganisationType",
      required: true,
      width: 16,
      help: "division (phòng, kể cả Văn phòng HĐND và UBND) hoặc service_centre (Trung tâm phục vụ hành chính công)",
    },
    { key: "name", header: "Tên tổ chức", kind: "text", required: true, width: 40, help: "tên đầy đủ" },
    {
      key: "functions",
      header: "Chức năng",
      kind: "codes",
      list: "communeFunction",
      required: false,
      width: 30,
      help: "các mã chức năng trong Danh mục, cách nhau bằng dấu phẩy (ví dụ VAN_PHONG); để trống với Trung tâm phục vụ hành chính công",
    },
    { key: "payroll", header: "Biên chế", kind: "count", required: true, width: 12, help: "số nguyên ≥ 0" },
    {
      key: "deputies",
      header: "Số cấp phó",
      kind: "count",
      required: true,
      width: 12,
      help: "số cấp phó (số nguyên ≥ 0)",
    },
    reorganisedOnColumn,
  ],
});

const ownerHelp =
  "mã của sở, đơn vị thuộc sở, phòng chuyên môn cấp huyện hoặc tổ chức cấp xã có vị trí này; một dòng chỉ ghi cột này " +
  "(các cột khác để trống) nghĩa là đơn vị có danh sách nhưng chưa có mục nào";

export const positionSheet = sheet({
  key: "positions",
  name: "Vị trí việc làm",
  kind: "positions",
  help:
    "Mỗi dòng là một vị trí việc làm của một đơn vị. Đơn vị có tên trong sheet này được thay toàn bộ " +
    "danh sách vị trí việc làm; đơn vị không có tên được giữ nguyên.",
  columns: [
    { key: "ownerId", header: "Mã đơn vị", kind: "id", required: true, width: 26, help: ownerHelp },
    { key: "id", header: "Mã vị trí", kind: "id", required: true, width: 30, help: idHelp },
    {
      key: "title",
      header: "Tên vị trí việc làm",
      kind: "text",
      required: true,
      width: 36,
      help: "tên vị trí",
    },
    {
      key: "group",
      header: "Nhóm",
      kind: "code",
      list: "positionGroup",
      required: true,
      width: 20,
      help: "leadership, professional, shared_professional hoặc support",
    },
    {
      key: "rank",
      header: "Ngạch",
      kind: "code",
      list: "rank",
      required: false,
      width: 10,
      help: "mã ngạch 01.001 … 01.005; để trống nếu chưa xác định",
    },
    {
      key: "count",
      header: "Số lượng",
      kind: "count",
      required: true,
      width: 10,
      help: "số người bố trí (số nguyên ≥ 0)",
    },
  ],
});

export const staffSheet = sheet({
  key: "staff",
  name: "Công chức",
  kind: "staff",
  help:
    "Mỗi dòng là một công chức của một đơn vị (dữ liệu cá nhân: chỉ chia sẻ với người có thẩm quyền). " +
    "Đơn vị có tên trong sheet này được thay toàn bộ danh sách công chức; đơn vị không có tên được giữ nguyên.",
  columns: [
    { key: "ownerId", header: "Mã đơn vị", kind: "id", required: true, width: 26, help: ownerHelp },
    { key: "id", header: "Mã công chức", kind: "id", required: true, width: 20, help: idHelp },
    {
      key: "fullName",
      header: "Họ và tên",
      kind: "text",
      required: true,
      width: 28,
      help: "họ và tên đầy đủ",
    },
    {
      key: "birthDate",
      header: "Ngày sinh",
      kind: "date",
      required: true,
      width: 12,
      help: "ngày dạng dd/mm/yyyy (ví dụ 01/05/1970)",
    },
    {
      key: "gender",
      header: "Giới tính",
      kind: "code",
      list: "gender",
      required: true,
      width: 10,
      help: "male (nam) hoặc female (nữ)",
    },
    {
      key: "positionId",
      header: "Mã vị trí việc làm",
      kind: "id",
      required: false,
      width: 30,
      help: "mã vị trí trong danh sách vị trí việc làm của cùng đơn vị; để trống nếu chưa bố trí",
    },
    {
      key: "role",
      header: "Vai trò",
      kind: "code",
      list: "role",
      required: true,
      width: 10,
      help: "head (cấp trưởng), deputy (cấp phó) hoặc staff",
    },
    {
      key: "rank",
      header: "Ngạch",
      kind: "code",
      list: "rank",
      required: false,
      width: 10,
      help: "mã ngạch 01.001 … 01.005; để trống nếu chưa xác định",
    },
  ],
});

export type AgencyColumn = (typeof agencySheet.columns)[number]["key"];
export type UnitColumn = (typeof unitSheet.columns)[number]["key"];
export type DistrictColumn = (typeof districtSheet.columns)[number]["key"];
export type DivisionColumn = (typeof divisionSheet.columns)[number]["key"];
export type CommuneColumn = (typeof communeSheet.columns)[number]["key"];
export type CommuneOrganisationColumn = (typeof communeOrganisationSheet.columns)[number]["key"];
export type PositionColumn = (typeof positionSheet.columns)[number]["key"];
export type StaffColumn = (typeof staffSheet.columns)[number]["key"];

// --- The key/value sheet "Thông tin" ---------------------------------------------------------------------

export type InfoKey =
  "format" | "asOf" | "code" | "name" | "class" | "mergedFrom" | "agenciesComplete" | "communesComplete";

export interface InfoRowSpec {
  key: InfoKey;
  label: string;
  kind: ColumnKind;
  required: boolean;
  list?: CodeListKey;
  help: string;
}

export const infoSheet = {
  name: "Thông tin",
  kind: "structure" as const,
  labelHeader: "Mục",
  valueHeader: "Giá trị",
  /** Optional third column with the explanation of each row; ignored on import. */
  helpHeader: "Ghi chú",
  rows: [
    {
      key: "format",
      label: "Định dạng",
      kind: "text",
      required: true,
      help: "giữ nguyên tinhgon.snapshot/2 (tệp cũ ghi tinhgon.snapshot/1 vẫn nhập được)",
    },
    {
      key: "asOf",
      label: "Ngày số liệu",
      kind: "date",
      required: true,
      help: "ngày của số liệu (dd/mm/yyyy); chọn bộ quy tắc pháp lý có hiệu lực vào ngày đó",
    },
    { key: "code", label: "Mã tỉnh", kind: "text", required: true, help: "mã đơn vị hành chính cấp tỉnh" },
    { key: "name", label: "Tên tỉnh", kind: "text", required: true, help: "tên đầy đủ" },
    {
      key: "class",
      label: "Loại đơn vị hành chính",
      kind: "code",
      list: "provinceClass",
      required: true,
      help: "special, I, II hoặc III",
    },
    {
      key: "mergedFrom",
      label: "Số tỉnh hợp nhất",
      kind: "positive",
      required: false,
      help: "số tỉnh cũ hợp nhất thành tỉnh này (để trống = 1)",
    },
    {
      key: "agenciesComplete",
      label: "Danh sách sở đầy đủ",
      kind: "boolean",
      list: "boolean",
      required: false,
      help: "Có khi sheet Cơ quan liệt kê đủ mọi sở của tỉnh (để trống = Không)",
    },
    {
      key: "communesComplete",
      label: "Danh sách xã đầy đủ",
      kind: "boolean",
      list: "boolean",
      required: false,
      help: "Có khi sheet Xã phường liệt kê đủ mọi xã, phường, đặc khu của tỉnh (để trống = Không)",
    },
  ] satisfies InfoRowSpec[] as readonly InfoRowSpec[],
};

// --- The workbook ----------------------------------------------------------------------------------------

export const entitySheets = [
  agencySheet,
  unitSheet,
  districtSheet,
  divisionSheet,
  communeSheet,
  communeOrganisationSheet,
  positionSheet,
  staffSheet,
] as const satisfies readonly EntitySheetSpec[];

/** Every sheet of the layout, in the order of the workbook (and of the problems). */
export const dataSheetNames: readonly string[] = [infoSheet.name, ...entitySheets.map((spec) => spec.name)];

export const instructionsSheetName = "Hướng dẫn";
export const codeListSheetName = "Danh mục";
export const problemsSheetName = "Lỗi nhập liệu";

/** Sheets the reader recognises and skips: the writer's own helpers and a marked copy's summary. */
export const auxiliarySheetNames: readonly string[] = [
  instructionsSheetName,
  codeListSheetName,
  problemsSheetName,
];

/** The sheets of each template (and of a full export: all of them). */
export function sheetsOfKind(kind: WorkbookKind): readonly string[] {
  switch (kind) {
    case "structure":
      return [
        infoSheet.name,
        agencySheet.name,
        unitSheet.name,
        districtSheet.name,
        divisionSheet.name,
        communeSheet.name,
        communeOrganisationSheet.name,
      ];
    case "positions":
      return [positionSheet.name];
    case "staff":
      return [staffSheet.name];
  }
}

/** Sheet names compare as Excel compares them (case-insensitive), and NFC so a macOS NFD name matches. */
export function normaliseName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}
