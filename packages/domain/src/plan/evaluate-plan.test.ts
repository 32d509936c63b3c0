// A plan evaluated like a reform (CONVENTIONS.md §4, formats.md `plan --json`): the baseline and each
// phase under the rule pack in force on its own date, and each phase compared with the step before it
// (findings introduced, resolved, unchanged). The Cát Hải plan of examples/ is checked end to end.
import { describe, expect, it } from "vitest";

import catHaiPlanDocument from "../../../../examples/cat-hai-2021.plan.json" with { type: "json" };
import catHaiSnapshotDocument from "../../../../examples/cat-hai-2021.snapshot.json" with { type: "json" };
import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import type { Finding } from "../findings/finding.schema.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import {
  buildPlan,
  buildSnapshot,
  districtWithDivisions,
  findingsOf,
  islandDistrict,
  ruleIds,
} from "../testing/builders.ts";
import { applyPlan } from "./apply-plan.ts";
import { compareFindings, evaluatePlan, findingKey, type PlanEvaluation } from "./evaluate-plan.ts";
import { parsePlan } from "./parse-plan.ts";
import type { OperationInput, Plan } from "./plan.schema.ts";

function evaluated(plan: Plan): PlanEvaluation {
  const outcome = evaluatePlan(plan);
  if (!outcome.ok) throw new Error(`the plan did not evaluate: ${JSON.stringify(outcome)}`);
  return outcome.evaluation;
}

const mergeVhttYte: OperationInput = {
  op: "merge",
  ids: ["huyen-a-vhtt", "huyen-a-y-te"],
  into: { id: "huyen-a-vhtt-yt", name: "Phòng Văn hóa, Thông tin và Y tế" },
};

const mergeCatHai: OperationInput = {
  op: "merge",
  ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
  into: { id: "cat-hai-van-hoa-thong-tin-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
};

/** A non-island huyện with its 12 divisions and `deputies` in total, none with more than 3. */
function ruralSnapshot(asOf: string, deputies: number): Snapshot {
  const district = districtWithDivisions(12);
  const divisions = district.divisions.map((item, index) => ({
    ...item,
    deputies: Math.floor(deputies / 12) + (index < deputies % 12 ? 1 : 0),
  }));
  return buildSnapshot({ asOf, districts: [{ ...district, divisions }] });
}

describe("each step under the rule pack in force on its date", () => {
  it("a phase dated 24/11/2020 is evaluated under RS-2014, one dated 25/11/2020 under RS-2020", () => {
    // 12 divisions with 25 deputies: RS-2014 caps each division (≤ 3), RS-2020 the total (≤ 2 × 12 = 24).
    const evaluation = evaluated(
      buildPlan(ruralSnapshot("2020-06-30", 25), [
        { name: "Trước Nghị định 108", effectiveDate: "2020-11-24" },
        { name: "Nghị định 108 có hiệu lực", effectiveDate: "2020-11-25" },
      ]),
    );
    expect(evaluation.baseline.ruleSet).toBe("RS-2014");
    expect(evaluation.baseline.asOf).toBe("2020-06-30");
    const [before, after] = evaluation.phases;
    expect(before).toMatchObject({ ruleSet: "RS-2014", effectiveDate: "2020-11-24", asOf: "2020-11-24" });
    expect(after).toMatchObject({ ruleSet: "RS-2020", effectiveDate: "2020-11-25", asOf: "2020-11-25" });
    expect(ruleIds(before?.findings ?? [])).toEqual([]);
    // The same structure, a new pack: the district-wide average appears on the day it comes into force.
    expect(after?.introduced.map((finding) => finding.ruleId)).toEqual(["D-DEP-01", "T-2020-01"]);
    expect(findingsOf(after?.introduced ?? [], "D-DEP-01", "violation")[0]).toMatchObject({
      actual: 25,
      limit: 24,
    });
  });

  it("each phase's findings and summary are those of its structure evaluated on its date", () => {
    const plan = buildPlan(buildSnapshot({ asOf: "2021-06-30", districts: [islandDistrict(11, 23)] }), [
      { effectiveDate: "2021-07-01", operations: [mergeVhttYte] },
      { effectiveDate: "2021-12-31", operations: [{ op: "set", id: "huyen-a-noi-vu", deputies: 0 }] },
    ]);
    const applied = applyPlan(plan);
    if (!applied.ok) throw new Error(applied.error.message.en);
    const evaluation = evaluated(plan);
    expect(evaluation.phases).toHaveLength(2);
    evaluation.phases.forEach((phase, index) => {
      const direct = evaluateSnapshot(applied.phases[index]?.snapshot ?? plan.baseline);
      if (!direct.ok) throw new Error(direct.failure.message.en);
      expect(phase.findings).toEqual(direct.result.findings);
      expect(phase.summary).toEqual(direct.result.summary);
      expect(phase.ruleSet).toBe(direct.result.ruleSet);
    });
  });

  it("a phase dated 01/03/2025 is evaluated under RS-2025A: Decree 45/2025's district rules appear", () => {
    const evaluation = evaluated(
      buildPlan(ruralSnapshot("2021-06-30", 24), [
        { name: "Giai đoạn 1", effectiveDate: "2024-12-31" },
        { name: "Giai đoạn 2", effectiveDate: "2025-03-01" },
      ]),
    );
    const [before, after] = evaluation.phases;
    expect(before?.ruleSet).toBe("RS-2020");
    expect(after).toMatchObject({ ruleSet: "RS-2025A", asOf: "2025-03-01" });
    // 12 divisions: over the cap of 10 of Decree 45/2025 (D25-PH-02).
    expect(findingsOf(after?.introduced ?? [], "D25-PH-02", "violation")[0]).toMatchObject({
      actual: 12,
      limit: 10,
    });
  });

  it("a phase dated where no pack is in force (19/05/2014) is a ruleSetFailure naming the phase", () => {
    const outcome = evaluatePlan(
      buildPlan(ruralSnapshot("2021-06-30", 24), [
        { name: "Giai đoạn 1", effectiveDate: "2024-12-31" },
        { name: "Giai đoạn 2", effectiveDate: "2014-05-19" },
      ]),
    );
    expect(outcome).toEqual({
      ok: false,
      ruleSetFailure: expect.objectContaining({
        code: "NO_RULE_PACK_FOR_DATE",
        asOf: "2014-05-19",
        step: "Giai đoạn 2",
        path: "phases[1].effectiveDate",
      }) as unknown,
    });
    if (!outcome.ok && "ruleSetFailure" in outcome) {
      expect(outcome.ruleSetFailure.message.vi).toContain(
        "Chưa có bộ quy tắc nào có hiệu lực vào ngày 2014-05-19",
      );
      // A plan has no --rule-set option: the message points at the date, not at an option.
      expect(outcome.ruleSetFailure.message.vi).not.toContain("--rule-set");
      expect(outcome.ruleSetFailure.message.en).toContain("RS-2020 2020-11-25 → 2025-02-28");
      expect(outcome.ruleSetFailure.message.en).toContain("RS-2026 2026-01-01 → …");
    }
  });

  it("a baseline dated before any pack is a ruleSetFailure of the step `baseline`", () => {
    const outcome = evaluatePlan(
      buildPlan(ruralSnapshot("2013-12-31", 24), [{ effectiveDate: "2021-01-01" }]),
    );
    expect(outcome).toMatchObject({
      ok: false,
      ruleSetFailure: { code: "NO_RULE_PACK_FOR_DATE", step: "baseline", path: "baseline.asOf" },
    });
  });

  it("an operation that cannot apply is an operationError with its path", () => {
    const outcome = evaluatePlan(
      buildPlan(ruralSnapshot("2021-06-30", 24), [
        {
          effectiveDate: "2021-07-01",
          operations: [{ op: "transfer", from: "huyen-a-y-te", to: "huyen-a-gddt", payroll: 7 }],
        },
      ]),
    );
    expect(outcome).toMatchObject({
      ok: false,
      operationError: { code: "TRANSFER_EXCEEDS_PAYROLL", path: "phases[0].operations[0]" },
    });
  });
});

describe("introduced, resolved and unchanged are computed against the previous step", () => {
  it("a violation resolved in phase 1 and brought back in phase 3 is introduced in phase 3, not unchanged", () => {
    const evaluation = evaluated(
      buildPlan(ruralSnapshot("2021-06-30", 25), [
        { effectiveDate: "2021-07-01", operations: [{ op: "set", id: "huyen-a-noi-vu", deputies: 2 }] },
        {
          effectiveDate: "2021-08-01",
          operations: [{ op: "rename", id: "huyen-a-noi-vu", name: "Phòng Nội vụ" }],
        },
        { effectiveDate: "2021-09-01", operations: [{ op: "set", id: "huyen-a-gddt", deputies: 4 }] },
      ]),
    );
    expect(ruleIds(evaluation.baseline.findings)).toEqual(["D-DEP-01"]);
    const [first, second, third] = evaluation.phases;
    expect(first?.resolved.map((finding) => finding.ruleId)).toEqual(["D-DEP-01", "T-2020-01"]);
    expect(first?.introduced).toEqual([]);
    expect(second).toMatchObject({ introduced: [], resolved: [], unchanged: [] });
    expect(third?.introduced.map((finding) => finding.ruleId)).toEqual(["D-DEP-01", "D-DEP-01", "T-2020-01"]);
    expect(findingsOf(third?.introduced ?? [], "D-DEP-01", "warning")[0]?.subject.id).toBe("huyen-a-gddt");
    expect(third?.resolved).toEqual([]);
  });

  it("unchanged holds the phase's own finding, with its new numbers", () => {
    const evaluation = evaluated(
      buildPlan(ruralSnapshot("2021-06-30", 26), [
        { effectiveDate: "2021-07-01", operations: [{ op: "set", id: "huyen-a-noi-vu", deputies: 2 }] },
      ]),
    );
    const phase = evaluation.phases[0];
    expect(phase?.introduced).toEqual([]);
    expect(phase?.resolved).toEqual([]);
    expect(findingsOf(phase?.unchanged ?? [], "D-DEP-01", "violation")).toEqual([
      expect.objectContaining({ actual: 25, limit: 24 }),
    ]);
    expect(phase?.unchanged).toEqual(phase?.findings);
  });
});

describe("compareFindings: multiset semantics on findingKey", () => {
  function finding(overrides: Partial<Finding> = {}): Finding {
    return {
      ruleId: "D-DEP-01",
      severity: "violation",
      subject: { type: "district", id: "huyen-a" },
      actual: 25,
      limit: 24,
      limitKind: "max",
      citation: "Điều 5 Nghị định số 37/2014/NĐ-CP",
      message: { vi: "Vượt", en: "Over" },
      confidence: "CONFIRMED",
      ...overrides,
    };
  }
  const jp07 = (id: string): Finding =>
    finding({
      ruleId: "JP-07",
      severity: "warning",
      subject: { type: "division", id: "huyen-a-vhtt" },
      actual: undefined,
      limit: undefined,
      limitKind: undefined,
      message: { vi: `Công chức ${id}`, en: `Civil servant ${id}` },
    });

  it("the same breach with other numbers is unchanged; the later finding is kept", () => {
    const after = finding({ actual: 23, limit: 20 });
    expect(compareFindings([finding()], [after])).toEqual({
      introduced: [],
      resolved: [],
      unchanged: [after],
    });
  });

  it("two equal findings before and one after: one unchanged, one resolved", () => {
    expect(compareFindings([jp07("a"), jp07("a")], [jp07("a")])).toEqual({
      introduced: [],
      resolved: [jp07("a")],
      unchanged: [jp07("a")],
    });
  });

  it("one before and two after: one unchanged, one introduced", () => {
    expect(compareFindings([jp07("a")], [jp07("a"), jp07("a")])).toEqual({
      introduced: [jp07("a")],
      resolved: [],
      unchanged: [jp07("a")],
    });
  });

  it("findings without numbers differ by what they say; others by rule, severity and subject", () => {
    expect(findingKey(jp07("a"))).not.toBe(findingKey(jp07("b")));
    expect(findingKey(finding())).toBe(findingKey(finding({ message: { vi: "khác", en: "other" } })));
    expect(findingKey(finding())).not.toBe(findingKey(finding({ severity: "warning" })));
    expect(findingKey(finding())).not.toBe(
      findingKey(finding({ subject: { type: "district", id: "huyen-b" } })),
    );
    expect(findingKey(finding())).not.toBe(findingKey(finding({ ruleId: "D-PH-04" })));
    const result = compareFindings([jp07("a"), finding()], [finding(), jp07("b")]);
    expect(result).toEqual({ introduced: [jp07("b")], resolved: [jp07("a")], unchanged: [finding()] });
  });

  it("introduced keeps the order of the later step and resolved the order of the earlier one", () => {
    const before = [jp07("c"), jp07("a"), jp07("b")];
    const after = [jp07("e"), jp07("d")];
    expect(compareFindings(before, after)).toEqual({ introduced: after, resolved: before, unchanged: [] });
    expect(compareFindings([], [])).toEqual({ introduced: [], resolved: [], unchanged: [] });
  });
});

describe("merges and the district's deputy cap", () => {
  it("a merge that lowers a district's deputy cap introduces D-DEP-01 with the new limit", () => {
    // An island huyện with 11 divisions and 21 deputies: within 2 × 11 = 22. After the merge, 10
    // divisions keep the 21 deputies (the merged division takes the sum, ADR 0017): over 2 × 10 = 20.
    const evaluation = evaluated(
      buildPlan(buildSnapshot({ asOf: "2021-06-30", districts: [islandDistrict(11, 21)] }), [
        { effectiveDate: "2021-07-01", operations: [mergeVhttYte] },
      ]),
    );
    expect(findingsOf(evaluation.baseline.findings, "D-DEP-01", "violation")).toEqual([]);
    expect(findingsOf(evaluation.baseline.findings, "D-PH-04", "violation")).toHaveLength(1);
    const phase = evaluation.phases[0];
    expect(findingsOf(phase?.introduced ?? [], "D-DEP-01", "violation")).toEqual([
      expect.objectContaining({
        subject: { type: "district", id: "huyen-a" },
        actual: 21,
        limit: 20,
        limitKind: "max",
      }),
    ]);
    expect(findingsOf(phase?.resolved ?? [], "D-PH-04", "violation")).toHaveLength(1);
  });

  it("the same merge with the deputies set in `into` introduces nothing", () => {
    const evaluation = evaluated(
      buildPlan(buildSnapshot({ asOf: "2021-06-30", districts: [islandDistrict(11, 21)] }), [
        {
          effectiveDate: "2021-07-01",
          operations: [{ ...mergeVhttYte, into: { ...mergeVhttYte.into, deputies: 3 } }],
        },
      ]),
    );
    expect(evaluation.phases[0]?.introduced).toEqual([]);
    expect(findingsOf(evaluation.phases[0]?.findings ?? [], "D-DEP-01")).toEqual([]);
  });
});

describe("the Cát Hải plan (examples/cat-hai-2021.plan.json)", () => {
  const parsed = parsePlan(catHaiPlanDocument);
  if (!parsed.ok)
    throw new Error(`examples/cat-hai-2021.plan.json is invalid: ${JSON.stringify(parsed.problems)}`);
  const plan = parsed.value;
  const evaluation = evaluated(plan);
  const [merged, reduced] = evaluation.phases;
  const violations = (findings: readonly Finding[]): string[] =>
    findings.filter((finding) => finding.severity === "violation").map((finding) => finding.ruleId);

  it("its baseline is examples/cat-hai-2021.snapshot.json: 11 divisions, D-PH-04 and D-DEP-01 (23 > 22)", () => {
    expect(catHaiPlanDocument.baseline).toEqual(catHaiSnapshotDocument);
    expect(plan.baseline.districts[0]?.divisions).toHaveLength(11);
    expect(plan.baseline.districts[0]?.island).toBe(true);
    expect(evaluation.baseline.ruleSet).toBe("RS-2020");
    expect(violations(evaluation.baseline.findings)).toEqual(["D-PH-04", "D-DEP-01", "JP-06"]);
    expect(findingsOf(evaluation.baseline.findings, "D-DEP-01", "violation")[0]).toMatchObject({
      actual: 23,
      limit: 22,
    });
  });

  it("the baseline's D-PH-04 violation is resolved by a merge (phase 1, 01/07/2021, RS-2020)", () => {
    expect(merged).toMatchObject({
      name: "Giai đoạn 1: hợp nhất phòng",
      effectiveDate: "2021-07-01",
      ruleSet: "RS-2020",
    });
    expect(merged?.resolved.map((finding) => finding.ruleId)).toEqual(["D-PH-04"]);
    expect(merged?.introduced).toEqual([]);
    expect(findingsOf(merged?.findings ?? [], "D-PH-04")).toEqual([]);
  });

  it("after the merge D-DEP-01 is still violated, now against the new limit 2 × 10 = 20", () => {
    expect(findingsOf(merged?.unchanged ?? [], "D-DEP-01", "violation")).toEqual([
      expect.objectContaining({ actual: 23, limit: 20 }),
    ]);
    expect(violations(merged?.findings ?? [])).toEqual(["D-DEP-01", "JP-06"]);
  });

  it("phase 2 (31/12/2021) brings the deputies to 20 and resolves D-DEP-01 and its T-2020-01 warning", () => {
    expect(reduced).toMatchObject({
      name: "Giai đoạn 2: giảm cấp phó",
      effectiveDate: "2021-12-31",
      ruleSet: "RS-2020",
    });
    expect(reduced?.resolved.map((finding) => `${finding.ruleId}/${finding.severity}`)).toEqual([
      "D-DEP-01/violation",
      "T-2020-01/warning",
    ]);
    expect(reduced?.introduced).toEqual([]);
  });

  it("the last phase keeps only the baseline's JP-06 placement violation, which no plan operation can edit", () => {
    expect(violations(reduced?.findings ?? [])).toEqual(["JP-06"]);
    expect(findingsOf(reduced?.unchanged ?? [], "JP-06")).toEqual(
      findingsOf(evaluation.baseline.findings, "JP-06"),
    );
  });

  it("cutting Phòng Kinh tế's deputies instead would introduce JP-04: its scheme approves 4 Phó Trưởng phòng", () => {
    const alternative = buildPlan(
      plan.baseline,
      [
        { name: "Giai đoạn 1: hợp nhất phòng", effectiveDate: "2021-07-01", operations: [mergeCatHai] },
        {
          name: "Giai đoạn 2: giảm cấp phó",
          effectiveDate: "2021-12-31",
          operations: [
            { op: "set", id: "cat-hai-kinh-te", deputies: 2 },
            { op: "set", id: "cat-hai-van-hoa-thong-tin-y-te", deputies: 2 },
          ],
        },
      ],
      plan.title,
    );
    const phase = evaluated(alternative).phases[1];
    expect(findingsOf(phase?.resolved ?? [], "D-DEP-01", "violation")).toHaveLength(1);
    expect(violations(phase?.introduced ?? [])).toEqual(["JP-04"]);
  });
});
