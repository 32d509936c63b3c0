// The plan's dossier as data (issue #8 part 2): the Tờ trình, the Đề án (contents of a re-organisation
// dossier, Decree 158/2018/NĐ-CP), the draft Quyết định and the Báo cáo tiếp thu, giải trình. Every number
// comes from the domain (evaluatePlan, the plan diff and summary, the deputy roadmap, the fix suggestions,
// the sentence per operation), so the documents say what the app and the CLI say. Pure: no clock (the
// date is an input), no I/O; render-docx.ts lays the result out.
import {
  agencyKindNames,
  collectPlanSteps,
  compareFindings,
  computePlanDeputyRoadmap,
  type ChartData,
  deputiesAgainstLimitChart,
  describeOperation,
  describePhaseOperations,
  diffSnapshots,
  localFunctionNames,
  evaluatePlan,
  type Finding,
  findingKey,
  type DeputyRoadmap,
  limitNature,
  listOrganisationUnits,
  type LocalizedText,
  type OrganisationUnit,
  type PlanDiff,
  type PlanStep,
  type PlanSummary,
  rulePackDescriptors,
  structureBeforeOperation,
  suggestFixes,
  summarizePlan,
  type UnitDiff,
} from "@tinhgon/domain";

import type { DossierComment, DossierDocumentKind, DossierInput } from "../contract.ts";
import type {
  Block,
  ChartSpec,
  DossierContent,
  DossierDocumentContent,
  DossierFacts,
  TableColumn,
  TableRow,
  TextSpan,
} from "./dossier-model.ts";
import { type Parties, resolveParties } from "./dossier-parties.ts";
import { basisLines, computeLegalBasis, describePack, type LegalBasis, levelsOf } from "./legal-basis.ts";
import { pairReviewComments } from "./review-responses.ts";
import {
  formatDateLong,
  formatDateShort,
  formatDelta,
  formatNumber,
  joinVi,
  nfc,
  upper,
} from "./vietnamese-text.ts";

/**
 * The blank left for the number the clerk gives on registration (Decree 30/2020/NĐ-CP, Phụ lục I): no-break
 * spaces, so "Số:" never parts from "/TTr-UBND" at a line end.
 */
const NUMBER_GAP = "\u00a0".repeat(8);

export const dossierDocumentKinds: readonly DossierDocumentKind[] = [
  "to-trinh",
  "de-an",
  "quyet-dinh",
  "bao-cao-tiep-thu",
];

const fileStems: Record<DossierDocumentKind, string> = {
  "to-trinh": "01-to-trinh",
  "de-an": "02-de-an",
  "quyet-dinh": "03-quyet-dinh",
  "bao-cao-tiep-thu": "04-bao-cao-tiep-thu",
};

export type DossierContentErrorCode = "DOSSIER_PLAN_DOES_NOT_APPLY" | "DOSSIER_NO_RULE_PACK";

export type DossierContentOutcome =
  | { ok: true; content: DossierContent }
  | { ok: false; code: DossierContentErrorCode; path: string; message: LocalizedText };

// --- Small builders -----------------------------------------------------------------------------------

function paragraph(
  text: string,
  options: { bold?: boolean; italic?: boolean; indent?: boolean } = {},
): Block {
  return {
    kind: "paragraph",
    spans: [{ text, bold: options.bold ?? false, italic: options.italic ?? false }],
    align: "justify",
    indent: options.indent ?? true,
  };
}

function joinParts(parts: readonly string[]): string {
  return parts.join(", ");
}

function spans(parts: TextSpan[]): Block {
  return { kind: "paragraph", spans: parts, align: "justify", indent: true };
}

function heading(level: 1 | 2 | 3, text: string): Block {
  return { kind: "heading", level, text };
}

/** "- a;" … "- z." as administrative documents list items. */
function dashList(items: readonly string[]): Block[] {
  return items.map((item, index) => paragraph(`- ${item}${index === items.length - 1 ? "." : ";"}`));
}

function column(header: string, width: number, align: TableColumn["align"] = "center"): TableColumn {
  return { header, width, align };
}

const letters = "abcdđeghiklmnopqrstuvxy";

function letterOf(index: number): string {
  return letters.charAt(index) || String(index + 1);
}

const severityNames: Record<Finding["severity"], string> = {
  violation: "Vi phạm",
  transitional: "Chuyển tiếp",
  warning: "Cảnh báo",
  info: "Thông tin",
};

/** Info findings (a rank structure, say) inform; they are not compliance problems to report on. */
function significant(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== "info");
}

function countBySeverity(findings: readonly Finding[]): string {
  const counts = (["violation", "transitional", "warning"] as const)
    .map((severity) => ({
      severity,
      count: findings.filter((finding) => finding.severity === severity).length,
    }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${severityNames[entry.severity].toLocaleLowerCase("vi")}`);
  return counts.length > 0 ? joinVi(counts) : "không có vi phạm, cảnh báo";
}

function limitText(finding: Finding): string | null {
  if (finding.actual === undefined || finding.limit === undefined) return null;
  const nature = limitNature(finding);
  const kind = nature === "threshold" ? "ngưỡng cảnh báo" : nature === "min" ? "tối thiểu" : "tối đa";
  return `Thực tế ${formatNumber(finding.actual)}; ${kind} ${formatNumber(finding.limit)}.`;
}

function citationText(finding: Finding): string {
  const confidence =
    finding.confidence === "CONFIRMED" ? "" : ` (độ tin cậy của căn cứ: ${finding.confidence})`;
  return `${finding.citation}${confidence}`;
}

function findingContent(finding: Finding): string {
  const limit = limitText(finding);
  return limit ? `${finding.message.vi} ${limit}` : finding.message.vi;
}

function findingsTable(findings: readonly Finding[], handling?: (finding: Finding) => string): Block {
  const columns = [
    column("STT", 8),
    column("Mức độ", 12),
    column("Mã quy tắc", 15),
    column("Nội dung", handling ? 28 : 38, "left"),
    column("Căn cứ", handling ? 19 : 27, "left"),
    ...(handling ? [column("Hướng xử lý", 18, "left")] : []),
  ];
  const rows = findings.map((finding, index): TableRow => ({
    cells: [
      String(index + 1),
      severityNames[finding.severity],
      finding.ruleId,
      findingContent(finding),
      citationText(finding),
      ...(handling ? [handling(finding)] : []),
    ],
  }));
  return { kind: "table", columns, rows };
}

// --- What the plan does, gathered once ----------------------------------------------------------------

interface Gathered {
  input: DossierInput;
  parties: Parties;
  basis: LegalBasis;
  levels: { province: boolean; district: boolean };
  steps: PlanStep[];
  baseline: PlanStep;
  final: PlanStep;
  summary: PlanSummary;
  diff: PlanDiff;
  compared: { introduced: Finding[]; resolved: Finding[]; unchanged: Finding[] };
  /** The first checked fix suggestion for a remaining violation, by finding key. */
  fixes: Map<string, string>;
  roadmap: DeputyRoadmap | null;
  /** The sentences of each phase's operations. */
  operations: string[][];
  /** What happened to each unit, by id ("Hợp nhất từ …"). */
  unitNotes: Map<string, string>;
  facts: DossierFacts;
  planName: string;
}

/** "Phương án sắp xếp …" as it follows "phê duyệt": the title, with "Phương án" added when it lacks it. */
function planNameOf(title: string): string {
  return /^phương án/iu.test(title)
    ? title.charAt(0).toLocaleUpperCase("vi") + title.slice(1)
    : `Phương án ${title}`;
}

function unitNotes(input: DossierInput, names: (id: string) => string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const phase of input.plan.phases) {
    for (const operation of phase.operations) {
      switch (operation.op) {
        case "merge":
          notes.set(operation.into.id, `Hợp nhất từ ${joinVi(operation.ids.map(names))}`);
          for (const id of operation.ids)
            if (id !== operation.into.id) notes.set(id, `Hợp nhất vào ${operation.into.name}`);
          break;
        case "split":
          notes.set(operation.id, `Tách thành ${joinVi(operation.into.map((part) => part.name))}`);
          for (const part of operation.into) notes.set(part.id, `Tách từ ${names(operation.id)}`);
          break;
        case "dissolve":
          notes.set(operation.id, `Giải thể, chuyển sang ${names(operation.transferTo)}`);
          break;
        case "create":
          if (typeof operation.unit.id === "string") notes.set(operation.unit.id, "Thành lập mới");
          break;
        case "rename":
        case "move":
        case "transfer":
        case "set":
          break;
      }
    }
  }
  return notes;
}

const changedFieldNames: Record<UnitDiff["changedFields"][number], string> = {
  kind: "loại đơn vị",
  unitType: "loại đơn vị",
  name: "tên gọi",
  parent: "cơ quan trực thuộc",
  payroll: "biên chế",
  deputies: "số cấp phó",
  functions: "chức năng",
  positions: "vị trí việc làm",
};

function changeNote(unit: UnitDiff, notes: Map<string, string>): string {
  const note = notes.get(unit.id);
  if (note) return note;
  switch (unit.change) {
    case "added":
      return "Thành lập mới";
    case "removed":
      return "Không còn sau sắp xếp";
    case "unchanged":
      return "Giữ nguyên";
    case "changed":
      return `Điều chỉnh ${joinVi([...new Set(unit.changedFields.map((field) => changedFieldNames[field]))])}`;
  }
}

function gather(input: DossierInput): DossierContentOutcome | Gathered {
  const { plan } = input;
  const evaluated = evaluatePlan(plan);
  if (!evaluated.ok) {
    if ("operationError" in evaluated)
      return {
        ok: false,
        code: "DOSSIER_PLAN_DOES_NOT_APPLY",
        path: evaluated.operationError.path,
        message: evaluated.operationError.message,
      };
    return {
      ok: false,
      code: "DOSSIER_NO_RULE_PACK",
      path: evaluated.ruleSetFailure.path,
      message: evaluated.ruleSetFailure.message,
    };
  }
  const { evaluation } = evaluated;
  const collected = collectPlanSteps(plan, evaluation);
  const summarized = summarizePlan(plan, evaluation);
  if (!collected.ok || !summarized.ok) {
    // evaluatePlan applied the plan already: this cannot happen, but is a result, not an exception.
    const error = collected.ok ? (summarized.ok ? undefined : summarized.error) : collected.error;
    return {
      ok: false,
      code: "DOSSIER_PLAN_DOES_NOT_APPLY",
      path: "phases",
      message: error?.message ?? { vi: "Phương án không áp dụng được.", en: "The plan does not apply." },
    };
  }
  const { steps } = collected;
  const [baseline] = steps;
  const final = steps.at(-1);
  if (!baseline || !final) {
    return {
      ok: false,
      code: "DOSSIER_PLAN_DOES_NOT_APPLY",
      path: "baseline",
      message: { vi: "Phương án không có hiện trạng.", en: "The plan has no baseline." },
    };
  }

  const diff = diffSnapshots(baseline.snapshot, final.snapshot, {
    beforeFindings: baseline.findings,
    afterFindings: final.findings,
  });
  const compared = compareFindings(baseline.findings, final.findings);

  const fixes = new Map<string, string>();
  const suggested = suggestFixes(final.snapshot, { ruleSet: final.ruleSet, limit: 1 });
  if (suggested.ok) {
    for (const suggestion of suggested.suggestions) {
      if (!fixes.has(suggestion.forFinding.key))
        fixes.set(suggestion.forFinding.key, suggestion.explanation.vi);
    }
  }

  // The 5-year period of T-2025-01/T-2026-01 runs from the re-arrangement decision taking effect: the
  // first phase's date, the earliest (so the strictest) reading; ADR 0020 leaves the choice to the caller.
  const firstPhase = plan.phases[0];
  const roadmapOutcome = computePlanDeputyRoadmap(
    plan,
    evaluation,
    firstPhase ? { reorgDecisionDate: firstPhase.effectiveDate } : {},
  );

  const names = new Map<string, string>();
  for (const step of [...steps].reverse()) {
    for (const unit of listOrganisationUnits(step.snapshot)) names.set(unit.id, unit.name);
    for (const district of step.snapshot.districts) names.set(district.id, district.name);
  }
  // The baseline's name wins for a unit that is renamed later: notes name units as they were.
  for (const unit of listOrganisationUnits(baseline.snapshot)) names.set(unit.id, unit.name);
  const nameOf = (id: string): string => names.get(id) ?? id;

  const levels = levelsOf([baseline.snapshot, final.snapshot]);
  const dates = plan.phases.length > 0 ? plan.phases.map((phase) => phase.effectiveDate) : [baseline.date];
  const basis = computeLegalBasis(dates, levels);
  const stepSummaries = summarized.summary.steps;
  const first = stepSummaries[0];
  const last = stepSummaries.at(-1);
  const facts: DossierFacts = {
    title: plan.title,
    baselineDate: baseline.date,
    finalDate: final.date,
    ruleSets: [...new Set(steps.map((step) => step.ruleSet))],
    units: { before: diff.totals.units.before, after: diff.totals.units.after },
    divisions: { before: diff.totals.divisions.before, after: diff.totals.divisions.after },
    agencies: { before: diff.totals.agencies.before, after: diff.totals.agencies.after },
    payroll: { before: diff.totals.payroll.before, after: diff.totals.payroll.after },
    deputies: { before: diff.totals.deputies.before, after: diff.totals.deputies.after },
    surplusDeputies: { before: first?.surplusDeputies ?? 0, after: last?.surplusDeputies ?? 0 },
    violations: { before: first?.findings.violations ?? 0, after: last?.findings.violations ?? 0 },
  };

  return {
    input,
    parties: resolveParties(input),
    basis,
    levels,
    steps,
    baseline,
    final,
    summary: summarized.summary,
    diff,
    compared,
    fixes,
    roadmap: roadmapOutcome.ok ? roadmapOutcome.roadmap : null,
    operations: plan.phases.map((_, index) =>
      describePhaseOperations(plan, index).map((sentence) => sentence.vi),
    ),
    unitNotes: unitNotes(input, nameOf),
    facts,
    planName: planNameOf(plan.title),
  };
}

// --- Shared pieces of text ----------------------------------------------------------------------------

/** "11 phòng chuyên môn, tổng biên chế 78, 23 cấp phó" for a step's structure. */
function structureSentence(g: Gathered, which: "before" | "after"): string {
  const parts: string[] = [];
  const { facts } = g;
  if (g.levels.province) parts.push(`${facts.agencies[which]} sở và tương đương`);
  if (g.levels.district) parts.push(`${facts.divisions[which]} phòng chuyên môn`);
  if (g.levels.province) {
    const units = g.diff.totals.agencyUnits[which];
    parts.push(`${units} đơn vị thuộc sở`);
  }
  const communeOrganisations = g.diff.totals.communeOrganisations[which];
  if (communeOrganisations > 0) parts.push(`${communeOrganisations} phòng, trung tâm cấp xã`);
  parts.push(`tổng biên chế ${formatNumber(facts.payroll[which])}`);
  parts.push(`${formatNumber(facts.deputies[which])} cấp phó`);
  return parts.join(", ");
}

function dateLine(place: string, date: string): string {
  return `${place}, ${formatDateLong(date)}`;
}

function summaryRows(g: Gathered): TableRow[] {
  const { facts, diff } = g;
  const row = (label: string, before: number, after: number): TableRow => ({
    cells: [label, formatNumber(before), formatNumber(after), formatDelta(after - before)],
  });
  const rows: TableRow[] = [];
  if (g.levels.province) {
    rows.push(row("Số sở và tương đương", facts.agencies.before, facts.agencies.after));
    rows.push(row("Số đơn vị thuộc sở", diff.totals.agencyUnits.before, diff.totals.agencyUnits.after));
  }
  if (g.levels.district)
    rows.push(row("Số phòng chuyên môn cấp huyện", facts.divisions.before, facts.divisions.after));
  rows.push(row("Tổng biên chế", facts.payroll.before, facts.payroll.after));
  rows.push(row("Tổng số cấp phó", facts.deputies.before, facts.deputies.after));
  rows.push(row("Số cấp phó vượt quy định", facts.surplusDeputies.before, facts.surplusDeputies.after));
  const positionsBefore = positionTotal(g.baseline.snapshot);
  const positionsAfter = positionTotal(g.final.snapshot);
  if (positionsBefore !== null || positionsAfter !== null)
    rows.push(row("Số người theo vị trí việc làm được duyệt", positionsBefore ?? 0, positionsAfter ?? 0));
  rows.push(row("Số vi phạm quy định", facts.violations.before, facts.violations.after));
  return rows;
}

function summaryTable(g: Gathered): Block {
  return {
    kind: "table",
    columns: [
      column("Chỉ tiêu", 46, "left"),
      column("Trước sắp xếp", 18),
      column("Sau sắp xếp", 18),
      column("Tăng (+), giảm (-)", 18),
    ],
    rows: summaryRows(g),
  };
}

function positionTotal(snapshot: PlanStep["snapshot"]): number | null {
  const units = listOrganisationUnits(snapshot).filter((unit) => unit.positions !== undefined);
  if (units.length === 0) return null;
  return units.reduce(
    (sum, unit) => sum + (unit.positions ?? []).reduce((total, position) => total + position.count, 0),
    0,
  );
}

function phaseSentence(g: Gathered, index: number): string {
  const phase = g.input.plan.phases[index];
  if (!phase) return "";
  const operations = g.operations[index] ?? [];
  const what = operations.length > 0 ? operations.join("; ") : "không có thao tác sắp xếp";
  return `${phase.name} (từ ${formatDateLong(phase.effectiveDate)}): ${what}`;
}

function packOfPhase(g: Gathered, ruleSet: string): string {
  const pack = rulePackDescriptors.find((candidate) => candidate.id === ruleSet);
  return pack ? describePack(pack, g.levels) : ruleSet;
}

// Codes come from the snapshot as strings: a code a later pack adds may be missing from these tables.
const agencyNames: Readonly<Record<string, string | undefined>> = agencyKindNames;
const functionNames: Readonly<Record<string, string | undefined>> = localFunctionNames;

function unitKindName(unit: OrganisationUnit): string {
  if (unit.kind === "agency") return agencyNames[unit.functions[0] ?? ""] ?? "";
  if (unit.kind === "division" || unit.kind === "commune-organisation")
    return unit.functions.map((code) => functionNames[code] ?? code).join("; ");
  return "";
}

function indentName(unit: OrganisationUnit): string {
  // Units of a sở and phòng of a chi cục are listed under their parent: a dash shows the level.
  return unit.kind === "unit" ? `- ${unit.name}` : unit.kind === "sub-unit" ? `+ ${unit.name}` : unit.name;
}

// --- Charts -------------------------------------------------------------------------------------------

function chartFrom(
  id: string,
  caption: string,
  data: ChartData,
  orientation: ChartSpec["orientation"],
  valueLabel: string,
  markers: readonly string[] = [],
): ChartSpec {
  return {
    id,
    caption,
    orientation,
    categories: data.categoryLabels.map((label) => label.vi),
    series: data.series.map((series) => ({
      key: series.key,
      label: series.label.vi,
      values: series.values.map((value) => (Number.isFinite(value) ? value : null)),
      style: markers.includes(series.key) ? "marker" : "bar",
    })),
    valueLabel,
  };
}

/** Rows a unit chart keeps: more would not fit one A4 page at a readable size. */
export const MAX_CHART_ROWS = 16;

/**
 * The MAX_CHART_ROWS categories that score highest, in their original order; the caption says how many of
 * how many are shown (the tables list them all).
 */
function keepRows(spec: ChartSpec, score: (index: number) => number, what: string): ChartSpec {
  const total = spec.categories.length;
  if (total <= MAX_CHART_ROWS) return spec;
  const kept = spec.categories
    .map((_, index) => index)
    .sort((a, b) => score(b) - score(a) || a - b)
    .slice(0, MAX_CHART_ROWS)
    .sort((a, b) => a - b);
  return {
    ...spec,
    caption: `${spec.caption} (${MAX_CHART_ROWS}/${total} ${what})`,
    categories: kept.map((index) => spec.categories[index] ?? ""),
    series: spec.series.map((series) => ({
      ...series,
      values: kept.map((index) => series.values[index] ?? null),
    })),
  };
}

function valueOf(spec: ChartSpec, key: string, index: number): number | null {
  return spec.series.find((series) => series.key === key)?.values[index] ?? null;
}

/** The size of a unit's change: |after − before|. */
function changeScore(spec: ChartSpec): (index: number) => number {
  return (index) => Math.abs((valueOf(spec, "after", index) ?? 0) - (valueOf(spec, "before", index) ?? 0));
}

/** Units over or nearest their limit first; a unit with no limit of its own last. */
function limitScore(spec: ChartSpec): (index: number) => number {
  return (index) => {
    const limit = valueOf(spec, "limit", index);
    const deputies = valueOf(spec, "deputies", index) ?? 0;
    return limit === null ? -1_000_000 + deputies : deputies - limit;
  };
}

function charts(g: Gathered): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const add = (spec: ChartSpec): void => {
    if (spec.categories.length > 0)
      specs.push({ ...spec, caption: `Biểu đồ ${specs.length + 1}. ${spec.caption}` });
  };
  const payroll = chartFrom(
    "payroll-per-unit",
    "Biên chế của các đơn vị thay đổi, trước và sau sắp xếp",
    g.diff.charts.payrollPerChangedUnit,
    "horizontal",
    "Biên chế",
  );
  add(keepRows(payroll, changeScore(payroll), "đơn vị thay đổi nhiều nhất"));
  const deputies = chartFrom(
    "deputies-per-unit",
    "Số cấp phó của các đơn vị thay đổi, trước và sau sắp xếp",
    g.diff.charts.deputiesPerChangedUnit,
    "horizontal",
    "Cấp phó",
  );
  add(keepRows(deputies, changeScore(deputies), "đơn vị thay đổi nhiều nhất"));
  const finalUnits = listOrganisationUnits(g.final.snapshot).map((unit) => unit.id);
  const againstLimit = chartFrom(
    "deputies-against-limit",
    "Số cấp phó của từng đơn vị sau sắp xếp so với mức tối đa hoặc ngưỡng cảnh báo",
    deputiesAgainstLimitChart(g.final.snapshot, finalUnits),
    "horizontal",
    "Cấp phó",
    ["limit"],
  );
  add(keepRows(againstLimit, limitScore(againstLimit), "đơn vị gần hoặc vượt giới hạn nhất"));
  add(
    chartFrom("steps", "Diễn biến qua các giai đoạn của Phương án", g.summary.chart, "vertical", "Số lượng"),
  );
  if (g.roadmap) {
    add(
      chartFrom(
        "deputy-roadmap",
        "Lộ trình số cấp phó theo từng năm sau sắp xếp",
        g.roadmap.totals.chart,
        "vertical",
        "Cấp phó",
        ["limit"],
      ),
    );
  }
  return specs;
}

// --- Tờ trình -----------------------------------------------------------------------------------------

function necessity(g: Gathered): Block[] {
  const { parties, baseline, facts } = g;
  const problems = significant(baseline.findings);
  const blocks: Block[] = [
    paragraph(
      `Tại thời điểm ${formatDateShort(baseline.date)}, ${parties.subject} có ${structureSentence(g, "before")}. Đối chiếu với các quy định đang có hiệu lực (bộ quy tắc ${packOfPhase(g, baseline.ruleSet)}), cơ cấu tổ chức hiện nay có ${countBySeverity(problems)}.`,
    ),
  ];
  const blocking = problems.filter((finding) => finding.severity !== "warning");
  if (blocking.length > 0) {
    blocks.push(paragraph("Các nội dung chưa phù hợp với quy định:"));
    blocks.push(
      ...dashList(
        blocking.map((finding) => `${finding.message.vi} (${finding.ruleId}; ${finding.citation})`),
      ),
    );
  }
  blocks.push(
    paragraph(
      facts.violations.before > 0
        ? `Việc sắp xếp là cần thiết để khắc phục các nội dung chưa phù hợp nêu trên, bảo đảm tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả theo đúng quy định.`
        : `Cơ cấu tổ chức hiện nay phù hợp với các quy định đã đối chiếu; việc sắp xếp nhằm tiếp tục tinh gọn tổ chức bộ máy, nâng cao hiệu lực, hiệu quả hoạt động.`,
    ),
  );
  return blocks;
}

function buildToTrinh(g: Gathered): DossierDocumentContent {
  const { parties, input, facts } = g;
  const issuer = parties.issuer.name;
  const superior = parties.superior.name;
  const phases = input.plan.phases;
  const body: Block[] = [
    paragraph(
      `${issuer} kính trình ${superior} xem xét, phê duyệt ${g.planName} với các nội dung chính như sau:`,
    ),
    heading(1, "I. SỰ CẦN THIẾT"),
    ...necessity(g),
    heading(1, "II. CĂN CỨ PHÁP LÝ"),
    ...dashList(g.basis.instruments),
    heading(1, "III. NỘI DUNG ĐỀ NGHỊ PHÊ DUYỆT"),
    paragraph(
      phases.length === 0
        ? "Phương án chưa có giai đoạn sắp xếp nào."
        : `Phương án được thực hiện theo ${phases.length} giai đoạn:`,
    ),
    ...phases.map((_, index) => paragraph(`${index + 1}. ${phaseSentence(g, index)}.`)),
    heading(1, "IV. KẾT QUẢ SAU SẮP XẾP"),
    paragraph(
      `Sau khi thực hiện Phương án, ${parties.subject} có ${structureSentence(g, "after")}. Kết quả so sánh trước và sau sắp xếp:`,
    ),
    summaryTable(g),
    paragraph(
      facts.violations.after === 0
        ? "Sau sắp xếp, cơ cấu tổ chức không còn vi phạm các quy định đã đối chiếu."
        : `Sau sắp xếp còn ${facts.violations.after} vi phạm; hướng xử lý từng nội dung được nêu tại Mục III của Đề án kèm theo.`,
    ),
    heading(1, "V. HỒ SƠ KÈM THEO"),
    ...dashList([
      `Đề án ${g.planName}`,
      `Dự thảo Quyết định phê duyệt ${g.planName}`,
      "Báo cáo tiếp thu, giải trình ý kiến góp ý",
    ]),
    paragraph(`${issuer} kính trình ${superior} xem xét, quyết định./.`),
  ];
  return {
    kind: "to-trinh",
    fileStem: fileStems["to-trinh"],
    draft: false,
    header: {
      authority: parties.issuerAuthority,
      issuer: parties.issuer.lines,
      numberLine: `Số:${NUMBER_GAP}/TTr-${parties.issuer.abbreviation}`,
      placeDateLine: dateLine(parties.issuer.place, input.date),
    },
    typeName: "TỜ TRÌNH",
    summary: `Về việc phê duyệt ${g.planName}`,
    addressee: `Kính gửi: ${superior}.`,
    preamble: [],
    body,
    recipients: [
      "Như trên",
      ...(parties.scope === "district" ? ["Sở Nội vụ"] : []),
      `Lưu: VT, ${parties.drafter.abbreviation}`,
    ].map((line, index, all) => `- ${line}${index === all.length - 1 ? "." : ";"}`),
    signature: { ...parties.issuer.signature, name: input.issuer?.signerName ?? "" },
  };
}

// --- Đề án --------------------------------------------------------------------------------------------

function currentSituation(g: Gathered): Block[] {
  const units = listOrganisationUnits(g.baseline.snapshot);
  const withPositions = units.some((unit) => unit.positions !== undefined);
  const rows = units.map((unit, index): TableRow => ({
    cells: [
      String(index + 1),
      indentName(unit),
      unitKindName(unit),
      formatNumber(unit.payroll),
      formatNumber(unit.deputies),
      ...(withPositions
        ? [
            unit.positions === undefined
              ? "-"
              : formatNumber(unit.positions.reduce((sum, position) => sum + position.count, 0)),
          ]
        : []),
    ],
  }));
  rows.push({
    cells: [
      "",
      "Tổng cộng",
      "",
      formatNumber(g.facts.payroll.before),
      formatNumber(g.facts.deputies.before),
      ...(withPositions ? [formatNumber(positionTotal(g.baseline.snapshot) ?? 0)] : []),
    ],
    total: true,
  });
  const problems = significant(g.baseline.findings);
  const infoCount = g.baseline.findings.length - problems.length;
  return [
    heading(2, "1. Tổ chức bộ máy, biên chế và cấp phó"),
    paragraph(
      `Tại thời điểm ${formatDateShort(g.baseline.date)}, ${g.parties.subject} có ${structureSentence(g, "before")}, cụ thể:`,
    ),
    {
      kind: "table",
      columns: [
        column("STT", 8),
        column("Đơn vị", withPositions ? 30 : 36, "left"),
        column("Lĩnh vực, chức năng", withPositions ? 26 : 32),
        column("Biên chế", 10),
        column("Cấp phó", 10),
        ...(withPositions ? [column("Người theo vị trí việc làm", 12)] : []),
      ],
      rows,
      ...(g.levels.province
        ? {
            note: "Tổng biên chế gồm biên chế của các sở và của các phòng chuyên môn cấp huyện; biên chế của đơn vị thuộc sở đã nằm trong biên chế của sở.",
          }
        : {}),
    },
    heading(2, "2. Kết quả đối chiếu với quy định"),
    paragraph(
      problems.length === 0
        ? `Đối chiếu với bộ quy tắc ${packOfPhase(g, g.baseline.ruleSet)}, cơ cấu tổ chức hiện nay không có vi phạm, cảnh báo.`
        : `Đối chiếu với bộ quy tắc ${packOfPhase(g, g.baseline.ruleSet)}, cơ cấu tổ chức hiện nay có ${countBySeverity(problems)}:`,
    ),
    ...(problems.length > 0 ? [findingsTable(problems)] : []),
    ...(infoCount > 0
      ? [
          paragraph(
            `Ngoài ra có ${infoCount} thông tin tham khảo (không phải vi phạm), không liệt kê tại đây.`,
          ),
        ]
      : []),
  ];
}

function phaseBlocks(g: Gathered): Block[] {
  const blocks: Block[] = [];
  g.input.plan.phases.forEach((phase, index) => {
    const step = g.steps[index + 1];
    const previous = g.steps[index];
    const evaluation = g.summary.steps[index + 1];
    if (!step || !previous || !evaluation) return;
    const compared = compareFindings(previous.findings, step.findings);
    const introduced = significant(compared.introduced);
    const resolved = significant(compared.resolved);
    const operations = g.operations[index] ?? [];
    blocks.push(
      heading(2, `${index + 1}. ${phase.name}`),
      paragraph(
        `Thời điểm có hiệu lực: ${formatDateLong(phase.effectiveDate)}. Quy định áp dụng: bộ quy tắc ${packOfPhase(g, step.ruleSet)}.`,
      ),
      paragraph("a) Nội dung sắp xếp:"),
      ...(operations.length > 0
        ? dashList(operations)
        : [paragraph("Giai đoạn này không có thao tác sắp xếp.")]),
      paragraph(
        `b) Kết quả sau giai đoạn: ${joinParts([
          ...(evaluation.agencies > 0 ? [`${evaluation.agencies} sở và tương đương`] : []),
          ...(evaluation.divisions > 0 ? [`${evaluation.divisions} phòng chuyên môn`] : []),
          `tổng biên chế ${formatNumber(evaluation.payroll)}`,
          `${formatNumber(evaluation.deputies)} cấp phó`,
        ])}; ${evaluation.findings.violations} vi phạm (so với bước trước: khắc phục ${resolved.length}, phát sinh ${introduced.length} nội dung).`,
      ),
      ...dashList([
        ...resolved.map((finding) => `Khắc phục: ${finding.message.vi} (${finding.ruleId})`),
        ...introduced.map((finding) => `Phát sinh: ${finding.message.vi} (${finding.ruleId})`),
      ]),
    );
  });
  return blocks;
}

function unitsTable(g: Gathered): Block {
  const rows = g.diff.units.map((unit, index): TableRow => ({
    cells: [
      String(index + 1),
      unit.name,
      unit.before ? formatNumber(unit.before.payroll) : "-",
      unit.after ? formatNumber(unit.after.payroll) : "-",
      unit.before ? formatNumber(unit.before.deputies) : "-",
      unit.after ? formatNumber(unit.after.deputies) : "-",
      changeNote(unit, g.unitNotes),
    ],
  }));
  rows.push({
    cells: [
      "",
      "Tổng cộng",
      formatNumber(g.facts.payroll.before),
      formatNumber(g.facts.payroll.after),
      formatNumber(g.facts.deputies.before),
      formatNumber(g.facts.deputies.after),
      "",
    ],
    total: true,
  });
  return {
    kind: "table",
    columns: [
      column("STT", 8),
      column("Đơn vị", 32, "left"),
      column("Biên chế trước", 10),
      column("Biên chế sau", 10),
      column("Cấp phó trước", 10),
      column("Cấp phó sau", 10),
      column("Ghi chú", 22, "left"),
    ],
    rows,
  };
}

function positionsTable(g: Gathered): Block[] {
  const units = g.diff.units.filter((unit) => (unit.before?.positions ?? unit.after?.positions) != null);
  if (units.length === 0) return [];
  const rows = units.map((unit, index): TableRow => ({
    cells: [
      String(index + 1),
      unit.name,
      unit.before?.positions ? formatNumber(unit.before.positions.listed) : "-",
      unit.after?.positions ? formatNumber(unit.after.positions.listed) : "-",
      unit.before?.positions ? formatNumber(unit.before.positions.total) : "-",
      unit.after?.positions ? formatNumber(unit.after.positions.total) : "-",
      unit.after?.positions ? formatNumber(unit.after.positions.byGroup.leadership) : "-",
    ],
  }));
  return [
    paragraph("Vị trí việc làm của các đơn vị có đề án vị trí việc làm (Nghị định số 62/2020/NĐ-CP):"),
    {
      kind: "table",
      columns: [
        column("STT", 8),
        column("Đơn vị", 34, "left"),
        column("Số vị trí trước", 12),
        column("Số vị trí sau", 12),
        column("Số người theo vị trí trước", 12),
        column("Số người theo vị trí sau", 12),
        column("Trong đó lãnh đạo, quản lý (sau)", 12),
      ],
      rows,
    },
  ];
}

const hiddenFlags = new Set(["PAST_RETIREMENT_AGE"]);

function roadmapBlocks(g: Gathered, number: number): Block[] {
  const blocks: Block[] = [heading(2, `${number}. Lộ trình giải quyết số cấp phó`)];
  const { roadmap } = g;
  if (!roadmap) {
    blocks.push(paragraph("Không xác định được lộ trình cấp phó cho cơ cấu sau sắp xếp."));
    return blocks;
  }
  blocks.push(
    paragraph(
      `Trước sắp xếp có ${formatNumber(g.facts.surplusDeputies.before)} cấp phó vượt số lượng tối đa; sau sắp xếp còn ${formatNumber(g.facts.surplusDeputies.after)}.`,
    ),
  );
  if (roadmap.deadline) {
    blocks.push(
      paragraph(
        `Theo ${roadmap.deadline.citation}, số cấp phó phải bảo đảm đúng quy định chậm nhất đến ngày ${formatDateShort(roadmap.deadline.date)} (${String(roadmap.deadline.years).padStart(2, "0")} năm kể từ ngày ${formatDateShort(roadmap.deadline.decisionDate)}, ngày quyết định sắp xếp có hiệu lực).`,
      ),
    );
  }
  for (const notice of roadmap.notices) blocks.push(paragraph(notice.message.vi));
  const surplusUnits = roadmap.units.filter((unit) => unit.currentDeputies > unit.limit);
  for (const unit of surplusUnits) {
    const within =
      unit.withinQuotaOn === null
        ? "nghỉ hưu theo quy định chưa đủ để về đúng số lượng, cần điều động, luân chuyển hoặc sắp xếp lại"
        : `dự kiến về đúng số lượng từ ngày ${formatDateShort(unit.withinQuotaOn)}`;
    blocks.push(
      paragraph(
        `- ${unit.name}: ${formatNumber(unit.currentDeputies)} cấp phó, tối đa ${formatNumber(unit.limit)}; ${within}.`,
      ),
    );
  }
  for (const unit of roadmap.units) {
    for (const flag of unit.flags) {
      if (flag.severity !== "info" && !hiddenFlags.has(flag.code))
        blocks.push(paragraph(`- ${flag.message.vi}`));
    }
  }
  blocks.push(
    paragraph(
      `Số cấp phó dự kiến theo từng năm (tính đến ngày ${formatDateShort(roadmap.from)} hằng năm, không bổ nhiệm mới):`,
    ),
    {
      kind: "table",
      columns: [
        column("Năm", 16),
        column("Số cấp phó", 28),
        column("Số lượng tối đa", 28),
        column("Số vượt", 28),
      ],
      rows: roadmap.totals.series.map((point) => ({
        cells: [
          String(point.year),
          formatNumber(point.deputies),
          formatNumber(point.limit),
          formatNumber(point.surplus),
        ],
      })),
      note: `Căn cứ tính thời điểm nghỉ hưu: ${roadmap.retirementCitations.join("; ")}.`,
    },
  );
  return blocks;
}

function handlingOf(g: Gathered): (finding: Finding) => string {
  return (finding) => g.fixes.get(findingKey(finding)) ?? "Đề nghị xử lý theo lộ trình.";
}

function complianceBlocks(g: Gathered, number: number): Block[] {
  const resolved = significant(g.compared.resolved);
  const introduced = significant(g.compared.introduced);
  const remaining = significant(g.final.findings);
  const before = significant(g.baseline.findings);
  return [
    heading(2, `${number}. Kết quả đối chiếu với quy định trước và sau sắp xếp`),
    paragraph(
      `Trước sắp xếp: ${countBySeverity(before)}. Sau sắp xếp (bộ quy tắc ${g.final.ruleSet}, ngày ${formatDateShort(g.final.date)}): ${countBySeverity(remaining)}.`,
    ),
    heading(3, "a) Các nội dung đã được khắc phục"),
    ...(resolved.length > 0 ? [findingsTable(resolved)] : [paragraph("Không có.")]),
    heading(3, "b) Các nội dung phát sinh do sắp xếp"),
    ...(introduced.length > 0 ? [findingsTable(introduced)] : [paragraph("Không có.")]),
    heading(3, "c) Các nội dung còn lại và hướng xử lý"),
    ...(remaining.length > 0
      ? [findingsTable(remaining, handlingOf(g))]
      : [paragraph("Không còn vi phạm, cảnh báo.")]),
  ];
}

function implementation(g: Gathered): Block[] {
  const { parties, input } = g;
  const phases = input.plan.phases;
  const timeline = phases.map(
    (phase) => `${phase.name}: hoàn thành để có hiệu lực từ ${formatDateLong(phase.effectiveDate)}`,
  );
  const lines =
    parties.scope === "district"
      ? [
          `${parties.issuer.name}: tổ chức triển khai Phương án sau khi được phê duyệt; quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các phòng chuyên môn sau sắp xếp; bố trí, sắp xếp cán bộ, công chức theo lộ trình`,
          `${parties.drafter.name}: chủ trì, tham mưu ${parties.issuer.name} tổ chức thực hiện; theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Sở Nội vụ`,
          "Các phòng chuyên môn có liên quan: bàn giao, tiếp nhận nhiệm vụ, hồ sơ, tài liệu, tài sản và biên chế theo Phương án; bảo đảm hoạt động thường xuyên, liên tục",
        ]
      : [
          `Sở Nội vụ: chủ trì, tham mưu ${parties.superior.name} tổ chức thực hiện; hướng dẫn, theo dõi, đôn đốc, tổng hợp kết quả`,
          "Các sở, cơ quan, đơn vị có liên quan: bàn giao, tiếp nhận nhiệm vụ, hồ sơ, tài liệu, tài sản và biên chế theo Phương án; bố trí, sắp xếp công chức theo lộ trình",
        ];
  return [
    heading(2, "1. Lộ trình"),
    ...(timeline.length > 0 ? dashList(timeline) : [paragraph("Phương án chưa có giai đoạn sắp xếp nào.")]),
    heading(2, "2. Trách nhiệm thực hiện"),
    ...dashList(lines),
    paragraph(
      `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${parties.drafter.name} để tổng hợp, báo cáo ${parties.scope === "district" ? parties.issuer.name : parties.superior.name} xem xét, giải quyết./.`,
    ),
  ];
}

function buildDeAn(g: Gathered): DossierDocumentContent {
  const { parties, input } = g;
  const phases = input.plan.phases.length;
  const allCharts = charts(g);
  const chartBlocks = (roadmap: boolean): Block[] =>
    allCharts
      .filter((chart) => (chart.id === "deputy-roadmap") === roadmap)
      .map((chart): Block => ({ kind: "chart", chart }));
  const body: Block[] = [
    heading(1, "I. SỰ CẦN THIẾT VÀ CĂN CỨ PHÁP LÝ"),
    heading(2, "1. Sự cần thiết"),
    ...necessity(g),
    heading(2, "2. Căn cứ pháp lý"),
    ...dashList(g.basis.instruments),
    heading(1, "II. THỰC TRẠNG"),
    ...currentSituation(g),
    heading(1, "III. PHƯƠNG ÁN SẮP XẾP"),
    paragraph(
      phases === 0
        ? "Phương án chưa có giai đoạn sắp xếp nào."
        : `Phương án được thực hiện theo ${phases} giai đoạn; cơ cấu sau mỗi giai đoạn được đối chiếu với quy định có hiệu lực vào ngày giai đoạn đó có hiệu lực.`,
    ),
    ...phaseBlocks(g),
    heading(2, `${phases + 1}. So sánh trước và sau sắp xếp`),
    summaryTable(g),
    paragraph("Biên chế và cấp phó của từng đơn vị:"),
    unitsTable(g),
    ...positionsTable(g),
    ...chartBlocks(false),
    ...roadmapBlocks(g, phases + 2),
    ...chartBlocks(true),
    ...complianceBlocks(g, phases + 3),
    heading(1, "IV. TỔ CHỨC THỰC HIỆN"),
    ...implementation(g),
  ];
  return {
    kind: "de-an",
    fileStem: fileStems["de-an"],
    draft: false,
    header: {
      authority: parties.issuerAuthority,
      issuer: parties.issuer.lines,
      numberLine: `Số:${NUMBER_GAP}/ĐA-${parties.issuer.abbreviation}`,
      placeDateLine: dateLine(parties.issuer.place, input.date),
    },
    typeName: "ĐỀ ÁN",
    summary: g.planName,
    addressee: null,
    preamble: [],
    body,
    recipients: null,
    signature: { ...parties.issuer.signature, name: input.issuer?.signerName ?? "" },
  };
}

// --- Quyết định ---------------------------------------------------------------------------------------

function resultingUnits(g: Gathered): Block {
  const units = listOrganisationUnits(g.final.snapshot);
  const rows = units.map((unit, index): TableRow => ({
    cells: [String(index + 1), indentName(unit), formatNumber(unit.payroll), formatNumber(unit.deputies)],
  }));
  rows.push({
    cells: ["", "Tổng cộng", formatNumber(g.facts.payroll.after), formatNumber(g.facts.deputies.after)],
    total: true,
  });
  return {
    kind: "table",
    columns: [
      column("STT", 8),
      column("Tên đơn vị", 56, "left"),
      column("Biên chế", 18),
      column("Số cấp phó", 18),
    ],
    rows,
  };
}

function buildQuyetDinh(g: Gathered): DossierDocumentContent {
  const { parties, input, facts } = g;
  const superior = parties.superior;
  const submission =
    parties.scope === "district"
      ? `Xét đề nghị của ${parties.issuer.name} tại Tờ trình số${NUMBER_GAP}/TTr-${parties.issuer.abbreviation} ${formatDateLong(input.date)} và của Giám đốc Sở Nội vụ.`
      : `Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số${NUMBER_GAP}/TTr-${parties.issuer.abbreviation} ${formatDateLong(input.date)}.`;
  const phases = input.plan.phases;
  // A People's Committee's office is named after the committee in short: "Văn phòng Ủy ban nhân dân thành phố".
  const office = superior.name.startsWith("Ủy ban nhân dân")
    ? `Chánh Văn phòng Ủy ban nhân dân ${parties.provinceKind}`
    : `Chánh Văn phòng ${superior.name}`;
  const executors =
    parties.scope === "district"
      ? `${office}, Giám đốc Sở Nội vụ, Chủ tịch ${parties.issuer.name} và Thủ trưởng các cơ quan, đơn vị có liên quan`
      : `${office}, Giám đốc Sở Nội vụ, Thủ trưởng các sở, cơ quan, đơn vị có liên quan`;
  const article = (number: number, text: string): Block =>
    spans([{ text: `Điều ${number}. `, bold: true }, { text }]);
  const lines = basisLines(g.basis);
  const body: Block[] = [
    ...lines.map((line) => paragraph(line, { italic: true })),
    paragraph(submission, { italic: true }),
    { kind: "heading", level: 0, text: "QUYẾT ĐỊNH:" },
    article(1, `Phê duyệt ${g.planName}, với các nội dung chính sau (chi tiết tại Đề án kèm theo):`),
    paragraph(`1. Sau sắp xếp, ${parties.subject} có ${structureSentence(g, "after")}, gồm:`),
    resultingUnits(g),
    paragraph("2. Lộ trình thực hiện:"),
    ...(phases.length > 0
      ? phases.map((_, index) => paragraph(`${letterOf(index)}) ${phaseSentence(g, index)}.`))
      : [paragraph("Phương án chưa có giai đoạn sắp xếp nào.")]),
    ...(facts.surplusDeputies.after > 0
      ? [
          paragraph(
            `3. Số cấp phó vượt quy định sau sắp xếp (${formatNumber(facts.surplusDeputies.after)}) được giải quyết theo lộ trình tại Mục III của Đề án; không bổ nhiệm mới cấp phó cho đến khi bảo đảm đúng số lượng quy định.`,
          ),
        ]
      : []),
    article(
      2,
      `Quyết định này có hiệu lực kể từ ngày ký. Các nội dung sắp xếp có hiệu lực theo lộ trình tại khoản 2 Điều 1. ${parties.scope === "district" ? `${parties.issuer.name} chịu trách nhiệm tổ chức thực hiện Phương án; ` : ""}Sở Nội vụ hướng dẫn, theo dõi, kiểm tra việc thực hiện.`,
    ),
    article(3, `${executors} chịu trách nhiệm thi hành Quyết định này./.`),
  ];
  return {
    kind: "quyet-dinh",
    fileStem: fileStems["quyet-dinh"],
    draft: true,
    header: {
      authority: null,
      issuer: superior.lines,
      numberLine: `Số:${NUMBER_GAP}/QĐ-${superior.abbreviation}`,
      placeDateLine: dateLine(superior.place, input.date),
    },
    typeName: "QUYẾT ĐỊNH",
    summary: `Về việc phê duyệt ${g.planName}`,
    addressee: null,
    preamble: [[{ text: upper(superior.name), bold: true }]],
    body,
    recipients: [
      "Như Điều 3",
      `Chủ tịch, các Phó Chủ tịch ${superior.abbreviation} ${parties.provinceKind}`,
      "Lưu: VT",
    ].map((line, index, all) => `- ${line}${index === all.length - 1 ? "." : ";"}`),
    signature: { ...superior.signature, name: "" },
  };
}

// --- Báo cáo tiếp thu, giải trình ---------------------------------------------------------------------

function describeTarget(g: Gathered, target: DossierComment["target"]): string {
  const { plan } = g.input;
  switch (target.kind) {
    case "plan":
      return "Phương án (nội dung chung)";
    case "phase": {
      const phase = plan.phases[target.phaseIndex];
      return phase
        ? `${phase.name} (từ ${formatDateShort(phase.effectiveDate)})`
        : `Giai đoạn số ${target.phaseIndex + 1} (không còn trong Phương án)`;
    }
    case "operation": {
      const phase = plan.phases[target.phaseIndex];
      const operation = phase?.operations[target.operationIndex];
      const before = structureBeforeOperation(plan, target.phaseIndex, target.operationIndex);
      if (!phase || !operation || !before)
        return `Thao tác số ${target.operationIndex + 1} của giai đoạn số ${target.phaseIndex + 1} (không còn trong Phương án)`;
      return `${phase.name}, thao tác số ${target.operationIndex + 1}: ${describeOperation(operation, before).vi}`;
    }
    case "finding": {
      for (const step of g.steps) {
        const finding = step.findings.find((candidate) => findingKey(candidate) === target.findingKey);
        if (finding) return `Kết quả đối chiếu ${finding.ruleId}: ${finding.message.vi}`;
      }
      const [ruleId = target.findingKey] = target.findingKey.split("|");
      return `Kết quả đối chiếu ${ruleId}`;
    }
  }
}

function buildBaoCao(g: Gathered): DossierDocumentContent {
  const { parties, input } = g;
  const exchanges = pairReviewComments(input.comments ?? []);
  const body: Block[] = [];
  if (exchanges.length === 0) {
    body.push(
      paragraph(
        `Đến ${formatDateLong(input.date)}, ${parties.issuer.name} không nhận được ý kiến góp ý nào đối với ${g.planName}.`,
      ),
      paragraph(`${parties.issuer.name} báo cáo để ${parties.superior.name} biết./.`),
    );
  } else {
    const rounds = [...new Set(exchanges.map((exchange) => exchange.opinion.round))];
    const answered = exchanges.filter((exchange) => exchange.responses.length > 0).length;
    body.push(
      paragraph(
        `${parties.issuer.name} đã nhận được ${exchanges.length} ý kiến góp ý đối với ${g.planName} qua ${rounds.length} vòng thẩm định (vòng ${rounds.join(", ")}); đã tiếp thu, giải trình ${answered} ý kiến. Kết quả cụ thể như sau:`,
      ),
      {
        kind: "table",
        columns: [
          column("STT", 8),
          column("Nội dung góp ý", 48, "left"),
          column("Ý kiến tiếp thu, giải trình", 45, "left"),
        ],
        rows: exchanges.map((exchange, index) => ({
          cells: [
            String(index + 1),
            `Vòng ${exchange.opinion.round}, ${exchange.opinion.authorName}, về ${describeTarget(g, exchange.opinion.target)}:\n${exchange.opinion.body}`,
            exchange.responses.length > 0
              ? exchange.responses
                  .map(
                    (response) =>
                      `${response.authorName} (${formatDateShort(response.createdAt.slice(0, 10))}):\n${response.body}`,
                  )
                  .join("\n")
              : "Chưa có ý kiến tiếp thu, giải trình.",
          ],
        })),
      },
      paragraph(`${parties.issuer.name} báo cáo để ${parties.superior.name} xem xét, quyết định./.`),
    );
  }
  return {
    kind: "bao-cao-tiep-thu",
    fileStem: fileStems["bao-cao-tiep-thu"],
    draft: false,
    header: {
      authority: parties.issuerAuthority,
      issuer: parties.issuer.lines,
      numberLine: `Số:${NUMBER_GAP}/BC-${parties.issuer.abbreviation}`,
      placeDateLine: dateLine(parties.issuer.place, input.date),
    },
    typeName: "BÁO CÁO",
    summary: `Tiếp thu, giải trình ý kiến góp ý đối với ${g.planName}`,
    addressee: null,
    preamble: [],
    body,
    recipients: [parties.superior.name, `Lưu: VT, ${parties.drafter.abbreviation}`].map(
      (line, index, all) => `- ${line}${index === all.length - 1 ? "." : ";"}`,
    ),
    signature: { ...parties.issuer.signature, name: input.issuer?.signerName ?? "" },
  };
}

// --- Entry point --------------------------------------------------------------------------------------

const builders: Record<DossierDocumentKind, (g: Gathered) => DossierDocumentContent> = {
  "to-trinh": buildToTrinh,
  "de-an": buildDeAn,
  "quyet-dinh": buildQuyetDinh,
  "bao-cao-tiep-thu": buildBaoCao,
};

function normalizeBlock(block: Block): Block {
  switch (block.kind) {
    case "heading":
      return { ...block, text: nfc(block.text) };
    case "paragraph":
      return { ...block, spans: block.spans.map((span) => ({ ...span, text: nfc(span.text) })) };
    case "table":
      return {
        ...block,
        columns: block.columns.map((col) => ({ ...col, header: nfc(col.header) })),
        rows: block.rows.map((row) => ({ ...row, cells: row.cells.map(nfc) })),
        ...(block.caption === undefined ? {} : { caption: nfc(block.caption) }),
        ...(block.note === undefined ? {} : { note: nfc(block.note) }),
      };
    case "chart":
      return {
        ...block,
        chart: {
          ...block.chart,
          caption: nfc(block.chart.caption),
          categories: block.chart.categories.map(nfc),
          series: block.chart.series.map((series) => ({ ...series, label: nfc(series.label) })),
          valueLabel: nfc(block.chart.valueLabel),
        },
      };
  }
}

/** Every text in NFC: names typed on another keyboard (decomposed) extract from the PDF as they look. */
function normalizeDocument(document: DossierDocumentContent): DossierDocumentContent {
  return {
    ...document,
    header: {
      authority: document.header.authority?.map(nfc) ?? null,
      issuer: document.header.issuer.map(nfc),
      numberLine: nfc(document.header.numberLine),
      placeDateLine: nfc(document.header.placeDateLine),
    },
    typeName: nfc(document.typeName),
    summary: nfc(document.summary),
    addressee: document.addressee === null ? null : nfc(document.addressee),
    preamble: document.preamble.map((line) => line.map((span) => ({ ...span, text: nfc(span.text) }))),
    body: document.body.map(normalizeBlock),
    recipients: document.recipients?.map(nfc) ?? null,
    signature: {
      capacity: document.signature.capacity === null ? null : nfc(document.signature.capacity),
      title: nfc(document.signature.title),
      name: nfc(document.signature.name),
    },
  };
}

/** The dossier's documents as data, in the order of `kinds` (all four by default). */
export function buildDossierContent(
  input: DossierInput,
  kinds: readonly DossierDocumentKind[] = dossierDocumentKinds,
): DossierContentOutcome {
  const gathered = gather(input);
  if ("ok" in gathered) return gathered;
  const wanted = dossierDocumentKinds.filter((kind) => kinds.includes(kind));
  return {
    ok: true,
    content: {
      facts: gathered.facts,
      documents: wanted.map((kind) => normalizeDocument(builders[kind](gathered))),
    },
  };
}
