// Diff and summary of a plan (issue 5, item 4): what a re-arrangement changes, unit by unit and in
// totals, and the chart series the web app and the documents draw — computed here, once, so that every
// chart and every document shows the same numbers.
// Readings (to record in an ADR):
// - units are matched by id: a merge's new unit is "added" and its parts "removed"; a renamed or moved
//   unit is "changed". A unit is an agency (sở), a unit of an agency (phòng, văn phòng, thanh tra, chi
//   cục), a phòng of a chi cục, or a division of a district.
// - total payroll is that of the agencies plus that of the district divisions: an agency's payroll is its
//   whole assigned payroll (formats.md), its units' payroll is part of it, so adding both would count
//   twice. Deputies are distinct people at every level, so every unit's deputies are added.
// - surplus deputies are Σ (actual − limit) over the findings of the deputy-quota rules (the rules that
//   set `deputyQuota`: P-DEP-*, P-LEG-01, D-DEP-01, D-LEG-01) whose severity is "violation" or
//   "transitional" (a surplus the law tolerates for a while is still a surplus to absorb). Without
//   findings the surplus is unknown (null), never guessed.
import { z } from "zod";

import { rulePacks } from "../evaluation/evaluate-snapshot.ts";
import { type Finding, findingSummarySchema, summarizeFindings } from "../findings/finding.schema.ts";
import { isoDateSchema } from "../shared/iso-date.ts";
import { type LocalizedText, localizedTextSchema } from "../shared/localized.ts";
import { type PositionGroup, positionGroupSchema } from "../snapshot/catalogue.ts";
import type { Position, Snapshot, StaffMember, UnitType } from "../snapshot/snapshot.schema.ts";
import { applyPlan, type PlanOperationError } from "./apply-plan.ts";
import type { PlanEvaluation } from "./evaluate-plan.ts";
import type { Plan } from "./plan.schema.ts";

// --- Chart series -------------------------------------------------------------------------------------

export const chartSeriesSchema = z.object({
  /** Stable key of the series ("before", "after", "deputies" …). */
  key: z.string(),
  label: localizedTextSchema,
  /** One value per category, in the categories' order. */
  values: z.array(z.number()),
});
export type ChartSeries = z.infer<typeof chartSeriesSchema>;

/**
 * Data for one bar or line chart: `categories` are stable keys (ids, years, step keys) and
 * `categoryLabels` what the axis shows, in both languages; every series has one value per category.
 */
export const chartDataSchema = z
  .object({
    title: localizedTextSchema,
    categories: z.array(z.string()),
    categoryLabels: z.array(localizedTextSchema),
    series: z.array(chartSeriesSchema),
  })
  .refine(
    (chart) =>
      chart.categoryLabels.length === chart.categories.length &&
      chart.series.every((series) => series.values.length === chart.categories.length),
    { error: "CHART_LENGTHS" },
  );
export type ChartData = z.infer<typeof chartDataSchema>;

const beforeLabel: LocalizedText = { vi: "Trước", en: "Before" };
const afterLabel: LocalizedText = { vi: "Sau", en: "After" };

function sameText(text: string): LocalizedText {
  return { vi: text, en: text };
}

// --- Units of a snapshot ------------------------------------------------------------------------------

export const organisationUnitKindSchema = z.enum([
  "agency",
  "unit",
  "sub-unit",
  "division",
  "commune-organisation",
]);
export type OrganisationUnitKind = z.infer<typeof organisationUnitKindSchema>;

/**
 * An agency, a unit of an agency, a phòng of a chi cục, a district division or a commune-level unit's
 * phòng or service centre, flattened.
 */
export interface OrganisationUnit {
  kind: OrganisationUnitKind;
  id: string;
  name: string;
  /**
   * The agency of a unit, the chi cục of a sub-unit, the district of a division, the commune-level unit of
   * a commune organisation; null for an agency.
   */
  parentId: string | null;
  /** The agency unit's type; null for an agency and a district division. */
  unitType: UnitType | null;
  payroll: number;
  deputies: number;
  /**
   * A division's or commune organisation's function codes; an agency's kind (its field); nothing for the
   * units of an agency.
   */
  functions: readonly string[];
  positions: readonly Position[] | undefined;
  staff: readonly StaffMember[] | undefined;
}

/**
 * Every unit of the snapshot in document order: each agency, its units, their phòng; then divisions; then
 * the commune-level units' organisations.
 */
export function listOrganisationUnits(snapshot: Snapshot): OrganisationUnit[] {
  const units: OrganisationUnit[] = [];
  for (const agency of snapshot.agencies) {
    units.push({
      kind: "agency",
      id: agency.id,
      name: agency.name,
      parentId: null,
      unitType: null,
      payroll: agency.payroll,
      deputies: agency.deputies,
      functions: [agency.kind],
      positions: agency.positions,
      staff: agency.staff,
    });
    for (const unit of agency.units) {
      units.push({
        kind: "unit",
        id: unit.id,
        name: unit.name,
        parentId: agency.id,
        unitType: unit.type,
        payroll: unit.payroll,
        deputies: unit.deputies,
        functions: [],
        positions: unit.positions,
        staff: unit.staff,
      });
      if (unit.type !== "sub_department") continue;
      for (const child of unit.units) {
        units.push({
          kind: "sub-unit",
          id: child.id,
          name: child.name,
          parentId: unit.id,
          unitType: child.type,
          payroll: child.payroll,
          deputies: child.deputies,
          functions: [],
          positions: child.positions,
          staff: child.staff,
        });
      }
    }
  }
  for (const district of snapshot.districts) {
    for (const division of district.divisions) {
      units.push({
        kind: "division",
        id: division.id,
        name: division.name,
        parentId: district.id,
        unitType: null,
        payroll: division.payroll,
        deputies: division.deputies,
        functions: division.functions,
        positions: division.positions,
        staff: division.staff,
      });
    }
  }
  for (const commune of snapshot.communes) {
    for (const organisation of commune.organisations) {
      units.push({
        kind: "commune-organisation",
        id: organisation.id,
        name: organisation.name,
        parentId: commune.id,
        unitType: null,
        payroll: organisation.payroll,
        deputies: organisation.deputies,
        functions: organisation.functions,
        positions: organisation.positions,
        staff: organisation.staff,
      });
    }
  }
  return units;
}

// --- Surplus deputies from findings -------------------------------------------------------------------

/** Ids of the rules that set deputy quotas in any pack (their findings carry actual and limit). */
export const deputyQuotaRuleIds: ReadonlySet<string> = new Set(
  rulePacks.flatMap((pack) => pack.rules.filter((rule) => rule.deputyQuota === true).map((rule) => rule.id)),
);

/** A deputy-quota finding that counts as a surplus: a violation, or a surplus tolerated for a while. */
export function isDeputySurplusFinding(
  finding: Finding,
): finding is Finding & { actual: number; limit: number } {
  return (
    deputyQuotaRuleIds.has(finding.ruleId) &&
    (finding.severity === "violation" || finding.severity === "transitional") &&
    finding.limitKind !== "min" &&
    finding.actual !== undefined &&
    finding.limit !== undefined
  );
}

/** Σ (actual − limit) over the deputy-quota violations (and transitional surpluses) among `findings`. */
export function computeSurplusDeputies(findings: readonly Finding[]): number {
  return findings
    .filter(isDeputySurplusFinding)
    .reduce((sum, finding) => sum + Math.max(0, finding.actual - finding.limit), 0);
}

// --- The diff -----------------------------------------------------------------------------------------

const count = z.number().int().min(0);
const signed = z.number().int();

export const positionCountsSchema = z.object({
  /** How many positions the scheme lists. */
  listed: count,
  /** The people approved over all positions (Σ count). */
  total: count,
  /** The people approved per group of positions (Decree 62/2020 Art. 5); every group present. */
  byGroup: z.record(positionGroupSchema, count),
});
export type PositionCounts = z.infer<typeof positionCountsSchema>;

export const unitFactsSchema = z.object({
  kind: organisationUnitKindSchema,
  unitType: z.enum(["division", "office", "inspectorate", "sub_department"]).nullable(),
  name: z.string(),
  parentId: z.string().nullable(),
  payroll: count,
  deputies: count,
  functions: z.array(z.string()),
  /** null when the unit carries no job-position scheme. */
  positions: positionCountsSchema.nullable(),
});
export type UnitFacts = z.infer<typeof unitFactsSchema>;

export const unitChangeSchema = z.enum(["added", "removed", "changed", "unchanged"]);
export type UnitChange = z.infer<typeof unitChangeSchema>;

export const changedFieldSchema = z.enum([
  "kind",
  "unitType",
  "name",
  "parent",
  "payroll",
  "deputies",
  "functions",
  "positions",
]);
export type ChangedField = z.infer<typeof changedFieldSchema>;

export const unitDiffSchema = z.object({
  id: z.string(),
  /** The kind and name after the change, or before it for a removed unit. */
  kind: organisationUnitKindSchema,
  name: z.string(),
  change: unitChangeSchema,
  changedFields: z.array(changedFieldSchema),
  before: unitFactsSchema.nullable(),
  after: unitFactsSchema.nullable(),
  /** after − before, a missing side counting as 0. */
  delta: z.object({ payroll: signed, deputies: signed, positions: signed }),
});
export type UnitDiff = z.infer<typeof unitDiffSchema>;

export const beforeAfterSchema = z.object({ before: z.number(), after: z.number(), delta: z.number() });
export type BeforeAfter = z.infer<typeof beforeAfterSchema>;

/** A before/after pair that may be unknown on either side (surplus without findings). */
export const optionalBeforeAfterSchema = z.object({
  before: z.number().nullable(),
  after: z.number().nullable(),
  delta: z.number().nullable(),
});

export const districtDiffSchema = z.object({
  id: z.string(),
  name: z.string(),
  change: z.enum(["added", "removed", "present"]),
  divisions: beforeAfterSchema,
  deputies: beforeAfterSchema,
  payroll: beforeAfterSchema,
});
export type DistrictDiff = z.infer<typeof districtDiffSchema>;

export const planDiffSchema = z.object({
  before: z.object({ asOf: isoDateSchema }),
  after: z.object({ asOf: isoDateSchema }),
  /** Units present before (in their order), then the added ones (in the order after). */
  units: z.array(unitDiffSchema),
  districts: z.array(districtDiffSchema),
  totals: z.object({
    /** Every unit: agencies, their units and phòng of chi cục, district divisions, commune organisations. */
    units: beforeAfterSchema,
    agencies: beforeAfterSchema,
    /** Units of agencies, phòng of chi cục included. */
    agencyUnits: beforeAfterSchema,
    divisions: beforeAfterSchema,
    /** The phòng and service centres of commune-level units. */
    communeOrganisations: beforeAfterSchema,
    /**
     * Agencies', divisions' and commune organisations' payroll (an agency's payroll already includes its
     * units').
     */
    payroll: beforeAfterSchema,
    /** Deputies at every level. */
    deputies: beforeAfterSchema,
    /** From the findings; null on a side whose findings were not given. */
    surplusDeputies: optionalBeforeAfterSchema,
    changes: z.object({ added: count, removed: count, changed: count, unchanged: count }),
  }),
  charts: z.object({
    /** Payroll before/after of every unit that changes, is added or is removed. */
    payrollPerChangedUnit: chartDataSchema,
    /** Deputies before/after of every unit that changes, is added or is removed. */
    deputiesPerChangedUnit: chartDataSchema,
    divisionsPerDistrict: chartDataSchema,
    deputiesPerDistrict: chartDataSchema,
    totals: chartDataSchema,
  }),
});
export type PlanDiff = z.infer<typeof planDiffSchema>;

export interface DiffOptions {
  beforeFindings?: readonly Finding[];
  afterFindings?: readonly Finding[];
}

const positionGroups: readonly PositionGroup[] = positionGroupSchema.options;

function countPositions(positions: readonly Position[] | undefined): PositionCounts | null {
  if (positions === undefined) return null;
  const byGroup = Object.fromEntries(positionGroups.map((group) => [group, 0])) as Record<
    PositionGroup,
    number
  >;
  let total = 0;
  for (const position of positions) {
    byGroup[position.group] += position.count;
    total += position.count;
  }
  return { listed: positions.length, total, byGroup };
}

function factsOf(unit: OrganisationUnit): UnitFacts {
  return {
    kind: unit.kind,
    unitType: unit.unitType,
    name: unit.name,
    parentId: unit.parentId,
    payroll: unit.payroll,
    deputies: unit.deputies,
    functions: [...unit.functions],
    positions: countPositions(unit.positions),
  };
}

function sameSet(left: readonly string[], right: readonly string[]): boolean {
  const a = new Set(left);
  const b = new Set(right);
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function samePositions(left: PositionCounts | null, right: PositionCounts | null): boolean {
  if (left === null || right === null) return left === right;
  return (
    left.listed === right.listed &&
    left.total === right.total &&
    positionGroups.every((group) => left.byGroup[group] === right.byGroup[group])
  );
}

function changedFields(before: UnitFacts, after: UnitFacts): ChangedField[] {
  const fields: ChangedField[] = [];
  if (before.kind !== after.kind) fields.push("kind");
  if (before.unitType !== after.unitType) fields.push("unitType");
  if (before.name !== after.name) fields.push("name");
  if (before.parentId !== after.parentId) fields.push("parent");
  if (before.payroll !== after.payroll) fields.push("payroll");
  if (before.deputies !== after.deputies) fields.push("deputies");
  if (!sameSet(before.functions, after.functions)) fields.push("functions");
  if (!samePositions(before.positions, after.positions)) fields.push("positions");
  return fields;
}

function diffUnit(id: string, before: UnitFacts | null, after: UnitFacts | null): UnitDiff {
  const fields = before && after ? changedFields(before, after) : [];
  const change: UnitChange =
    before === null ? "added" : after === null ? "removed" : fields.length > 0 ? "changed" : "unchanged";
  const shown = after ?? before;
  return {
    id,
    kind: shown?.kind ?? "division",
    name: shown?.name ?? id,
    change,
    changedFields: fields,
    before,
    after,
    delta: {
      payroll: (after?.payroll ?? 0) - (before?.payroll ?? 0),
      deputies: (after?.deputies ?? 0) - (before?.deputies ?? 0),
      positions: (after?.positions?.total ?? 0) - (before?.positions?.total ?? 0),
    },
  };
}

function pair(before: number, after: number): BeforeAfter {
  return { before, after, delta: after - before };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** The totals that are computed the same way for one snapshot (diff totals, plan summary steps). */
export interface StructureTotals {
  units: number;
  agencies: number;
  agencyUnits: number;
  divisions: number;
  /** The phòng and service centres of commune-level units. */
  communeOrganisations: number;
  payroll: number;
  deputies: number;
}

export function computeStructureTotals(snapshot: Snapshot): StructureTotals {
  const units = listOrganisationUnits(snapshot);
  const agencies = units.filter((unit) => unit.kind === "agency");
  const divisions = units.filter((unit) => unit.kind === "division");
  const communeOrganisations = units.filter((unit) => unit.kind === "commune-organisation");
  return {
    units: units.length,
    agencies: agencies.length,
    agencyUnits: units.length - agencies.length - divisions.length - communeOrganisations.length,
    divisions: divisions.length,
    communeOrganisations: communeOrganisations.length,
    // An agency's payroll already includes its units'; divisions and commune organisations stand alone.
    payroll:
      sum(agencies, (unit) => unit.payroll) +
      sum(divisions, (unit) => unit.payroll) +
      sum(communeOrganisations, (unit) => unit.payroll),
    deputies: sum(units, (unit) => unit.deputies),
  };
}

function diffDistricts(before: Snapshot, after: Snapshot): DistrictDiff[] {
  const afterById = new Map(after.districts.map((district) => [district.id, district]));
  const beforeIds = new Set(before.districts.map((district) => district.id));
  const rows: DistrictDiff[] = [];
  const row = (
    id: string,
    name: string,
    change: DistrictDiff["change"],
    old: Snapshot["districts"][number] | undefined,
    now: Snapshot["districts"][number] | undefined,
  ): DistrictDiff => ({
    id,
    name,
    change,
    divisions: pair(old?.divisions.length ?? 0, now?.divisions.length ?? 0),
    deputies: pair(
      sum(old?.divisions ?? [], (d) => d.deputies),
      sum(now?.divisions ?? [], (d) => d.deputies),
    ),
    payroll: pair(
      sum(old?.divisions ?? [], (d) => d.payroll),
      sum(now?.divisions ?? [], (d) => d.payroll),
    ),
  });
  for (const district of before.districts) {
    const now = afterById.get(district.id);
    rows.push(row(district.id, now?.name ?? district.name, now ? "present" : "removed", district, now));
  }
  for (const district of after.districts) {
    if (!beforeIds.has(district.id)) rows.push(row(district.id, district.name, "added", undefined, district));
  }
  return rows;
}

function beforeAfterChart(
  title: LocalizedText,
  rows: readonly { key: string; label: LocalizedText; before: number; after: number }[],
): ChartData {
  return {
    title,
    categories: rows.map((row) => row.key),
    categoryLabels: rows.map((row) => row.label),
    series: [
      { key: "before", label: beforeLabel, values: rows.map((row) => row.before) },
      { key: "after", label: afterLabel, values: rows.map((row) => row.after) },
    ],
  };
}

/** One figure before/after for each unit that changes; a missing side (added, removed) counts 0. */
function changedUnitsChart(
  title: LocalizedText,
  units: readonly UnitDiff[],
  figure: "payroll" | "deputies",
): ChartData {
  return beforeAfterChart(
    title,
    units.map((unit) => ({
      key: unit.id,
      label: sameText(unit.name),
      before: unit.before?.[figure] ?? 0,
      after: unit.after?.[figure] ?? 0,
    })),
  );
}

/**
 * What changes from `before` to `after`, unit by unit (matched by id) and in totals, with chart series.
 * Pass each side's findings to get the surplus deputies; without them the surplus is null.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot, options: DiffOptions = {}): PlanDiff {
  const beforeUnits = listOrganisationUnits(before);
  const afterUnits = listOrganisationUnits(after);
  const afterById = new Map(afterUnits.map((unit) => [unit.id, unit]));
  const beforeIds = new Set(beforeUnits.map((unit) => unit.id));

  const units: UnitDiff[] = [];
  for (const unit of beforeUnits) {
    const now = afterById.get(unit.id);
    units.push(diffUnit(unit.id, factsOf(unit), now ? factsOf(now) : null));
  }
  for (const unit of afterUnits) {
    if (!beforeIds.has(unit.id)) units.push(diffUnit(unit.id, null, factsOf(unit)));
  }

  const changedUnits = units.filter((unit) => unit.change !== "unchanged");
  const old = computeStructureTotals(before);
  const now = computeStructureTotals(after);
  const surplusBefore = options.beforeFindings ? computeSurplusDeputies(options.beforeFindings) : null;
  const surplusAfter = options.afterFindings ? computeSurplusDeputies(options.afterFindings) : null;
  const districts = diffDistricts(before, after);
  const changes = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const unit of units) changes[unit.change] += 1;

  const totalRows = [
    { key: "units", label: { vi: "Đơn vị", en: "Units" }, before: old.units, after: now.units },
    { key: "deputies", label: { vi: "Cấp phó", en: "Deputies" }, before: old.deputies, after: now.deputies },
    ...(surplusBefore !== null && surplusAfter !== null
      ? [
          {
            key: "surplusDeputies",
            label: { vi: "Cấp phó vượt quy định", en: "Surplus deputies" },
            before: surplusBefore,
            after: surplusAfter,
          },
        ]
      : []),
  ];

  return {
    before: { asOf: before.asOf },
    after: { asOf: after.asOf },
    units,
    districts,
    totals: {
      units: pair(old.units, now.units),
      agencies: pair(old.agencies, now.agencies),
      agencyUnits: pair(old.agencyUnits, now.agencyUnits),
      communeOrganisations: pair(old.communeOrganisations, now.communeOrganisations),
      divisions: pair(old.divisions, now.divisions),
      payroll: pair(old.payroll, now.payroll),
      deputies: pair(old.deputies, now.deputies),
      surplusDeputies: {
        before: surplusBefore,
        after: surplusAfter,
        delta: surplusBefore !== null && surplusAfter !== null ? surplusAfter - surplusBefore : null,
      },
      changes,
    },
    charts: {
      payrollPerChangedUnit: changedUnitsChart(
        { vi: "Biên chế của các đơn vị thay đổi", en: "Payroll of the units that change" },
        changedUnits,
        "payroll",
      ),
      deputiesPerChangedUnit: changedUnitsChart(
        { vi: "Cấp phó của các đơn vị thay đổi", en: "Deputies of the units that change" },
        changedUnits,
        "deputies",
      ),
      divisionsPerDistrict: beforeAfterChart(
        { vi: "Số phòng chuyên môn của mỗi huyện", en: "Divisions per district" },
        districts.map((district) => ({
          key: district.id,
          label: sameText(district.name),
          before: district.divisions.before,
          after: district.divisions.after,
        })),
      ),
      deputiesPerDistrict: beforeAfterChart(
        { vi: "Số Phó Trưởng phòng của mỗi huyện", en: "Deputy heads of division per district" },
        districts.map((district) => ({
          key: district.id,
          label: sameText(district.name),
          before: district.deputies.before,
          after: district.deputies.after,
        })),
      ),
      totals: beforeAfterChart(
        { vi: "Tổng hợp trước và sau sắp xếp", en: "Totals before and after" },
        totalRows,
      ),
    },
  };
}

// --- Plans: steps, diff against the baseline, summary across phases -----------------------------------

export type PlanStepError =
  | { code: "PLAN_DOES_NOT_APPLY"; operationError: PlanOperationError; message: LocalizedText }
  | { code: "EVALUATION_MISMATCH"; message: LocalizedText }
  | { code: "UNKNOWN_PHASE"; phaseIndex: number; message: LocalizedText };

/** The baseline or one phase: its structure and its evaluation. */
export interface PlanStep {
  /** "baseline", or the phase's path in the plan document: "phases[0]", "phases[1]" … */
  key: string;
  label: LocalizedText;
  date: string;
  snapshot: Snapshot;
  ruleSet: string;
  findings: Finding[];
  introduced: number;
  resolved: number;
}

/**
 * The structure of every step of `plan` next to its evaluation. The evaluation must be that of this
 * plan (same phases, same dates): a mismatch is reported, never silently paired.
 */
export function collectPlanSteps(
  plan: Plan,
  evaluation: PlanEvaluation,
): { ok: true; steps: PlanStep[] } | { ok: false; error: PlanStepError } {
  const applied = applyPlan(plan);
  if (!applied.ok) {
    return {
      ok: false,
      error: { code: "PLAN_DOES_NOT_APPLY", operationError: applied.error, message: applied.error.message },
    };
  }
  const matches =
    applied.phases.length === evaluation.phases.length &&
    applied.phases.every((phase, index) => evaluation.phases[index]?.effectiveDate === phase.effectiveDate);
  if (!matches) {
    return {
      ok: false,
      error: {
        code: "EVALUATION_MISMATCH",
        message: {
          vi: "Kết quả đánh giá không khớp với các giai đoạn của phương án; hãy đánh giá lại phương án.",
          en: "The evaluation does not match the plan's phases; evaluate the plan again.",
        },
      },
    };
  }
  const steps: PlanStep[] = [
    {
      key: "baseline",
      label: { vi: "Hiện trạng", en: "Baseline" },
      date: plan.baseline.asOf,
      snapshot: plan.baseline,
      ruleSet: evaluation.baseline.ruleSet,
      findings: evaluation.baseline.findings,
      introduced: 0,
      resolved: 0,
    },
  ];
  applied.phases.forEach((phase, index) => {
    const evaluated = evaluation.phases[index];
    if (!evaluated) return;
    steps.push({
      key: `phases[${index}]`,
      label: sameText(phase.name),
      date: phase.effectiveDate,
      snapshot: phase.snapshot,
      ruleSet: evaluated.ruleSet,
      findings: evaluated.findings,
      introduced: evaluated.introduced.length,
      resolved: evaluated.resolved.length,
    });
  });
  return { ok: true, steps };
}

/** The step of phase `phaseIndex` (0-based; default: the last phase, or the baseline when there is none). */
export function selectPlanStep(
  steps: readonly PlanStep[],
  phaseIndex?: number | "baseline",
): { ok: true; step: PlanStep } | { ok: false; error: PlanStepError } {
  const index = phaseIndex === "baseline" ? 0 : phaseIndex === undefined ? steps.length - 1 : phaseIndex + 1;
  const step =
    phaseIndex === undefined || phaseIndex === "baseline" || (Number.isInteger(phaseIndex) && phaseIndex >= 0)
      ? steps[index]
      : undefined;
  if (step) return { ok: true, step };
  return {
    ok: false,
    error: unknownPhase(typeof phaseIndex === "number" ? phaseIndex : -1, steps.length - 1),
  };
}

/** The diff between the plan's baseline and one phase (default: the last), with both sides' findings. */
export function diffPlan(
  plan: Plan,
  evaluation: PlanEvaluation,
  options: { phaseIndex?: number } = {},
): { ok: true; diff: PlanDiff } | { ok: false; error: PlanStepError } {
  const collected = collectPlanSteps(plan, evaluation);
  if (!collected.ok) return collected;
  const [baseline] = collected.steps;
  const selected = selectPlanStep(collected.steps, options.phaseIndex);
  if (!selected.ok) return selected;
  if (!baseline) return { ok: false, error: unknownPhase(options.phaseIndex ?? 0, 0) };
  return {
    ok: true,
    diff: diffSnapshots(baseline.snapshot, selected.step.snapshot, {
      beforeFindings: baseline.findings,
      afterFindings: selected.step.findings,
    }),
  };
}

function unknownPhase(phaseIndex: number, phases: number): PlanStepError {
  return {
    code: "UNKNOWN_PHASE",
    phaseIndex,
    message: {
      vi: `Phương án không có giai đoạn số ${phaseIndex + 1} (có ${phases} giai đoạn).`,
      en: `The plan has no phase ${phaseIndex + 1} (it has ${phases}).`,
    },
  };
}

export const planStepSummarySchema = z.object({
  key: z.string(),
  label: localizedTextSchema,
  date: isoDateSchema,
  ruleSet: z.string(),
  units: count,
  agencies: count,
  agencyUnits: count,
  divisions: count,
  communeOrganisations: count,
  payroll: count,
  deputies: count,
  surplusDeputies: count,
  findings: findingSummarySchema,
  /** Findings this step introduces and resolves compared with the previous step (0 for the baseline). */
  introduced: count,
  resolved: count,
});
export type PlanStepSummary = z.infer<typeof planStepSummarySchema>;

export const planSummarySchema = z.object({
  title: z.string(),
  /** The baseline, then every phase in order. */
  steps: z.array(planStepSummarySchema),
  /** Units, deputies, surplus deputies and violations across the steps (one category per step). */
  chart: chartDataSchema,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** Per step (baseline → phases): units, deputies, surplus deputies and findings, with the chart series. */
export function summarizePlan(
  plan: Plan,
  evaluation: PlanEvaluation,
): { ok: true; summary: PlanSummary } | { ok: false; error: PlanStepError } {
  const collected = collectPlanSteps(plan, evaluation);
  if (!collected.ok) return collected;
  const steps = collected.steps.map((step): PlanStepSummary => {
    const totals = computeStructureTotals(step.snapshot);
    return {
      key: step.key,
      label: step.label,
      date: step.date,
      ruleSet: step.ruleSet,
      ...totals,
      surplusDeputies: computeSurplusDeputies(step.findings),
      findings: summarizeFindings(step.findings),
      introduced: step.introduced,
      resolved: step.resolved,
    };
  });
  const series = (key: string, label: LocalizedText, value: (step: PlanStepSummary) => number) => ({
    key,
    label,
    values: steps.map(value),
  });
  return {
    ok: true,
    summary: {
      title: plan.title,
      steps,
      chart: {
        title: { vi: "Diễn biến qua các giai đoạn", en: "Across the phases" },
        categories: steps.map((step) => step.key),
        categoryLabels: steps.map((step) => step.label),
        series: [
          series("units", { vi: "Đơn vị", en: "Units" }, (step) => step.units),
          series("deputies", { vi: "Cấp phó", en: "Deputies" }, (step) => step.deputies),
          series(
            "surplusDeputies",
            { vi: "Cấp phó vượt quy định", en: "Surplus deputies" },
            (step) => step.surplusDeputies,
          ),
          series("violations", { vi: "Vi phạm", en: "Violations" }, (step) => step.findings.violations),
        ],
      },
    },
  };
}
