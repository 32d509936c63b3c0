// Deputy roadmap (issue 5, item 5): from the deputies' birth dates and the statutory retirement ages
// (retirement-age.ts), how many deputies each unit with a deputy quota keeps, year by year, as they retire
// — with no new appointment (T-2020-01: "không bổ nhiệm mới cho đến khi về đúng số lượng quy định") — and
// which units are still over quota at the deadline the rules set:
// - T-2020-01 (RS-2020): Decrees 107/108/2020 set no deadline (RECALLED / open question Q2, ADR 0008):
//   the roadmap shows the projection and warns "no new appointments";
// - T-2025-01 (Điều 24 Nghị định 45/2025/NĐ-CP, from 01/03/2025) and T-2026-01 (Điều 6 Nghị định
//   150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 370/2025/NĐ-CP, from 01/01/2026): deputies must be
//   within quota "chậm nhất 05 năm kể từ ngày quyết định sắp xếp … có hiệu lực": deadline = the
//   re-arrangement decision's effective date + 5 years, units over quota on that day are flagged.
// Readings (to record in an ADR):
// - the quota of a unit is the limit its pack's deputy-quota rule reports: from the evaluation's finding
//   for a unit in violation; for a unit within quota, from the same rule asked about the unit with an
//   impossibly high number of deputies (so no number is duplicated outside the pack, and a rule that does
//   not apply to the unit gives no quota). District divisions share the district-wide pool (D-DEP-01:
//   the district's total against 2 × divisions); the province's deputy directors share P-DEP-01's pool.
// - a deputy is a staff member with role "deputy"; deputies counted in `deputies` but missing from the
//   staff list have no birth date and are assumed to stay for the whole horizon (flagged).
// - a person counts in post until and including the last day of the month they reach retirement age.
// - the yearly points are the anniversaries of the start date (from, from + 1 year, …).
// The domain reads no clock: the start date is the snapshot's date unless given.
import { z } from "zod";

import { createRuleContext, rulesDate, selectRulePack } from "../evaluation/evaluate-snapshot.ts";
import {
  confidenceSchema,
  type Finding,
  type SubjectType,
  subjectTypeSchema,
} from "../findings/finding.schema.ts";
import { valueOn } from "../rules/parameters.ts";
import { type SurplusDeadlinePolicy, surplusDeputyDeadline } from "../rules/transition/surplus-deadline.ts";
import type { Rule, RuleContext, SubDepartment } from "../rules/rule.ts";
import { isoDateSchema } from "../shared/iso-date.ts";
import { type LocalizedText, localizedTextSchema } from "../shared/localized.ts";
import type { AgencyUnit, Snapshot, SubDivision } from "../snapshot/snapshot.schema.ts";
import type { PlanEvaluation } from "./evaluate-plan.ts";
import {
  chartDataSchema,
  type ChartData,
  collectPlanSteps,
  isDeputySurplusFinding,
  listOrganisationUnits,
  type OrganisationUnit,
  type PlanStepError,
  selectPlanStep,
} from "./plan-diff.ts";
import type { Plan } from "./plan.schema.ts";
import {
  addYears,
  computeRetirement,
  nextDay,
  normalRetirementAge,
  retirementAgeCitation,
  retirementTimeCitation,
  yearOf,
  yearsAndMonthsSchema,
  formatDateVi,
} from "./retirement-age.ts";

// The deadline for surplus deputies, by the date of the re-arrangement decision: the same dated parameter
// the engine's transition rules read (T-2025-01, T-2026-01).
export {
  type SurplusDeadlinePolicy,
  surplusDeadlinePolicySchema,
  surplusDeputyDeadline,
} from "../rules/transition/surplus-deadline.ts";

// --- Output -------------------------------------------------------------------------------------------

const count = z.number().int().min(0);

export const roadmapPointSchema = z.object({
  year: z.number().int(),
  date: isoDateSchema,
  deputies: count,
  limit: count,
  /** max(0, deputies − limit). */
  surplus: count,
});
export type RoadmapPoint = z.infer<typeof roadmapPointSchema>;

export const roadmapFlagCodeSchema = z.enum([
  "NO_NEW_APPOINTMENTS",
  "OVER_QUOTA_AT_DEADLINE",
  "RETIREMENTS_DO_NOT_SUFFICE",
  "DEPUTIES_WITHOUT_BIRTH_DATE",
  "MORE_DEPUTIES_LISTED_THAN_COUNTED",
  "PAST_RETIREMENT_AGE",
  "PROJECTION_ASSUMPTIONS",
  "NO_DEADLINE",
  "DECISION_DATE_NEEDED",
  "NO_TRANSITION_RULE",
]);
export type RoadmapFlagCode = z.infer<typeof roadmapFlagCodeSchema>;

export const roadmapFlagSchema = z.object({
  code: roadmapFlagCodeSchema,
  severity: z.enum(["violation", "warning", "info"]),
  message: localizedTextSchema,
  /** The rule or provision the flag rests on, when there is one. */
  ruleId: z.string().optional(),
  citation: z.string().optional(),
});
export type RoadmapFlag = z.infer<typeof roadmapFlagSchema>;

export const deputyRetirementSchema = z.object({
  staffId: z.string(),
  fullName: z.string(),
  /** The unit whose staff list holds the person (a division of a district pool, an agency …). */
  unitId: z.string(),
  gender: z.enum(["male", "female"]),
  birthDate: isoDateSchema,
  retirementAge: yearsAndMonthsSchema,
  reachesAgeOn: isoDateSchema,
  retiresOn: isoDateSchema,
});
export type DeputyRetirement = z.infer<typeof deputyRetirementSchema>;

export const roadmapUnitSchema = z.object({
  /** The subject the quota applies to: a unit, an agency, a division, or a pool (district, province). */
  subject: z.object({ type: subjectTypeSchema, id: z.string() }),
  name: z.string(),
  /** The units whose deputies are counted: the subject itself, or the pool's members. */
  members: z.array(z.string()),
  ruleIds: z.array(z.string()),
  limit: count,
  /** "finding": the evaluation's violation; "rule": the pack's rule for a unit within quota. */
  limitSource: z.enum(["finding", "rule"]),
  /** Deputies as the evaluation counted them (Σ `deputies` of the members). */
  currentDeputies: count,
  deputiesWithBirthDate: count,
  deputiesWithoutBirthDate: count,
  /** The listed deputies, by time of retirement. */
  retirements: z.array(deputyRetirementSchema),
  /** One point a year: the start date and its anniversaries up to the horizon. */
  series: z.array(roadmapPointSchema),
  /** The first day the unit is within quota through retirements alone; null if that never happens. */
  withinQuotaOn: isoDateSchema.nullable(),
  withinQuotaYear: z.number().int().nullable(),
  /** The projection on the deadline day, when the rules set a deadline. */
  atDeadline: roadmapPointSchema.nullable(),
  flags: z.array(roadmapFlagSchema),
  chart: chartDataSchema,
});
export type RoadmapUnit = z.infer<typeof roadmapUnitSchema>;

export const deputyRoadmapSchema = z.object({
  from: isoDateSchema,
  until: isoDateSchema,
  horizonYears: z.number().int().min(1),
  ruleSet: z.string(),
  /** The transition rule on the decision date (or the start date): null where none is known. */
  policy: z
    .object({
      ruleId: z.string(),
      kind: z.enum(["none", "years-after-decision"]),
      years: z.number().int().nullable(),
      citation: z.string(),
      confidence: confidenceSchema,
    })
    .nullable(),
  deadline: z
    .object({
      decisionDate: isoDateSchema,
      date: isoDateSchema,
      years: z.number().int(),
      ruleId: z.string(),
      citation: z.string(),
    })
    .nullable(),
  /** The provisions the retirement dates rest on. */
  retirementCitations: z.array(z.string()),
  units: z.array(roadmapUnitSchema),
  /** Σ over the units, year by year (surplus is the sum of each unit's surplus). */
  totals: z.object({ series: z.array(roadmapPointSchema), chart: chartDataSchema }),
  notices: z.array(roadmapFlagSchema),
});
export type DeputyRoadmap = z.infer<typeof deputyRoadmapSchema>;

export const DEFAULT_HORIZON_YEARS = 10;

export const deputyRoadmapOptionsSchema = z.strictObject({
  /** First day of the projection; default: the snapshot's date. */
  from: isoDateSchema.optional(),
  /** Years to project; default 10. */
  horizonYears: z.number().int().min(1).max(50).optional(),
  /** The day the re-arrangement decision takes effect: starts the 5-year period of T-2025-01/T-2026-01. */
  reorgDecisionDate: isoDateSchema.optional(),
});
export type DeputyRoadmapOptions = z.infer<typeof deputyRoadmapOptionsSchema>;

export type DeputyRoadmapError =
  | { code: "INVALID_ROADMAP_OPTIONS"; message: LocalizedText }
  | { code: "UNKNOWN_RULE_PACK"; message: LocalizedText }
  | PlanStepError;

export type DeputyRoadmapOutcome =
  { ok: true; roadmap: DeputyRoadmap } | { ok: false; error: DeputyRoadmapError };

// --- Which units have a quota, and what it is ---------------------------------------------------------

interface QuotaSubject {
  subject: { type: SubjectType; id: string };
  name: string;
  members: string[];
  ruleIds: string[];
  limit: number;
  limitSource: "finding" | "rule";
}

/** More deputies than any unit has: a max-rule that applies reports its limit for it. */
const PROBE_DEPUTIES = 1_000_000;

function inflateFirst<T extends { deputies: number }>(items: readonly T[]): T[] {
  return items.map((item, index) => (index === 0 ? { ...item, deputies: PROBE_DEPUTIES } : item));
}

/** The limit and members of the violation `findings` report for `subject`, if any. */
function reportedLimit(
  findings: readonly Finding[],
  subject: { type: SubjectType; id: string },
): { limit: number; members: string[] | undefined } | undefined {
  for (const finding of findings) {
    if (
      finding.severity === "violation" &&
      finding.limitKind !== "min" &&
      finding.limit !== undefined &&
      finding.subject.type === subject.type &&
      finding.subject.id === subject.id
    )
      return { limit: finding.limit, members: finding.members };
  }
  return undefined;
}

function subjectKey(subject: { type: SubjectType; id: string }): string {
  return `${subject.type}:${subject.id}`;
}

/** Subjects of the pack's deputy-quota rules, in document order, with the limit each rule reports. */
function findQuotaSubjects(snapshot: Snapshot, rules: readonly Rule[], context: RuleContext): QuotaSubject[] {
  const found = new Map<string, QuotaSubject>();
  const record = (
    subject: { type: SubjectType; id: string },
    name: string,
    defaultMembers: string[],
    ruleId: string,
    findings: readonly Finding[],
  ): void => {
    const reported = reportedLimit(findings, subject);
    if (!reported) return;
    const key = subjectKey(subject);
    const existing = found.get(key);
    if (existing) {
      existing.limit = Math.min(existing.limit, reported.limit);
      if (!existing.ruleIds.includes(ruleId)) existing.ruleIds.push(ruleId);
      return;
    }
    found.set(key, {
      subject,
      name,
      members: reported.members ?? defaultMembers,
      ruleIds: [ruleId],
      limit: reported.limit,
      limitSource: "rule",
    });
  };
  const quota = rules.filter((rule) => rule.deputyQuota === true);
  const { province } = snapshot;

  for (const rule of quota) {
    if (rule.scope !== "province" || snapshot.agencies.length === 0) continue;
    const probe = { ...snapshot, agencies: inflateFirst(snapshot.agencies) };
    record(
      { type: "province", id: province.code },
      province.name,
      snapshot.agencies.map((agency) => agency.id),
      rule.id,
      rule.evaluate(probe, context),
    );
  }
  for (const agency of snapshot.agencies) {
    for (const rule of quota) {
      if (rule.scope !== "agency") continue;
      const findings = rule.evaluate({ agency: { ...agency, deputies: PROBE_DEPUTIES }, province }, context);
      record({ type: "agency", id: agency.id }, agency.name, [agency.id], rule.id, findings);
    }
    for (const unit of agency.units) {
      const scopes: { unit: AgencyUnit | SubDivision; parent: SubDepartment | null }[] = [
        { unit, parent: null },
      ];
      if (unit.type === "sub_department")
        scopes.push(...unit.units.map((child) => ({ unit: child, parent: unit })));
      for (const scope of scopes) {
        for (const rule of quota) {
          if (rule.scope !== "unit") continue;
          const findings = rule.evaluate(
            { unit: { ...scope.unit, deputies: PROBE_DEPUTIES }, agency, parent: scope.parent, province },
            context,
          );
          record({ type: "unit", id: scope.unit.id }, scope.unit.name, [scope.unit.id], rule.id, findings);
        }
      }
    }
  }
  for (const district of snapshot.districts) {
    for (const rule of quota) {
      if (rule.scope !== "district" || district.divisions.length === 0) continue;
      const probe = { ...district, divisions: inflateFirst(district.divisions) };
      record(
        { type: "district", id: district.id },
        district.name,
        district.divisions.map((division) => division.id),
        rule.id,
        rule.evaluate({ district: probe, province }, context),
      );
    }
    for (const division of district.divisions) {
      for (const rule of quota) {
        if (rule.scope !== "division") continue;
        const findings = rule.evaluate(
          { division: { ...division, deputies: PROBE_DEPUTIES }, district, province },
          context,
        );
        record({ type: "division", id: division.id }, division.name, [division.id], rule.id, findings);
      }
    }
  }
  return [...found.values()];
}

/** The probed subjects, with the limits of the evaluation's deputy-quota violations laid over them. */
function applyFindings(
  subjects: QuotaSubject[],
  findings: readonly Finding[],
  names: Map<string, string>,
): QuotaSubject[] {
  const byKey = new Map(subjects.map((subject) => [subjectKey(subject.subject), subject]));
  const fromFindings = new Set<string>();
  for (const finding of findings) {
    if (!isDeputySurplusFinding(finding)) continue;
    const key = subjectKey(finding.subject);
    let subject = byKey.get(key);
    if (!subject) {
      subject = {
        subject: finding.subject,
        name: names.get(finding.subject.id) ?? finding.subject.id,
        members: finding.members ?? [finding.subject.id],
        ruleIds: [],
        limit: finding.limit,
        limitSource: "finding",
      };
      byKey.set(key, subject);
      subjects.push(subject);
    }
    subject.limit = fromFindings.has(key) ? Math.min(subject.limit, finding.limit) : finding.limit;
    subject.limitSource = "finding";
    if (finding.members) subject.members = finding.members;
    if (!subject.ruleIds.includes(finding.ruleId)) subject.ruleIds.push(finding.ruleId);
    fromFindings.add(key);
  }
  return subjects;
}

// --- Projection ---------------------------------------------------------------------------------------

function deputiesOn(date: string, unknown: number, retirements: readonly DeputyRetirement[]): number {
  return unknown + retirements.filter((person) => date <= person.retiresOn).length;
}

function pointOn(
  date: string,
  unknown: number,
  retirements: readonly DeputyRetirement[],
  limit: number,
): RoadmapPoint {
  const deputies = deputiesOn(date, unknown, retirements);
  return { year: yearOf(date), date, deputies, limit, surplus: Math.max(0, deputies - limit) };
}

/** The first day from `from` on which the deputies in post are within `limit`; null if retirements never get there. */
function firstDayWithinQuota(
  from: string,
  limit: number,
  unknown: number,
  retirements: readonly DeputyRetirement[],
): string | null {
  const inPost = retirements.filter((person) => from <= person.retiresOn);
  const excess = unknown + inPost.length - limit;
  if (excess <= 0) return from;
  const leaving = inPost[excess - 1];
  return leaving ? nextDay(leaving.retiresOn) : null;
}

function roadmapChart(title: LocalizedText, series: readonly RoadmapPoint[]): ChartData {
  return {
    title,
    categories: series.map((point) => String(point.year)),
    categoryLabels: series.map((point) => ({ vi: String(point.year), en: String(point.year) })),
    series: [
      {
        key: "deputies",
        label: { vi: "Số cấp phó", en: "Deputies" },
        values: series.map((point) => point.deputies),
      },
      {
        key: "limit",
        label: { vi: "Số lượng tối đa", en: "Quota" },
        values: series.map((point) => point.limit),
      },
      {
        key: "surplus",
        label: { vi: "Số vượt", en: "Surplus" },
        values: series.map((point) => point.surplus),
      },
    ],
  };
}

interface Timeline {
  from: string;
  dates: string[];
  deadline: DeputyRoadmap["deadline"];
  policy: SurplusDeadlinePolicy | undefined;
  policyCitation: string | undefined;
}

function projectUnit(
  quota: QuotaSubject,
  unitsById: Map<string, OrganisationUnit>,
  timeline: Timeline,
): RoadmapUnit {
  const flags: RoadmapFlag[] = [];
  const retirements: DeputyRetirement[] = [];
  let currentDeputies = 0;
  let unknown = 0;
  for (const memberId of quota.members) {
    const member = unitsById.get(memberId);
    if (!member) continue;
    const listed = (member.staff ?? []).filter((person) => person.role === "deputy");
    currentDeputies += member.deputies;
    unknown += Math.max(0, member.deputies - listed.length);
    if (listed.length > member.deputies) {
      flags.push({
        code: "MORE_DEPUTIES_LISTED_THAN_COUNTED",
        severity: "warning",
        message: {
          vi: `${member.name}: danh sách nhân sự có ${listed.length} cấp phó nhưng số cấp phó khai báo là ${member.deputies}; lộ trình tính theo danh sách.`,
          en: `${member.name}: the staff list names ${listed.length} deputies but the unit declares ${member.deputies}; the roadmap follows the list.`,
        },
      });
    }
    for (const person of listed) {
      retirements.push({
        staffId: person.id,
        fullName: person.fullName,
        unitId: member.id,
        gender: person.gender,
        birthDate: person.birthDate,
        ...pickRetirement(computeRetirement(person)),
      });
    }
  }
  retirements.sort((a, b) =>
    a.retiresOn === b.retiresOn ? a.staffId.localeCompare(b.staffId) : a.retiresOn < b.retiresOn ? -1 : 1,
  );

  const { limit } = quota;
  const series = timeline.dates.map((date) => pointOn(date, unknown, retirements, limit));
  const withinQuotaOn = firstDayWithinQuota(timeline.from, limit, unknown, retirements);
  const atDeadline = timeline.deadline ? pointOn(timeline.deadline.date, unknown, retirements, limit) : null;
  const surplusNow = Math.max(0, currentDeputies - limit);

  for (const person of retirements) {
    if (person.retiresOn >= timeline.from) continue;
    flags.push({
      code: "PAST_RETIREMENT_AGE",
      severity: "warning",
      message: {
        vi: `${person.fullName} đã đến thời điểm nghỉ hưu (${formatDateVi(person.retiresOn)}) trước ngày ${formatDateVi(timeline.from)}: không tính trong số cấp phó từ ngày này.`,
        en: `${person.fullName} reached the time of retirement (${person.retiresOn}) before ${timeline.from}: not counted from that day.`,
      },
      citation: retirementTimeCitation,
    });
  }
  if (unknown > 0) {
    flags.push({
      code: "DEPUTIES_WITHOUT_BIRTH_DATE",
      severity: "info",
      message: {
        vi: `${unknown} cấp phó không có trong danh sách nhân sự (không có ngày sinh): giả định còn giữ chức vụ trong suốt thời gian dự báo.`,
        en: `${unknown} deputies are not in the staff list (no birth date): assumed to stay in post for the whole projection.`,
      },
    });
  }
  if (surplusNow > 0 && timeline.policy?.kind === "none") {
    flags.push({
      code: "NO_NEW_APPOINTMENTS",
      severity: "warning",
      message: {
        vi: `Vượt ${surplusNow} cấp phó so với số lượng tối đa ${limit}: không bổ nhiệm mới cho đến khi về đúng số lượng quy định.`,
        en: `${surplusNow} deputies over the quota of ${limit}: no new appointments until the number is within quota.`,
      },
      ruleId: timeline.policy.ruleId,
      ...(timeline.policyCitation ? { citation: timeline.policyCitation } : {}),
    });
  }
  if (surplusNow > 0 && withinQuotaOn === null) {
    flags.push({
      code: "RETIREMENTS_DO_NOT_SUFFICE",
      severity: "warning",
      message: {
        vi: `Số cấp phó nghỉ hưu (theo danh sách có ngày sinh) không đủ để về số lượng tối đa ${limit}: cần điều động, luân chuyển hoặc sắp xếp lại.`,
        en: `Retirements of the deputies with a known birth date do not bring the number down to ${limit}: a transfer or re-arrangement is needed.`,
      },
    });
  }
  if (timeline.deadline && atDeadline && atDeadline.surplus > 0) {
    flags.push({
      code: "OVER_QUOTA_AT_DEADLINE",
      severity: "violation",
      message: {
        vi: `Đến hạn ${formatDateVi(timeline.deadline.date)} (${timeline.deadline.years} năm kể từ ngày quyết định sắp xếp có hiệu lực) vẫn còn ${atDeadline.deputies} cấp phó, vượt ${atDeadline.surplus} so với số lượng tối đa ${limit}.`,
        en: `At the deadline ${timeline.deadline.date} (${timeline.deadline.years} years after the re-arrangement decision took effect) ${atDeadline.deputies} deputies remain, ${atDeadline.surplus} over the quota of ${limit}.`,
      },
      ruleId: timeline.deadline.ruleId,
      citation: timeline.deadline.citation,
    });
  }

  return {
    subject: quota.subject,
    name: quota.name,
    members: quota.members,
    ruleIds: quota.ruleIds,
    limit,
    limitSource: quota.limitSource,
    currentDeputies,
    deputiesWithBirthDate: retirements.length,
    deputiesWithoutBirthDate: unknown,
    retirements,
    series,
    withinQuotaOn,
    withinQuotaYear: withinQuotaOn === null ? null : yearOf(withinQuotaOn),
    atDeadline,
    flags,
    chart: roadmapChart(
      { vi: `Lộ trình cấp phó — ${quota.name}`, en: `Deputy roadmap — ${quota.name}` },
      series,
    ),
  };
}

function pickRetirement(retirement: ReturnType<typeof computeRetirement>) {
  const { retirementAge, reachesAgeOn, retiresOn } = retirement;
  return { retirementAge, reachesAgeOn, retiresOn };
}

function invalidOptions(problem: string): DeputyRoadmapOutcome {
  return {
    ok: false,
    error: {
      code: "INVALID_ROADMAP_OPTIONS",
      message: { vi: `Tham số lộ trình không hợp lệ: ${problem}`, en: `Invalid roadmap options: ${problem}` },
    },
  };
}

/**
 * The deputy roadmap of `snapshot`, given its evaluation (the rule set it was evaluated under and the
 * findings). Pure: every date is the snapshot's or an argument.
 */
export function computeDeputyRoadmap(
  snapshot: Snapshot,
  evaluation: { ruleSet: string; findings: readonly Finding[] },
  options: DeputyRoadmapOptions = {},
): DeputyRoadmapOutcome {
  const parsed = deputyRoadmapOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return invalidOptions(issue ? `${issue.path.join(".")}: ${issue.message}` : "");
  }
  const selected = selectRulePack(snapshot.asOf, evaluation.ruleSet);
  if (!selected.ok)
    return { ok: false, error: { code: "UNKNOWN_RULE_PACK", message: selected.failure.message } };

  const from = parsed.data.from ?? snapshot.asOf;
  const horizonYears = parsed.data.horizonYears ?? DEFAULT_HORIZON_YEARS;
  const decisionDate = parsed.data.reorgDecisionDate;
  const policyValue = valueOn(surplusDeputyDeadline, decisionDate ?? from);
  const policy = policyValue?.value;
  const deadline =
    policyValue && policy?.kind === "years-after-decision" && decisionDate !== undefined
      ? {
          decisionDate,
          date: addYears(decisionDate, policy.years),
          years: policy.years,
          ruleId: policy.ruleId,
          citation: policyValue.citation,
        }
      : null;
  const timeline: Timeline = {
    from,
    dates: Array.from({ length: horizonYears + 1 }, (_, year) => addYears(from, year)),
    deadline,
    policy,
    policyCitation: policyValue?.citation,
  };

  const units = listOrganisationUnits(snapshot);
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const names = new Map<string, string>([
    [snapshot.province.code, snapshot.province.name],
    ...snapshot.districts.map((district): [string, string] => [district.id, district.name]),
    ...units.map((unit): [string, string] => [unit.id, unit.name]),
  ]);
  const context = createRuleContext(rulesDate(snapshot.asOf, selected.descriptor));
  const subjects = applyFindings(
    findQuotaSubjects(snapshot, selected.pack.rules, context),
    evaluation.findings,
    names,
  );
  const projected = subjects.map((subject) => projectUnit(subject, unitsById, timeline));

  const totals = timeline.dates.map((date, index): RoadmapPoint => {
    const at = projected.map((unit) => unit.series[index]);
    return {
      year: yearOf(date),
      date,
      deputies: at.reduce((sum, point) => sum + (point?.deputies ?? 0), 0),
      limit: at.reduce((sum, point) => sum + (point?.limit ?? 0), 0),
      surplus: at.reduce((sum, point) => sum + (point?.surplus ?? 0), 0),
    };
  });

  return {
    ok: true,
    roadmap: {
      from,
      until: addYears(from, horizonYears),
      horizonYears,
      ruleSet: selected.pack.id,
      policy:
        policyValue && policy
          ? {
              ruleId: policy.ruleId,
              kind: policy.kind,
              years: policy.kind === "years-after-decision" ? policy.years : null,
              citation: policyValue.citation,
              confidence: policyValue.confidence,
            }
          : null,
      deadline,
      retirementCitations: [
        ...new Set(normalRetirementAge.values.map((entry) => entry.citation)),
        retirementTimeCitation,
      ],
      units: projected,
      totals: {
        series: totals,
        chart: roadmapChart({ vi: "Lộ trình cấp phó — tổng hợp", en: "Deputy roadmap — all units" }, totals),
      },
      notices: roadmapNotices(timeline, decisionDate),
    },
  };
}

function roadmapNotices(timeline: Timeline, decisionDate: string | undefined): RoadmapFlag[] {
  const notices: RoadmapFlag[] = [
    {
      code: "PROJECTION_ASSUMPTIONS",
      severity: "info",
      message: {
        vi: "Dự báo giả định không bổ nhiệm mới cấp phó và mỗi cấp phó nghỉ hưu đúng tuổi nghỉ hưu trong điều kiện lao động bình thường; không tính điều động, luân chuyển, nghỉ hưu trước hoặc sau tuổi.",
        en: "The projection assumes no new deputy is appointed and every deputy retires at the normal retirement age; transfers and earlier or later retirement are not counted.",
      },
      citation: retirementAgeCitation,
    },
  ];
  const { policy } = timeline;
  if (policy === undefined) {
    notices.push({
      code: "NO_TRANSITION_RULE",
      severity: "info",
      message: {
        vi: "Không có quy định chuyển tiếp về cấp phó vượt số lượng cho ngày này: lộ trình chỉ là dự báo.",
        en: "No transition rule on surplus deputies is known for this date: the roadmap is a projection only.",
      },
    });
  } else if (policy.kind === "none") {
    notices.push({
      code: "NO_DEADLINE",
      severity: "info",
      message: {
        vi: `Không có thời hạn giải quyết số cấp phó vượt quy định (${policy.ruleId}): đơn vị vượt số lượng không bổ nhiệm mới cho đến khi về đúng số lượng quy định.`,
        en: `No deadline applies to surplus deputies (${policy.ruleId}): a unit over quota makes no new appointment until the number is within quota.`,
      },
      ruleId: policy.ruleId,
      ...(timeline.policyCitation ? { citation: timeline.policyCitation } : {}),
    });
  } else if (decisionDate === undefined) {
    notices.push({
      code: "DECISION_DATE_NEEDED",
      severity: "warning",
      message: {
        vi: `Số cấp phó phải về đúng quy định chậm nhất ${policy.years} năm kể từ ngày quyết định sắp xếp có hiệu lực (${policy.ruleId}): nhập ngày đó để tính thời hạn.`,
        en: `Deputies must be within quota at the latest ${policy.years} years after the re-arrangement decision takes effect (${policy.ruleId}): give that date to compute the deadline.`,
      },
      ruleId: policy.ruleId,
      ...(timeline.policyCitation ? { citation: timeline.policyCitation } : {}),
    });
  }
  return notices;
}

/** The roadmap of one step of a plan (default: the last phase; "baseline" for the baseline). */
export function computePlanDeputyRoadmap(
  plan: Plan,
  evaluation: PlanEvaluation,
  options: DeputyRoadmapOptions & { phaseIndex?: number | "baseline" } = {},
): DeputyRoadmapOutcome {
  const { phaseIndex, ...roadmapOptions } = options;
  const collected = collectPlanSteps(plan, evaluation);
  if (!collected.ok) return collected;
  const selected = selectPlanStep(collected.steps, phaseIndex);
  if (!selected.ok) return selected;
  return computeDeputyRoadmap(selected.step.snapshot, selected.step, roadmapOptions);
}
