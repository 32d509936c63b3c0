// The deputy roadmap (issue 5, item 5). Retirement dates are worked by hand from the table of Điều 4
// Nghị định 135/2020/NĐ-CP (see retirement-age.test.ts); limits are those of the RS-2020 / RS-2014 rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import catHai from "../../../../examples/cat-hai-2021.snapshot.json" with { type: "json" };
import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import {
  agency,
  agencyWith,
  buildSnapshot,
  commonAgencies,
  type DivisionInput,
  districtWithDivisions,
  type StaffInput,
  staffMember,
  subDepartment,
  unit,
} from "../testing/builders.ts";
import {
  computeDeputyRoadmap,
  computePlanDeputyRoadmap,
  type DeputyRoadmap,
  type DeputyRoadmapOptions,
  deputyRoadmapSchema,
  type RoadmapUnit,
} from "./deputy-roadmap.ts";
import { evaluatePlan } from "./evaluate-plan.ts";
import { PLAN_FORMAT, type Plan } from "./plan.schema.ts";
import { nextDay } from "./retirement-age.ts";

function load(input: unknown): Snapshot {
  const parsed = parseSnapshot(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function roadmapOf(snapshot: Snapshot, options: DeputyRoadmapOptions = {}): DeputyRoadmap {
  const evaluation = evaluateSnapshot(snapshot);
  if (!evaluation.ok) throw new Error(evaluation.failure.message.en);
  const outcome = computeDeputyRoadmap(snapshot, evaluation.result, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  // Every roadmap a test looks at is also a valid one.
  expect(deputyRoadmapSchema.parse(outcome.roadmap)).toEqual(outcome.roadmap);
  return outcome.roadmap;
}

function unitOf(roadmap: DeputyRoadmap, id: string): RoadmapUnit {
  const found = roadmap.units.find((entry) => entry.subject.id === id);
  if (!found) throw new Error(`no roadmap for ${id}`);
  return found;
}

const codes = (entry: { flags: readonly { code: string }[] }) => entry.flags.map((flag) => flag.code);
const deputiesPerYear = (entry: { series: readonly { year: number; deputies: number }[] }) =>
  entry.series.map((point) => [point.year, point.deputies]);

function deputy(id: string, birthDate: string, gender: "male" | "female"): StaffInput {
  return staffMember({ id, fullName: `Phó ${id}`, birthDate, gender, role: "deputy" });
}

describe("Cát Hải, 30/06/2021 (RS-2020): 23 Phó Trưởng phòng against the district pool of 2 × 11 = 22", () => {
  const roadmap = roadmapOf(load(catHai));
  const pool = unitOf(roadmap, "cat-hai");

  it("projects the district pool with the limit of the D-DEP-01 finding", () => {
    expect(roadmap.units.map((entry) => entry.subject)).toEqual([{ type: "district", id: "cat-hai" }]);
    expect(pool).toMatchObject({
      ruleIds: ["D-DEP-01"],
      limit: 22,
      limitSource: "finding",
      currentDeputies: 23,
      deputiesWithBirthDate: 7,
      deputiesWithoutBirthDate: 16,
    });
    expect(pool.members).toHaveLength(11);
    expect([roadmap.from, roadmap.until, roadmap.horizonYears]).toEqual(["2021-06-30", "2031-06-30", 10]);
  });

  it("dates each listed deputy's retirement (men at 62, women at 60 for these birth years)", () => {
    expect(pool.retirements.map((person) => [person.staffId, person.reachesAgeOn, person.retiresOn])).toEqual(
      [
        ["cat-hai-cb-102", "2037-02-19", "2037-02-28"],
        ["cat-hai-cb-003", "2040-07-21", "2040-07-31"],
        ["cat-hai-cb-002", "2040-11-02", "2040-11-30"],
        ["cat-hai-cb-104", "2041-10-28", "2041-10-31"],
        ["cat-hai-cb-103", "2042-06-05", "2042-06-30"],
        ["cat-hai-cb-105", "2044-03-16", "2044-03-31"],
        ["cat-hai-cb-004", "2047-01-30", "2047-01-31"],
      ],
    );
    expect(pool.retirements[0]).toMatchObject({ unitId: "cat-hai-kinh-te", fullName: "Đặng Văn Lợi" });
  });

  it("stays at 23 (1 over) for the ten years; within quota only from 01/03/2037, when Đặng Văn Lợi has retired", () => {
    expect(pool.series.map((point) => [point.year, point.deputies, point.limit, point.surplus])).toEqual(
      Array.from({ length: 11 }, (_, index) => [2021 + index, 23, 22, 1]),
    );
    expect([pool.withinQuotaOn, pool.withinQuotaYear]).toEqual(["2037-03-01", 2037]);
    expect(pool.atDeadline).toBeNull();
  });

  it("RS-2020 sets no deadline: the roadmap warns “không bổ nhiệm mới cho đến khi về đúng số lượng quy định”", () => {
    expect(roadmap.policy).toMatchObject({ ruleId: "T-2020-01", kind: "none", years: null });
    expect(roadmap.deadline).toBeNull();
    expect(codes(pool)).toEqual(["DEPUTIES_WITHOUT_BIRTH_DATE", "NO_NEW_APPOINTMENTS"]);
    const warning = pool.flags.find((flag) => flag.code === "NO_NEW_APPOINTMENTS");
    expect(warning?.severity).toBe("warning");
    expect(warning?.ruleId).toBe("T-2020-01");
    expect(warning?.message.vi).toContain("không bổ nhiệm mới cho đến khi về đúng số lượng quy định");
    expect(codes({ flags: roadmap.notices })).toEqual(["PROJECTION_ASSUMPTIONS", "NO_DEADLINE"]);
    expect(roadmap.retirementCitations).toContain(
      "khoản 2 Điều 169 Bộ luật Lao động số 45/2019/QH14; Điều 4 Nghị định số 135/2020/NĐ-CP",
    );
  });

  it("gives chart-ready series: one category per year, deputies / limit / surplus", () => {
    expect(pool.chart.categories).toEqual(Array.from({ length: 11 }, (_, index) => String(2021 + index)));
    expect(pool.chart.series.map((series) => series.key)).toEqual(["deputies", "limit", "surplus"]);
    expect(roadmap.totals.chart.series.map((series) => series.values[0])).toEqual([23, 22, 1]);
  });

  it("with a re-arrangement decision under T-2025-01 (01/03/2025): deadline 01/03/2030, still 1 over → flagged", () => {
    const later = roadmapOf(load(catHai), { reorgDecisionDate: "2025-03-01" });
    expect(later.policy).toMatchObject({ ruleId: "T-2025-01", kind: "years-after-decision", years: 5 });
    expect(later.deadline).toEqual({
      decisionDate: "2025-03-01",
      date: "2030-03-01",
      years: 5,
      ruleId: "T-2025-01",
      citation: "Điều 24 Nghị định số 45/2025/NĐ-CP",
    });
    const laterPool = unitOf(later, "cat-hai");
    expect(laterPool.atDeadline).toEqual({
      year: 2030,
      date: "2030-03-01",
      deputies: 23,
      limit: 22,
      surplus: 1,
    });
    expect(codes(laterPool)).toEqual(["DEPUTIES_WITHOUT_BIRTH_DATE", "OVER_QUOTA_AT_DEADLINE"]);
    expect(laterPool.flags.at(-1)?.severity).toBe("violation");
  });

  it("a decision under T-2026-01 (Decree 150/2025 as amended by 370/2025) also gives 5 years", () => {
    const later = roadmapOf(load(catHai), { reorgDecisionDate: "2026-06-15" });
    expect(later.deadline?.date).toBe("2031-06-15");
    expect(later.deadline?.ruleId).toBe("T-2026-01");
  });
});

describe("a huyện with deputies close to retirement (RS-2020, 10 divisions, 22 deputies, pool 20)", () => {
  const divisions: DivisionInput[] = districtWithDivisions(10).divisions.map((division, index) => {
    if (index === 0) {
      return {
        ...division,
        deputies: 3,
        staff: [
          deputy("d1", "1961-06-15", "male"), // 60y3m on 15/09/2021 → retires 30/09/2021
          deputy("d2", "1966-12-20", "female"), // 55y8m on 20/08/2022 → retires 31/08/2022
          deputy("d3", "1963-05-05", "male"), // 61y on 05/05/2024 → retires 31/05/2024
        ],
      };
    }
    if (index === 1) {
      return {
        ...division,
        deputies: 3,
        staff: [
          deputy("d4", "1970-07-07", "female"), // 57y4m on 07/11/2027 → retires 30/11/2027
          deputy("d5", "1980-01-01", "male"), // 62 on 01/01/2042
          deputy("d6", "1985-05-05", "male"), // 62 on 05/05/2047
        ],
      };
    }
    return { ...division, deputies: 2 };
  });
  const snapshot = buildSnapshot({ districts: [districtWithDivisions(10, { divisions })] });

  it("comes down 22 → 21 → 20 → 19 → 18 as they retire, within quota from 01/09/2022", () => {
    const roadmap = roadmapOf(snapshot);
    const pool = unitOf(roadmap, "huyen-a");
    expect(pool.limit).toBe(20);
    expect(pool.retirements.map((person) => [person.staffId, person.retiresOn])).toEqual([
      ["d1", "2021-09-30"],
      ["d2", "2022-08-31"],
      ["d3", "2024-05-31"],
      ["d4", "2027-11-30"],
      ["d5", "2042-01-31"],
      ["d6", "2047-05-31"],
    ]);
    expect(deputiesPerYear(pool)).toEqual([
      [2021, 22],
      [2022, 21],
      [2023, 20],
      [2024, 19],
      [2025, 19],
      [2026, 19],
      [2027, 19],
      [2028, 18],
      [2029, 18],
      [2030, 18],
      [2031, 18],
    ]);
    expect(pool.series.map((point) => point.surplus)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([pool.withinQuotaOn, pool.withinQuotaYear]).toEqual(["2022-09-01", 2022]);
    expect(codes(pool)).toEqual(["DEPUTIES_WITHOUT_BIRTH_DATE", "NO_NEW_APPOINTMENTS"]);
  });

  it("under a 5-year deadline from 01/03/2025 it is within quota on 01/03/2030: no deadline flag", () => {
    const pool = unitOf(roadmapOf(snapshot, { reorgDecisionDate: "2025-03-01" }), "huyen-a");
    expect(pool.atDeadline).toEqual({ year: 2030, date: "2030-03-01", deputies: 18, limit: 20, surplus: 0 });
    expect(codes(pool)).toEqual(["DEPUTIES_WITHOUT_BIRTH_DATE"]);
  });

  it("projects from another start date and over another horizon", () => {
    const roadmap = roadmapOf(snapshot, { from: "2022-09-01", horizonYears: 3 });
    const pool = unitOf(roadmap, "huyen-a");
    expect(roadmap.until).toBe("2025-09-01");
    expect(pool.series.map((point) => [point.date, point.deputies])).toEqual([
      ["2022-09-01", 20],
      ["2023-09-01", 20],
      ["2024-09-01", 19],
      ["2025-09-01", 19],
    ]);
    expect(pool.withinQuotaOn).toBe("2022-09-01");
  });

  it("with a deadline rule but no decision date, asks for the date instead of guessing", () => {
    const roadmap = roadmapOf(snapshot, { from: "2025-06-30" });
    expect(roadmap.policy?.ruleId).toBe("T-2025-01");
    expect(roadmap.deadline).toBeNull();
    expect(codes({ flags: roadmap.notices })).toEqual(["PROJECTION_ASSUMPTIONS", "DECISION_DATE_NEEDED"]);
  });
});

describe("units of a sở (RS-2020, class II province): each with its own quota", () => {
  const snapshot = buildSnapshot({
    provinceClass: "II",
    agencies: [
      agency({
        units: [
          unit("office", { id: "van-phong", payroll: 8, deputies: 1 }),
          unit("division", {
            id: "phong-a",
            payroll: 7,
            deputies: 2,
            staff: [
              deputy("pa-1", "1961-03-01", "male"), // 60y3m on 01/06/2021 → retires 30/06/2021
              deputy("pa-2", "1990-01-01", "female"),
            ],
          }),
          unit("division", { id: "phong-b", payroll: 10, deputies: 1 }),
          subDepartment(2),
        ],
      }),
    ],
  });
  const roadmap = roadmapOf(snapshot);

  it("takes the limit of the P-DEP-* finding for the unit over quota and asks the rules for the others", () => {
    expect(
      roadmap.units.map((entry) => [entry.subject.id, entry.ruleIds.join(), entry.limit, entry.limitSource]),
    ).toEqual([
      ["van-phong", "P-DEP-03", 2, "rule"],
      ["phong-a", "P-DEP-02", 1, "finding"],
      ["phong-b", "P-DEP-02", 2, "rule"],
      ["chi-cuc", "P-DEP-05", 1, "rule"],
      ["chi-cuc-phong-1", "P-DEP-06", 1, "rule"],
      ["chi-cuc-phong-2", "P-DEP-06", 1, "rule"],
    ]);
  });

  it("counts a deputy in post on the last day of the month of retirement, gone the next day", () => {
    const phongA = unitOf(roadmap, "phong-a");
    expect(phongA.series[0]).toEqual({ year: 2021, date: "2021-06-30", deputies: 2, limit: 1, surplus: 1 });
    expect(phongA.series[1]?.deputies).toBe(1);
    expect(phongA.withinQuotaOn).toBe("2021-07-01");
    expect(codes(phongA)).toEqual(["NO_NEW_APPOINTMENTS"]);
  });

  it("a unit within quota stays within quota (no new appointments assumed)", () => {
    const phongB = unitOf(roadmap, "phong-b");
    expect(phongB.series.every((point) => point.deputies === 1 && point.surplus === 0)).toBe(true);
    expect(phongB.withinQuotaOn).toBe("2021-06-30");
    expect(codes(phongB)).toEqual(["DEPUTIES_WITHOUT_BIRTH_DATE"]);
  });
});

describe("other quotas and inputs", () => {
  it("P-DEP-01: the province's deputy directors form one pool when every sở is listed", () => {
    const snapshot = buildSnapshot({ agenciesComplete: true, agencies: commonAgencies(4) });
    const roadmap = roadmapOf(snapshot);
    const pool = unitOf(roadmap, "99");
    expect(pool.subject.type).toBe("province");
    expect([pool.limit, pool.currentDeputies, pool.limitSource]).toEqual([51, 68, "finding"]);
    expect(pool.members).toHaveLength(17);
    // Without the complete list the pool rule does not run, so there is no province quota to project.
    const partial = roadmapOf(buildSnapshot({ agencies: commonAgencies(4) }));
    expect(partial.units.some((entry) => entry.subject.type === "province")).toBe(false);
  });

  it("RS-2014 (before 25/11/2020): per-sở and per-division caps, and no transition rule", () => {
    const snapshot = buildSnapshot({
      asOf: "2019-06-30",
      agencies: [agency({ id: "so-a", deputies: 4 })],
      districts: [districtWithDivisions(2)],
    });
    const roadmap = roadmapOf(snapshot);
    expect(roadmap.ruleSet).toBe("RS-2014");
    expect(
      roadmap.units.map((entry) => [entry.subject.type, entry.subject.id, entry.limit, entry.limitSource]),
    ).toEqual([
      ["agency", "so-a", 3, "finding"],
      ["division", "huyen-a-noi-vu", 3, "rule"],
      ["division", "huyen-a-tu-phap", 3, "rule"],
    ]);
    expect(roadmap.policy).toBeNull();
    expect(codes({ flags: roadmap.notices })).toEqual(["PROJECTION_ASSUMPTIONS", "NO_TRANSITION_RULE"]);
    // 4 deputies with no birth date against 3: no "no new appointments" warning (no transition rule), but
    // retirements cannot be projected to fix it.
    expect(codes(unitOf(roadmap, "so-a"))).toEqual([
      "DEPUTIES_WITHOUT_BIRTH_DATE",
      "RETIREMENTS_DO_NOT_SUFFICE",
    ]);
  });

  it("flags a deputy already past retirement age, and a staff list naming more deputies than declared", () => {
    const snapshot = buildSnapshot({
      districts: [
        districtWithDivisions(1, {
          divisions: [
            {
              id: "phong-x",
              name: "Phòng X",
              functions: [],
              payroll: 6,
              deputies: 1,
              staff: [deputy("old", "1960-01-10", "male"), deputy("young", "1990-01-10", "female")],
            },
          ],
        }),
      ],
    });
    const pool = unitOf(roadmapOf(snapshot), "huyen-a");
    expect(codes(pool)).toEqual(["MORE_DEPUTIES_LISTED_THAN_COUNTED", "PAST_RETIREMENT_AGE"]);
    expect(pool.retirements[0]?.retiresOn).toBe("2020-01-31");
    expect(pool.series[0]?.deputies).toBe(1);
  });

  it("says when retirements alone never bring a unit within quota", () => {
    const snapshot = buildSnapshot({
      provinceClass: "II",
      agencies: [agencyWith(unit("division", { id: "phong-c", payroll: 6, deputies: 3 }))],
    });
    const phongC = unitOf(roadmapOf(snapshot), "phong-c");
    expect(phongC.withinQuotaOn).toBeNull();
    expect(codes(phongC)).toEqual([
      "DEPUTIES_WITHOUT_BIRTH_DATE",
      "NO_NEW_APPOINTMENTS",
      "RETIREMENTS_DO_NOT_SUFFICE",
    ]);
  });

  it("refuses options out of range and an unknown rule set", () => {
    const snapshot = load(catHai);
    const bad = computeDeputyRoadmap(snapshot, { ruleSet: "RS-2020", findings: [] }, { horizonYears: 0 });
    expect(bad.ok ? null : bad.error.code).toBe("INVALID_ROADMAP_OPTIONS");
    const unknown = computeDeputyRoadmap(snapshot, { ruleSet: "RS-1999", findings: [] });
    expect(unknown.ok ? null : unknown.error.code).toBe("UNKNOWN_RULE_PACK");
  });
});

describe("computePlanDeputyRoadmap — Cát Hải merges Y tế into Văn hóa và Thông tin (01/07/2021)", () => {
  const plan: Plan = {
    format: PLAN_FORMAT,
    title: "Phương án thử",
    baseline: load(catHai),
    phases: [
      {
        name: "Giai đoạn 1",
        effectiveDate: "2021-07-01",
        operations: [
          {
            op: "merge",
            ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
            into: { id: "cat-hai-vhtt-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
          },
        ],
      },
    ],
  };
  const outcome = evaluatePlan(plan);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  const { evaluation } = outcome;

  it("the merge lowers the pool to 2 × 10 = 20: 3 over, within quota once three listed deputies retire (01/12/2040)", () => {
    const result = computePlanDeputyRoadmap(plan, evaluation);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pool = unitOf(result.roadmap, "cat-hai");
    expect(result.roadmap.from).toBe("2021-07-01");
    expect([pool.limit, pool.currentDeputies, pool.series[0]?.surplus]).toEqual([20, 23, 3]);
    expect(pool.withinQuotaOn).toBe("2040-12-01");
  });

  it("the baseline step, and an unknown phase", () => {
    const baseline = computePlanDeputyRoadmap(plan, evaluation, { phaseIndex: "baseline" });
    expect(baseline.ok && unitOf(baseline.roadmap, "cat-hai").limit).toBe(22);
    const missing = computePlanDeputyRoadmap(plan, evaluation, { phaseIndex: 3 });
    expect(missing.ok ? null : missing.error.code).toBe("UNKNOWN_PHASE");
  });
});

// --- Properties ---------------------------------------------------------------------------------------

const birthDateArb = fc
  .date({ min: new Date("1955-01-01T00:00:00Z"), max: new Date("1995-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const asOfArb = fc.constantFrom("2020-11-25", "2021-06-30", "2022-12-31", "2024-02-29", "2025-02-28");

const districtArb = fc
  .record({
    asOf: asOfArb,
    horizonYears: fc.integer({ min: 1, max: 15 }),
    reorgDecisionDate: fc.option(fc.constantFrom("2025-03-01", "2026-01-01", "2027-07-31"), {
      nil: undefined,
    }),
    divisions: fc.array(
      fc.record({
        deputies: fc.nat({ max: 4 }),
        listed: fc.array(
          fc.record({
            birthDate: birthDateArb,
            gender: fc.constantFrom<"male" | "female">("male", "female"),
          }),
          {
            maxLength: 5,
          },
        ),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ asOf, horizonYears, reorgDecisionDate, divisions }) => ({
    options: { horizonYears, ...(reorgDecisionDate ? { reorgDecisionDate } : {}) },
    snapshot: buildSnapshot({
      asOf,
      districts: [
        districtWithDivisions(divisions.length, {
          divisions: divisions.map((shape, index) => ({
            id: `phong-${index}`,
            name: `Phòng ${index}`,
            functions: [],
            payroll: 6,
            deputies: shape.deputies,
            staff: shape.listed.map((person, personIndex) =>
              deputy(`cb-${index}-${personIndex}`, person.birthDate, person.gender),
            ),
          })),
        }),
      ],
    }),
  }));

describe("deputy roadmap — properties", () => {
  it("deputies never increase from one year to the next; surplus = max(0, deputies − limit) ≥ 0; the limit holds", () => {
    fc.assert(
      fc.property(districtArb, ({ snapshot, options }) => {
        const roadmap = roadmapOf(snapshot, options);
        for (const entry of [...roadmap.units, roadmap.totals]) {
          expect(entry.series).toHaveLength(roadmap.horizonYears + 1);
          entry.series.forEach((point, index) => {
            expect(point.surplus).toBeGreaterThanOrEqual(0);
            expect(point.surplus).toBe(Math.max(0, point.deputies - point.limit));
            const previous = entry.series[index - 1];
            if (previous) expect(point.deputies).toBeLessThanOrEqual(previous.deputies);
          });
        }
        for (const entry of roadmap.units) {
          expect(new Set(entry.series.map((point) => point.limit)).size).toBe(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("withinQuotaOn is the first day within quota, and the totals are the sums of the units", () => {
    fc.assert(
      fc.property(districtArb, ({ snapshot, options }) => {
        const roadmap = roadmapOf(snapshot, options);
        for (const entry of roadmap.units) {
          const inPost = (date: string) =>
            entry.deputiesWithoutBirthDate +
            entry.retirements.filter((person) => date <= person.retiresOn).length;
          if (entry.withinQuotaOn === null) {
            expect(entry.deputiesWithoutBirthDate).toBeGreaterThan(entry.limit);
          } else {
            expect(inPost(entry.withinQuotaOn)).toBeLessThanOrEqual(entry.limit);
            if (entry.withinQuotaOn > roadmap.from) {
              const dayBefore = entry.retirements.find(
                (person) => nextDay(person.retiresOn) === entry.withinQuotaOn,
              );
              expect(dayBefore).toBeDefined();
              if (dayBefore) expect(inPost(dayBefore.retiresOn)).toBeGreaterThan(entry.limit);
            }
          }
          if (roadmap.deadline && entry.atDeadline) {
            expect(codes(entry).includes("OVER_QUOTA_AT_DEADLINE")).toBe(entry.atDeadline.surplus > 0);
          }
        }
        roadmap.totals.series.forEach((point, index) => {
          const sum = (key: "deputies" | "limit" | "surplus") =>
            roadmap.units.reduce((total, entry) => total + (entry.series[index]?.[key] ?? 0), 0);
          expect([point.deputies, point.limit, point.surplus]).toEqual([
            sum("deputies"),
            sum("limit"),
            sum("surplus"),
          ]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
