// The plan editor's views, on the Cát Hải example plan (examples/cat-hai-2021.plan.json).
import { describe, expect, it } from "vitest";

import catHaiPlanDocument from "../../../../examples/cat-hai-2021.plan.json" with { type: "json" };
import { applyPlan } from "./apply-plan.ts";
import { compareFindings, evaluatePlan } from "./evaluate-plan.ts";
import { summarizePlan } from "./plan-diff.ts";
import {
  deputiesAgainstLimitChart,
  describeOperation,
  describePhaseOperations,
  effectOfChange,
  planReportsAgree,
  severityChart,
  structureBeforeOperation,
  suggestUnitId,
} from "./plan-editor.ts";
import { toPlanReport } from "./plan-report.ts";
import { parsePlan } from "./parse-plan.ts";
import type { Plan } from "./plan.schema.ts";
import { buildSnapshot, commune } from "../testing/builders.ts";

const parsed = parsePlan(catHaiPlanDocument);
if (!parsed.ok) throw new Error("the example plan does not parse");
const plan: Plan = parsed.value;
const baseline = plan.baseline;

function evaluated() {
  const outcome = evaluatePlan(plan);
  if (!outcome.ok) throw new Error("the example plan does not evaluate");
  return outcome.evaluation;
}

describe("describeOperation", () => {
  it("says what each kind of operation does, with the units' names, in both languages", () => {
    const [merge] = plan.phases[0]?.operations ?? [];
    if (!merge) throw new Error("no merge");
    expect(describeOperation(merge, baseline)).toEqual({
      vi: "Hợp nhất Phòng Văn hóa và Thông tin và Phòng Y tế thành Phòng Văn hóa, Thông tin và Y tế",
      en: "Merge Phòng Văn hóa và Thông tin and Phòng Y tế into Phòng Văn hóa, Thông tin và Y tế",
    });
    expect(
      describeOperation({ op: "set", id: "cat-hai-kinh-te", payroll: 9, deputies: 2 }, baseline).vi,
    ).toBe("Điều chỉnh Phòng Kinh tế: biên chế 9, 2 cấp phó");
    expect(
      describeOperation(
        { op: "transfer", from: "cat-hai-kinh-te", to: "cat-hai-noi-vu", payroll: 2, functions: [] },
        baseline,
      ).en,
    ).toBe("Transfer 2 posts from Phòng Kinh tế to Phòng Nội vụ");
    expect(
      describeOperation({ op: "dissolve", id: "cat-hai-y-te", transferTo: "cat-hai-noi-vu" }, baseline).vi,
    ).toContain("Giải thể Phòng Y tế");
  });

  it("describes a phase's operations with the names in force when each applies", () => {
    const [first] = describePhaseOperations(plan, 1);
    // Phase 2 sets the deputies of the unit phase 1's merge created: its name is known by then.
    expect(first?.vi).toBe("Điều chỉnh Phòng Văn hóa, Thông tin và Y tế: 2 cấp phó");
    expect(describePhaseOperations(plan, 9)).toEqual([]);
  });

  it("falls back to the id for a unit the structure does not have", () => {
    expect(describeOperation({ op: "rename", id: "khong-co", name: "X" }, baseline).vi).toBe(
      "Đổi tên khong-co thành X",
    );
  });
});

describe("suggestUnitId", () => {
  it("builds an id from the parent and the name, without the word 'phòng' and without diacritics", () => {
    expect(suggestUnitId(plan, "cat-hai", "Phòng Đô thị và Hạ tầng")).toBe("cat-hai-do-thi-va-ha-tang");
  });

  it("never reuses an id of the baseline, of a later phase or reserved by the form", () => {
    // The merge of phase 1 creates cat-hai-van-hoa-thong-tin-y-te.
    expect(suggestUnitId(plan, "cat-hai", "Văn hóa, Thông tin, Y tế")).toBe(
      "cat-hai-van-hoa-thong-tin-y-te-2",
    );
    expect(suggestUnitId(plan, "cat", "Hải Kinh tế")).toBe("cat-hai-kinh-te-2");
    expect(suggestUnitId(plan, "cat-hai", "Mới", ["cat-hai-moi"])).toBe("cat-hai-moi-2");
    expect(suggestUnitId(plan, "cat-hai", "!!!")).toBe("cat-hai-don-vi");
  });
});

describe("charts of the editor", () => {
  it("deputies of each division against the maximum the rules set for it", () => {
    const chart = deputiesAgainstLimitChart(baseline, ["cat-hai-kinh-te", "cat-hai-y-te", "khong-co"]);
    expect(chart.categories).toEqual(["cat-hai-kinh-te", "cat-hai-y-te"]);
    const [deputies, limit] = chart.series;
    expect(deputies?.key).toBe("deputies");
    expect(limit?.key).toBe("limit");
    const kinhTe = baseline.districts[0]?.divisions.find((division) => division.id === "cat-hai-kinh-te");
    expect(deputies?.values[0]).toBe(kinhTe?.deputies);
    // A district division: D-DEP-01's threshold of 3 deputies per division (ADR 0002).
    expect(limit?.values).toEqual([3, 3]);
  });

  it("findings by severity at each step, one category per step", () => {
    const evaluation = evaluated();
    const summary = summarizePlan(plan, evaluation);
    if (!summary.ok) throw new Error("no summary");
    const chart = severityChart(summary.summary);
    expect(chart.categories).toHaveLength(plan.phases.length + 1);
    const violations = chart.series.find((series) => series.key === "violations");
    expect(violations?.values).toEqual(summary.summary.steps.map((step) => step.findings.violations));
    expect(violations?.values.at(-1)).toBe(1);
  });
});

describe("planReportsAgree", () => {
  it("agrees with itself and notices a changed number, a missing finding or another pack", () => {
    const report = toPlanReport(evaluated());
    expect(planReportsAgree(report, structuredClone(report))).toBe(true);
    const changed = structuredClone(report);
    const finding = changed.phases[0]?.findings[0];
    if (!finding) throw new Error("expected a finding");
    finding.actual = (finding.actual ?? 0) + 1;
    expect(planReportsAgree(report, changed)).toBe(false);
    const fewer = structuredClone(report);
    fewer.baseline.findings.pop();
    expect(planReportsAgree(report, fewer)).toBe(false);
    const otherPack = structuredClone(report);
    if (otherPack.phases[1]) otherPack.phases[1].ruleSet = "RS-2014";
    expect(planReportsAgree(report, otherPack)).toBe(false);
    expect(applyPlan(plan).ok).toBe(true);
  });
});

describe("structureBeforeOperation", () => {
  const divisionIds = (snapshot: ReturnType<typeof structureBeforeOperation>) =>
    snapshot?.districts[0]?.divisions.map((division) => division.id) ?? [];

  it("is the baseline before the first operation, and the merged structure after phase 1", () => {
    expect(structureBeforeOperation(plan, 0, 0)).toEqual(baseline);
    const afterMerge = structureBeforeOperation(plan, 1, 0);
    expect(divisionIds(afterMerge)).toContain("cat-hai-van-hoa-thong-tin-y-te");
    expect(divisionIds(afterMerge)).not.toContain("cat-hai-y-te");
  });

  it("applies the phase's operations before the one asked for (all of them by default)", () => {
    const whole = structureBeforeOperation(plan, 1);
    const kinhTe = whole?.districts[0]?.divisions.find((division) => division.id === "cat-hai-lao-dong-tbxh");
    expect(kinhTe?.deputies).toBe(1);
    expect(structureBeforeOperation(plan, 7)).toBeUndefined();
  });
});

describe("effectOfChange", () => {
  it("shows what the latest edit did within a phase: D-DEP-01 back after a merge lowers the pool", () => {
    const first = plan.phases[0];
    if (!first) throw new Error("no phase");
    const reduce = { op: "set" as const, id: "cat-hai-kinh-te", deputies: 3 };
    const merge = plan.phases[0]?.operations[0];
    if (!merge) throw new Error("no merge");
    const findingsOf = (operations: Plan["phases"][number]["operations"]) => {
      const outcome = evaluatePlan({ ...plan, phases: [{ ...first, operations }] });
      if (!outcome.ok) throw new Error("does not evaluate");
      return outcome.evaluation.phases[0]?.findings ?? [];
    };
    const reduced = findingsOf([reduce]);
    const merged = findingsOf([reduce, merge]);
    const effect = effectOfChange(reduced, merged);
    const introduced = effect.introduced.find((finding) => finding.ruleId === "D-DEP-01");
    expect(introduced).toMatchObject({ severity: "violation", actual: 22, limit: 20 });
    expect(effect.resolved.map((finding) => finding.ruleId)).toContain("D-PH-04");
    // Over the whole phase (baseline → phase), D-DEP-01 is "unchanged": it was there before too.
    const phase = compareFindings(findingsOf([]), merged);
    expect(
      phase.unchanged.some((finding) => finding.ruleId === "D-DEP-01" && finding.severity === "violation"),
    ).toBe(true);
  });

  it("reports the same breach with new numbers as renumbered, not as new", () => {
    const before = findingsWith(23, 22);
    const after = findingsWith(23, 20);
    const effect = effectOfChange(before, after);
    expect(effect.introduced).toEqual([]);
    expect(effect.resolved).toEqual([]);
    expect(effect.renumbered).toEqual([{ before: before[0], after: after[0] }]);
    expect(effectOfChange(before, before).renumbered).toEqual([]);
  });
});

function findingsWith(actual: number, limit: number) {
  const outcome = evaluatePlan(plan);
  if (!outcome.ok) throw new Error("does not evaluate");
  const template = outcome.evaluation.baseline.findings.find((finding) => finding.ruleId === "D-DEP-01");
  if (!template) throw new Error("no D-DEP-01 in the baseline");
  return [{ ...template, actual, limit }];
}

describe("describeOperation — commune-level organisations (plan/2)", () => {
  const communes = buildSnapshot({
    asOf: "2026-03-01",
    communes: [commune("special_zone", { id: "cat-hai", name: "Cát Hải" })],
  });

  it("names an organisation with its unit, and the unit with its type (xã, phường, đặc khu)", () => {
    expect(
      describeOperation(
        {
          op: "merge",
          ids: ["cat-hai-kt", "cat-hai-vhxh"],
          into: { id: "cat-hai-gop", name: "Phòng Kinh tế - Xã hội" },
        },
        communes,
      ).vi,
    ).toBe(
      "Hợp nhất Phòng Kinh tế (Đặc khu Cát Hải) và Phòng Văn hóa - Xã hội (Đặc khu Cát Hải) thành Phòng Kinh tế - Xã hội",
    );
    expect(
      describeOperation(
        {
          op: "create",
          parentId: null,
          district: null,
          commune: "cat-hai",
          unit: { id: "cat-hai-moi", type: "division", name: "Phòng mới", payroll: 5, deputies: 0 },
        },
        communes,
      ),
    ).toEqual({ vi: "Thành lập Phòng mới thuộc Đặc khu Cát Hải", en: "Create Phòng mới in Đặc khu Cát Hải" });
  });
});
