// Diff and summary of plans (issue 5, item 4). Expected numbers are counted by hand from the examples
// (examples/cat-hai-2021*.snapshot.json, synthetic data) and from small structures built here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import catHaiRearranged from "../../../../examples/cat-hai-2021-rearranged.snapshot.json" with { type: "json" };
import catHai from "../../../../examples/cat-hai-2021.snapshot.json" with { type: "json" };
import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import type { Finding } from "../findings/finding.schema.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import { generateSyntheticProvince } from "../synthetic/generate-provinces.ts";
import { agency, buildSnapshot, commune, evaluateFindings, position } from "../testing/builders.ts";
import { applyOperation } from "./apply-operation.ts";
import { evaluatePlan, type PlanEvaluation } from "./evaluate-plan.ts";
import {
  computeStructureTotals,
  computeSurplusDeputies,
  deputyQuotaRuleIds,
  diffPlan,
  diffSnapshots,
  type PlanDiff,
  planDiffSchema,
  planSummarySchema,
  summarizePlan,
} from "./plan-diff.ts";
import { type Operation, PLAN_FORMAT, type Plan } from "./plan.schema.ts";

function load(input: unknown): Snapshot {
  const parsed = parseSnapshot(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const catHaiBefore = load(catHai);
const catHaiAfter = load(catHaiRearranged);

function changesOf(diff: PlanDiff): Record<string, string> {
  return Object.fromEntries(diff.units.map((unit) => [unit.id, unit.change]));
}

function finding(overrides: Partial<Finding> & Pick<Finding, "ruleId">): Finding {
  return {
    severity: "violation",
    subject: { type: "unit", id: "x" },
    citation: "—",
    message: { vi: "—", en: "—" },
    confidence: "CONFIRMED",
    ...overrides,
  };
}

describe("diffSnapshots — Cát Hải before and after the re-arrangement of 01/10/2021", () => {
  const diff = diffSnapshots(catHaiBefore, catHaiAfter, {
    beforeFindings: evaluateFindings(catHaiBefore),
    afterFindings: evaluateFindings(catHaiAfter),
  });

  it("is a valid plan diff", () => {
    expect(planDiffSchema.parse(diff)).toEqual(diff);
  });

  it("matches units by id: the merged Phòng LĐ-TB&XH và Y tế is added, its two parts removed", () => {
    expect(changesOf(diff)).toEqual({
      "cat-hai-van-phong": "unchanged",
      "cat-hai-noi-vu": "unchanged",
      "cat-hai-tu-phap": "unchanged",
      "cat-hai-tai-chinh-ke-hoach": "unchanged",
      "cat-hai-tai-nguyen-moi-truong": "unchanged",
      "cat-hai-lao-dong-tbxh": "removed",
      "cat-hai-van-hoa-thong-tin": "unchanged",
      "cat-hai-giao-duc-dao-tao": "unchanged",
      "cat-hai-y-te": "removed",
      "cat-hai-thanh-tra": "unchanged",
      "cat-hai-kinh-te": "changed",
      "cat-hai-lao-dong-tbxh-y-te": "added",
    });
    // Units present before come first, in their order; added ones follow.
    expect(diff.units.map((unit) => unit.id).at(-1)).toBe("cat-hai-lao-dong-tbxh-y-te");
    expect(diff.totals.changes).toEqual({ added: 1, removed: 2, changed: 1, unchanged: 8 });
  });

  it("shows Phòng Kinh tế going from 4 to 2 deputies, its positions re-grouped (leadership 5 → 3, professional 5 → 7)", () => {
    const kinhTe = diff.units.find((unit) => unit.id === "cat-hai-kinh-te");
    expect(kinhTe?.changedFields).toEqual(["deputies", "positions"]);
    expect(kinhTe?.before?.deputies).toBe(4);
    expect(kinhTe?.after?.deputies).toBe(2);
    expect(kinhTe?.before?.positions).toEqual({
      listed: 6,
      total: 11,
      byGroup: { leadership: 5, professional: 5, shared_professional: 1, support: 0 },
    });
    expect(kinhTe?.after?.positions).toEqual({
      listed: 6,
      total: 11,
      byGroup: { leadership: 3, professional: 7, shared_professional: 1, support: 0 },
    });
    expect(kinhTe?.delta).toEqual({ payroll: 0, deputies: -2, positions: 0 });
  });

  it("gives the added unit's figures and the removed units' figures", () => {
    const merged = diff.units.find((unit) => unit.id === "cat-hai-lao-dong-tbxh-y-te");
    expect(merged?.before).toBeNull();
    expect(merged?.after).toMatchObject({
      kind: "division",
      parentId: "cat-hai",
      payroll: 10,
      deputies: 2,
      functions: ["LAO_DONG_TBXH", "Y_TE"],
      positions: null,
    });
    expect(merged?.delta).toEqual({ payroll: 10, deputies: 2, positions: 0 });
    const yTe = diff.units.find((unit) => unit.id === "cat-hai-y-te");
    expect(yTe?.after).toBeNull();
    expect(yTe?.delta).toEqual({ payroll: -4, deputies: -1, positions: 0 });
  });

  it("totals: 11 → 10 divisions, payroll 78 → 78, deputies 23 → 20, surplus deputies 1 → 0 (D-DEP-01: 23 over 22)", () => {
    expect(diff.totals.units).toEqual({ before: 11, after: 10, delta: -1 });
    expect(diff.totals.divisions).toEqual({ before: 11, after: 10, delta: -1 });
    expect(diff.totals.agencies).toEqual({ before: 0, after: 0, delta: 0 });
    expect(diff.totals.payroll).toEqual({ before: 78, after: 78, delta: 0 });
    expect(diff.totals.deputies).toEqual({ before: 23, after: 20, delta: -3 });
    expect(diff.totals.surplusDeputies).toEqual({ before: 1, after: 0, delta: -1 });
  });

  it("chart series: divisions and deputies per district, and the totals", () => {
    expect(diff.districts).toEqual([
      {
        id: "cat-hai",
        name: "Huyện Cát Hải",
        change: "present",
        divisions: { before: 11, after: 10, delta: -1 },
        deputies: { before: 23, after: 20, delta: -3 },
        payroll: { before: 78, after: 78, delta: 0 },
      },
    ]);
    const { divisionsPerDistrict, deputiesPerDistrict, totals } = diff.charts;
    expect(divisionsPerDistrict.categories).toEqual(["cat-hai"]);
    expect(divisionsPerDistrict.categoryLabels).toEqual([{ vi: "Huyện Cát Hải", en: "Huyện Cát Hải" }]);
    expect(divisionsPerDistrict.series.map((series) => [series.key, series.values])).toEqual([
      ["before", [11]],
      ["after", [10]],
    ]);
    expect(deputiesPerDistrict.series.map((series) => series.values)).toEqual([[23], [20]]);
    expect(totals.categories).toEqual(["units", "deputies", "surplusDeputies"]);
    expect(totals.series.map((series) => series.values)).toEqual([
      [11, 23, 1],
      [10, 20, 0],
    ]);
  });

  it("chart series: payroll and deputies before/after of every unit that changes (a removed unit's after is 0)", () => {
    const { payrollPerChangedUnit, deputiesPerChangedUnit } = diff.charts;
    expect(payrollPerChangedUnit.categories).toEqual(deputiesPerChangedUnit.categories);
    const changed = diff.units.filter((unit) => unit.change !== "unchanged").map((unit) => unit.id);
    expect(payrollPerChangedUnit.categories).toEqual(changed);
    expect(changed).toContain("cat-hai-y-te");
    const health = changed.indexOf("cat-hai-y-te");
    expect(payrollPerChangedUnit.series[1]?.values[health]).toBe(0);
    expect(payrollPerChangedUnit.series[0]?.values[health]).toBeGreaterThan(0);
    expect(planDiffSchema.parse(diff)).toEqual(diff);
  });

  it("without findings, the surplus is unknown (null) and left out of the totals chart", () => {
    const plain = diffSnapshots(catHaiBefore, catHaiAfter);
    expect(plain.totals.surplusDeputies).toEqual({ before: null, after: null, delta: null });
    expect(plain.charts.totals.categories).toEqual(["units", "deputies"]);
    expect(planDiffSchema.parse(plain)).toEqual(plain);
  });
});

describe("diffSnapshots — agencies, their units and the phòng of a chi cục", () => {
  const before = buildSnapshot({
    agencies: [
      agency({
        id: "so-a",
        payroll: 50,
        deputies: 3,
        units: [
          { id: "van-phong", type: "office", name: "Văn phòng", payroll: 8, deputies: 1 },
          {
            id: "p1",
            type: "division",
            name: "Phòng 1",
            payroll: 10,
            deputies: 2,
            positions: [
              position({ id: "p1-lead", group: "leadership", count: 3 }),
              position({ id: "p1-cv", count: 6 }),
            ],
          },
          { id: "p2", type: "division", name: "Phòng 2", payroll: 9, deputies: 1 },
          {
            id: "cc",
            type: "sub_department",
            name: "Chi cục",
            payroll: 20,
            deputies: 1,
            units: [
              { id: "cc-p1", type: "division", name: "Phòng 1 thuộc chi cục", payroll: 6, deputies: 1 },
              { id: "cc-p2", type: "division", name: "Phòng 2 thuộc chi cục", payroll: 6, deputies: 1 },
            ],
          },
        ],
      }),
    ],
  });
  const after = buildSnapshot({
    agencies: [
      agency({
        id: "so-a",
        payroll: 50,
        deputies: 3,
        units: [
          { id: "van-phong", type: "office", name: "Văn phòng", payroll: 8, deputies: 1 },
          {
            id: "cc",
            type: "sub_department",
            name: "Chi cục",
            payroll: 20,
            deputies: 2,
            units: [
              { id: "cc-p1", type: "division", name: "Phòng Một thuộc chi cục", payroll: 6, deputies: 1 },
            ],
          },
          { id: "cc-p2", type: "division", name: "Phòng 2 thuộc chi cục", payroll: 6, deputies: 1 },
          {
            id: "p12",
            type: "division",
            name: "Phòng 1 và 2",
            payroll: 19,
            deputies: 3,
            positions: [
              position({ id: "p12-lead", group: "leadership", count: 4 }),
              position({ id: "p12-cv", count: 10 }),
              position({ id: "p12-lx", group: "support", count: 1 }),
            ],
          },
        ],
      }),
    ],
  });
  const diff = diffSnapshots(before, after);

  it("lists the agency, its units and the chi cục's phòng with their kind and parent", () => {
    expect(diff.units.map((unit) => [unit.id, unit.kind, unit.change])).toEqual([
      ["so-a", "agency", "unchanged"],
      ["van-phong", "unit", "unchanged"],
      ["p1", "unit", "removed"],
      ["p2", "unit", "removed"],
      ["cc", "unit", "changed"],
      ["cc-p1", "sub-unit", "changed"],
      ["cc-p2", "unit", "changed"],
      ["p12", "unit", "added"],
    ]);
    expect(planDiffSchema.parse(diff)).toEqual(diff);
  });

  it("says what changed: deputies of the chi cục, the name of a phòng, the place of a moved phòng", () => {
    const fields = Object.fromEntries(diff.units.map((unit) => [unit.id, unit.changedFields]));
    expect(fields.cc).toEqual(["deputies"]);
    expect(fields["cc-p1"]).toEqual(["name"]);
    expect(fields["cc-p2"]).toEqual(["kind", "parent"]);
    const moved = diff.units.find((unit) => unit.id === "cc-p2");
    expect([moved?.before?.parentId, moved?.after?.parentId]).toEqual(["cc", "so-a"]);
    expect(diff.units.find((unit) => unit.id === "so-a")?.before?.functions).toEqual(["NOI_VU"]);
  });

  it("counts positions by group: the merged phòng has 15 posts (4 leadership, 10 professional, 1 support)", () => {
    const merged = diff.units.find((unit) => unit.id === "p12");
    expect(merged?.after?.positions).toEqual({
      listed: 3,
      total: 15,
      byGroup: { leadership: 4, professional: 10, shared_professional: 0, support: 1 },
    });
    expect(diff.units.find((unit) => unit.id === "p1")?.delta.positions).toBe(-9);
    expect(diff.units.find((unit) => unit.id === "p2")?.before?.positions).toBeNull();
  });

  it("totals: units 7 → 6; payroll is the agency's own (50), not added to its units'; deputies at every level 10 → 11", () => {
    expect(diff.totals.units).toEqual({ before: 7, after: 6, delta: -1 });
    expect(diff.totals.agencyUnits).toEqual({ before: 6, after: 5, delta: -1 });
    expect(diff.totals.payroll).toEqual({ before: 50, after: 50, delta: 0 });
    expect(diff.totals.deputies).toEqual({ before: 10, after: 11, delta: 1 });
    expect(diff.districts).toEqual([]);
    expect(diff.charts.divisionsPerDistrict.categories).toEqual([]);
  });
});

describe("surplus deputies from findings", () => {
  it("the deputy-quota rules are those that set `deputyQuota` in the packs", () => {
    expect([...deputyQuotaRuleIds].sort()).toEqual([
      "C26-DEP-01",
      "D-DEP-01",
      "D-LEG-01",
      "D25-DEP-01",
      "P-DEP-01",
      "P-DEP-02",
      "P-DEP-03",
      "P-DEP-04",
      "P-DEP-05",
      "P-DEP-06",
      "P-LEG-01",
      "P25-DEP-01",
      "P26-DEP-01",
      "P26-DEP-02",
      "T-2026-02",
    ]);
  });

  it("adds actual − limit over deputy-quota violations and transitional surpluses only", () => {
    const findings: Finding[] = [
      finding({ ruleId: "P-DEP-02", actual: 3, limit: 1, limitKind: "max" }), // 2
      finding({ ruleId: "D-DEP-01", actual: 25, limit: 24, limitKind: "max", severity: "transitional" }), // 1
      finding({ ruleId: "D-DEP-01", actual: 4, limit: 3, limitKind: "max", severity: "warning" }), // per-division warning
      finding({ ruleId: "T-2020-01", actual: 3, limit: 1, limitKind: "max", severity: "warning" }), // follow-up
      finding({ ruleId: "JP-06", actual: 3, limit: 2, limitKind: "max" }), // not a deputy quota
      finding({ ruleId: "P-EST-01", actual: 4, limit: 5, limitKind: "min" }),
      finding({ ruleId: "P-DEP-05" }), // no numbers
    ];
    expect(computeSurplusDeputies(findings)).toBe(3);
    expect(computeSurplusDeputies([])).toBe(0);
  });
});

// --- Plans ---------------------------------------------------------------------------------------------

function catHaiPlan(phases: Plan["phases"]): Plan {
  return {
    format: PLAN_FORMAT,
    title: "Phương án sắp xếp các phòng chuyên môn huyện Cát Hải (số liệu minh họa)",
    baseline: catHaiBefore,
    phases,
  };
}

const mergePhase: Plan["phases"][number] = {
  name: "Giai đoạn 1: hợp nhất phòng",
  effectiveDate: "2021-07-01",
  operations: [
    {
      op: "merge",
      ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
      into: { id: "cat-hai-van-hoa-thong-tin-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
    },
  ],
};
const reducePhase: Plan["phases"][number] = {
  name: "Giai đoạn 2: giảm cấp phó",
  effectiveDate: "2021-12-31",
  operations: [
    { op: "set", id: "cat-hai-van-hoa-thong-tin-y-te", deputies: 2 },
    { op: "set", id: "cat-hai-tai-nguyen-moi-truong", deputies: 1 },
    { op: "set", id: "cat-hai-lao-dong-tbxh", deputies: 1 },
  ],
};

function evaluated(plan: Plan): PlanEvaluation {
  const outcome = evaluatePlan(plan);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.evaluation;
}

describe("summarizePlan — Cát Hải: merge Y tế into Văn hóa và Thông tin, then reduce deputies", () => {
  const plan = catHaiPlan([mergePhase, reducePhase]);
  const evaluation = evaluated(plan);
  const outcome = summarizePlan(plan, evaluation);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const { summary } = outcome;

  it("gives per step: units 11 → 10 → 10, deputies 23 → 23 → 20, surplus 1 → 3 → 0, violations 3 → 2 → 1", () => {
    expect(planSummarySchema.parse(summary)).toEqual(summary);
    expect(
      summary.steps.map((step) => [
        step.key,
        step.date,
        step.units,
        step.deputies,
        step.surplusDeputies,
        step.findings.violations,
      ]),
    ).toEqual([
      ["baseline", "2021-06-30", 11, 23, 1, 3],
      ["phases[0]", "2021-07-01", 10, 23, 3, 2],
      ["phases[1]", "2021-12-31", 10, 20, 0, 1],
    ]);
    // Phase 1 resolves D-PH-04 and changes D-DEP-01's limit (22 → 20): the same breach, unchanged.
    expect(summary.steps.map((step) => [step.introduced, step.resolved])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
  });

  it("gives one chart category per step and one series per measure", () => {
    expect(summary.chart.categories).toEqual(["baseline", "phases[0]", "phases[1]"]);
    expect(summary.chart.categoryLabels).toEqual([
      { vi: "Hiện trạng", en: "Baseline" },
      { vi: mergePhase.name, en: mergePhase.name },
      { vi: reducePhase.name, en: reducePhase.name },
    ]);
    expect(Object.fromEntries(summary.chart.series.map((series) => [series.key, series.values]))).toEqual({
      units: [11, 10, 10],
      deputies: [23, 23, 20],
      surplusDeputies: [1, 3, 0],
      violations: [3, 2, 1],
    });
  });

  it("diffPlan: baseline against the last phase by default, or against the phase asked for", () => {
    const last = diffPlan(plan, evaluation);
    expect(last.ok && last.diff.totals.deputies).toEqual({ before: 23, after: 20, delta: -3 });
    expect(last.ok && last.diff.totals.surplusDeputies).toEqual({ before: 1, after: 0, delta: -1 });
    const first = diffPlan(plan, evaluation, { phaseIndex: 0 });
    expect(first.ok && changesOf(first.diff)).toMatchObject({
      "cat-hai-van-hoa-thong-tin": "removed",
      "cat-hai-y-te": "removed",
      "cat-hai-van-hoa-thong-tin-y-te": "added",
    });
    expect(first.ok && first.diff.totals.surplusDeputies).toEqual({ before: 1, after: 3, delta: 2 });
    const missing = diffPlan(plan, evaluation, { phaseIndex: 2 });
    expect(missing.ok ? null : missing.error.code).toBe("UNKNOWN_PHASE");
  });

  it("refuses an evaluation of another plan, and a plan whose operations do not apply", () => {
    const other = evaluated(catHaiPlan([mergePhase]));
    const mismatch = summarizePlan(plan, other);
    expect(mismatch.ok ? null : mismatch.error.code).toBe("EVALUATION_MISMATCH");

    const broken = catHaiPlan([
      mergePhase,
      { ...reducePhase, operations: [{ op: "set", id: "khong-co", deputies: 1 }] },
    ]);
    const failed = summarizePlan(broken, evaluation);
    expect(failed.ok ? null : failed.error.code).toBe("PLAN_DOES_NOT_APPLY");
    expect(
      failed.ok || failed.error.code !== "PLAN_DOES_NOT_APPLY" ? null : failed.error.operationError.path,
    ).toBe("phases[1].operations[0]");
  });

  it("a plan without phases summarises its baseline alone", () => {
    const bare = catHaiPlan([]);
    const result = summarizePlan(bare, evaluated(bare));
    expect(result.ok && result.summary.steps.map((step) => step.key)).toEqual(["baseline"]);
    const diff = diffPlan(bare, evaluated(bare));
    expect(diff.ok && diff.diff.totals.changes).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 11 });
  });
});

// --- Properties ---------------------------------------------------------------------------------------

const provinces = Array.from({ length: 4 }, (_, index) => generateSyntheticProvince({ index, seed: 7 }));

/** A province and the same province after a few random `set` operations on its units. */
const editedProvince = fc
  .record({
    index: fc.nat({ max: provinces.length - 1 }),
    edits: fc.array(
      fc.record({ pick: fc.nat(), deputies: fc.nat({ max: 5 }), payroll: fc.nat({ max: 30 }) }),
      {
        maxLength: 6,
      },
    ),
  })
  .map(({ index, edits }) => {
    const before = provinces[index] ?? catHaiBefore;
    const ids = [
      ...before.agencies.flatMap((item) => item.units.map((unit) => unit.id)),
      ...before.districts.flatMap((district) => district.divisions.map((division) => division.id)),
    ];
    let after = before;
    for (const edit of edits) {
      const id = ids[edit.pick % ids.length];
      if (id === undefined) continue;
      const operation: Operation = { op: "set", id, deputies: edit.deputies, payroll: edit.payroll };
      const result = applyOperation(after, operation);
      if (result.ok) after = result.snapshot;
    }
    return { before, after };
  });

describe("diffSnapshots — properties", () => {
  it("a structure compared with itself is unchanged everywhere", () => {
    fc.assert(
      fc.property(fc.nat({ max: provinces.length - 1 }), (index) => {
        const snapshot = provinces[index] ?? catHaiBefore;
        const findings = evaluateFindings(snapshot);
        const diff = diffSnapshots(snapshot, snapshot, { beforeFindings: findings, afterFindings: findings });
        expect(diff.units.every((unit) => unit.change === "unchanged")).toBe(true);
        expect(Object.values(diff.totals).every((total) => !("delta" in total) || total.delta === 0)).toBe(
          true,
        );
      }),
      { numRuns: provinces.length * 2 },
    );
  });

  it("totals are the sums of the per-unit figures, and the diff validates against its schema", () => {
    fc.assert(
      fc.property(editedProvince, ({ before, after }) => {
        const diff = diffSnapshots(before, after);
        const sides = (side: "before" | "after") =>
          diff.units.flatMap((unit) => (unit[side] ? [unit[side]] : []));
        for (const side of ["before", "after"] as const) {
          const facts = sides(side);
          expect(facts.length).toBe(diff.totals.units[side]);
          expect(facts.reduce((sum, unit) => sum + unit.deputies, 0)).toBe(diff.totals.deputies[side]);
          expect(
            facts
              .filter((unit) => unit.kind === "agency" || unit.kind === "division")
              .reduce((sum, unit) => sum + unit.payroll, 0),
          ).toBe(diff.totals.payroll[side]);
        }
        expect(diff.units.reduce((sum, unit) => sum + unit.delta.deputies, 0)).toBe(
          diff.totals.deputies.delta,
        );
        expect(computeStructureTotals(after).deputies).toBe(diff.totals.deputies.after);
        expect(planDiffSchema.safeParse(diff).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("swapping the sides swaps added and removed and negates every delta", () => {
    const pairs = fc.oneof(
      editedProvince,
      fc
        .record({ a: fc.nat({ max: provinces.length - 1 }), b: fc.nat({ max: provinces.length - 1 }) })
        .map(({ a, b }) => ({
          before: provinces[a] ?? catHaiBefore,
          after: provinces[b] ?? catHaiAfter,
        })),
    );
    fc.assert(
      fc.property(pairs, ({ before, after }) => {
        const forward = diffSnapshots(before, after);
        const backward = diffSnapshots(after, before);
        expect(backward.totals.changes).toEqual({
          ...forward.totals.changes,
          added: forward.totals.changes.removed,
          removed: forward.totals.changes.added,
        });
        for (const total of ["units", "divisions", "payroll", "deputies"] as const)
          expect(backward.totals[total].delta + forward.totals[total].delta).toBe(0);
        const changedIds = (diff: PlanDiff) =>
          diff.units
            .filter((unit) => unit.change === "changed")
            .map((unit) => unit.id)
            .sort();
        expect(changedIds(backward)).toEqual(changedIds(forward));
      }),
      { numRuns: 40 },
    );
  });

  it("the evaluation's surplus never goes below 0 and a summary validates for any phase of `set`s", () => {
    fc.assert(
      fc.property(editedProvince, ({ before, after }) => {
        const outcome = evaluateSnapshot(after);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(computeSurplusDeputies(outcome.result.findings)).toBeGreaterThanOrEqual(0);
        const plan: Plan = {
          format: PLAN_FORMAT,
          title: "Thử",
          baseline: before,
          phases: [{ name: "Một", effectiveDate: "2021-07-01", operations: [] }],
        };
        const summary = summarizePlan(plan, evaluated(plan));
        expect(summary.ok && planSummarySchema.safeParse(summary.summary).success).toBe(true);
      }),
      { numRuns: 10 },
    );
  });
});

describe("the commune level in the diff (snapshot/2)", () => {
  const before = buildSnapshot({
    asOf: "2026-03-01",
    communes: [commune("special_zone", { id: "dac-khu-a" })],
  });
  const merged = applyOperation(before, {
    op: "merge",
    ids: ["dac-khu-a-kt", "dac-khu-a-vhxh"],
    into: { id: "dac-khu-a-kt-vhxh", name: "Phòng Kinh tế - Văn hóa" },
  });

  it("counts commune organisations apart, with their payroll and deputies in the totals", () => {
    expect(computeStructureTotals(before)).toEqual({
      units: 4,
      agencies: 0,
      agencyUnits: 0,
      divisions: 0,
      communeOrganisations: 4,
      payroll: 24,
      deputies: 4,
    });
  });

  it("shows a merge of two commune phòng unit by unit and in the totals", () => {
    if (!merged.ok) throw new Error(JSON.stringify(merged.error));
    const diff = diffSnapshots(before, merged.snapshot);
    expect(
      diff.units
        .filter((unit) => unit.change !== "unchanged")
        .map((unit) => [unit.id, unit.kind, unit.change]),
    ).toEqual([
      ["dac-khu-a-kt", "commune-organisation", "removed"],
      ["dac-khu-a-vhxh", "commune-organisation", "removed"],
      ["dac-khu-a-kt-vhxh", "commune-organisation", "added"],
    ]);
    expect(diff.totals.communeOrganisations).toEqual({ before: 4, after: 3, delta: -1 });
    expect(diff.totals.payroll).toEqual({ before: 24, after: 24, delta: 0 });
    expect(planDiffSchema.safeParse(diff).success).toBe(true);
  });
});
