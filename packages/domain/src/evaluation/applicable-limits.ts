// The limits in force for one agency, unit, district, division, commune-level unit or commune organisation
// — even when it complies — each with
// the rule id and the citation a finding would carry ("Cấp phó: 3 / tối đa 3 (… — P-DEP-02)").
//
// One source of truth: the numbers are not read again here. The pack's own rules are asked by probing:
// a copy of the node whose measured value is pushed far past any limit (deputies + PROBE, payroll 0,
// the division count + PROBE) is run through the rules of the node's scope, and every finding that
// compares exactly that probed value reports the limit — with the same rule id, dated citation,
// confidence and interpretation note as a real finding. A rule added to a pack, or a value amended on a
// later date, shows here without any change to this file. Only the rules that look at the node itself
// (and the district or province pool it belongs to) run; job-position rules and follow-ups do not.
import { z } from "zod";

import {
  confidenceSchema,
  type Finding,
  interpretationRefSchema,
  subjectTypeSchema,
} from "../findings/finding.schema.ts";
import { limitNature } from "../findings/limit-nature.ts";
import { type RulePackId, rulePackIdSchema } from "../rule-packs/rule-pack-catalogue.ts";
import type { RulePack } from "../rule-packs/rule-pack.ts";
import type { Rule, RuleContext, SubDepartment, UnitScope } from "../rules/rule.ts";
import { isoDateSchema } from "../shared/iso-date.ts";
import { localizedTextSchema } from "../shared/localized.ts";
import { findOrganisationNode } from "../snapshot/find-node.ts";
import type { Agency, Commune, District, Division, Snapshot } from "../snapshot/snapshot.schema.ts";
import { createRuleContext, type EvaluationFailure, rulesDate, selectRulePack } from "./evaluate-snapshot.ts";

/** What a limit counts. */
export const limitMeasureSchema = z.enum([
  /** The node's own deputies (cấp phó). */
  "deputies",
  /** The node's payroll (biên chế). */
  "payroll",
  /** The number of divisions of a district. */
  "divisions",
  /** The deputies of all divisions of the node's district (D-DEP-01's pool). */
  "districtDeputies",
  /** The deputy directors of all agencies of the province (P-DEP-01's pool). */
  "provinceDeputies",
  /** The deputies of all phòng and the service centre of a commune-level unit (C26-DEP-01's pool). */
  "communeDeputies",
]);
export type LimitMeasure = z.infer<typeof limitMeasureSchema>;

export const applicableLimitSchema = z.object({
  ruleId: z.string(),
  title: localizedTextSchema,
  measure: limitMeasureSchema,
  /** Where the value is counted: the node itself, or the district / province whose pool it shares. */
  subject: z.object({ type: subjectTypeSchema, id: z.string() }),
  /** The value now. */
  actual: z.number(),
  limit: z.number(),
  /** A legal maximum or minimum, or a threshold worth a second look (limit-nature.ts). */
  nature: z.enum(["max", "min", "threshold"]),
  /** Whether the value now is past the limit (above a maximum or threshold, below a minimum). */
  exceeded: z.boolean(),
  citation: z.string(),
  confidence: confidenceSchema,
  interpretation: interpretationRefSchema.optional(),
});
export type ApplicableLimit = z.infer<typeof applicableLimitSchema>;

export const applicableLimitsSchema = z.object({
  ruleSet: rulePackIdSchema,
  /** The date whose parameter values apply (the snapshot's date, within the pack's window). */
  rulesDate: isoDateSchema,
  limits: z.array(applicableLimitSchema),
});
export type ApplicableLimits = z.infer<typeof applicableLimitsSchema>;

export type ApplicableLimitsOutcome =
  | { ok: true; result: ApplicableLimits }
  | { ok: false; failure: EvaluationFailure | { code: "NOT_FOUND"; id: string } };

/** How far past its value a count is pushed: beyond any limit a pack sets, within what the schema holds. */
const PROBE = 100_000;
/** Divisions added to a district: more than any cap on the number of divisions (10, 12, 13 — or 12 at Phú Quốc). */
const DIVISION_PROBE = 1_000;

interface Probe {
  measure: LimitMeasure;
  subject: { type: Finding["subject"]["type"]; id: string };
  /** The probed value a finding must report as `actual` to be about this measure. */
  probed: number;
  /** The value now. */
  actual: number;
  findings: Finding[];
}

function rulesOf<S extends Rule["scope"]>(pack: RulePack, scope: S): Extract<Rule, { scope: S }>[] {
  return pack.rules.filter((rule): rule is Extract<Rule, { scope: S }> => rule.scope === scope);
}

function sum(values: readonly { deputies: number }[]): number {
  return values.reduce((total, value) => total + value.deputies, 0);
}

function withAgency(snapshot: Snapshot, agency: Agency): Snapshot {
  return {
    ...snapshot,
    agencies: snapshot.agencies.map((candidate) => (candidate.id === agency.id ? agency : candidate)),
  };
}

function districtRuleFindings(
  pack: RulePack,
  context: RuleContext,
  snapshot: Snapshot,
  district: District,
): Finding[] {
  return rulesOf(pack, "district").flatMap((rule) =>
    rule.evaluate({ district, province: snapshot.province }, context),
  );
}

function divisionRuleFindings(
  pack: RulePack,
  context: RuleContext,
  snapshot: Snapshot,
  district: District,
  division: Division,
): Finding[] {
  return rulesOf(pack, "division").flatMap((rule) =>
    rule.evaluate({ division, district, province: snapshot.province }, context),
  );
}

function unitRuleFindings(pack: RulePack, context: RuleContext, scope: UnitScope): Finding[] {
  return rulesOf(pack, "unit").flatMap((rule) => rule.evaluate(scope, context));
}

/** The district with its division `id` replaced by `change(division)`. */
function withDivision(district: District, id: string, change: (division: Division) => Division): District {
  return {
    ...district,
    divisions: district.divisions.map((division) => (division.id === id ? change(division) : division)),
  };
}

function districtProbes(
  pack: RulePack,
  context: RuleContext,
  snapshot: Snapshot,
  district: District,
): Probe[] {
  const probes: Probe[] = [];
  const subject = { type: "district" as const, id: district.id };
  const [first] = district.divisions;
  if (first) {
    const probedDistrict = withDivision(district, first.id, (division) => ({
      ...division,
      deputies: division.deputies + PROBE,
    }));
    probes.push({
      measure: "districtDeputies",
      subject,
      probed: sum(district.divisions) + PROBE,
      actual: sum(district.divisions),
      findings: districtRuleFindings(pack, context, snapshot, probedDistrict),
    });
  }
  // Empty divisions (no function, no deputy) leave what else a count cap depends on unchanged (whether a
  // Phòng Dân tộc exists, D-PH-05) and add no finding of their own.
  const extra: Division[] = Array.from({ length: DIVISION_PROBE }, (_, index) => ({
    id: `probe-${index}`,
    name: "probe",
    functions: [],
    payroll: 0,
    deputies: 0,
  }));
  probes.push({
    measure: "divisions",
    subject,
    probed: district.divisions.length + DIVISION_PROBE,
    actual: district.divisions.length,
    findings: districtRuleFindings(pack, context, snapshot, {
      ...district,
      divisions: [...district.divisions, ...extra],
    }),
  });
  return probes;
}

function divisionProbes(
  pack: RulePack,
  context: RuleContext,
  snapshot: Snapshot,
  district: District,
  division: Division,
): Probe[] {
  const probedDivision = { ...division, deputies: division.deputies + PROBE };
  const probedDistrict = withDivision(district, division.id, () => probedDivision);
  const findings = [
    ...divisionRuleFindings(pack, context, snapshot, probedDistrict, probedDivision),
    ...districtRuleFindings(pack, context, snapshot, probedDistrict),
  ];
  const payrollDivision = { ...division, payroll: 0 };
  const payrollDistrict = withDivision(district, division.id, () => payrollDivision);
  return [
    {
      measure: "deputies",
      subject: { type: "division", id: division.id },
      probed: probedDivision.deputies,
      actual: division.deputies,
      findings,
    },
    {
      measure: "payroll",
      subject: { type: "division", id: division.id },
      probed: 0,
      actual: division.payroll,
      findings: divisionRuleFindings(pack, context, snapshot, payrollDistrict, payrollDivision),
    },
    {
      measure: "districtDeputies",
      subject: { type: "district", id: district.id },
      probed: sum(district.divisions) + PROBE,
      actual: sum(district.divisions),
      findings,
    },
  ];
}

function unitProbes(pack: RulePack, context: RuleContext, scope: UnitScope): Probe[] {
  const subject = { type: "unit" as const, id: scope.unit.id };
  return [
    {
      measure: "deputies",
      subject,
      probed: scope.unit.deputies + PROBE,
      actual: scope.unit.deputies,
      findings: unitRuleFindings(pack, context, {
        ...scope,
        unit: { ...scope.unit, deputies: scope.unit.deputies + PROBE },
      }),
    },
    {
      measure: "payroll",
      subject,
      probed: 0,
      actual: scope.unit.payroll,
      findings: unitRuleFindings(pack, context, { ...scope, unit: { ...scope.unit, payroll: 0 } }),
    },
  ];
}

function agencyProbes(pack: RulePack, context: RuleContext, snapshot: Snapshot, agency: Agency): Probe[] {
  const probed = { ...agency, deputies: agency.deputies + PROBE };
  const probedSnapshot = withAgency(snapshot, probed);
  const total = sum(snapshot.agencies);
  return [
    {
      measure: "deputies",
      subject: { type: "agency", id: agency.id },
      probed: probed.deputies,
      actual: agency.deputies,
      findings: rulesOf(pack, "agency").flatMap((rule) =>
        rule.evaluate({ agency: probed, province: snapshot.province }, context),
      ),
    },
    {
      measure: "payroll",
      subject: { type: "agency", id: agency.id },
      probed: 0,
      actual: agency.payroll,
      findings: rulesOf(pack, "agency").flatMap((rule) =>
        rule.evaluate({ agency: { ...agency, payroll: 0 }, province: snapshot.province }, context),
      ),
    },
    {
      measure: "provinceDeputies",
      subject: { type: "province", id: snapshot.province.code },
      probed: total + PROBE,
      actual: total,
      findings: rulesOf(pack, "province").flatMap((rule) => rule.evaluate(probedSnapshot, context)),
    },
  ];
}

/**
 * A commune-level unit's pool (C26-DEP-01): one organisation's deputies pushed past any limit, run through
 * the commune rules. Asked for the unit or for one of its organisations (whose deputies count in the pool).
 */
function communeProbes(
  pack: RulePack,
  context: RuleContext,
  snapshot: Snapshot,
  commune: Commune,
  organisationId: string | undefined,
): Probe[] {
  const target = organisationId ?? commune.organisations[0]?.id;
  if (target === undefined) return [];
  const probed: Commune = {
    ...commune,
    organisations: commune.organisations.map((organisation) =>
      organisation.id === target
        ? { ...organisation, deputies: organisation.deputies + PROBE }
        : organisation,
    ),
  };
  return [
    {
      measure: "communeDeputies",
      subject: { type: "commune", id: commune.id },
      probed: sum(commune.organisations) + PROBE,
      actual: sum(commune.organisations),
      findings: rulesOf(pack, "commune").flatMap((rule) =>
        rule.evaluate({ commune: probed, province: snapshot.province }, context),
      ),
    },
  ];
}

/** The commune-level unit `id` names, itself or through one of its organisations. */
function findCommuneNode(
  snapshot: Snapshot,
  id: string,
): { commune: Commune; organisationId: string | undefined } | undefined {
  for (const commune of snapshot.communes) {
    if (commune.id === id) return { commune, organisationId: undefined };
    if (commune.organisations.some((organisation) => organisation.id === id))
      return { commune, organisationId: id };
  }
  return undefined;
}

function limitsOf(pack: RulePack, probes: readonly Probe[]): ApplicableLimit[] {
  const limits: ApplicableLimit[] = [];
  const seen = new Set<string>();
  for (const probe of probes) {
    for (const finding of probe.findings) {
      if (
        finding.subject.type !== probe.subject.type ||
        finding.subject.id !== probe.subject.id ||
        finding.actual !== probe.probed ||
        finding.limit === undefined
      )
        continue;
      const nature = limitNature(finding);
      // A payroll probe looks for minimums, a count probe for maximums (and thresholds).
      if (nature === undefined || (probe.measure === "payroll") !== (nature === "min")) continue;
      const key = `${finding.ruleId}|${probe.measure}|${probe.subject.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rule = pack.rules.find((candidate) => candidate.id === finding.ruleId);
      limits.push({
        ruleId: finding.ruleId,
        title: rule?.title ?? finding.message,
        measure: probe.measure,
        subject: probe.subject,
        actual: probe.actual,
        limit: finding.limit,
        nature,
        exceeded: nature === "min" ? probe.actual < finding.limit : probe.actual > finding.limit,
        citation: finding.citation,
        confidence: finding.confidence,
        ...(finding.interpretation ? { interpretation: finding.interpretation } : {}),
      });
    }
  }
  return limits;
}

/**
 * The limits the rule pack in force on the snapshot's date (or `options.ruleSet`) sets for the node
 * `nodeId` — its deputies, payroll, division count, and the district, province or commune-level deputy
 * pool it is part of — with the current value, rule id and citation. Empty when no rule sets a number for it.
 */
export function computeApplicableLimits(
  snapshot: Snapshot,
  nodeId: string,
  options: { ruleSet?: string } = {},
): ApplicableLimitsOutcome {
  const selected = selectRulePack(snapshot.asOf, options.ruleSet);
  if (!selected.ok) return selected;
  const date = rulesDate(snapshot.asOf, selected.descriptor);
  const context = createRuleContext(date);
  const { pack } = selected;
  const communeNode = findCommuneNode(snapshot, nodeId);
  if (communeNode) {
    const probes = communeProbes(pack, context, snapshot, communeNode.commune, communeNode.organisationId);
    return { ok: true, result: { ruleSet: pack.id, rulesDate: date, limits: limitsOf(pack, probes) } };
  }
  const found = findOrganisationNode(snapshot, nodeId);
  if (!found) return { ok: false, failure: { code: "NOT_FOUND", id: nodeId } };
  let probes: Probe[];
  switch (found.type) {
    case "agency":
      probes = agencyProbes(pack, context, snapshot, found.node);
      break;
    case "unit": {
      const parent =
        found.parentUnitId === null
          ? null
          : (found.agency.units.find(
              (unit): unit is SubDepartment =>
                unit.id === found.parentUnitId && unit.type === "sub_department",
            ) ?? null);
      probes = unitProbes(pack, context, {
        unit: found.node,
        agency: found.agency,
        parent,
        province: snapshot.province,
      });
      break;
    }
    case "district":
      probes = districtProbes(pack, context, snapshot, found.node);
      break;
    case "division":
      probes = divisionProbes(pack, context, snapshot, found.district, found.node);
      break;
  }
  const ruleSet: RulePackId = pack.id;
  return { ok: true, result: { ruleSet, rulesDate: date, limits: limitsOf(pack, probes) } };
}
