// The engine: pick the rule pack in force on the snapshot's date (or the one asked for), walk the tree
// once, run each rule on the subjects of its scope, then the pack's follow-up rules on deputy findings.
// Pure and total: same input, same findings in the same order; never throws on schema-valid input.
import { type Finding, type FindingSummary, summarizeFindings } from "../findings/finding.schema.ts";
import {
  findRulePackInForce,
  type RulePackDescriptor,
  rulePackDescriptors,
  type RulePackId,
} from "../rule-packs/rule-pack-catalogue.ts";
import type { RulePack } from "../rule-packs/rule-pack.ts";
import { rs2014Pack } from "../rule-packs/rs-2014.pack.ts";
import { rs2020Pack } from "../rule-packs/rs-2020.pack.ts";
import { rs2025aPack } from "../rule-packs/rs-2025a.pack.ts";
import { rs2025bPack } from "../rule-packs/rs-2025b.pack.ts";
import { rs2026Pack } from "../rule-packs/rs-2026.pack.ts";
import { type DatedParameter, type DatedValue, valueOn } from "../rules/parameters.ts";
import type {
  AgencyScope,
  CommuneOrganisationScope,
  CommuneScope,
  DistrictScope,
  DivisionScope,
  PositionHolderScope,
  QuietPayrolls,
  Rule,
  RuleContext,
  UnitRule,
  UnitScope,
} from "../rules/rule.ts";
import type { ProvinceClass } from "../snapshot/catalogue.ts";
import type { Agency, Province, Snapshot, UnitType } from "../snapshot/snapshot.schema.ts";

export const rulePacks: readonly RulePack[] = [rs2014Pack, rs2020Pack, rs2025aPack, rs2025bPack, rs2026Pack];

export interface EvaluationResult {
  ruleSet: RulePackId;
  asOf: string;
  findings: Finding[];
  summary: FindingSummary;
}

export type EvaluationFailure =
  | { code: "NO_RULE_PACK_FOR_DATE"; asOf: string; message: { vi: string; en: string } }
  | { code: "UNKNOWN_RULE_PACK"; ruleSet: string; message: { vi: string; en: string } };

export type EvaluationOutcome =
  { ok: true; result: EvaluationResult } | { ok: false; failure: EvaluationFailure };

export function findRulePack(id: string): { pack: RulePack; descriptor: RulePackDescriptor } | undefined {
  const pack = rulePacks.find((candidate) => candidate.id === id);
  const descriptor = rulePackDescriptors.find((candidate) => candidate.id === id);
  return pack && descriptor ? { pack, descriptor } : undefined;
}

/** The pack named explicitly, or the one in force on `asOf`. */
export function selectRulePack(
  asOf: string,
  ruleSet?: string,
): { ok: true; pack: RulePack; descriptor: RulePackDescriptor } | { ok: false; failure: EvaluationFailure } {
  if (ruleSet !== undefined) {
    const found = findRulePack(ruleSet);
    if (found) return { ok: true, ...found };
    const known = rulePacks.map((pack) => pack.id).join(", ");
    return {
      ok: false,
      failure: {
        code: "UNKNOWN_RULE_PACK",
        ruleSet,
        message: {
          vi: `Không có bộ quy tắc "${ruleSet}"; các bộ hiện có: ${known}.`,
          en: `Unknown rule set "${ruleSet}"; available: ${known}.`,
        },
      },
    };
  }
  const descriptor = findRulePackInForce(asOf);
  const found = descriptor ? findRulePack(descriptor.id) : undefined;
  if (found) return { ok: true, ...found };
  const windows = rulePackDescriptors
    .map((pack) => `${pack.id} ${pack.effectiveFrom} → ${pack.effectiveTo ?? "…"}`)
    .join("; ");
  return {
    ok: false,
    failure: {
      code: "NO_RULE_PACK_FOR_DATE",
      asOf,
      message: {
        vi: `Chưa có bộ quy tắc nào có hiệu lực vào ngày ${asOf} (${windows}); chọn một bộ bằng --rule-set.`,
        en: `No rule set is in force on ${asOf} (${windows}); choose one with --rule-set.`,
      },
    },
  };
}

export interface EvaluationOptions {
  /** A pack named explicitly instead of the one in force on the snapshot's date. */
  ruleSet?: string;
  /**
   * Subjects re-arranged by a decision, with the date it took effect (id → ISO date): a plan's phases
   * (applyPlan), on top of the dates the snapshot records (`reorganisedOn`, snapshot/2). A deputy surplus on
   * them may be transitional (T-2025-01, T-2026-01).
   */
  reorganisedOn?: ReadonlyMap<string, string>;
}

/**
 * The re-arrangement dates the snapshot records (snapshot/2 `reorganisedOn`), with `overlay`'s dates on top
 * where later (a plan's phase re-arranges a unit again).
 */
export function reorganisationDates(
  snapshot: Snapshot,
  overlay?: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  let dates: Map<string, string> | undefined;
  const record = (node: { id: string; reorganisedOn?: string }): void => {
    if (node.reorganisedOn === undefined) return;
    dates ??= new Map(overlay);
    const later = dates.get(node.id);
    if (later === undefined || later < node.reorganisedOn) dates.set(node.id, node.reorganisedOn);
  };
  for (const agency of snapshot.agencies) {
    record(agency);
    for (const unit of agency.units) {
      record(unit);
      if (unit.type === "sub_department") for (const child of unit.units) record(child);
    }
  }
  for (const district of snapshot.districts) for (const division of district.divisions) record(division);
  for (const commune of snapshot.communes)
    for (const organisation of commune.organisations) record(organisation);
  return dates ?? overlay ?? new Map<string, string>();
}

export function evaluateSnapshot(snapshot: Snapshot, options: EvaluationOptions = {}): EvaluationOutcome {
  const selected = selectRulePack(snapshot.asOf, options.ruleSet);
  if (!selected.ok) return selected;
  const findings = evaluateWithPack(
    snapshot,
    selected.pack,
    rulesDate(snapshot.asOf, selected.descriptor),
    options.reorganisedOn,
  );
  return {
    ok: true,
    result: {
      ruleSet: selected.pack.id,
      asOf: snapshot.asOf,
      findings,
      summary: summarizeFindings(findings),
    },
  };
}

/**
 * The date whose parameter values a pack applies. Inside the pack's window it is the snapshot's date;
 * a pack chosen explicitly for a structure dated outside its window ("how does this 2026 structure fare
 * under RS-2020?") applies the values of its nearest day in force, never nothing.
 */
export function rulesDate(asOf: string, pack: RulePackDescriptor): string {
  if (asOf < pack.effectiveFrom) return pack.effectiveFrom;
  if (pack.effectiveTo !== null && asOf > pack.effectiveTo) return pack.effectiveTo;
  return asOf;
}

export function createRuleContext(asOf: string): RuleContext {
  // A rule reads the same few parameters for each of thousands of subjects: look each up once per context.
  const values = new Map<DatedParameter<unknown>, DatedValue<unknown> | undefined>();
  const value = <T>(parameter: DatedParameter<T>): DatedValue<T> | undefined => {
    const known = values.get(parameter);
    if (known !== undefined || values.has(parameter)) return known as DatedValue<T> | undefined;
    const found = valueOn(parameter, asOf);
    values.set(parameter, found);
    return found;
  };
  return { asOf, value };
}

/** All findings of `pack` for the snapshot, in a stable order: province, agencies (and their units), districts. */
export function evaluateWithPack(
  snapshot: Snapshot,
  pack: RulePack,
  date: string = snapshot.asOf,
  reorganisedOn?: ReadonlyMap<string, string>,
): Finding[] {
  const evaluator = subjectEvaluatorFor(pack, date, () => reorganisationDates(snapshot, reorganisedOn));
  const { province } = snapshot;
  const findings: Finding[] = [];
  evaluator.province(findings, snapshot);
  for (const agency of snapshot.agencies) {
    evaluator.agency(findings, { agency, province });
    for (const unit of agency.units) {
      evaluator.unit(findings, { unit, agency, parent: null, province });
      if (unit.type === "sub_department") {
        for (const child of unit.units)
          evaluator.unit(findings, { unit: child, agency, parent: unit, province });
      }
    }
  }
  for (const district of snapshot.districts) {
    evaluator.district(findings, { district, province });
    // Without division or job-position rules in the pack, a division has nothing to be checked against.
    if (!evaluator.visitsDivisions) continue;
    for (const division of district.divisions) evaluator.division(findings, { division, district, province });
  }
  for (const commune of snapshot.communes) {
    evaluator.commune(findings, { commune, province });
    for (const organisation of commune.organisations) {
      evaluator.communeOrganisation(findings, { organisation, commune, province });
    }
  }
  return findings;
}

/**
 * The findings of one subject at a time, under one pack and date: what `evaluateWithPack` concatenates in
 * tree order, and what the incremental evaluation (incremental-evaluation.ts) recomputes for the
 * subjects an edit touched. Each function returns the subject's own rules (each followed by the pack's
 * follow-up rules on its findings, for deputy-quota rules) and then its job-position rules.
 */
export interface SubjectEvaluator {
  /** Province-wide rules (the whole snapshot). */
  province: (snapshot: Snapshot) => Finding[];
  /** Agency rules and the agency's own job-position rules (not its units'). */
  agency: (scope: AgencyScope) => Finding[];
  /** Unit rules and job-position rules of one unit or phòng thuộc chi cục. */
  unit: (scope: UnitScope) => Finding[];
  /** District-wide rules (not its divisions'). */
  district: (scope: DistrictScope) => Finding[];
  /** Division rules and job-position rules of one district division. */
  division: (scope: DivisionScope) => Finding[];
  /** Rules on a commune-level unit as a whole (not its organisations'). */
  commune: (scope: CommuneScope) => Finding[];
  /** Job-position rules of one phòng or service centre of a commune-level unit. */
  communeOrganisation: (scope: CommuneOrganisationScope) => Finding[];
}

export function createSubjectEvaluator(
  pack: RulePack,
  date: string,
  reorganisedOn?: ReadonlyMap<string, string>,
): SubjectEvaluator {
  const into = subjectEvaluatorFor(pack, date, () => reorganisedOn ?? new Map<string, string>());
  const collect =
    <S>(evaluate: (findings: Finding[], scope: S) => void) =>
    (scope: S): Finding[] => {
      const findings: Finding[] = [];
      evaluate(findings, scope);
      return findings;
    };
  return {
    province: collect(into.province),
    agency: collect(into.agency),
    unit: collect(into.unit),
    district: collect(into.district),
    division: collect(into.division),
    commune: collect(into.commune),
    communeOrganisation: collect(into.communeOrganisation),
  };
}

/** The same, appending to one array: the whole-snapshot pass makes no array per subject. */
type SubjectEvaluatorInto = {
  [Subject in keyof SubjectEvaluator]: (
    findings: Finding[],
    scope: Parameters<SubjectEvaluator[Subject]>[0],
  ) => void;
} & {
  /** Whether a district division can have findings of its own (division or job-position rules). */
  visitsDivisions: boolean;
};

interface ReusableEvaluator {
  date: string;
  /** Whether the pack has surplus-transition rules (T-2025-01 …), for which re-arrangement dates matter. */
  transitional: boolean;
  /** The evaluator for subjects no decision re-arranged. */
  evaluator: SubjectEvaluatorInto;
}

/**
 * The last evaluator set up for a pack's rules, with its date. Setting one up (the rules grouped, the
 * parameters valued, some twenty closures) costs as much as evaluating a small province, and it depends
 * only on the rules and the date: every province of a national run and every phase of a plan share it.
 */
const reusableEvaluators = new WeakMap<readonly Rule[], ReusableEvaluator>();

/**
 * The evaluator for `pack` on `date`, reused while neither changes; one of its own when the pack turns
 * surpluses on re-arranged subjects into transitional findings and `dates` (read only then) names some.
 */
function subjectEvaluatorFor(
  pack: RulePack,
  date: string,
  dates: () => ReadonlyMap<string, string>,
): SubjectEvaluatorInto {
  let reusable = reusableEvaluators.get(pack.rules);
  if (reusable?.date !== date) {
    let transitional = false;
    for (const rule of pack.rules) if (rule.scope === "surplus-transition") transitional = true;
    reusable = { date, transitional, evaluator: createSubjectEvaluatorInto(pack, date) };
    reusableEvaluators.set(pack.rules, reusable);
  }
  if (!reusable.transitional) return reusable.evaluator;
  const reorganisedOn = dates();
  return reorganisedOn.size === 0
    ? reusable.evaluator
    : createSubjectEvaluatorInto(pack, date, reorganisedOn);
}

function createSubjectEvaluatorInto(
  pack: RulePack,
  date: string,
  reorganisedOn: ReadonlyMap<string, string> = new Map(),
): SubjectEvaluatorInto {
  const context = createRuleContext(date);
  const rules = groupRules(pack.rules);
  const transitions = reorganisedOn.size > 0 ? rules.surplusTransition : [];
  /** The latest re-arrangement of the subject, or of any member of its total (a district's divisions …). */
  const decidedOn = (finding: Finding): string | undefined => {
    let latest = reorganisedOn.get(finding.subject.id);
    for (const member of finding.members ?? []) {
      const date = reorganisedOn.get(member);
      if (date !== undefined && (latest === undefined || date > latest)) latest = date;
    }
    return latest;
  };
  const transitioned = (finding: Finding): Finding => {
    if (finding.severity !== "violation" || finding.limitKind !== "max") return finding;
    const decided = decidedOn(finding);
    if (decided === undefined) return finding;
    let result = finding;
    for (const rule of transitions) result = rule.transition(result, decided, context);
    return result;
  };
  // A rule's findings (a deputy surplus after a re-arrangement made transitional), then the follow-up
  // rules' findings on each of them (in that order).
  const run = (findings: Finding[], rule: Rule, produced: readonly Finding[]): void => {
    if (produced.length === 0) return;
    if (rule.deputyQuota && transitions.length > 0) produced = produced.map(transitioned);
    for (const finding of produced) findings.push(finding);
    if (!rule.deputyQuota) return;
    for (const finding of produced) {
      for (const followUp of rules.followUp) {
        for (const annotation of followUp.evaluate(finding, context)) findings.push(annotation);
      }
    }
  };
  // The unit rules that may find something on a unit of each type and placement, in the pack's order:
  // [directly under the sở, inside a chi cục], chosen once per evaluator and province class, each with
  // the payrolls from which it is quiet by the unit's deputies (a rule without them is always asked).
  const placedFor = (type: UnitType, provinceClass: ProvinceClass): [PlacedUnitRules, PlacedUnitRules] => {
    const select = (inside: boolean): PlacedUnitRules =>
      rules.unit
        .filter(
          ({ appliesTo }) =>
            !appliesTo ||
            (appliesTo.unitType === type &&
              (appliesTo.insideSubDepartment === undefined || appliesTo.insideSubDepartment === inside)),
        )
        .map((rule) => ({ rule, quietFrom: rule.quietPayrolls?.(context, provinceClass) ?? neverQuiet }));
    return [select(false), select(true)];
  };
  const unitRulesOf = (provinceClass: ProvinceClass): UnitRulesByType => {
    const division = placedFor("division", provinceClass);
    const office = placedFor("office", provinceClass);
    const inspectorate = placedFor("inspectorate", provinceClass);
    const subDepartment = placedFor("sub_department", provinceClass);
    // Picked per unit by comparing the type with the four there are (cheaper than a map look-up, and an
    // agency's units change type often).
    return (type) => {
      switch (type) {
        case "division":
          return division;
        case "office":
          return office;
        case "inspectorate":
          return inspectorate;
        case "sub_department":
          return subDepartment;
      }
    };
  };
  // Those of the last province's class at hand: every unit of a province shares it.
  const unitRulesByClass = new Map<ProvinceClass, UnitRulesByType>();
  let lastClass: ProvinceClass | undefined;
  let lastRules: UnitRulesByType | undefined;
  const unitRulesFor = (provinceClass: ProvinceClass): UnitRulesByType => {
    if (provinceClass === lastClass && lastRules) return lastRules;
    let known = unitRulesByClass.get(provinceClass);
    if (!known) {
      known = unitRulesOf(provinceClass);
      unitRulesByClass.set(provinceClass, known);
    }
    lastClass = provinceClass;
    lastRules = known;
    return known;
  };
  const runPositions = (findings: Finding[], holder: PositionHolderScope): void => {
    for (const rule of rules.positions) {
      for (const finding of rule.evaluate(holder, context)) findings.push(finding);
    }
  };

  return {
    visitsDivisions: rules.division.length > 0 || rules.positions.length > 0,
    province: (findings, snapshot) => {
      for (const rule of rules.province) run(findings, rule, rule.evaluate(snapshot, context));
    },
    agency: (findings, scope) => {
      for (const rule of rules.agency) run(findings, rule, rule.evaluate(scope, context));
      const { agency } = scope;
      // Most subjects carry no job-position scheme: then nothing more to do, not even the deputy limit.
      const { positions } = agency;
      if (!positions || rules.positions.length === 0) return;
      runPositions(findings, {
        subject: { type: "agency", id: agency.id },
        name: agency.name,
        payroll: agency.payroll,
        deputies: agency.deputies,
        positions,
        staff: agency.staff,
        deputyLimit: firstLimit(rules.agency, (rule) => rule.deputyLimit?.(scope, context)),
      });
    },
    unit: (findings, scope) => {
      const { unit } = scope;
      const placed = unitRulesFor(scope.province.class)(unit.type)[scope.parent === null ? 0 : 1];
      const { deputies, payroll } = unit;
      for (const { rule, quietFrom } of placed) {
        // Most units are quiet under every rule, told from their numbers: no call for them. (A number of
        // deputies that is no index of the table reads undefined: the rule is asked.)
        const last = quietFrom.length - 1;
        if (payroll >= (quietFrom[deputies < last ? deputies : last] ?? Number.POSITIVE_INFINITY)) continue;
        const produced = rule.evaluate(scope, context);
        if (produced.length !== 0) run(findings, rule, produced);
      }
      // Most subjects carry no job-position scheme: then nothing more to do, not even the deputy limit.
      const { positions } = unit;
      if (!positions || rules.positions.length === 0) return;
      runPositions(findings, {
        subject: { type: "unit", id: unit.id },
        name: unit.name,
        payroll: unit.payroll,
        deputies: unit.deputies,
        positions,
        staff: unit.staff,
        deputyLimit: firstLimit(placed, ({ rule }) => rule.deputyLimit?.(scope, context)),
      });
    },
    district: (findings, scope) => {
      for (const rule of rules.district) run(findings, rule, rule.evaluate(scope, context));
    },
    division: (findings, scope) => {
      for (const rule of rules.division) run(findings, rule, rule.evaluate(scope, context));
      const { division } = scope;
      // Most subjects carry no job-position scheme: then nothing more to do, not even the deputy limit.
      const { positions } = division;
      if (!positions || rules.positions.length === 0) return;
      runPositions(findings, {
        subject: { type: "division", id: division.id },
        name: division.name,
        payroll: division.payroll,
        deputies: division.deputies,
        positions,
        staff: division.staff,
        deputyLimit: firstLimit(rules.division, (rule) => rule.deputyLimit?.(scope, context)),
      });
    },
    commune: (findings, scope) => {
      for (const rule of rules.commune) run(findings, rule, rule.evaluate(scope, context));
    },
    communeOrganisation: (findings, { organisation }) => {
      // No rule sets a per-organisation deputy limit at the commune level (C26-DEP-01 is an average).
      const { positions } = organisation;
      if (!positions || rules.positions.length === 0) return;
      runPositions(findings, {
        subject: { type: "division", id: organisation.id },
        name: organisation.name,
        payroll: organisation.payroll,
        deputies: organisation.deputies,
        positions,
        staff: organisation.staff,
        deputyLimit: undefined,
      });
    },
  };
}

/** The unit rules for one type and placement in a province of one class, each with its quiet payrolls. */
type PlacedUnitRules = { rule: UnitRule; quietFrom: QuietPayrolls }[];
/** [directly under the sở, inside a chi cục] for each unit type. */
type UnitRulesByType = (type: UnitType) => [PlacedUnitRules, PlacedUnitRules];

/** For a rule that states no quiet payrolls: no unit is quiet. */
const neverQuiet: QuietPayrolls = [Number.POSITIVE_INFINITY];

/** The units of an agency in evaluation order: each direct unit, then (for a chi cục) its phòng. */
export function unitScopesOf(agency: Agency, province: Province): UnitScope[] {
  const scopes: UnitScope[] = [];
  for (const unit of agency.units) {
    scopes.push({ unit, agency, parent: null, province });
    if (unit.type === "sub_department") {
      for (const child of unit.units) scopes.push({ unit: child, agency, parent: unit, province });
    }
  }
  return scopes;
}

interface GroupedRules {
  province: Extract<Rule, { scope: "province" }>[];
  agency: Extract<Rule, { scope: "agency" }>[];
  unit: Extract<Rule, { scope: "unit" }>[];
  district: Extract<Rule, { scope: "district" }>[];
  division: Extract<Rule, { scope: "division" }>[];
  commune: Extract<Rule, { scope: "commune" }>[];
  positions: Extract<Rule, { scope: "positions" }>[];
  followUp: Extract<Rule, { scope: "follow-up" }>[];
  surplusTransition: Extract<Rule, { scope: "surplus-transition" }>[];
}

function groupRules(rules: readonly Rule[]): GroupedRules {
  const grouped: GroupedRules = {
    province: [],
    agency: [],
    unit: [],
    district: [],
    division: [],
    commune: [],
    positions: [],
    followUp: [],
    surplusTransition: [],
  };
  for (const rule of rules) {
    switch (rule.scope) {
      case "province":
        grouped.province.push(rule);
        break;
      case "agency":
        grouped.agency.push(rule);
        break;
      case "unit":
        grouped.unit.push(rule);
        break;
      case "district":
        grouped.district.push(rule);
        break;
      case "division":
        grouped.division.push(rule);
        break;
      case "commune":
        grouped.commune.push(rule);
        break;
      case "positions":
        grouped.positions.push(rule);
        break;
      case "follow-up":
        grouped.followUp.push(rule);
        break;
      case "surplus-transition":
        grouped.surplusTransition.push(rule);
        break;
    }
  }
  return grouped;
}

function firstLimit<R>(rules: readonly R[], limitOf: (rule: R) => number | undefined): number | undefined {
  for (const rule of rules) {
    const limit = limitOf(rule);
    if (limit !== undefined) return limit;
  }
  return undefined;
}
