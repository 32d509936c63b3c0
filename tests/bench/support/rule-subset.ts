// The deputy and minimum-payroll rules of RS-2020, three ways, for the engine figures of issue #9:
// - our engine: `evaluateWithPack` with a pack holding only those rules (full findings: messages,
//   citations, facts and limits), on the snapshots themselves;
// - json-rules-engine, written as its documentation shows: one Engine, the rules added once (one rule per
//   band, per province class where the limit depends on it), `engine.run(facts)` once per subject;
// - a hand-written loop over plain typed arrays: the practical floor.
// All three read their numbers from the same dated parameters (the rules' own `parameters`, valued on
// the pack's date), and all three must find the same violations, rule by rule.
import {
  type DeputyBand,
  evaluateWithPack,
  type Finding,
  findRulePack,
  type ProvinceClass,
  provinceClassSchema,
  type Rule,
  type RulePack,
  rulesDate,
  type Snapshot,
  valueOn,
} from "@tinhgon/domain";
import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import { z } from "zod";

/** The rules compared: every deputy rule (P-DEP-*, D-DEP-01) and every minimum-payroll rule (P-EST-*). */
export const SUBSET_RULE_IDS = [
  "P-DEP-01",
  "P-DEP-02",
  "P-DEP-03",
  "P-DEP-04",
  "P-DEP-05",
  "P-DEP-06",
  "D-DEP-01",
  "P-EST-01",
  "P-EST-02",
  "P-EST-04",
  "P-EST-05",
] as const;

type UnitKind = "office" | "division" | "inspectorate" | "sub_department";

interface UnitSelector {
  unitType: UnitKind;
  /** true: a phòng thuộc chi cục; false: a unit directly under the sở. */
  insideSubDepartment: boolean;
}

// Which units each per-unit rule governs: the legal structure of the rule (its provision), not a number.
// The numbers come from the rule's dated parameter.
const bandRuleUnits: Record<string, UnitSelector> = {
  "P-DEP-02": { unitType: "division", insideSubDepartment: false },
  "P-DEP-03": { unitType: "office", insideSubDepartment: false },
  "P-DEP-04": { unitType: "inspectorate", insideSubDepartment: false },
  "P-DEP-06": { unitType: "division", insideSubDepartment: true },
};
const minimumRuleUnits: Record<string, UnitSelector> = {
  "P-EST-01": { unitType: "division", insideSubDepartment: false },
  "P-EST-02": { unitType: "office", insideSubDepartment: false },
  "P-EST-04": { unitType: "division", insideSubDepartment: true },
  "P-EST-05": { unitType: "inspectorate", insideSubDepartment: false },
};

const provinceClasses = provinceClassSchema.options;

const bandsByClassSchema = z.record(
  provinceClassSchema,
  z.array(z.object({ upTo: z.number().nullable(), maxDeputies: z.number() })),
);
const minimumByClassSchema = z.record(provinceClassSchema, z.number());
const subDepartmentLimitsSchema = z.object({
  fewDivisionsUpTo: z.number(),
  fewDivisionsMax: z.number(),
  otherwiseMax: z.number(),
});
const agencyPoolSchema = z.object({
  averagePerAgency: z.number(),
  extraTotal: z.record(provinceClassSchema, z.number()),
});
const districtPoolSchema = z.object({ averagePerDivision: z.number(), warnAbovePerDivision: z.number() });

/** The limits of the subset's rules in force on `date`, read from the rules' dated parameters. */
export interface SubsetLimits {
  ruleSet: string;
  date: string;
  bands: { ruleId: string; unit: UnitSelector; byClass: Record<ProvinceClass, readonly DeputyBand[]> }[];
  minimums: { ruleId: string; unit: UnitSelector; byClass: Record<ProvinceClass, number> }[];
  subDepartment: { ruleId: string; limits: z.infer<typeof subDepartmentLimitsSchema> } | undefined;
  agencyPool: { ruleId: string; pool: z.infer<typeof agencyPoolSchema> } | undefined;
  districtPool: { ruleId: string; pool: z.infer<typeof districtPoolSchema> } | undefined;
}

export interface RuleSubset {
  /** The RS-2020 pack reduced to the subset (follow-up and job-position rules left out). */
  pack: RulePack;
  limits: SubsetLimits;
}

function inSubset(rule: Rule): boolean {
  if (rule.scope === "follow-up" || rule.scope === "positions") return false;
  // P-EST-02 names two rules: the office's minimum payroll (a unit rule, compared here) and the office
  // functions of a sở without an office (an agency rule, not a payroll minimum).
  if (rule.id === "P-EST-02") return rule.scope === "unit";
  return (SUBSET_RULE_IDS as readonly string[]).includes(rule.id);
}

function parameterValue<T>(rule: Rule, schema: z.ZodType<T>, date: string): T | undefined {
  const parameter = rule.parameters[0];
  if (parameter === undefined) throw new Error(`${rule.id} reads no dated parameter`);
  const value = valueOn(parameter, date);
  return value === undefined ? undefined : schema.parse(value.value);
}

/** The subset of the pack in force on the dataset's date, and its limits. */
export function createRuleSubset(snapshots: readonly Snapshot[]): RuleSubset {
  const asOf = snapshots[0]?.asOf;
  if (asOf === undefined || snapshots.some((snapshot) => snapshot.asOf !== asOf))
    throw new Error("the dataset's snapshots must share one date");
  const found = findRulePack("RS-2020");
  if (!found) throw new Error("RS-2020 is not in the catalogue");
  const date = rulesDate(asOf, found.descriptor);
  const rules = found.pack.rules.filter(inSubset);
  const missing = SUBSET_RULE_IDS.filter((id) => !rules.some((rule) => rule.id === id));
  if (missing.length > 0) throw new Error(`RS-2020 has no rule ${missing.join(", ")}`);

  const limits: SubsetLimits = {
    ruleSet: found.pack.id,
    date,
    bands: [],
    minimums: [],
    subDepartment: undefined,
    agencyPool: undefined,
    districtPool: undefined,
  };
  for (const rule of rules) {
    const bandUnit = bandRuleUnits[rule.id];
    const minimumUnit = minimumRuleUnits[rule.id];
    if (bandUnit) {
      const byClass = parameterValue(rule, bandsByClassSchema, date);
      if (byClass) limits.bands.push({ ruleId: rule.id, unit: bandUnit, byClass });
    } else if (minimumUnit) {
      const byClass = parameterValue(rule, minimumByClassSchema, date);
      if (byClass) limits.minimums.push({ ruleId: rule.id, unit: minimumUnit, byClass });
    } else if (rule.id === "P-DEP-05") {
      const value = parameterValue(rule, subDepartmentLimitsSchema, date);
      if (value) limits.subDepartment = { ruleId: rule.id, limits: value };
    } else if (rule.id === "P-DEP-01") {
      const value = parameterValue(rule, agencyPoolSchema, date);
      if (value) limits.agencyPool = { ruleId: rule.id, pool: value };
    } else if (rule.id === "D-DEP-01") {
      const value = parameterValue(rule, districtPoolSchema, date);
      if (value) limits.districtPool = { ruleId: rule.id, pool: value };
    }
  }
  return { pack: { id: found.pack.id, rules }, limits };
}

/** Rules whose parameter has a value on the date (the others are off, in all three implementations). */
export function rulesInForce(limits: SubsetLimits): string[] {
  return [
    ...(limits.agencyPool ? [limits.agencyPool.ruleId] : []),
    ...limits.bands.map((rule) => rule.ruleId),
    ...(limits.subDepartment ? [limits.subDepartment.ruleId] : []),
    ...(limits.districtPool ? [limits.districtPool.ruleId] : []),
    ...limits.minimums.map((rule) => rule.ruleId),
  ].sort();
}

export type RuleCounts = Record<string, number>;

function addCount(counts: RuleCounts, ruleId: string, amount = 1): void {
  counts[ruleId] = (counts[ruleId] ?? 0) + amount;
}

export function totalCount(counts: RuleCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export function sameCounts(left: RuleCounts, right: RuleCounts): boolean {
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if ((left[key] ?? 0) !== (right[key] ?? 0)) return false;
  return true;
}

// --- Our engine ---------------------------------------------------------------------------------------

/**
 * One full evaluation of the subset over every snapshot: the engine's output, every finding with its
 * messages, citation and limits (what is timed; the loop's output is its counts). Each snapshot's
 * findings are handed to `consume` as they come, as a server hands them on.
 */
export function evaluateSubsetWithEngine(
  subset: RuleSubset,
  snapshots: readonly Snapshot[],
  consume: (findings: readonly Finding[]) => void,
): void {
  for (const snapshot of snapshots) consume(evaluateWithPack(snapshot, subset.pack, subset.limits.date));
}

/** The findings of a pass counted per rule, to check the three implementations agree (not timed). */
export function countFindings(subset: RuleSubset, snapshots: readonly Snapshot[]): RuleCounts {
  const counts: RuleCounts = {};
  evaluateSubsetWithEngine(subset, snapshots, (findings) => {
    for (const finding of findings) addCount(counts, finding.ruleId);
  });
  return counts;
}

// --- json-rules-engine --------------------------------------------------------------------------------

/** The facts of one run: one subject (a province, a unit of a sở, a district or a district division). */
export type SubjectFacts =
  | {
      subjectType: "province";
      provinceClass: ProvinceClass;
      agenciesComplete: boolean;
      agencyCount: number;
      totalAgencyDeputies: number;
    }
  | {
      subjectType: "unit";
      provinceClass: ProvinceClass;
      unitType: UnitKind;
      insideSubDepartment: boolean;
      payroll: number;
      deputies: number;
      childDivisions: number;
    }
  | { subjectType: "district"; divisionCount: number; totalDeputies: number }
  | { subjectType: "division"; deputies: number };

/** The facts of every subject of the dataset, in tree order (prepared before any timing). */
export function subjectFacts(snapshots: readonly Snapshot[]): SubjectFacts[] {
  const facts: SubjectFacts[] = [];
  for (const snapshot of snapshots) {
    const provinceClass = snapshot.province.class;
    facts.push({
      subjectType: "province",
      provinceClass,
      agenciesComplete: snapshot.province.agenciesComplete,
      agencyCount: snapshot.agencies.length,
      totalAgencyDeputies: snapshot.agencies.reduce((sum, agency) => sum + agency.deputies, 0),
    });
    for (const agency of snapshot.agencies) {
      for (const unit of agency.units) {
        const children = unit.type === "sub_department" ? unit.units : [];
        facts.push({
          subjectType: "unit",
          provinceClass,
          unitType: unit.type,
          insideSubDepartment: false,
          payroll: unit.payroll,
          deputies: unit.deputies,
          childDivisions: children.length,
        });
        for (const child of children) {
          facts.push({
            subjectType: "unit",
            provinceClass,
            unitType: child.type,
            insideSubDepartment: true,
            payroll: child.payroll,
            deputies: child.deputies,
            childDivisions: 0,
          });
        }
      }
    }
    for (const district of snapshot.districts) {
      facts.push({
        subjectType: "district",
        divisionCount: district.divisions.length,
        totalDeputies: district.divisions.reduce((sum, division) => sum + division.deputies, 0),
      });
      for (const division of district.divisions)
        facts.push({ subjectType: "division", deputies: division.deputies });
    }
  }
  return facts;
}

function event(ruleId: string, severity: "violation" | "warning", limit?: number) {
  return {
    type: severity === "violation" ? "limit-exceeded" : "worth-a-second-look",
    params: limit === undefined ? { ruleId } : { ruleId, limit },
  };
}

/** The same limits for every class: one rule, with no condition on the class. */
function classGroups<T>(byClass: Record<ProvinceClass, T>): { classes: ProvinceClass[] | null; value: T }[] {
  const first = byClass.special;
  const uniform = provinceClasses.every(
    (provinceClass) => JSON.stringify(byClass[provinceClass]) === JSON.stringify(first),
  );
  if (uniform) return [{ classes: null, value: first }];
  return provinceClasses.map((provinceClass) => ({
    classes: [provinceClass],
    value: byClass[provinceClass],
  }));
}

function unitConditions(unit: UnitSelector, classes: ProvinceClass[] | null) {
  return [
    { fact: "subjectType", operator: "equal", value: "unit" },
    { fact: "unitType", operator: "equal", value: unit.unitType },
    { fact: "insideSubDepartment", operator: "equal", value: unit.insideSubDepartment },
    ...(classes ? [{ fact: "provinceClass", operator: "in", value: classes }] : []),
  ];
}

/** The subset as json-rules-engine rules: one per band (and class), one per minimum (and class) … */
export function jsonRules(limits: SubsetLimits): RuleProperties[] {
  const rules: RuleProperties[] = [];
  for (const rule of limits.bands) {
    for (const group of classGroups(rule.byClass)) {
      let from = 0;
      for (const band of group.value) {
        const payroll = [
          { fact: "payroll", operator: "greaterThanInclusive", value: from },
          ...(band.upTo === null
            ? []
            : [{ fact: "payroll", operator: "lessThanInclusive", value: band.upTo }]),
        ];
        rules.push({
          name: `${rule.ruleId} ${group.classes?.join(",") ?? "*"} ≤ ${String(band.upTo ?? "∞")}`,
          conditions: {
            all: [
              ...unitConditions(rule.unit, group.classes),
              ...payroll,
              { fact: "deputies", operator: "greaterThan", value: band.maxDeputies },
            ],
          },
          event: event(rule.ruleId, "violation", band.maxDeputies),
        });
        if (band.upTo !== null) from = band.upTo + 1;
      }
    }
  }
  for (const rule of limits.minimums) {
    for (const group of classGroups(rule.byClass)) {
      rules.push({
        name: `${rule.ruleId} ${group.classes?.join(",") ?? "*"}`,
        conditions: {
          all: [
            ...unitConditions(rule.unit, group.classes),
            { fact: "payroll", operator: "lessThan", value: group.value },
          ],
        },
        event: event(rule.ruleId, "violation", group.value),
      });
    }
  }
  if (limits.subDepartment) {
    const { ruleId, limits: value } = limits.subDepartment;
    const chiCuc = [
      { fact: "subjectType", operator: "equal", value: "unit" },
      { fact: "unitType", operator: "equal", value: "sub_department" },
    ];
    rules.push({
      name: `${ruleId} 1–${String(value.fewDivisionsUpTo)} phòng`,
      conditions: {
        all: [
          ...chiCuc,
          { fact: "childDivisions", operator: "greaterThanInclusive", value: 1 },
          { fact: "childDivisions", operator: "lessThanInclusive", value: value.fewDivisionsUpTo },
          { fact: "deputies", operator: "greaterThan", value: value.fewDivisionsMax },
        ],
      },
      event: event(ruleId, "violation", value.fewDivisionsMax),
    });
    const otherwise: TopLevelCondition = {
      any: [
        { fact: "childDivisions", operator: "equal", value: 0 },
        { fact: "childDivisions", operator: "greaterThan", value: value.fewDivisionsUpTo },
      ],
    };
    rules.push({
      name: `${ruleId} otherwise`,
      conditions: {
        all: [...chiCuc, otherwise, { fact: "deputies", operator: "greaterThan", value: value.otherwiseMax }],
      },
      event: event(ruleId, "violation", value.otherwiseMax),
    });
  }
  if (limits.agencyPool) {
    rules.push({
      name: limits.agencyPool.ruleId,
      conditions: {
        all: [
          { fact: "subjectType", operator: "equal", value: "province" },
          { fact: "agenciesComplete", operator: "equal", value: true },
          { fact: "totalAgencyDeputies", operator: "greaterThan", value: { fact: "agencyDeputyCap" } },
        ],
      },
      event: event(limits.agencyPool.ruleId, "violation"),
    });
  }
  if (limits.districtPool) {
    const { ruleId, pool } = limits.districtPool;
    rules.push({
      name: `${ruleId} pool`,
      conditions: {
        all: [
          { fact: "subjectType", operator: "equal", value: "district" },
          { fact: "totalDeputies", operator: "greaterThan", value: { fact: "districtDeputyCap" } },
        ],
      },
      event: event(ruleId, "violation"),
    });
    rules.push({
      name: `${ruleId} per division`,
      conditions: {
        all: [
          { fact: "subjectType", operator: "equal", value: "division" },
          { fact: "deputies", operator: "greaterThan", value: pool.warnAbovePerDivision },
        ],
      },
      event: event(ruleId, "warning", pool.warnAbovePerDivision),
    });
  }
  return rules;
}

/** One engine, its rules added once, the pooled caps as computed facts (as json-rules-engine's docs show). */
export function createJsonRulesEngine(limits: SubsetLimits): Engine {
  // Each subject has only its own facts: a missing fact makes a condition false, not an error.
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of jsonRules(limits)) engine.addRule(rule);
  const { agencyPool, districtPool } = limits;
  if (agencyPool) {
    engine.addFact("agencyDeputyCap", async (_params, almanac) => {
      const count = await almanac.factValue<number>("agencyCount");
      const provinceClass = await almanac.factValue<ProvinceClass>("provinceClass");
      // ADR 0007: a cap derived from an average rounds down.
      return Math.floor(agencyPool.pool.averagePerAgency * count) + agencyPool.pool.extraTotal[provinceClass];
    });
  }
  if (districtPool) {
    engine.addFact("districtDeputyCap", async (_params, almanac) => {
      const count = await almanac.factValue<number>("divisionCount");
      return Math.floor(districtPool.pool.averagePerDivision * count);
    });
  }
  return engine;
}

/** One run per subject, in order; the events counted per rule. */
export async function evaluateWithJsonRulesEngine(
  engine: Engine,
  facts: readonly SubjectFacts[],
): Promise<RuleCounts> {
  const counts: RuleCounts = {};
  for (const subject of facts) {
    const { events } = await engine.run(subject);
    for (const fired of events) {
      const ruleId: unknown = fired.params?.ruleId;
      if (typeof ruleId === "string") addCount(counts, ruleId);
    }
  }
  return counts;
}

// --- The hand-written loop ----------------------------------------------------------------------------

const unitKinds: readonly UnitKind[] = ["office", "division", "inspectorate", "sub_department"];
const SUB_DEPARTMENT = unitKinds.indexOf("sub_department");

/** The dataset as plain typed arrays (prepared before any timing). */
export interface PlainDataset {
  unitCount: number;
  unitKind: Int8Array;
  unitInside: Uint8Array;
  unitClass: Int8Array;
  unitPayroll: Int32Array;
  unitDeputies: Int32Array;
  unitChildren: Int32Array;
  /** Division deputies, district after district; district i owns [districtStart[i], districtStart[i+1]). */
  districtStart: Int32Array;
  divisionDeputies: Int32Array;
  provinceClass: Int8Array;
  provinceComplete: Uint8Array;
  agencyStart: Int32Array;
  agencyDeputies: Int32Array;
}

export function plainDataset(snapshots: readonly Snapshot[]): PlainDataset {
  const units: {
    kind: number;
    inside: number;
    provinceClass: number;
    payroll: number;
    deputies: number;
    children: number;
  }[] = [];
  const districtStart = [0];
  const divisionDeputies: number[] = [];
  const agencyStart = [0];
  const agencyDeputies: number[] = [];
  const classOf: number[] = [];
  const complete: number[] = [];
  for (const snapshot of snapshots) {
    const provinceClass = provinceClasses.indexOf(snapshot.province.class);
    classOf.push(provinceClass);
    complete.push(snapshot.province.agenciesComplete ? 1 : 0);
    for (const agency of snapshot.agencies) {
      agencyDeputies.push(agency.deputies);
      for (const unit of agency.units) {
        const children = unit.type === "sub_department" ? unit.units : [];
        units.push({
          kind: unitKinds.indexOf(unit.type),
          inside: 0,
          provinceClass,
          payroll: unit.payroll,
          deputies: unit.deputies,
          children: children.length,
        });
        for (const child of children) {
          units.push({
            kind: unitKinds.indexOf(child.type),
            inside: 1,
            provinceClass,
            payroll: child.payroll,
            deputies: child.deputies,
            children: 0,
          });
        }
      }
    }
    agencyStart.push(agencyDeputies.length);
    for (const district of snapshot.districts) {
      for (const division of district.divisions) divisionDeputies.push(division.deputies);
      districtStart.push(divisionDeputies.length);
    }
  }
  return {
    unitCount: units.length,
    unitKind: Int8Array.from(units.map((unit) => unit.kind)),
    unitInside: Uint8Array.from(units.map((unit) => unit.inside)),
    unitClass: Int8Array.from(units.map((unit) => unit.provinceClass)),
    unitPayroll: Int32Array.from(units.map((unit) => unit.payroll)),
    unitDeputies: Int32Array.from(units.map((unit) => unit.deputies)),
    unitChildren: Int32Array.from(units.map((unit) => unit.children)),
    districtStart: Int32Array.from(districtStart),
    divisionDeputies: Int32Array.from(divisionDeputies),
    provinceClass: Int8Array.from(classOf),
    provinceComplete: Uint8Array.from(complete),
    agencyStart: Int32Array.from(agencyStart),
    agencyDeputies: Int32Array.from(agencyDeputies),
  };
}

/** The limits as plain arrays, indexed by class: what a hand-written loop would keep. */
export interface PlainLimits {
  ruleIds: string[];
  bands: { slot: number; kind: number; inside: number; upTo: Float64Array[]; max: Int32Array[] }[];
  minimums: { slot: number; kind: number; inside: number; minimum: Int32Array }[];
  subDepartment: { slot: number; fewUpTo: number; fewMax: number; otherwiseMax: number } | undefined;
  agencyPool: { slot: number; average: number; extra: Int32Array } | undefined;
  districtPool: { slot: number; average: number; warnAbove: number } | undefined;
}

export function plainLimits(limits: SubsetLimits): PlainLimits {
  const ruleIds = rulesInForce(limits);
  const slot = (ruleId: string): number => ruleIds.indexOf(ruleId);
  const { subDepartment, agencyPool, districtPool } = limits;
  return {
    ruleIds,
    bands: limits.bands.map((rule) => ({
      slot: slot(rule.ruleId),
      kind: unitKinds.indexOf(rule.unit.unitType),
      inside: rule.unit.insideSubDepartment ? 1 : 0,
      upTo: provinceClasses.map((provinceClass) =>
        Float64Array.from(rule.byClass[provinceClass].map((band) => band.upTo ?? Number.POSITIVE_INFINITY)),
      ),
      max: provinceClasses.map((provinceClass) =>
        Int32Array.from(rule.byClass[provinceClass].map((band) => band.maxDeputies)),
      ),
    })),
    minimums: limits.minimums.map((rule) => ({
      slot: slot(rule.ruleId),
      kind: unitKinds.indexOf(rule.unit.unitType),
      inside: rule.unit.insideSubDepartment ? 1 : 0,
      minimum: Int32Array.from(provinceClasses.map((provinceClass) => rule.byClass[provinceClass])),
    })),
    subDepartment: subDepartment && {
      slot: slot(subDepartment.ruleId),
      fewUpTo: subDepartment.limits.fewDivisionsUpTo,
      fewMax: subDepartment.limits.fewDivisionsMax,
      otherwiseMax: subDepartment.limits.otherwiseMax,
    },
    agencyPool: agencyPool && {
      slot: slot(agencyPool.ruleId),
      average: agencyPool.pool.averagePerAgency,
      extra: Int32Array.from(
        provinceClasses.map((provinceClass) => agencyPool.pool.extraTotal[provinceClass]),
      ),
    },
    districtPool: districtPool && {
      slot: slot(districtPool.ruleId),
      average: districtPool.pool.averagePerDivision,
      warnAbove: districtPool.pool.warnAbovePerDivision,
    },
  };
}

/** The same limits, by hand: `counts[slot]` gets the violations (and warnings) of each rule. */
export function countWithHandLoop(data: PlainDataset, limits: PlainLimits, counts: Int32Array): void {
  counts.fill(0);
  const { unitKind, unitInside, unitClass, unitPayroll, unitDeputies, unitChildren } = data;
  for (let unit = 0; unit < data.unitCount; unit += 1) {
    const kind = unitKind[unit] ?? -1;
    const inside = unitInside[unit] ?? 0;
    const provinceClass = unitClass[unit] ?? 0;
    const payroll = unitPayroll[unit] ?? 0;
    const deputies = unitDeputies[unit] ?? 0;
    for (const rule of limits.bands) {
      if (rule.kind !== kind || rule.inside !== inside) continue;
      const upTo = rule.upTo[provinceClass];
      const max = rule.max[provinceClass];
      if (!upTo || !max) continue;
      let band = 0;
      while (payroll > (upTo[band] ?? Number.POSITIVE_INFINITY)) band += 1;
      if (deputies > (max[band] ?? Number.POSITIVE_INFINITY))
        counts[rule.slot] = (counts[rule.slot] ?? 0) + 1;
    }
    for (const rule of limits.minimums) {
      if (rule.kind !== kind || rule.inside !== inside) continue;
      if (payroll < (rule.minimum[provinceClass] ?? 0)) counts[rule.slot] = (counts[rule.slot] ?? 0) + 1;
    }
    const chiCuc = limits.subDepartment;
    if (chiCuc && kind === SUB_DEPARTMENT) {
      const children = unitChildren[unit] ?? 0;
      const limit = children >= 1 && children <= chiCuc.fewUpTo ? chiCuc.fewMax : chiCuc.otherwiseMax;
      if (deputies > limit) counts[chiCuc.slot] = (counts[chiCuc.slot] ?? 0) + 1;
    }
  }
  const pool = limits.districtPool;
  if (pool) {
    const { districtStart, divisionDeputies } = data;
    for (let district = 0; district + 1 < districtStart.length; district += 1) {
      const start = districtStart[district] ?? 0;
      const end = districtStart[district + 1] ?? 0;
      let total = 0;
      for (let division = start; division < end; division += 1) {
        const deputies = divisionDeputies[division] ?? 0;
        total += deputies;
        if (deputies > pool.warnAbove) counts[pool.slot] = (counts[pool.slot] ?? 0) + 1;
      }
      if (total > Math.floor(pool.average * (end - start))) counts[pool.slot] = (counts[pool.slot] ?? 0) + 1;
    }
  }
  const agencies = limits.agencyPool;
  if (agencies) {
    const { agencyStart, agencyDeputies, provinceClass, provinceComplete } = data;
    for (let province = 0; province < provinceClass.length; province += 1) {
      if (provinceComplete[province] !== 1) continue;
      const start = agencyStart[province] ?? 0;
      const end = agencyStart[province + 1] ?? 0;
      let total = 0;
      for (let agency = start; agency < end; agency += 1) total += agencyDeputies[agency] ?? 0;
      const limit =
        Math.floor(agencies.average * (end - start)) + (agencies.extra[provinceClass[province] ?? 0] ?? 0);
      if (total > limit) counts[agencies.slot] = (counts[agencies.slot] ?? 0) + 1;
    }
  }
}

export function handLoopCounts(limits: PlainLimits, counts: Int32Array): RuleCounts {
  const result: RuleCounts = {};
  limits.ruleIds.forEach((ruleId, slot) => {
    const count = counts[slot] ?? 0;
    if (count > 0) result[ruleId] = count;
  });
  return result;
}
