// What a rule is. A rule encodes one provision (its file opens with the provision) and reads its numbers
// from dated parameters. Rules are grouped by the subject they look at, so the engine walks the tree
// once and a later incremental evaluation can re-run only the subjects an edit touched.
import type { Confidence, Finding, InterpretationRef, SubjectType } from "../findings/finding.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";
import type { ProvinceClass } from "../snapshot/catalogue.ts";
import type {
  Agency,
  AgencyUnit,
  Commune,
  CommuneOrganisation,
  District,
  Division,
  Position,
  Province,
  Snapshot,
  StaffMember,
  SubDivision,
  UnitType,
} from "../snapshot/snapshot.schema.ts";
import type { DatedParameter, DatedValue } from "./parameters.ts";

export type SubDepartment = Extract<AgencyUnit, { type: "sub_department" }>;

export interface AgencyScope {
  agency: Agency;
  province: Province;
}

export interface UnitScope {
  unit: AgencyUnit | SubDivision;
  agency: Agency;
  /** The chi cục containing this unit (a phòng thuộc chi cục), or null for a direct unit of the sở. */
  parent: SubDepartment | null;
  province: Province;
}

export interface DistrictScope {
  district: District;
  province: Province;
}

export interface DivisionScope {
  division: Division;
  district: District;
  province: Province;
}

/** A commune-level unit (xã, phường, đặc khu) with its organisations (snapshot/2). */
export interface CommuneScope {
  commune: Commune;
  province: Province;
}

/** One phòng or the service centre of a commune-level unit. */
export interface CommuneOrganisationScope {
  organisation: CommuneOrganisation;
  commune: Commune;
  province: Province;
}

/** Anything that can carry a job-position scheme: an agency, one of its units, or a district division. */
export interface PositionHolderScope {
  subject: { type: SubjectType; id: string };
  name: string;
  payroll: number;
  deputies: number;
  positions: readonly Position[];
  staff: readonly StaffMember[] | undefined;
  /** The deputy limit the pack sets for this holder alone, when it sets one. */
  deputyLimit: number | undefined;
}

export interface RuleContext {
  asOf: string;
  value: <T>(parameter: DatedParameter<T>) => DatedValue<T> | undefined;
}

export interface RuleDescription {
  /** The catalogue id of legal-rules.md: stable, never renamed. */
  id: string;
  title: LocalizedText;
  /** The provision, in Vietnamese (điểm, khoản, Điều, văn bản, "được sửa đổi, bổ sung bởi …"). */
  citation: string;
  confidence: Confidence;
  interpretation?: InterpretationRef;
  /** The dated numbers the rule reads, for the "legal basis" listing (`tinhgon rules`). */
  parameters: readonly DatedParameter<unknown>[];
  /** Deputy-quota rules are followed by the transition rules of the pack (T-2020-01 …). */
  deputyQuota?: boolean;
}

interface RuleBase<Scope> extends RuleDescription {
  /** The subject's findings; most subjects have none (`noFindings`, one shared empty list). */
  evaluate: (scope: Scope, context: RuleContext) => readonly Finding[];
}

export type ProvinceRule = RuleBase<Snapshot> & { scope: "province" };
export type AgencyRule = RuleBase<AgencyScope> & { scope: "agency" };
/** Which units a unit rule looks at when it looks at one kind only (the engine skips it for the others). */
export interface UnitPlacement {
  unitType: UnitType;
  /** true: only phòng thuộc chi cục; false: only units directly under the sở; absent: both. */
  insideSubDepartment?: boolean;
}

/**
 * Where a unit rule finds nothing, by the unit's deputies: entry `d` is the payroll from which a unit
 * with `d` deputies is quiet (−Infinity: at any payroll; +Infinity: never), the last entry standing for
 * any more deputies than the table has entries.
 */
export type QuietPayrolls = readonly number[];

export type UnitRule = RuleBase<UnitScope> & {
  scope: "unit";
  /** When set, the rule finds nothing (and sets no limit) for any other unit: a promise checked by a test. */
  appliesTo?: UnitPlacement;
  /**
   * On the context's date and in a province of the class, the units the rule cannot find anything on,
   * told from their deputies and payroll alone: most units, and the engine does not call the rule for
   * them. A promise checked by a test.
   */
  quietPayrolls?: (context: RuleContext, provinceClass: ProvinceClass) => QuietPayrolls;
  /** The limit this rule sets on the unit's deputies, if it is a per-unit deputy rule that applies. */
  deputyLimit?: (scope: UnitScope, context: RuleContext) => number | undefined;
};
export type DistrictRule = RuleBase<DistrictScope> & { scope: "district" };
export type DivisionRule = RuleBase<DivisionScope> & {
  scope: "division";
  deputyLimit?: (scope: DivisionScope, context: RuleContext) => number | undefined;
};
/** Rules on one commune-level unit as a whole (its organisations, their deputies: C26-ORG-01, C26-DEP-01). */
export type CommuneRule = RuleBase<CommuneScope> & { scope: "commune" };
export type AgencyDeputyLimitRule = AgencyRule & {
  deputyLimit?: (scope: AgencyScope, context: RuleContext) => number | undefined;
};
export type PositionRule = RuleBase<PositionHolderScope> & { scope: "positions" };
/** Runs on the findings of deputy-quota rules (transition rules such as T-2020-01). */
export type FollowUpRule = RuleDescription & {
  scope: "follow-up";
  evaluate: (finding: Finding, context: RuleContext) => readonly Finding[];
};

/**
 * Turns a deputy-quota violation on a subject re-arranged by a decision effective `decidedOn` into what the
 * transition rules of the pack make of it (T-2025-01, T-2026-01: transitional until the deadline).
 */
export type SurplusTransitionRule = RuleDescription & {
  scope: "surplus-transition";
  transition: (finding: Finding, decidedOn: string, context: RuleContext) => Finding;
};

export type Rule =
  | ProvinceRule
  | AgencyDeputyLimitRule
  | UnitRule
  | DistrictRule
  | DivisionRule
  | CommuneRule
  | PositionRule
  | FollowUpRule
  | SurplusTransitionRule;

export function describeRule(rule: Rule): RuleDescription {
  const { id, title, citation, confidence, interpretation, parameters, deputyQuota } = rule;
  return {
    id,
    title,
    citation,
    confidence,
    parameters,
    ...(interpretation ? { interpretation } : {}),
    ...(deputyQuota ? { deputyQuota } : {}),
  };
}
