// One structure under two rule packs. Oracles: the example structures of examples/ (their RS-2014 and
// RS-2020 verdicts are in examples/expected/ and legal-rules.md §2.2–2.4) and evaluateSnapshot with an
// explicit rule set, i.e. what `tinhgon check --rule-set … --json` prints.
import { describe, expect, it } from "vitest";

import catHaiPlanDocument from "../../../../examples/cat-hai-2021.plan.json" with { type: "json" };
import catHaiDocument from "../../../../examples/cat-hai-2021.snapshot.json" with { type: "json" };
import rs2014Document from "../../../../examples/rs-2014.snapshot.json" with { type: "json" };
import { toCheckReport } from "../findings/check-report.schema.ts";
import type { Finding } from "../findings/finding.schema.ts";
import { parsePlan } from "../plan/parse-plan.ts";
import type { Plan } from "../plan/plan.schema.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import {
  comparePlanUnderRulePacks,
  compareUnderRulePacks,
  type RuleSetComparison,
  ruleSetComparisonSchema,
} from "./compare-rule-packs.ts";
import { evaluateSnapshot } from "./evaluate-snapshot.ts";

function snapshotOf(document: unknown): Snapshot {
  const parsed = parseSnapshot(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function planOf(document: unknown): Plan {
  const parsed = parsePlan(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function compared(snapshot: Snapshot, a: string, b: string): RuleSetComparison {
  const outcome = compareUnderRulePacks(snapshot, a, b);
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.comparison;
}

/** "RULE severity subject actual/limit": one line per finding, readable in a failure. */
function lines(findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) =>
      `${finding.ruleId} ${finding.severity} ${finding.subject.id}` +
      (finding.actual === undefined ? "" : ` ${String(finding.actual)}/${String(finding.limit ?? "-")}`),
  );
}

const huyenViDu = snapshotOf(rs2014Document);
const catHai = snapshotOf(catHaiDocument);
const catHaiPlan = planOf(catHaiPlanDocument);

describe("compareUnderRulePacks: a structure when the law changes", () => {
  it("Huyện Ví Dụ 30/06/2019 (examples/rs-2014): the per-unit caps of 2014 give way to the 2020 averages", () => {
    const comparison = compared(huyenViDu, "RS-2014", "RS-2020");
    expect(comparison.ruleSets).toEqual(["RS-2014", "RS-2020"]);
    expect(comparison.structure).toEqual({ kind: "snapshot", asOf: "2019-06-30" });
    // Disappear: P-LEG-01 (at most 3 deputy directors per sở) and D-LEG-01 (at most 3 per phòng).
    expect(lines(comparison.disappeared)).toEqual([
      "P-LEG-01 violation so-ke-hoach-dau-tu 4/3",
      "D-LEG-01 violation huyen-vi-du-tai-chinh-ke-hoach 4/3",
    ]);
    // Appear: D-DEP-01's district-wide average of 2 (25 > 2 × 12), its >3-per-phòng warning (ADR 0006),
    // and T-2020-01's "no new appointment".
    expect(lines(comparison.appeared)).toEqual([
      "D-DEP-01 violation huyen-vi-du 25/24",
      "D-DEP-01 warning huyen-vi-du-tai-chinh-ke-hoach 4/3",
      "T-2020-01 warning huyen-vi-du 25/24",
    ]);
    expect(comparison.remained).toEqual([]);
    expect(comparison.counts).toEqual({
      appeared: { violations: 1, warnings: 2, transitional: 0, info: 0 },
      disappeared: { violations: 2, warnings: 0, transitional: 0, info: 0 },
      remained: { violations: 0, warnings: 0, transitional: 0, info: 0 },
    });
    expect(comparison.bySeverity).toEqual([
      { severity: "violation", first: 2, second: 1 },
      { severity: "transitional", first: 0, second: 0 },
      { severity: "warning", first: 0, second: 2 },
      { severity: "info", first: 0, second: 0 },
    ]);
  });

  it("each report is exactly what `tinhgon check --rule-set … --json` prints", () => {
    const comparison = compared(catHai, "RS-2014", "RS-2020");
    for (const [index, ruleSet] of ["RS-2014", "RS-2020"].entries()) {
      const outcome = evaluateSnapshot(catHai, { ruleSet });
      if (!outcome.ok) throw new Error(outcome.failure.message.en);
      expect(comparison.reports[index]).toStrictEqual(toCheckReport(outcome.result));
    }
    expect(ruleSetComparisonSchema.parse(JSON.parse(JSON.stringify(comparison)))).toStrictEqual(comparison);
  });

  it("Cát Hải 30/06/2021: the island cap stays; D-LEG-01 and the leadership cap it implies (JP-04) go; D-DEP-01 comes", () => {
    const comparison = compared(catHai, "RS-2014", "RS-2020");
    expect(lines(comparison.disappeared)).toEqual([
      "D-LEG-01 violation cat-hai-kinh-te 4/3",
      "JP-04 violation cat-hai-kinh-te 5/4",
    ]);
    expect(lines(comparison.appeared)).toEqual([
      "D-DEP-01 violation cat-hai 23/22",
      "D-DEP-01 warning cat-hai-kinh-te 4/3",
      "T-2020-01 warning cat-hai 23/22",
    ]);
    expect(lines(comparison.remained)).toContain("D-PH-04 violation cat-hai 11/10");
    expect(comparison.remained).toHaveLength(7);
    // A remaining finding is B's: D-PH-04 cites Decree 37/2014 as amended by Decree 108/2020.
    const islandCap = comparison.remained.find((finding) => finding.ruleId === "D-PH-04");
    expect(islandCap?.citation).toContain("108/2020");
    // Every finding of A is either gone or still there; every finding of B either new or still there.
    expect(comparison.disappeared.length + comparison.remained.length).toBe(
      comparison.reports[0].findings.length,
    );
    expect(comparison.appeared.length + comparison.remained.length).toBe(
      comparison.reports[1].findings.length,
    );
    expect(comparison.bySeverity.find((row) => row.severity === "violation")).toEqual({
      severity: "violation",
      first: 4,
      second: 3,
    });
  });

  it("swapping the packs swaps what appears and what disappears", () => {
    const forward = compared(catHai, "RS-2014", "RS-2020");
    const backward = compared(catHai, "RS-2020", "RS-2014");
    expect(lines(backward.appeared)).toEqual(lines(forward.disappeared));
    expect(lines(backward.disappeared)).toEqual(lines(forward.appeared));
    expect(backward.counts.remained).toEqual(forward.counts.remained);
    expect(backward.bySeverity.map((row) => [row.first, row.second])).toEqual(
      forward.bySeverity.map((row) => [row.second, row.first]),
    );
  });

  it("the same pack twice: nothing appears or disappears", () => {
    const comparison = compared(catHai, "RS-2020", "RS-2020");
    expect(comparison.appeared).toEqual([]);
    expect(comparison.disappeared).toEqual([]);
    expect(comparison.remained).toEqual(comparison.reports[1].findings);
  });

  it("an unknown pack is refused with UNKNOWN_RULE_PACK, naming it and the packs available", () => {
    const outcome = compareUnderRulePacks(catHai, "RS-2020", "RS-1999");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.code).toBe("UNKNOWN_RULE_PACK");
    expect(outcome.failure.message.en).toContain('"RS-1999"');
    expect(outcome.failure.message.vi).toContain("RS-2014, RS-2020");
  });
});

describe("comparePlanUnderRulePacks: a plan's structure after a phase", () => {
  it("the Cát Hải plan after its last phase (31/12/2021): only the per-phòng deputy questions differ", () => {
    const outcome = comparePlanUnderRulePacks(catHaiPlan, "RS-2014", "RS-2020");
    if (!outcome.ok) throw new Error(outcome.failure.message.en);
    const { comparison } = outcome;
    expect(comparison.structure).toEqual({
      kind: "plan",
      asOf: "2021-12-31",
      phaseIndex: 1,
      stepName: { vi: "Giai đoạn 2: giảm cấp phó", en: "Giai đoạn 2: giảm cấp phó" },
    });
    // With 10 phòng and 20 deputies the district average holds; Phòng Kinh tế's 4 deputies remain a
    // D-LEG-01 violation under RS-2014 but only ADR 0006's warning under RS-2020.
    expect(lines(comparison.disappeared)).toEqual([
      "D-LEG-01 violation cat-hai-kinh-te 4/3",
      "JP-04 violation cat-hai-kinh-te 5/4",
    ]);
    expect(lines(comparison.appeared)).toEqual(["D-DEP-01 warning cat-hai-kinh-te 4/3"]);
    expect(lines(comparison.remained)).not.toContain("D-PH-04 violation cat-hai 11/10");
    expect(comparison.bySeverity).toEqual([
      { severity: "violation", first: 3, second: 1 },
      { severity: "transitional", first: 0, second: 0 },
      { severity: "warning", first: 2, second: 3 },
      { severity: "info", first: 3, second: 3 },
    ]);
  });

  it("after the first phase: the merged structure (10 phòng, still 23 deputies) dated 01/07/2021", () => {
    const outcome = comparePlanUnderRulePacks(catHaiPlan, "RS-2014", "RS-2020", { phaseIndex: 0 });
    if (!outcome.ok) throw new Error(outcome.failure.message.en);
    expect(outcome.comparison.structure).toMatchObject({ asOf: "2021-07-01", phaseIndex: 0 });
    expect(lines(outcome.comparison.appeared)).toContain("D-DEP-01 violation cat-hai 23/20");
  });

  it("the baseline compares like the snapshot it is", () => {
    const outcome = comparePlanUnderRulePacks(catHaiPlan, "RS-2014", "RS-2020", { phaseIndex: "baseline" });
    if (!outcome.ok) throw new Error(outcome.failure.message.en);
    const direct = compared(catHaiPlan.baseline, "RS-2014", "RS-2020");
    expect({ ...outcome.comparison, structure: direct.structure }).toStrictEqual(direct);
    expect(outcome.comparison.structure).toMatchObject({ kind: "plan", phaseIndex: "baseline" });
  });

  it("a phase that does not exist is UNKNOWN_PHASE; a plan that does not apply is PLAN_DOES_NOT_APPLY", () => {
    const missing = comparePlanUnderRulePacks(catHaiPlan, "RS-2014", "RS-2020", { phaseIndex: 2 });
    expect(missing).toMatchObject({ ok: false, failure: { code: "UNKNOWN_PHASE", phaseIndex: 2 } });

    const broken: Plan = {
      ...catHaiPlan,
      phases: [
        {
          name: "Giai đoạn lỗi",
          effectiveDate: "2021-07-01",
          operations: [{ op: "rename", id: "khong-co-phong-nay", name: "Phòng X" }],
        },
      ],
    };
    const outcome = comparePlanUnderRulePacks(broken, "RS-2014", "RS-2020");
    expect(outcome).toMatchObject({ ok: false, failure: { code: "PLAN_DOES_NOT_APPLY" } });
    if (!outcome.ok) expect(outcome.failure.message.vi).toContain("Giai đoạn lỗi");
  });

  it("an unknown pack is reported before anything else is compared", () => {
    const outcome = comparePlanUnderRulePacks(catHaiPlan, "RS-2030", "RS-2020");
    expect(outcome).toMatchObject({ ok: false, failure: { code: "UNKNOWN_RULE_PACK", ruleSet: "RS-2030" } });
  });
});
