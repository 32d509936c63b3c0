// The app's tables as ExportTable values, headers and labels in the chosen language. The labels are
// those of the web app's catalogue (apps/web/src/i18n), so the file reads like the screen.
import {
  type ChangedField,
  type Finding,
  formatDateVi,
  limitNature,
  listOrganisationUnits,
  type OrganisationUnitKind,
  type PlanDiff,
  type PositionGroup,
  rankNames,
  type RankCode,
  type Severity,
  type Snapshot,
  type SubjectType,
  type UnitChange,
} from "@tinhgon/domain";

import type { ExportTable } from "../contract.ts";

export type TableLanguage = "vi" | "en";

type Text = Record<TableLanguage, string>;
type Column = ExportTable["columns"][number];

function column(header: Text, kind: Column["kind"], lang: TableLanguage, width?: number): Column {
  return width === undefined ? { header: header[lang], kind } : { header: header[lang], kind, width };
}

function dateText(iso: string, lang: TableLanguage): string {
  return lang === "vi" ? formatDateVi(iso) : iso;
}

const nodeTypeLabels: Record<string, Text> = {
  agency: { vi: "Sở, ban, ngành", en: "Provincial department" },
  division: { vi: "Phòng", en: "Division" },
  office: { vi: "Văn phòng", en: "Office" },
  inspectorate: { vi: "Thanh tra", en: "Inspectorate" },
  sub_department: { vi: "Chi cục", en: "Sub-department" },
  subDivision: { vi: "Phòng thuộc chi cục", en: "Division of a sub-department" },
  districtDivision: { vi: "Phòng chuyên môn cấp huyện", en: "District division" },
  urban_district: { vi: "Quận", en: "Urban district" },
  rural_district: { vi: "Huyện", en: "Rural district" },
  town: { vi: "Thị xã", en: "Town" },
  city: { vi: "Thành phố thuộc tỉnh", en: "Provincial city" },
};

function nodeType(key: string, lang: TableLanguage): string {
  return nodeTypeLabels[key]?.[lang] ?? key;
}

const groupLabels: Record<PositionGroup, Text> = {
  leadership: { vi: "Lãnh đạo, quản lý", en: "Leadership and management" },
  professional: { vi: "Chuyên môn, nghiệp vụ", en: "Professional" },
  shared_professional: { vi: "Chuyên môn dùng chung", en: "Shared professional" },
  support: { vi: "Hỗ trợ, phục vụ", en: "Support and service" },
};

const rankLabelsEn: Record<RankCode, string> = {
  "01.001": "Senior principal officer",
  "01.002": "Principal officer",
  "01.003": "Officer",
  "01.004": "Associate officer",
  "01.005": "Staff",
};

const severityLabels: Record<Severity, Text> = {
  violation: { vi: "Vi phạm", en: "Violation" },
  transitional: { vi: "Chuyển tiếp", en: "Transitional" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Note" },
};

const subjectLabels: Record<SubjectType, Text> = {
  province: { vi: "Tỉnh, thành phố", en: "Province" },
  agency: { vi: "Sở, ban, ngành", en: "Provincial department" },
  unit: { vi: "Đơn vị thuộc sở", en: "Unit of a department" },
  district: { vi: "Quận, huyện", en: "District" },
  division: { vi: "Phòng chuyên môn cấp huyện, cấp xã", en: "District or commune division" },
  commune: { vi: "Xã, phường, đặc khu", en: "Commune, ward, special zone" },
};

const limitLabels: Record<"max" | "min" | "threshold", Text> = {
  max: { vi: "Tối đa", en: "At most" },
  min: { vi: "Tối thiểu", en: "At least" },
  threshold: { vi: "Ngưỡng cảnh báo", en: "Warning threshold" },
};

const unitKindLabels: Record<OrganisationUnitKind, Text> = {
  agency: nodeTypeLabels.agency ?? { vi: "Sở, ban, ngành", en: "Provincial department" },
  unit: { vi: "Đơn vị thuộc sở", en: "Unit of a department" },
  "sub-unit": { vi: "Phòng thuộc chi cục", en: "Division of a sub-department" },
  division: { vi: "Phòng chuyên môn cấp huyện", en: "District division" },
  "commune-organisation": { vi: "Phòng, trung tâm cấp xã", en: "Commune-level division or centre" },
};

const changeLabels: Record<UnitChange, Text> = {
  added: { vi: "Thành lập mới", en: "Added" },
  removed: { vi: "Giải thể, hợp nhất", en: "Removed" },
  changed: { vi: "Thay đổi", en: "Changed" },
  unchanged: { vi: "Không đổi", en: "Unchanged" },
};

const fieldLabels: Record<ChangedField, Text> = {
  kind: { vi: "cấp", en: "level" },
  unitType: { vi: "loại đơn vị", en: "unit type" },
  name: { vi: "tên", en: "name" },
  parent: { vi: "trực thuộc", en: "parent" },
  payroll: { vi: "biên chế", en: "payroll" },
  deputies: { vi: "cấp phó", en: "deputies" },
  functions: { vi: "chức năng", en: "functions" },
  positions: { vi: "vị trí việc làm", en: "job positions" },
};

/** Every agency, unit, district and division: the organisation tree, one row per node, parents by id. */
export function structureTable(snapshot: Snapshot, lang: TableLanguage): ExportTable {
  const rows: ExportTable["rows"] = [];
  for (const agency of snapshot.agencies) {
    rows.push([
      1,
      agency.id,
      agency.name,
      nodeType("agency", lang),
      null,
      null,
      agency.payroll,
      agency.deputies,
    ]);
    for (const unit of agency.units) {
      rows.push([
        2,
        unit.id,
        unit.name,
        nodeType(unit.type, lang),
        agency.id,
        agency.name,
        unit.payroll,
        unit.deputies,
      ]);
      if (unit.type !== "sub_department") continue;
      for (const child of unit.units) {
        rows.push([
          3,
          child.id,
          child.name,
          nodeType("subDivision", lang),
          unit.id,
          unit.name,
          child.payroll,
          child.deputies,
        ]);
      }
    }
  }
  for (const district of snapshot.districts) {
    // A district has no payroll of its own in the format: its divisions carry it.
    rows.push([1, district.id, district.name, nodeType(district.type, lang), null, null, null, null]);
    for (const division of district.divisions) {
      rows.push([
        2,
        division.id,
        division.name,
        nodeType("districtDivision", lang),
        district.id,
        district.name,
        division.payroll,
        division.deputies,
      ]);
    }
  }
  return {
    sheetName: lang === "vi" ? "Cơ cấu tổ chức" : "Organisation",
    title:
      lang === "vi"
        ? `Cơ cấu tổ chức — ${snapshot.province.name} (số liệu ngày ${dateText(snapshot.asOf, lang)})`
        : `Organisation structure — ${snapshot.province.name} (data as of ${snapshot.asOf})`,
    columns: [
      column({ vi: "Cấp", en: "Level" }, "number", lang, 6),
      column({ vi: "Mã", en: "Id" }, "text", lang, 26),
      column({ vi: "Tên", en: "Name" }, "text", lang, 44),
      column({ vi: "Loại", en: "Type" }, "text", lang, 24),
      column({ vi: "Mã cấp trên", en: "Parent id" }, "text", lang, 26),
      column({ vi: "Trực thuộc", en: "Parent" }, "text", lang, 36),
      column({ vi: "Biên chế", en: "Payroll" }, "number", lang),
      column({ vi: "Cấp phó", en: "Deputies" }, "number", lang),
    ],
    rows,
  };
}

/** The job positions of every unit that declares them, in the order of the organisation tree. */
export function positionsTable(snapshot: Snapshot, lang: TableLanguage): ExportTable {
  const rows: ExportTable["rows"] = [];
  for (const unit of listOrganisationUnits(snapshot)) {
    for (const position of unit.positions ?? []) {
      const rankName =
        position.rank === null
          ? null
          : lang === "vi"
            ? rankNames[position.rank]
            : rankLabelsEn[position.rank];
      rows.push([
        unit.id,
        unit.name,
        position.id,
        position.title,
        groupLabels[position.group][lang],
        position.rank,
        rankName,
        position.count,
      ]);
    }
  }
  return {
    sheetName: lang === "vi" ? "Vị trí việc làm" : "Job positions",
    title:
      lang === "vi"
        ? `Vị trí việc làm — ${snapshot.province.name} (số liệu ngày ${dateText(snapshot.asOf, lang)})`
        : `Job positions — ${snapshot.province.name} (data as of ${snapshot.asOf})`,
    columns: [
      column({ vi: "Mã đơn vị", en: "Unit id" }, "text", lang, 26),
      column({ vi: "Đơn vị", en: "Unit" }, "text", lang, 40),
      column({ vi: "Mã vị trí", en: "Position id" }, "text", lang, 30),
      column({ vi: "Vị trí việc làm", en: "Job position" }, "text", lang, 36),
      column({ vi: "Nhóm", en: "Group" }, "text", lang, 24),
      column({ vi: "Mã ngạch", en: "Rank code" }, "text", lang, 10),
      column({ vi: "Ngạch", en: "Rank" }, "text", lang, 24),
      column({ vi: "Số người", en: "Count" }, "number", lang),
    ],
    rows,
  };
}

/** Findings with their rule, severity, subject, numbers, legal basis and message. */
export function findingsTable(findings: readonly Finding[], lang: TableLanguage): ExportTable {
  return {
    sheetName: lang === "vi" ? "Kết quả đối chiếu" : "Findings",
    title: lang === "vi" ? "Kết quả đối chiếu quy định" : "Compliance findings",
    columns: [
      column({ vi: "Quy tắc", en: "Rule" }, "text", lang, 12),
      column({ vi: "Mức độ", en: "Severity" }, "text", lang, 14),
      column({ vi: "Loại đối tượng", en: "Subject type" }, "text", lang, 24),
      column({ vi: "Mã đối tượng", en: "Subject id" }, "text", lang, 26),
      column({ vi: "Thực tế", en: "Actual" }, "number", lang, 10),
      column({ vi: "Giới hạn", en: "Limit" }, "number", lang, 10),
      column({ vi: "Loại giới hạn", en: "Limit kind" }, "text", lang, 16),
      column({ vi: "Hạn chuyển tiếp", en: "Transition deadline" }, "text", lang, 16),
      column({ vi: "Căn cứ", en: "Legal basis" }, "text", lang, 48),
      column({ vi: "Nội dung", en: "Message" }, "text", lang, 80),
    ],
    rows: findings.map((finding) => {
      const nature = limitNature(finding);
      return [
        finding.ruleId,
        severityLabels[finding.severity][lang],
        subjectLabels[finding.subject.type][lang],
        finding.subject.id,
        finding.actual ?? null,
        finding.limit ?? null,
        nature === undefined ? null : limitLabels[nature][lang],
        finding.deadline === undefined ? null : dateText(finding.deadline, lang),
        finding.citation,
        finding.message[lang],
      ];
    }),
  };
}

/** What a plan changes, unit by unit: change, changed fields, payroll, deputies and positions before/after. */
export function planDiffTable(diff: PlanDiff, lang: TableLanguage): ExportTable {
  const dates =
    lang === "vi"
      ? `${dateText(diff.before.asOf, lang)} → ${dateText(diff.after.asOf, lang)}`
      : `${diff.before.asOf} → ${diff.after.asOf}`;
  return {
    sheetName: lang === "vi" ? "Trước và sau" : "Before and after",
    title: lang === "vi" ? `So sánh trước và sau sắp xếp (${dates})` : `Before and after the plan (${dates})`,
    columns: [
      column({ vi: "Mã", en: "Id" }, "text", lang, 26),
      column({ vi: "Tên", en: "Name" }, "text", lang, 40),
      column({ vi: "Cấp", en: "Level" }, "text", lang, 24),
      column({ vi: "Thay đổi", en: "Change" }, "text", lang, 16),
      column({ vi: "Nội dung thay đổi", en: "Changed fields" }, "text", lang, 30),
      column({ vi: "Biên chế trước", en: "Payroll before" }, "number", lang),
      column({ vi: "Biên chế sau", en: "Payroll after" }, "number", lang),
      column({ vi: "Chênh lệch biên chế", en: "Payroll change" }, "number", lang),
      column({ vi: "Cấp phó trước", en: "Deputies before" }, "number", lang),
      column({ vi: "Cấp phó sau", en: "Deputies after" }, "number", lang),
      column({ vi: "Chênh lệch cấp phó", en: "Deputies change" }, "number", lang),
      column({ vi: "Vị trí việc làm trước", en: "Positions before" }, "number", lang),
      column({ vi: "Vị trí việc làm sau", en: "Positions after" }, "number", lang),
      column({ vi: "Chênh lệch vị trí", en: "Positions change" }, "number", lang),
    ],
    rows: diff.units.map((unit) => [
      unit.id,
      unit.name,
      unitKindLabels[unit.kind][lang],
      changeLabels[unit.change][lang],
      unit.changedFields.map((field) => fieldLabels[field][lang]).join(", ") || null,
      unit.before?.payroll ?? null,
      unit.after?.payroll ?? null,
      unit.delta.payroll,
      unit.before?.deputies ?? null,
      unit.after?.deputies ?? null,
      unit.delta.deputies,
      unit.before?.positions?.total ?? null,
      unit.after?.positions?.total ?? null,
      unit.delta.positions,
    ]),
  };
}
