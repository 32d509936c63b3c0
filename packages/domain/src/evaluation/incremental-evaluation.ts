// Incremental re-evaluation (issue 5, item 3): after one plan operation, re-run only the rules whose
// subjects the operation can affect and reuse the previous findings of every other subject, so the web
// editor can show findings as the user types. The result is the full evaluation, finding for finding and
// in the same order as evaluateSnapshot; the property test (incremental-evaluation.property.test.ts)
// checks exactly that over random operation sequences.
//
// What is re-evaluated:
// - province rules (the whole snapshot: the list of sở, the deputy-director pool): always;
// - a subject (agency, unit, phòng thuộc chi cục, district, division, commune-level unit, its phòng or
//   service centre) when `touchedIds` names it: it
//   appears in the operation, it is new or moved, or its own fields, its list of children or the own
//   fields of one of its ancestors differ from before (a cheap structural comparison per node);
// - the ancestors of every touched subject: a chi cục when one of its phòng is touched, an agency when
//   one of its units is, a district (its division count, deputy pool, functions) when one of its
//   divisions is, a commune-level unit (C26-ORG-01's frame, C26-DEP-01's pool) when one of its
//   organisations is. `reevaluate` adds these itself, so a caller's set of ids is enough.
// The re-arrangement dates a snapshot stores (`reorganisedOn`, which make a deputy surplus transitional)
// are own fields of the nodes: a changed date touches its node and so the totals it is a member of.
// Everything is re-evaluated when the pack, the date whose parameter values it applies, or the province
// differ from the previous evaluation's.
//
// Why it is exact: rules are pure functions of their scope and the rule context (CONVENTIONS.md §1), and
// a subject's findings are those of its scope's rules and of the follow-up rules run on them. An agency's
// and a district's rules read the whole subtree, which is why a touched descendant touches them. A
// unit's or a division's rules read the subject itself, the own fields of its ancestors (the chi cục,
// the agency, the district: kind, island, ethnic-minority population, name …) and the province, but not
// its siblings: checks across siblings are agency or district rules (P-EST-02 office holder, D-PH-04
// count, D-DEP-01 pool). That contract is tested directly ("subject rules do not read their siblings")
// next to the equality property. So a subject whose own fields, children and ancestors' own fields are
// unchanged, under the same pack, date and province, has exactly its previous findings.
import { type Finding, summarizeFindings } from "../findings/finding.schema.ts";
import type { Operation } from "../plan/plan.schema.ts";
import type { RulePackId } from "../rule-packs/rule-pack-catalogue.ts";
import type { Province, Snapshot } from "../snapshot/snapshot.schema.ts";
import {
  createSubjectEvaluator,
  type EvaluationFailure,
  type EvaluationResult,
  reorganisationDates,
  rulesDate,
  selectRulePack,
  unitScopesOf,
} from "./evaluate-snapshot.ts";

/** The subjects whose findings the index keeps one by one; province findings are always recomputed. */
export type IndexedSubjectType =
  "agency" | "unit" | "district" | "division" | "commune" | "communeOrganisation";

/**
 * The previous evaluation, kept per subject. Treat it (and the findings it holds) as read-only: a later
 * `reevaluate` hands the same finding objects out again.
 */
export interface EvaluationIndex {
  ruleSet: RulePackId;
  /** The date whose parameter values the pack applied (see `rulesDate`). */
  rulesDate: string;
  province: Province;
  /** Findings of each subject's own rules (and their follow-ups and job-position rules), by `type:id`. */
  subjects: ReadonlyMap<string, readonly Finding[]>;
}

export interface IncrementalStats {
  /** Subjects (agencies, units, districts, divisions, communes, their organisations) whose rules ran. */
  recomputed: number;
  /** Subjects whose previous findings were reused. */
  reused: number;
}

export type IncrementalOutcome =
  | { ok: true; result: EvaluationResult; index: EvaluationIndex; stats: IncrementalStats }
  | { ok: false; failure: EvaluationFailure };

export interface IncrementalOptions {
  /** As for evaluateSnapshot: an explicit pack, or (omitted) the one in force on the snapshot's date. */
  ruleSet?: string;
}

/** A full evaluation that also returns the index a later `reevaluate` starts from. */
export function evaluateIndexed(snapshot: Snapshot, options: IncrementalOptions = {}): IncrementalOutcome {
  return evaluateSubjects(undefined, snapshot, new Set(), options);
}

/**
 * The evaluation of `after`, re-running only the subjects in `touched` (and their ancestors) and
 * reusing `previous` for the rest. Same findings, same order as `evaluateSnapshot(after, options)`,
 * provided `touched` covers what changed since `previous` was computed (use `touchedIds`).
 */
export function reevaluate(
  previous: EvaluationIndex,
  after: Snapshot,
  touched: ReadonlySet<string>,
  options: IncrementalOptions = {},
): IncrementalOutcome {
  return evaluateSubjects(previous, after, touched, options);
}

function evaluateSubjects(
  previous: EvaluationIndex | undefined,
  snapshot: Snapshot,
  touched: ReadonlySet<string>,
  options: IncrementalOptions,
): IncrementalOutcome {
  const selected = selectRulePack(snapshot.asOf, options.ruleSet);
  if (!selected.ok) return selected;
  const date = rulesDate(snapshot.asOf, selected.descriptor);
  const { province } = snapshot;
  const reusable =
    previous?.ruleSet === selected.pack.id &&
    previous.rulesDate === date &&
    sameValue(previous.province, province);
  const stale = withAncestors(snapshot, touched);
  // The dates this snapshot stores: a reused subject's dates (and its members') are unchanged, or it is stale.
  const evaluator = createSubjectEvaluator(selected.pack, date, reorganisationDates(snapshot));

  const subjects = new Map<string, readonly Finding[]>();
  const findings: Finding[] = [];
  const stats: IncrementalStats = { recomputed: 0, reused: 0 };
  const take = (type: IndexedSubjectType, id: string, compute: () => Finding[]): void => {
    const key = `${type}:${id}`;
    const cached = reusable && !stale.has(id) ? previous.subjects.get(key) : undefined;
    const own = cached ?? compute();
    if (cached) stats.reused += 1;
    else stats.recomputed += 1;
    subjects.set(key, own);
    findings.push(...own);
  };

  findings.push(...evaluator.province(snapshot));
  for (const agency of snapshot.agencies) {
    take("agency", agency.id, () => evaluator.agency({ agency, province }));
    for (const scope of unitScopesOf(agency, province))
      take("unit", scope.unit.id, () => evaluator.unit(scope));
  }
  for (const district of snapshot.districts) {
    take("district", district.id, () => evaluator.district({ district, province }));
    for (const division of district.divisions)
      take("division", division.id, () => evaluator.division({ division, district, province }));
  }
  for (const commune of snapshot.communes) {
    take("commune", commune.id, () => evaluator.commune({ commune, province }));
    for (const organisation of commune.organisations)
      take("communeOrganisation", organisation.id, () =>
        evaluator.communeOrganisation({ organisation, commune, province }),
      );
  }

  return {
    ok: true,
    result: {
      ruleSet: selected.pack.id,
      asOf: snapshot.asOf,
      findings,
      summary: summarizeFindings(findings),
    },
    index: { ruleSet: selected.pack.id, rulesDate: date, province, subjects },
    stats,
  };
}

/** `touched` plus every ancestor of a touched subject: the chi cục, the agency, the district, the commune. */
function withAncestors(snapshot: Snapshot, touched: ReadonlySet<string>): Set<string> {
  const stale = new Set(touched);
  for (const agency of snapshot.agencies) {
    let unitTouched = false;
    for (const unit of agency.units) {
      if (unit.type === "sub_department" && unit.units.some((child) => touched.has(child.id)))
        stale.add(unit.id);
      if (stale.has(unit.id)) unitTouched = true;
    }
    if (unitTouched) stale.add(agency.id);
  }
  for (const district of snapshot.districts) {
    if (district.divisions.some((division) => touched.has(division.id))) stale.add(district.id);
  }
  for (const commune of snapshot.communes) {
    if (commune.organisations.some((organisation) => touched.has(organisation.id))) stale.add(commune.id);
  }
  return stale;
}

// --- What an operation touches ----------------------------------------------------------------------------

/**
 * The ids whose findings may differ after `operation`: every id the operation names, their parents
 * before and after, and, for safety (an operation's carry-over rules are apply-operation's business, not
 * this module's), every subject that is new, gone, moved, or whose own fields, list of children or
 * ancestors' own fields differ between the two snapshots, with its ancestors. A changed province or date
 * touches everything. Each node is compared once, without copying (a few hundred small comparisons).
 */
export function touchedIds(before: Snapshot, operation: Operation, after: Snapshot): Set<string> {
  const beforeNodes = indexNodes(before);
  const afterNodes = indexNodes(after);
  if (before.asOf !== after.asOf || !sameValue(before.province, after.province))
    return new Set(afterNodes.keys());

  const touched = new Set<string>();
  const touch = (id: string): void => {
    touched.add(id);
    for (const nodes of [beforeNodes, afterNodes]) {
      for (const ancestor of nodes.get(id)?.ancestors ?? []) touched.add(ancestor);
    }
  };
  for (const id of operationIds(operation)) touch(id);
  // Ancestors whose own fields (children aside) changed: every descendant reads them.
  const changedFields = new Set<string>();
  for (const [id, node] of afterNodes) {
    const old = beforeNodes.get(id);
    const fieldsChanged = old?.type !== node.type || !sameValue(old.node, node.node, node.childKey);
    if (fieldsChanged) changedFields.add(id);
    const changed =
      fieldsChanged ||
      old.ancestors.length !== node.ancestors.length ||
      node.ancestors.some(
        (ancestor, index) => ancestor !== old.ancestors[index] || changedFields.has(ancestor),
      ) ||
      !sameIds(old.children, node.children);
    if (changed) touch(id);
  }
  for (const id of beforeNodes.keys()) {
    if (!afterNodes.has(id)) touch(id);
  }
  return touched;
}

/** Every organisation id an operation names (sources, targets, parents, new ids). */
export function operationIds(operation: Operation): string[] {
  switch (operation.op) {
    case "merge":
      return [...operation.ids, operation.into.id];
    case "split":
      return [operation.id, ...operation.into.map((part) => part.id)];
    case "rename":
    case "set":
      return [operation.id];
    case "create": {
      const id = operation.unit.id;
      return [
        ...(operation.parentId === null ? [] : [operation.parentId]),
        ...(operation.district === null ? [] : [operation.district]),
        ...(operation.commune === undefined ? [] : [operation.commune]),
        ...(typeof id === "string" ? [id] : []),
      ];
    }
    case "dissolve":
      return [operation.id, operation.transferTo];
    case "move":
      return [operation.id, operation.parentId];
    case "transfer":
      return [operation.from, operation.to];
  }
}

interface IndexedNode {
  type: IndexedSubjectType;
  node: object;
  /** The key of the node's children (compared by id, not by content), if it has any. */
  childKey: string | undefined;
  children: readonly string[];
  /** Parent first: the chi cục, then the agency; or the district; or the commune-level unit. */
  ancestors: readonly string[];
}

/** Every node by id, parents before children (the order `touchedIds` relies on). */
function indexNodes(snapshot: Snapshot): Map<string, IndexedNode> {
  const nodes = new Map<string, IndexedNode>();
  const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);
  for (const agency of snapshot.agencies) {
    nodes.set(agency.id, {
      type: "agency",
      node: agency,
      childKey: "units",
      children: ids(agency.units),
      ancestors: [],
    });
    for (const unit of agency.units) {
      const chiCuc = unit.type === "sub_department";
      nodes.set(unit.id, {
        type: "unit",
        node: unit,
        childKey: chiCuc ? "units" : undefined,
        children: chiCuc ? ids(unit.units) : [],
        ancestors: [agency.id],
      });
      if (!chiCuc) continue;
      for (const child of unit.units) {
        nodes.set(child.id, {
          type: "unit",
          node: child,
          childKey: undefined,
          children: [],
          ancestors: [unit.id, agency.id],
        });
      }
    }
  }
  for (const district of snapshot.districts) {
    nodes.set(district.id, {
      type: "district",
      node: district,
      childKey: "divisions",
      children: ids(district.divisions),
      ancestors: [],
    });
    for (const division of district.divisions) {
      nodes.set(division.id, {
        type: "division",
        node: division,
        childKey: undefined,
        children: [],
        ancestors: [district.id],
      });
    }
  }
  for (const commune of snapshot.communes) {
    nodes.set(commune.id, {
      type: "commune",
      node: commune,
      childKey: "organisations",
      children: ids(commune.organisations),
      ancestors: [],
    });
    for (const organisation of commune.organisations) {
      nodes.set(organisation.id, {
        type: "communeOrganisation",
        node: organisation,
        childKey: undefined,
        children: [],
        ancestors: [commune.id],
      });
    }
  }
  return nodes;
}

function sameIds(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((id, index) => id === right[index]);
}

/**
 * Structural equality of plain data (what a snapshot holds); an absent key equals an undefined one.
 * `skipKey` leaves one key of the top-level objects out (their children, compared by id elsewhere).
 */
function sameValue(left: unknown, right: unknown, skipKey?: string): boolean {
  if (left === right) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    for (let index = 0; index < left.length; index += 1) {
      if (!sameValue(left[index], right[index])) return false;
    }
    return true;
  }
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  let leftCount = 0;
  for (const key in leftRecord) {
    if (key === skipKey || leftRecord[key] === undefined) continue;
    leftCount += 1;
    if (!sameValue(leftRecord[key], rightRecord[key])) return false;
  }
  let rightCount = 0;
  for (const key in rightRecord) {
    if (key !== skipKey && rightRecord[key] !== undefined) rightCount += 1;
  }
  return leftCount === rightCount;
}
