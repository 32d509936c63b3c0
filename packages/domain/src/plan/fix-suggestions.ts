// Fix suggestions (issue 5, item 6): for each violation of a structure, the simplest plan operations that
// would resolve it, each one CHECKED by applying it (applyOperation) and re-evaluating the result under
// the same rule pack. A suggestion is kept only when the violation is gone and no violation (or
// transitional finding) is introduced — compared by findingKey, as plan phases are; warnings and info may
// change. Search is small, exact and explainable: a handful of candidates per rule, in a fixed order, at
// most MAX_CHECKS_PER_VIOLATION re-evaluations per violation, at most `limit` suggestions kept.
//
// Candidates, by rule:
// - a per-unit deputy quota (the pack's deputy-quota rules on one agency, unit or division: P-DEP-02…06,
//   P-LEG-01, D-LEG-01): `set` the subject's deputies to the limit;
// - a pooled deputy quota (D-DEP-01 over a district's divisions, P-DEP-01 over a province's sở): reduce
//   deputies where there are most, never below one per unit: first a single unit that can absorb the whole
//   surplus, then the fewest units taken from the top, then an even spread. Units whose deputies cannot
//   drop by one without a new violation (JP-04: their leadership positions need them) are left out;
// - a division cap (D-PH-04 island, D-PH-05 non-island): merge pairs of divisions of the district, the
//   smallest combined payroll first, the smaller division into the larger (which keeps its id and name);
//   for a cap exceeded by n, n disjoint pairs. When the merges would introduce a deputy violation (a
//   merged division over its quota, or the district's pool shrinking by 2 per division lost), the same
//   merges with the merged divisions keeping fewer deputies (by that overflow) are tried too;
// - a minimum payroll (P-EST-01…05 on a unit): merge the unit into a sibling of the same type (same sở
//   or chi cục), transfer the missing payroll from a sibling that can spare it, or — marked as needing a
//   payroll decision — increase the unit's payroll to the minimum;
// - anything else (D-PH-06 merged common functions, whose fix is a split; the list of sở; job positions;
//   criteria (a)/(b) of a chi cục): no suggestion rather than a wrong one.
// Ranking within a violation: fewer operations first, then suggestions that deepen no remaining violation,
// then those that need no payroll decision, then the order above. Same input, same suggestions.
// Cost: a check re-evaluates incrementally (incremental-evaluation.ts), applies the operations to the
// one sở or district they stay inside (`applyCandidate` says why that equals applying them to the whole)
// and compares by key only the findings of the subjects it touched. What remains is mostly
// applyOperation's copy and re-validation of that sở or district.
import { z } from "zod";

import {
  evaluateIndexed,
  type EvaluationIndex,
  operationIds,
  reevaluate,
  touchedIds,
} from "../evaluation/incremental-evaluation.ts";
import { type EvaluationFailure, selectRulePack } from "../evaluation/evaluate-snapshot.ts";
import { type Finding, subjectTypeSchema } from "../findings/finding.schema.ts";
import type { RulePackId } from "../rule-packs/rule-pack-catalogue.ts";
import { type LocalizedText, localizedTextSchema } from "../shared/localized.ts";
import { findOrganisationNode } from "../snapshot/find-node.ts";
import { findReferenceProblems } from "../snapshot/parse-snapshot.ts";
import { type Snapshot, snapshotSchema } from "../snapshot/snapshot.schema.ts";
import { applyOperation } from "./apply-operation.ts";
import { compareFindings, findingKey } from "./evaluate-plan.ts";
import { type Operation, operationSchema } from "./plan.schema.ts";

/** Re-evaluations spent on one violation at most (candidates and the checks that prune them). */
export const MAX_CHECKS_PER_VIOLATION = 40;
/** Suggestions kept per violation unless `limit` says otherwise. */
export const DEFAULT_SUGGESTION_LIMIT = 3;
/** A pooled reduction never takes a unit's last deputy. */
const DEPUTY_FLOOR = 1;

export const fixKindSchema = z.enum([
  "reduce-deputies",
  "reduce-pooled-deputies",
  "merge-divisions",
  "merge-units",
  "transfer-payroll",
  "increase-payroll",
]);
export type FixKind = z.infer<typeof fixKindSchema>;

export const fixSuggestionSchema = z.object({
  /** The violation this suggestion resolves; `key` is its findingKey. */
  forFinding: z.object({
    ruleId: z.string(),
    subject: z.object({ type: subjectTypeSchema, id: z.string() }),
    key: z.string(),
  }),
  kind: fixKindSchema,
  /** Plan operations, in order, ready to add to a phase. */
  operations: z.array(operationSchema).min(1),
  /** What the operations do and what they change, with numbers. */
  explanation: localizedTextSchema,
  /** Finding keys of the violations the operations resolve, this suggestion's own first. */
  resolves: z.array(z.string()).min(1),
  /** Violations introduced: always empty (a suggestion that introduces one is never kept). */
  introduces: z.array(z.string()).max(0),
  /** Finding keys of violations that remain and grow (a merge lowers a district's deputy pool). */
  worsens: z.array(z.string()),
  /** True when the suggestion assigns more payroll: a decision of the competent authority, not a re-arrangement. */
  needsPayrollDecision: z.boolean(),
});
export type FixSuggestion = z.infer<typeof fixSuggestionSchema>;

export interface SuggestFixesOptions {
  /** As for evaluateSnapshot: an explicit pack, or (omitted) the one in force on the snapshot's date. */
  ruleSet?: string;
  /** Suggestions kept per violation (default 3). */
  limit?: number;
}

export type SuggestFixesOutcome =
  { ok: true; ruleSet: RulePackId; suggestions: FixSuggestion[] } | { ok: false; failure: EvaluationFailure };

const isBlocking = (finding: Finding): boolean =>
  finding.severity === "violation" || finding.severity === "transitional";

export function suggestFixes(input: Snapshot, options: SuggestFixesOptions = {}): SuggestFixesOutcome {
  const evaluationOptions = options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet };
  const selected = selectRulePack(input.asOf, options.ruleSet);
  if (!selected.ok) return selected;
  // Checks may apply operations to the one sở or district they stay inside (see `applyCandidate`) only
  // when the whole document is valid: then the rest of it re-validates unchanged.
  const parsed = snapshotSchema.safeParse(input, { reportInput: true });
  const valid = parsed.success && findReferenceProblems(parsed.data).length === 0;
  const snapshot = valid ? parsed.data : input;
  const baseline = evaluateIndexed(snapshot, evaluationOptions);
  if (!baseline.ok) return baseline;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_SUGGESTION_LIMIT));
  const firstByKey = new Map<string, Finding>();
  for (const finding of baseline.result.findings) {
    if (!firstByKey.has(findingKey(finding))) firstByKey.set(findingKey(finding), finding);
  }
  const context: SearchContext = {
    snapshot,
    findings: baseline.result.findings,
    baselineSet: new Set(baseline.result.findings),
    firstByKey,
    index: baseline.index,
    options: evaluationOptions,
    deputyQuotaRules: new Set(selected.pack.rules.filter((rule) => rule.deputyQuota).map((rule) => rule.id)),
    containers: valid ? containersOf(snapshot) : undefined,
  };

  const suggestions: FixSuggestion[] = [];
  if (limit === 0) return { ok: true, ruleSet: baseline.result.ruleSet, suggestions };
  const seen = new Set<string>();
  for (const finding of baseline.result.findings) {
    if (!isBlocking(finding)) continue;
    const key = findingKey(finding);
    // Two findings with one key (the same breach reported twice) get one list of suggestions.
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push(...suggestForFinding(context, finding, limit));
  }
  return { ok: true, ruleSet: baseline.result.ruleSet, suggestions };
}

// --- Checking a candidate ----------------------------------------------------------------------------------

interface SearchContext {
  snapshot: Snapshot;
  findings: readonly Finding[];
  baselineSet: ReadonlySet<Finding>;
  /** The first baseline finding of each key. */
  firstByKey: ReadonlyMap<string, Finding>;
  index: EvaluationIndex;
  /** The top-level sở or district holding each organisation id; undefined: always apply to the whole. */
  containers: ReadonlyMap<string, string> | undefined;
  options: { ruleSet?: string };
  deputyQuotaRules: ReadonlySet<string>;
}

interface Candidate {
  kind: FixKind;
  operations: Operation[];
  needsPayrollDecision: boolean;
  /** What the operations do, without the verdict (the verdict is added from the check). */
  action: LocalizedText;
}

interface Checked {
  snapshot: Snapshot;
  findings: Finding[];
  introduced: Finding[];
  resolved: Finding[];
  /** Blocking findings present before and after whose excess grew: [before, after]. */
  worsened: [Finding, Finding][];
}

/** Applies the operations and re-evaluates; undefined when an operation cannot apply. */
function check(context: SearchContext, operations: readonly Operation[]): Checked | undefined {
  const applied = applyCandidate(context, operations);
  if (!applied) return undefined;
  const outcome = reevaluate(context.index, applied.snapshot, applied.touched, context.options);
  if (!outcome.ok) return undefined;
  const { findings } = outcome.result;
  // The subjects a check did not touch hand back their previous finding objects: the same finding on
  // both sides is "unchanged" whatever else happens, so only the rest needs comparing by key.
  const after = new Set(findings);
  const comparison = compareFindings(
    context.findings.filter((finding) => !after.has(finding)),
    findings.filter((finding) => !context.baselineSet.has(finding)),
  );
  const worsened: [Finding, Finding][] = [];
  for (const finding of comparison.unchanged) {
    const previous = context.firstByKey.get(findingKey(finding));
    if (previous && isBlocking(finding) && excessOf(finding) > excessOf(previous))
      worsened.push([previous, finding]);
  }
  return {
    snapshot: applied.snapshot,
    findings,
    introduced: comparison.introduced.filter(isBlocking),
    resolved: comparison.resolved.filter(isBlocking),
    worsened,
  };
}

/**
 * applyOperation, one operation after the other — on the sở and districts the operations stay inside
 * when it can, spliced back into the whole afterwards. applyOperation copies and re-validates the whole
 * document, which for a province with job-position schemes and staff costs far more than evaluating
 * it; the candidates here (set, transfer, merge into an existing id) create no id and change nothing
 * outside the sở or district holding their ids, and every check of the re-validation (unique ids, office
 * holder, staff positions, repeated functions) is local to one sở or district apart from id uniqueness.
 * So on a valid document the spliced result equals the whole-document result. Anything else (an
 * operation of another kind, a part that comes back with other ids) goes through the whole document.
 */
function applyCandidate(
  context: SearchContext,
  operations: readonly Operation[],
): { snapshot: Snapshot; touched: Set<string> } | undefined {
  const whole = context.snapshot;
  const scope = scopeOf(context, operations);
  const base = scope
    ? {
        ...whole,
        agencies: whole.agencies.filter((agency) => scope.has(agency.id)),
        districts: whole.districts.filter((district) => scope.has(district.id)),
      }
    : whole;
  let current = base;
  const touched = new Set<string>();
  for (const operation of operations) {
    const applied = applyOperation(current, operation);
    if (!applied.ok) return undefined;
    for (const id of touchedIds(current, operation, applied.snapshot)) touched.add(id);
    current = applied.snapshot;
  }
  if (!scope) return { snapshot: current, touched };
  const ids = (items: readonly { id: string }[]): string => items.map((item) => item.id).join(" ");
  if (ids(current.agencies) !== ids(base.agencies) || ids(current.districts) !== ids(base.districts)) {
    return applyCandidate({ ...context, containers: undefined }, operations);
  }
  const agencies = new Map(current.agencies.map((agency) => [agency.id, agency]));
  const districts = new Map(current.districts.map((district) => [district.id, district]));
  return {
    snapshot: {
      ...whole,
      agencies: whole.agencies.map((agency) => agencies.get(agency.id) ?? agency),
      districts: whole.districts.map((district) => districts.get(district.id) ?? district),
    },
    touched,
  };
}

/** The top-level sở and districts holding every id the operations name, or undefined (apply to the whole). */
function scopeOf(context: SearchContext, operations: readonly Operation[]): Set<string> | undefined {
  const { containers } = context;
  if (!containers) return undefined;
  const scope = new Set<string>();
  for (const operation of operations) {
    if (operation.op !== "set" && operation.op !== "transfer" && operation.op !== "merge") return undefined;
    if (operation.op === "merge" && !operation.ids.includes(operation.into.id)) return undefined;
    for (const id of operationIds(operation)) {
      const container = containers.get(id);
      if (container === undefined) return undefined;
      scope.add(container);
    }
  }
  return scope;
}

function containersOf(snapshot: Snapshot): Map<string, string> {
  const containers = new Map<string, string>();
  for (const agency of snapshot.agencies) {
    containers.set(agency.id, agency.id);
    for (const unit of agency.units) {
      containers.set(unit.id, agency.id);
      if (unit.type === "sub_department") for (const child of unit.units) containers.set(child.id, agency.id);
    }
  }
  for (const district of snapshot.districts) {
    containers.set(district.id, district.id);
    for (const division of district.divisions) containers.set(division.id, district.id);
  }
  return containers;
}

function excessOf(finding: Finding): number {
  if (finding.actual === undefined || finding.limit === undefined) return 0;
  return finding.limitKind === "min" ? finding.limit - finding.actual : finding.actual - finding.limit;
}

/** A check budget for one violation: each re-evaluation spends one. */
class Budget {
  private left = MAX_CHECKS_PER_VIOLATION;
  constructor(private readonly context: SearchContext) {}
  check(operations: readonly Operation[]): Checked | undefined {
    if (this.left <= 0) return undefined;
    this.left -= 1;
    return check(this.context, operations);
  }
  get exhausted(): boolean {
    return this.left <= 0;
  }
}

function suggestForFinding(context: SearchContext, finding: Finding, limit: number): FixSuggestion[] {
  const budget = new Budget(context);
  const target = findingKey(finding);
  const kept: { suggestion: FixSuggestion; order: number }[] = [];
  const tried = new Set<string>();
  let order = 0;

  const consider = (candidate: Candidate, checked: Checked | undefined): void => {
    if (!checked || checked.introduced.length > 0) return;
    if (checked.findings.some((after) => findingKey(after) === target)) return;
    kept.push({ suggestion: toSuggestion(context, finding, candidate, checked), order });
    order += 1;
  };
  const tryCandidate = (candidate: Candidate): Checked | undefined => {
    const signature = JSON.stringify(candidate.operations);
    if (tried.has(signature)) return undefined;
    tried.add(signature);
    const checked = budget.check(candidate.operations);
    consider(candidate, checked);
    return checked;
  };

  for (const candidate of candidatesFor(context, finding, budget)) {
    if (budget.exhausted) break;
    const checked = tryCandidate(candidate);
    const rescue = checked ? rescueMerges(context, candidate, checked) : undefined;
    if (rescue) tryCandidate(rescue);
  }

  return kept
    .sort(
      (left, right) =>
        left.suggestion.operations.length - right.suggestion.operations.length ||
        left.suggestion.worsens.length - right.suggestion.worsens.length ||
        Number(left.suggestion.needsPayrollDecision) - Number(right.suggestion.needsPayrollDecision) ||
        left.order - right.order,
    )
    .slice(0, limit)
    .map((item) => item.suggestion);
}

// --- Candidates ---------------------------------------------------------------------------------------------

/** Caps on a district's number of divisions (RS-2014/RS-2020, RS-2025A). */
const divisionCapRules: ReadonlySet<string> = new Set(["D-PH-04", "D-PH-05", "D25-PH-02"]);
/** Establishment minimums of every pack: P-EST-*, P25-EST-01, P26-EST-01. */
const establishmentRule = /^P(?:25|26)?-EST-/u;

function* candidatesFor(context: SearchContext, finding: Finding, budget: Budget): Generator<Candidate> {
  const { ruleId, subject } = finding;
  if (finding.actual === undefined || finding.limit === undefined) return;
  if (context.deputyQuotaRules.has(ruleId) && finding.limitKind === "max") {
    if (subject.type === "district" || subject.type === "province")
      yield* pooledDeputyCandidates(context, finding, budget);
    else yield* deputyCandidates(context, finding);
    return;
  }
  if (divisionCapRules.has(ruleId) && subject.type === "district") {
    yield* divisionMergeCandidates(context, finding);
    return;
  }
  if (establishmentRule.test(ruleId) && finding.limitKind === "min" && subject.type === "unit") {
    yield* minimumPayrollCandidates(context, finding);
  }
}

function nameOf(snapshot: Snapshot, id: string): string {
  return findOrganisationNode(snapshot, id)?.node.name ?? id;
}

interface DeputyHolder {
  id: string;
  name: string;
  deputies: number;
}

function deputyHolder(snapshot: Snapshot, id: string): DeputyHolder | undefined {
  const found = findOrganisationNode(snapshot, id);
  if (!found || found.type === "district") return undefined;
  return { id, name: found.node.name, deputies: found.node.deputies };
}

function* deputyCandidates(context: SearchContext, finding: Finding): Generator<Candidate> {
  const holder = deputyHolder(context.snapshot, finding.subject.id);
  const { limit } = finding;
  if (!holder || limit === undefined || holder.deputies <= limit) return;
  yield {
    kind: "reduce-deputies",
    operations: [{ op: "set", id: holder.id, deputies: limit }],
    needsPayrollDecision: false,
    action: {
      vi: `Giảm số cấp phó của ${holder.name} từ ${holder.deputies} xuống ${limit} (tối đa ${limit})`,
      en: `Reduce the deputies of ${holder.name} from ${holder.deputies} to ${limit} (at most ${limit})`,
    },
  };
}

function* pooledDeputyCandidates(
  context: SearchContext,
  finding: Finding,
  budget: Budget,
): Generator<Candidate> {
  const { actual, limit } = finding;
  if (actual === undefined || limit === undefined) return;
  const surplus = actual - limit;
  // Members that can lose a deputy without a new violation, most deputies first (then document order).
  const members = (finding.members ?? [])
    .map((id) => deputyHolder(context.snapshot, id))
    .filter((holder): holder is DeputyHolder => holder !== undefined && holder.deputies > DEPUTY_FLOOR)
    .map((holder, position) => ({ holder, position }))
    .sort((left, right) => right.holder.deputies - left.holder.deputies || left.position - right.position)
    .map((item) => item.holder);
  const eligible: DeputyHolder[] = [];
  for (const holder of members) {
    const checked = budget.check([{ op: "set", id: holder.id, deputies: holder.deputies - 1 }]);
    if (checked?.introduced.length === 0) eligible.push(holder);
  }
  const spare = (holder: DeputyHolder): number => holder.deputies - DEPUTY_FLOOR;
  if (eligible.reduce((sum, holder) => sum + spare(holder), 0) < surplus) return;

  const plan = (reductions: Map<DeputyHolder, number>): Candidate => {
    const parts = eligible.filter((holder) => (reductions.get(holder) ?? 0) > 0);
    const changes = parts.map((holder) => ({
      holder,
      to: holder.deputies - (reductions.get(holder) ?? 0),
    }));
    const list = (arrow: string): string =>
      changes
        .map((change) => `${change.holder.name} ${change.holder.deputies} ${arrow} ${change.to}`)
        .join(", ");
    return {
      kind: "reduce-pooled-deputies",
      operations: changes.map((change) => ({ op: "set", id: change.holder.id, deputies: change.to })),
      needsPayrollDecision: false,
      action: {
        vi: `Giảm cấp phó: ${list("→")} → tổng ${actual - surplus} (tối đa ${limit})`,
        en: `Reduce deputies: ${list("→")} → total ${actual - surplus} (at most ${limit})`,
      },
    };
  };

  // One unit that can absorb the whole surplus, in order.
  for (const holder of eligible) {
    if (spare(holder) >= surplus) yield plan(new Map([[holder, surplus]]));
  }
  // The fewest units, taken from the top.
  const greedy = new Map<DeputyHolder, number>();
  let left = surplus;
  for (const holder of eligible) {
    if (left === 0) break;
    const take = Math.min(spare(holder), left);
    greedy.set(holder, take);
    left -= take;
  }
  yield plan(greedy);
  // An even spread: one deputy at a time from whoever has most left.
  const even = new Map<DeputyHolder, number>();
  for (let step = 0; step < surplus; step += 1) {
    let best: DeputyHolder | undefined;
    for (const holder of eligible) {
      const remaining = holder.deputies - (even.get(holder) ?? 0);
      if (remaining <= DEPUTY_FLOOR) continue;
      if (!best || remaining > best.deputies - (even.get(best) ?? 0)) best = holder;
    }
    if (!best) return;
    even.set(best, (even.get(best) ?? 0) + 1);
  }
  yield plan(even);
}

interface Mergeable {
  id: string;
  name: string;
  payroll: number;
  deputies: number;
  position: number;
}

/** Pairs of `items`, smallest combined payroll first (then document order), the larger receiving. */
function orderedPairs(items: readonly Mergeable[]): [Mergeable, Mergeable][] {
  const pairs: [Mergeable, Mergeable][] = [];
  for (const [i, left] of items.entries()) {
    for (const right of items.slice(i + 1)) {
      const receiving = right.payroll > left.payroll ? right : left;
      pairs.push([receiving, receiving === left ? right : left]);
    }
  }
  const order = (pair: [Mergeable, Mergeable]): [number, number, number] => {
    const [a, b] = pair;
    return [a.payroll + b.payroll, Math.min(a.position, b.position), Math.max(a.position, b.position)];
  };
  return pairs.sort((left, right) => {
    const [l0, l1, l2] = order(left);
    const [r0, r1, r2] = order(right);
    return l0 - r0 || l1 - r1 || l2 - r2;
  });
}

function mergeOperation(receiving: Mergeable, absorbed: Mergeable): Extract<Operation, { op: "merge" }> {
  return {
    op: "merge",
    ids: [receiving.id, absorbed.id],
    into: { id: receiving.id, name: receiving.name },
  };
}

function mergeText(pairs: readonly [Mergeable, Mergeable][]): LocalizedText {
  const vi = pairs
    .map(([receiving, absorbed]) => `hợp nhất ${absorbed.name} vào ${receiving.name}`)
    .join("; ");
  const en = pairs.map(([receiving, absorbed]) => `merge ${absorbed.name} into ${receiving.name}`).join("; ");
  return { vi: capitalize(vi), en: capitalize(en) };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function* divisionMergeCandidates(context: SearchContext, finding: Finding): Generator<Candidate> {
  const district = context.snapshot.districts.find((candidate) => candidate.id === finding.subject.id);
  const { actual, limit } = finding;
  if (!district || actual === undefined || limit === undefined) return;
  const merges = actual - limit;
  const divisions = district.divisions.map((division, position) => ({ ...division, position }));
  if (merges < 1 || merges * 2 > divisions.length) return;
  const pairs = orderedPairs(divisions);
  for (const first of pairs) {
    // `merges` disjoint pairs: this one, then the next ones in order that share no division with it.
    const chosen: [Mergeable, Mergeable][] = [first];
    const used = new Set([first[0].id, first[1].id]);
    for (const pair of pairs) {
      if (chosen.length === merges) break;
      if (used.has(pair[0].id) || used.has(pair[1].id)) continue;
      chosen.push(pair);
      used.add(pair[0].id);
      used.add(pair[1].id);
    }
    if (chosen.length < merges) return;
    const text = mergeText(chosen);
    yield {
      kind: "merge-divisions",
      operations: chosen.map(([receiving, absorbed]) => mergeOperation(receiving, absorbed)),
      needsPayrollDecision: false,
      action: {
        vi: `${text.vi} → ${limit} phòng (tối đa ${limit})`,
        en: `${text.en} → ${limit} divisions (at most ${limit})`,
      },
    };
  }
}

/**
 * Merges that failed only because a deputy quota is now exceeded — on a merged unit itself, or on the
 * district pool it belongs to (2 per division: fewer divisions, smaller pool) — tried again with the
 * merged units keeping fewer deputies: each its own overflow, then the pool's overflow one deputy at a
 * time from the merged unit that has most left (never below one).
 */
function rescueMerges(context: SearchContext, candidate: Candidate, checked: Checked): Candidate | undefined {
  if (checked.introduced.length === 0) return undefined;
  const merged: {
    operation: Extract<Operation, { op: "merge" }>;
    deputies: number;
    parentId: string | null;
  }[] = [];
  for (const operation of candidate.operations) {
    if (operation.op !== "merge" || operation.into.deputies !== undefined) return undefined;
    const found = findOrganisationNode(checked.snapshot, operation.into.id);
    if (!found || found.type === "district" || found.type === "agency") return undefined;
    const parentId = found.type === "division" ? found.district.id : null;
    merged.push({ operation, deputies: found.node.deputies, parentId });
  }
  const reduction = new Map<string, number>();
  let pool = 0;
  for (const finding of checked.introduced) {
    if (!context.deputyQuotaRules.has(finding.ruleId) || finding.limitKind !== "max") return undefined;
    const excess = excessOf(finding);
    const own = merged.find((item) => item.operation.into.id === finding.subject.id);
    if (own)
      reduction.set(own.operation.into.id, Math.max(reduction.get(own.operation.into.id) ?? 0, excess));
    else if (merged.some((item) => item.parentId === finding.subject.id)) pool = Math.max(pool, excess);
    else return undefined;
  }
  let left = pool - [...reduction.values()].reduce((sum, value) => sum + value, 0);
  while (left > 0) {
    let best: (typeof merged)[number] | undefined;
    let bestLeft = DEPUTY_FLOOR;
    for (const item of merged) {
      const remaining = item.deputies - (reduction.get(item.operation.into.id) ?? 0);
      if (remaining > bestLeft) {
        best = item;
        bestLeft = remaining;
      }
    }
    if (!best) return undefined;
    reduction.set(best.operation.into.id, (reduction.get(best.operation.into.id) ?? 0) + 1);
    left -= 1;
  }
  const kept = merged.map((item) => ({
    ...item,
    keeps: item.deputies - (reduction.get(item.operation.into.id) ?? 0),
  }));
  if (kept.some((item) => item.keeps < 0)) return undefined;
  const changed = kept.filter((item) => item.keeps !== item.deputies);
  if (changed.length === 0) return undefined;
  return {
    ...candidate,
    operations: kept.map((item) =>
      item.keeps === item.deputies
        ? item.operation
        : { ...item.operation, into: { ...item.operation.into, deputies: item.keeps } },
    ),
    action: {
      vi: `${candidate.action.vi}; ${changed.map((item) => `${item.operation.into.name} sau hợp nhất giữ ${item.keeps} cấp phó thay vì ${item.deputies}`).join("; ")}`,
      en: `${candidate.action.en}; ${changed.map((item) => `${item.operation.into.name} keeps ${item.keeps} deputies after the merge instead of ${item.deputies}`).join("; ")}`,
    },
  };
}

function* minimumPayrollCandidates(context: SearchContext, finding: Finding): Generator<Candidate> {
  const found = findOrganisationNode(context.snapshot, finding.subject.id);
  const { actual, limit } = finding;
  if (found?.type !== "unit" || actual === undefined || limit === undefined) return;
  const unit = found.node;
  const need = limit - actual;
  const parent =
    found.parentUnitId === null
      ? undefined
      : found.agency.units.find((candidate) => candidate.id === found.parentUnitId);
  const list: readonly { id: string; name: string; payroll: number; deputies: number; type: string }[] =
    parent?.type === "sub_department" ? parent.units : found.agency.units;
  const siblings: (Mergeable & { type: string })[] = list.map((sibling, position) => ({
    id: sibling.id,
    name: sibling.name,
    payroll: sibling.payroll,
    deputies: sibling.deputies,
    type: sibling.type,
    position,
  }));
  const self = siblings.find((sibling) => sibling.id === unit.id);
  if (!self) return;
  const others = siblings.filter((sibling) => sibling.id !== unit.id);
  const sameType = others.filter((sibling) => sibling.type === unit.type);

  // Merge into a sibling of the same type: the smaller merged unit first.
  for (const sibling of [...sameType].sort(
    (left, right) => left.payroll - right.payroll || left.position - right.position,
  )) {
    const pair: [Mergeable, Mergeable] = [sibling, self];
    const text = mergeText([pair]);
    const payroll = sibling.payroll + self.payroll;
    yield {
      kind: "merge-units",
      operations: [mergeOperation(sibling, self)],
      needsPayrollDecision: false,
      action: {
        vi: `${text.vi} → biên chế ${payroll}`,
        en: `${text.en} → payroll ${payroll}`,
      },
    };
  }
  // Transfer the missing payroll from a sibling with the most to spare.
  for (const sibling of [...others]
    .filter((candidate) => candidate.payroll >= need)
    .sort((left, right) => right.payroll - left.payroll || left.position - right.position)) {
    yield {
      kind: "transfer-payroll",
      operations: [{ op: "transfer", from: sibling.id, to: unit.id, payroll: need, functions: [] }],
      needsPayrollDecision: false,
      action: {
        vi: `Chuyển ${need} biên chế từ ${sibling.name} (${sibling.payroll} → ${sibling.payroll - need}) sang ${unit.name} (${actual} → ${limit}, tối thiểu ${limit})`,
        en: `Transfer ${need} payroll from ${sibling.name} (${sibling.payroll} → ${sibling.payroll - need}) to ${unit.name} (${actual} → ${limit}, at least ${limit})`,
      },
    };
  }
  yield {
    kind: "increase-payroll",
    operations: [{ op: "set", id: unit.id, payroll: limit }],
    needsPayrollDecision: true,
    action: {
      vi: `Tăng biên chế của ${unit.name} từ ${actual} lên ${limit} (tối thiểu ${limit}) — cần quyết định giao thêm biên chế`,
      en: `Increase the payroll of ${unit.name} from ${actual} to ${limit} (at least ${limit}) — needs a decision assigning more payroll`,
    },
  };
}

// --- The suggestion and its explanation ------------------------------------------------------------------------

function toSuggestion(
  context: SearchContext,
  finding: Finding,
  candidate: Candidate,
  checked: Checked,
): FixSuggestion {
  const target = findingKey(finding);
  const resolvedKeys = [...new Set(checked.resolved.map(findingKey))].sort(
    (left, right) => Number(right === target) - Number(left === target),
  );
  const others = checked.resolved.filter((resolved) => findingKey(resolved) !== target);
  const label = (item: Finding): string => `${item.ruleId} (${subjectName(context, item)})`;
  const alsoVi = others.length > 0 ? `; cũng khắc phục ${unique(others.map(label)).join(", ")}` : "";
  const alsoEn = others.length > 0 ? `; also resolves ${unique(others.map(label)).join(", ")}` : "";
  const numbers = (item: Finding): string => `${String(item.actual)}/${String(item.limit)}`;
  const worseVi = checked.worsened
    .map(([before, after]) => `; lưu ý: ${label(after)} vẫn còn, ${numbers(before)} → ${numbers(after)}`)
    .join("");
  const worseEn = checked.worsened
    .map(([before, after]) => `; note: ${label(after)} remains, ${numbers(before)} → ${numbers(after)}`)
    .join("");
  return {
    forFinding: { ruleId: finding.ruleId, subject: finding.subject, key: target },
    kind: candidate.kind,
    operations: candidate.operations,
    explanation: {
      vi: `${candidate.action.vi}, ${finding.ruleId} được khắc phục${alsoVi}, không phát sinh vi phạm mới${worseVi}.`,
      en: `${candidate.action.en}, ${finding.ruleId} resolved${alsoEn}, no new violation${worseEn}.`,
    },
    resolves: resolvedKeys,
    introduces: [],
    worsens: checked.worsened.map(([, after]) => findingKey(after)),
    needsPayrollDecision: candidate.needsPayrollDecision,
  };
}

function subjectName(context: SearchContext, finding: Finding): string {
  if (finding.subject.type === "province") return context.snapshot.province.name;
  return nameOf(context.snapshot, finding.subject.id);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
