// T-2025-01 / T-2026-01 (legal-rules.md §2.4): after a re-arrangement decision, a deputy surplus is
// transitional up to and including the day five years after the decision took effect, a violation from
// the day after; a decision taken under RS-2020 (T-2020-01: no deadline) gets no transition. The engine
// applies it to deputy-quota findings on the subjects a decision re-arranged (and to totals any of whose
// members it re-arranged). The packs themselves are tested with their rules; this pack is built for the
// test so that the mechanism is checked on its own.
import { describe, expect, it } from "vitest";

import { evaluateWithPack } from "../../evaluation/evaluate-snapshot.ts";
import { applyPlan } from "../../plan/apply-plan.ts";
import { evaluatePlan } from "../../plan/evaluate-plan.ts";
import type { RulePack } from "../../rule-packs/rule-pack.ts";
import { agency, buildPlan, buildSnapshot, districtWithDivisions, unit } from "../../testing/builders.ts";
import { createDistrictDeputiesRule } from "../district/district-deputies.rule.ts";
import type { DatedParameter } from "../parameters.ts";
import { type BandsByClass, createUnitDeputyBandRule } from "../province/unit-deputy-bands.rule.ts";
import { createSurplusTransitionRule, surplusDeputyDeadline } from "./surplus-deadline.ts";

const uniformBands = [
  { upTo: 9, maxDeputies: 1 },
  { upTo: 14, maxDeputies: 2 },
  { upTo: null, maxDeputies: 3 },
];
const bands: DatedParameter<BandsByClass> = {
  id: "test.bands",
  description: { vi: "Khung cấp phó (thử nghiệm)", en: "Deputy bands (test)" },
  values: [
    {
      from: "2020-01-01",
      to: null,
      value: { special: uniformBands, I: uniformBands, II: uniformBands, III: uniformBands },
      citation: "Điều thử nghiệm",
      confidence: "CONFIRMED",
    },
  ],
};
const pool: DatedParameter<{ averagePerDivision: number; warnAbovePerDivision: number }> = {
  id: "test.pool",
  description: { vi: "Bình quân 2 phó", en: "Average of 2" },
  values: [
    {
      from: "2020-01-01",
      to: null,
      value: { averagePerDivision: 2, warnAbovePerDivision: 3 },
      citation: "Điều thử nghiệm (huyện)",
      confidence: "CONFIRMED",
    },
  ],
};

const testPack: RulePack = {
  id: "RS-2020",
  rules: [
    createUnitDeputyBandRule({
      id: "TEST-DEP",
      title: { vi: "Phó trưởng phòng", en: "Deputy heads" },
      citation: "Điều thử nghiệm",
      confidence: "CONFIRMED",
      unitType: "division",
      insideSubDepartment: false,
      bands,
      classDependent: false,
      deputyTitle: { vi: "Phó Trưởng phòng", en: "deputy heads" },
    }),
    createDistrictDeputiesRule({
      id: "TEST-POOL",
      citation: "Điều thử nghiệm (huyện)",
      confidence: "CONFIRMED",
      pool,
    }),
    createSurplusTransitionRule({
      id: "T-2026-01",
      citation: "Điều 6 Nghị định số 150/2025/NĐ-CP",
      confidence: "CONFIRMED",
      deadline: surplusDeputyDeadline,
    }),
  ],
};

/** A sở with one phòng of payroll 9 and 2 deputies: one over the limit of 1. */
function overQuota(asOf: string) {
  return buildSnapshot({
    asOf,
    agencies: [agency({ units: [unit("division", { id: "phong", payroll: 9, deputies: 2 })] })],
  });
}

function deputyFinding(asOf: string, reorganisedOn?: Map<string, string>) {
  const findings = evaluateWithPack(overQuota(asOf), testPack, asOf, reorganisedOn);
  return findings.filter((finding) => finding.ruleId === "TEST-DEP");
}

describe("T-2025-01 / T-2026-01: five years after the re-arrangement decision", () => {
  const decided = new Map([["phong", "2025-07-01"]]);

  it.each([
    ["one day before the deadline", "2030-06-30"],
    ["on the deadline itself (the last day allowed)", "2030-07-01"],
  ])("%s: transitional, with the deadline", (_name, asOf) => {
    const [finding, ...others] = deputyFinding(asOf, decided);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: "transitional", deadline: "2030-07-01", actual: 2, limit: 1 });
    expect(finding?.message.vi).toContain("chậm nhất ngày 01/07/2030");
    expect(finding?.citation).toContain("thời hạn chuyển tiếp: Điều 24 Nghị định số 45/2025/NĐ-CP");
  });

  it("one day after the deadline: a violation, saying the transition has ended", () => {
    const [finding] = deputyFinding("2030-07-02", decided);
    expect(finding).toMatchObject({ severity: "violation", deadline: "2030-07-01" });
    expect(finding?.message.vi).toContain("đã hết ngày 01/07/2030");
  });

  it("a decision under 150/2025 as amended counts under T-2026-01", () => {
    const [finding] = deputyFinding("2027-01-01", new Map([["phong", "2026-03-15"]]));
    expect(finding).toMatchObject({ severity: "transitional", deadline: "2031-03-15" });
    expect(finding?.message.vi).toContain("T-2026-01");
  });

  it("a decision taken under RS-2020 (no deadline, T-2020-01) gets no transition", () => {
    const [finding] = deputyFinding("2026-01-01", new Map([["phong", "2024-06-01"]]));
    expect(finding).toMatchObject({ severity: "violation" });
    expect(finding).not.toHaveProperty("deadline");
  });

  it("a unit no decision re-arranged stays a violation", () => {
    const [finding] = deputyFinding("2026-01-01", new Map([["another-unit", "2025-07-01"]]));
    expect(finding).toMatchObject({ severity: "violation" });
    expect(finding).not.toHaveProperty("deadline");
    expect(deputyFinding("2026-01-01")[0]).toMatchObject({ severity: "violation" });
  });

  it("a total is transitional when the decision re-arranged any of its members (the latest decision counts)", () => {
    const asOf = "2026-06-01";
    const district = districtWithDivisions(3, { id: "huyen" });
    const snapshot = buildSnapshot({
      asOf,
      districts: [
        {
          ...district,
          divisions: district.divisions.map((division) => ({ ...division, deputies: 3 })),
        },
      ],
    });
    const [first, second] = snapshot.districts[0]?.divisions ?? [];
    const reorganisedOn = new Map([
      [first?.id ?? "", "2025-08-01"],
      [second?.id ?? "", "2025-09-01"],
    ]);
    const pooled = evaluateWithPack(snapshot, testPack, asOf, reorganisedOn).filter(
      (finding) => finding.ruleId === "TEST-POOL" && finding.subject.type === "district",
    );
    expect(pooled).toEqual([
      expect.objectContaining({ severity: "transitional", deadline: "2030-09-01", actual: 9, limit: 6 }),
    ]);
  });
});

describe("applyPlan: the units each phase re-arranges, dated by the phase", () => {
  it("records merges and splits with their phase's date; a rename or a set re-arranges nothing", () => {
    const district = districtWithDivisions(4, { id: "huyen" });
    const ids = district.divisions.map((division) => division.id);
    const plan = buildPlan(buildSnapshot({ districts: [district] }), [
      {
        name: "Giai đoạn 1",
        effectiveDate: "2025-07-01",
        operations: [
          { op: "merge", ids: [ids[0] ?? "", ids[1] ?? ""], into: { id: "phong-gop", name: "Phòng gộp" } },
          { op: "rename", id: ids[2] ?? "", name: "Phòng đổi tên" },
          { op: "set", id: ids[3] ?? "", deputies: 1 },
        ],
      },
      {
        name: "Giai đoạn 2",
        effectiveDate: "2026-03-01",
        operations: [
          {
            op: "split",
            id: "phong-gop",
            into: [
              { id: "phong-mot", name: "Phòng một", functions: ["NOI_VU"], payroll: 6, deputies: 1 },
              { id: "phong-hai", name: "Phòng hai", functions: ["TU_PHAP"], payroll: 6, deputies: 1 },
            ],
          },
        ],
      },
    ]);
    const applied = applyPlan(plan);
    if (!applied.ok) throw new Error(applied.error.message.en);
    const [first, second] = applied.phases;
    expect(Object.fromEntries(first?.reorganisedOn ?? [])).toEqual({ "phong-gop": "2025-07-01" });
    expect(Object.fromEntries(second?.reorganisedOn ?? [])).toEqual({
      "phong-gop": "2025-07-01",
      "phong-mot": "2026-03-01",
      "phong-hai": "2026-03-01",
    });
  });
});

describe("a plan under today's packs: the merged unit's surplus is transitional from the phase's date", () => {
  it("RS-2025B (T-2025-01) and then RS-2026 (T-2026-01) count five years from the merge", () => {
    // Two phòng of a sở in a class II province, payroll 6 and 2 deputies each (1 allowed each).
    const baseline = buildSnapshot({
      asOf: "2025-06-01",
      agencies: [
        agency({
          units: [
            unit("division", { id: "phong-a", payroll: 6, deputies: 2 }),
            unit("division", { id: "phong-b", payroll: 6, deputies: 2 }),
          ],
        }),
      ],
    });
    const plan = buildPlan(baseline, [
      {
        effectiveDate: "2025-07-01",
        operations: [
          { op: "merge", ids: ["phong-a", "phong-b"], into: { id: "phong-ab", name: "Phòng A và B" } },
        ],
      },
      { effectiveDate: "2026-02-01", operations: [{ op: "rename", id: "phong-ab", name: "Phòng AB" }] },
    ]);
    const outcome = evaluatePlan(plan);
    if (!outcome.ok) throw new Error("the plan should evaluate");
    const { baseline: before, phases } = outcome.evaluation;
    // Before the merge: a plain violation (no decision re-arranged these phòng).
    expect(before.findings.filter((finding) => finding.subject.id === "phong-a")).toEqual([
      expect.objectContaining({ severity: "violation", limit: 1, actual: 2 }),
    ]);
    const merged = (index: number) =>
      phases[index]?.findings.filter(
        (finding) => finding.subject.id === "phong-ab" && finding.limitKind === "max",
      );
    expect(phases.map((phase) => phase.ruleSet)).toEqual(["RS-2025B", "RS-2026"]);
    // Payroll 12, 4 deputies, 2 allowed under 45/2025's bands: transitional until 01/07/2030.
    expect(merged(0)).toEqual([
      expect.objectContaining({ severity: "transitional", deadline: "2030-07-01", actual: 4, limit: 2 }),
    ]);
    // Under RS-2026 (uniform bands: payroll 10–14 → 2) the rename re-arranges nothing: still counted from
    // the merge's decision.
    expect(
      merged(1)?.every((finding) => finding.severity === "transitional" && finding.deadline === "2030-07-01"),
    ).toBe(true);
    expect(merged(1)?.length).toBeGreaterThan(0);
    expect(phases[0]?.summary.transitional).toBeGreaterThan(0);
  });
});
