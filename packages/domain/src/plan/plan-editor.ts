// What the plan editor shows besides the plan itself, as functions of data: a sentence per operation,
// fresh ids for the units an operation creates, deputies against their limit per unit, findings by
// severity per step, and whether the browser's evaluation agrees with the server's.
import { computeApplicableLimits } from "../evaluation/applicable-limits.ts";
import { communeName } from "../rules/commune/commune-wording.ts";
import { localFunctionNames } from "../snapshot/catalogue.ts";
import { idsOfSnapshot, newEntityId } from "../snapshot/new-id.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";
import { applyOperation } from "./apply-operation.ts";
import { applyOperations, applyPlan } from "./apply-plan.ts";
import type { Finding } from "../findings/finding.schema.ts";
import { compareFindings, findingKey } from "./evaluate-plan.ts";
import { type ChartData, listOrganisationUnits, type PlanSummary } from "./plan-diff.ts";
import type { PlanReport } from "./plan-report.ts";
import type { Operation, Plan } from "./plan.schema.ts";

function nameIn(snapshot: Snapshot): (id: string) => string {
  const names = new Map<string, string>();
  for (const unit of listOrganisationUnits(snapshot)) names.set(unit.id, unit.name);
  for (const district of snapshot.districts) names.set(district.id, district.name);
  // A commune-level unit by its name with its type; its organisations with the unit they belong to.
  for (const commune of snapshot.communes) {
    const unit = communeName(commune).vi;
    names.set(commune.id, unit);
    for (const organisation of commune.organisations)
      names.set(organisation.id, `${organisation.name} (${unit})`);
  }
  return (id) => names.get(id) ?? id;
}

function list(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1) ?? ""}`;
}

/** One sentence saying what `operation` does, with the units' names as they are in `before`. */
export function describeOperation(operation: Operation, before: Snapshot): LocalizedText {
  const name = nameIn(before);
  switch (operation.op) {
    case "merge": {
      const parts = operation.ids.map(name);
      return {
        vi: `Hợp nhất ${list(parts, "và")} thành ${operation.into.name}`,
        en: `Merge ${list(parts, "and")} into ${operation.into.name}`,
      };
    }
    case "split": {
      const parts = operation.into.map((part) => part.name);
      return {
        vi: `Tách ${name(operation.id)} thành ${list(parts, "và")}`,
        en: `Split ${name(operation.id)} into ${list(parts, "and")}`,
      };
    }
    case "rename":
      return {
        vi: `Đổi tên ${name(operation.id)} thành ${operation.name}`,
        en: `Rename ${name(operation.id)} to ${operation.name}`,
      };
    case "create": {
      const created = typeof operation.unit.name === "string" ? operation.unit.name : "?";
      const parent = operation.parentId ?? operation.district ?? operation.commune;
      return parent
        ? { vi: `Thành lập ${created} thuộc ${name(parent)}`, en: `Create ${created} in ${name(parent)}` }
        : { vi: `Thành lập ${created}`, en: `Create ${created}` };
    }
    case "dissolve":
      return {
        vi: `Giải thể ${name(operation.id)}, chuyển biên chế và chức năng sang ${name(operation.transferTo)}`,
        en: `Dissolve ${name(operation.id)}, transferring its payroll and functions to ${name(operation.transferTo)}`,
      };
    case "move":
      return {
        vi: `Chuyển ${name(operation.id)} về trực thuộc ${name(operation.parentId)}`,
        en: `Move ${name(operation.id)} under ${name(operation.parentId)}`,
      };
    case "transfer": {
      const functions = operation.functions.map((code) => localFunctionNames[code]);
      const what = [
        ...(operation.payroll > 0
          ? [{ vi: `${operation.payroll} biên chế`, en: `${operation.payroll} posts` }]
          : []),
        ...(functions.length > 0
          ? [{ vi: `chức năng ${functions.join(", ")}`, en: `the functions ${functions.join(", ")}` }]
          : []),
      ];
      return {
        vi: `Chuyển ${what.map((part) => part.vi).join(" và ") || "(không gì)"} từ ${name(operation.from)} sang ${name(operation.to)}`,
        en: `Transfer ${what.map((part) => part.en).join(" and ") || "(nothing)"} from ${name(operation.from)} to ${name(operation.to)}`,
      };
    }
    case "set": {
      const vi = [
        ...(operation.payroll === undefined ? [] : [`biên chế ${operation.payroll}`]),
        ...(operation.deputies === undefined ? [] : [`${operation.deputies} cấp phó`]),
      ];
      const en = [
        ...(operation.payroll === undefined ? [] : [`payroll ${operation.payroll}`]),
        ...(operation.deputies === undefined ? [] : [`${operation.deputies} deputies`]),
      ];
      return {
        vi: `Điều chỉnh ${name(operation.id)}: ${vi.join(", ")}`,
        en: `Set ${name(operation.id)}: ${en.join(", ")}`,
      };
    }
  }
}

/** Every id the plan uses anywhere: in its baseline, in any phase's structure, or named by an operation. */
function idsOfPlan(plan: Plan): Set<string> {
  const used = idsOfSnapshot(plan.baseline);
  const applied = applyPlan(plan);
  if (applied.ok) for (const phase of applied.phases) idsOfSnapshot(phase.snapshot, used);
  for (const phase of plan.phases) {
    for (const operation of phase.operations) {
      if (operation.op === "merge") used.add(operation.into.id);
      if (operation.op === "split") for (const part of operation.into) used.add(part.id);
      if (operation.op === "create" && typeof operation.unit.id === "string") used.add(operation.unit.id);
    }
  }
  return used;
}

/**
 * An id for a unit the plan creates, from its parent's id and its name ("cat-hai" + "Phòng Văn hóa và
 * Y tế" → "cat-hai-van-hoa-va-y-te"), used nowhere in the plan; `taken` adds ids reserved by the form.
 */
export function suggestUnitId(
  plan: Plan,
  parentId: string,
  name: string,
  taken: readonly string[] = [],
): string {
  const used = idsOfPlan(plan);
  for (const id of taken) used.add(id);
  // "Phòng" starts nearly every division's name: it adds nothing to the id.
  return newEntityId(parentId, name.replace(/^\s*phòng\s+/iu, ""), used, "don-vi");
}

/**
 * Deputies of each unit in `unitIds` against the limit the pack in force sets for that unit itself
 * (the "deputies" limit of computeApplicableLimits — one source of truth with the rules): a maximum, or
 * else a warning threshold. Units with no such limit get NaN, so the chart draws no marker for them.
 */
export function deputiesAgainstLimitChart(structure: Snapshot, unitIds: readonly string[]): ChartData {
  const units = new Map(listOrganisationUnits(structure).map((unit) => [unit.id, unit]));
  const rows = unitIds.flatMap((id) => {
    const unit = units.get(id);
    if (!unit) return [];
    const limits = computeApplicableLimits(structure, id);
    const ownLimits = limits.ok
      ? limits.result.limits.filter((limit) => limit.measure === "deputies" && limit.subject.id === id)
      : [];
    // A legal maximum where there is one; otherwise the threshold worth a second look (D-DEP-01's 3
    // per division, ADR 0002), which the chart labels as such.
    const own =
      ownLimits.find((limit) => limit.nature === "max") ??
      ownLimits.find((limit) => limit.nature === "threshold");
    return [
      { id, name: unit.name, deputies: unit.deputies, limit: own?.limit ?? Number.NaN, rule: own?.ruleId },
    ];
  });
  return {
    title: { vi: "Cấp phó so với giới hạn", en: "Deputies against the limit" },
    categories: rows.map((row) => row.id),
    categoryLabels: rows.map((row) => ({ vi: row.name, en: row.name })),
    series: [
      { key: "deputies", label: { vi: "Cấp phó", en: "Deputies" }, values: rows.map((row) => row.deputies) },
      {
        key: "limit",
        label: { vi: "Tối đa hoặc ngưỡng", en: "Maximum or threshold" },
        values: rows.map((row) => row.limit),
      },
    ],
  };
}

/** Findings by severity at each step of the plan (baseline, then each phase). */
export function severityChart(summary: PlanSummary): ChartData {
  const severities = [
    { key: "violations", label: { vi: "Vi phạm", en: "Violations" } },
    { key: "transitional", label: { vi: "Chuyển tiếp", en: "Transitional" } },
    { key: "warnings", label: { vi: "Cảnh báo", en: "Warnings" } },
    { key: "info", label: { vi: "Thông tin", en: "Information" } },
  ] as const;
  return {
    title: { vi: "Kết quả đối chiếu theo mức độ", en: "Findings by severity" },
    categories: summary.steps.map((step) => step.key),
    categoryLabels: summary.steps.map((step) => step.label),
    series: severities.map((severity) => ({
      key: severity.key,
      label: severity.label,
      values: summary.steps.map((step) => step.findings[severity.key]),
    })),
  };
}

/**
 * Whether two evaluations of a plan say the same thing: the same steps under the same packs, and the
 * same findings (by findingKey, with the same numbers) at every step.
 */
export function planReportsAgree(local: PlanReport, server: PlanReport): boolean {
  const fingerprint = (findings: PlanReport["baseline"]["findings"]) =>
    findings
      .map((finding) => `${findingKey(finding)}=${String(finding.actual)}/${String(finding.limit)}`)
      .sort()
      .join("\n");
  if (local.baseline.ruleSet !== server.baseline.ruleSet) return false;
  if (fingerprint(local.baseline.findings) !== fingerprint(server.baseline.findings)) return false;
  if (local.phases.length !== server.phases.length) return false;
  return local.phases.every((phase, index) => {
    const other = server.phases[index];
    return (
      phase.ruleSet === other?.ruleSet &&
      phase.effectiveDate === other.effectiveDate &&
      fingerprint(phase.findings) === fingerprint(other.findings)
    );
  });
}

/**
 * The structure an operation of the plan applies to: the baseline with every earlier phase and the
 * first `operationIndex` operations of phase `phaseIndex` applied (all of the phase when omitted — where
 * a new operation is added). Undefined when the plan does not apply up to there or has no such phase.
 */
export function structureBeforeOperation(
  plan: Plan,
  phaseIndex: number,
  operationIndex?: number,
): Snapshot | undefined {
  const phase = plan.phases[phaseIndex];
  if (!phase) return undefined;
  const earlier = applyPlan({ ...plan, phases: plan.phases.slice(0, phaseIndex) });
  if (!earlier.ok) return undefined;
  const start = earlier.phases.at(-1)?.snapshot ?? plan.baseline;
  const applied = applyOperations(
    start,
    phase.operations.slice(0, operationIndex ?? phase.operations.length),
    {
      phaseIndex,
      phaseName: phase.name,
    },
  );
  return applied.ok ? applied.snapshot : undefined;
}

/** describeOperation for every operation of a phase, each with the names of the structure it applies to. */
export function describePhaseOperations(plan: Plan, phaseIndex: number): LocalizedText[] {
  const phase = plan.phases[phaseIndex];
  let current = structureBeforeOperation(plan, phaseIndex, 0);
  if (!phase || !current) return [];
  const descriptions: LocalizedText[] = [];
  for (const operation of phase.operations) {
    descriptions.push(describeOperation(operation, current));
    const applied = applyOperation(current, operation);
    if (applied.ok) current = applied.snapshot;
  }
  return descriptions;
}

/** What one edit did to a step's findings: new ones, gone ones, and the same breach with new numbers. */
export interface ChangeEffect {
  introduced: Finding[];
  resolved: Finding[];
  renumbered: { before: Finding; after: Finding }[];
}

/**
 * The effect of the latest edit on one step's findings (`before` → `after`): unlike a phase's
 * introduced/resolved, which compare with the previous step, this shows what the user just did — a
 * merge that lowers a district's deputy pool makes D-DEP-01 appear even if an earlier operation of the
 * same phase had resolved it.
 */
export function effectOfChange(before: readonly Finding[], after: readonly Finding[]): ChangeEffect {
  const compared = compareFindings(before, after);
  const previous = new Map<string, Finding[]>();
  for (const finding of before) {
    const key = findingKey(finding);
    previous.set(key, [...(previous.get(key) ?? []), finding]);
  }
  const renumbered: ChangeEffect["renumbered"] = [];
  for (const finding of compared.unchanged) {
    const candidates = previous.get(findingKey(finding)) ?? [];
    const old = candidates.shift();
    if (old && (old.actual !== finding.actual || old.limit !== finding.limit)) {
      renumbered.push({ before: old, after: finding });
    }
  }
  return { introduced: compared.introduced, resolved: compared.resolved, renumbered };
}
