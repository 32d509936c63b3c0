// Reading plan documents (formats.md, ADR 0036): tinhgon.plan/2 as it is; a tinhgon.plan/1 document is
// migrated to /2 (its baseline to tinhgon.snapshot/2), unless it already uses what only /2 has — a /2
// baseline or a `create` into a `commune` — which is refused with the path of the field.
import { describe, expect, it } from "vitest";

import catHaiPlanDocument from "../../../../examples/cat-hai-2021.plan.json" with { type: "json" };
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_V1 } from "../snapshot/snapshot.schema.ts";
import { buildSnapshot, commune } from "../testing/builders.ts";
import { parsePlan, parsePlanText } from "./parse-plan.ts";
import { PLAN_FORMAT, PLAN_FORMAT_V1 } from "./plan.schema.ts";

const v1Plan = catHaiPlanDocument as unknown as Record<string, unknown> & {
  baseline: Record<string, unknown>;
};

describe("parsePlan — tinhgon.plan/1", () => {
  it("the example plan (plan/1, snapshot/1 baseline) reads as a plan/2 with a snapshot/2 baseline", () => {
    expect(v1Plan.format).toBe(PLAN_FORMAT_V1);
    expect(v1Plan.baseline.format).toBe(SNAPSHOT_FORMAT_V1);
    const result = parsePlan(v1Plan);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.format).toBe(PLAN_FORMAT);
    expect(result.value.baseline.format).toBe(SNAPSHOT_FORMAT);
    expect(result.value.baseline.communes).toEqual([]);
    expect(result.value.baseline.province.communesComplete).toBe(false);
    expect(result.value.phases.map((phase) => phase.name)).toEqual(
      (v1Plan.phases as { name: string }[]).map((phase) => phase.name),
    );
  });

  it("a plan/1 with a snapshot/2 baseline is refused at baseline.format", () => {
    const result = parsePlan({ ...v1Plan, baseline: { ...v1Plan.baseline, format: SNAPSHOT_FORMAT } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(["baseline.format"]);
    expect(result.problems[0]?.message.en).toContain(PLAN_FORMAT);
  });

  it("a plan/1 with a `commune` field in an operation is refused with that operation's path", () => {
    const phases = [
      {
        name: "Giai đoạn 1",
        effectiveDate: "2021-07-01",
        operations: [
          { op: "rename", id: "cat-hai-y-te", name: "Phòng Y tế mới" },
          {
            op: "create",
            commune: "xa-a",
            unit: { id: "moi", type: "division", name: "Phòng", payroll: 5, deputies: 0 },
          },
        ],
      },
    ];
    const result = parsePlan({ ...v1Plan, phases });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toMatchObject([
      {
        path: "phases[0].operations[1].commune",
        message: { vi: expect.stringContaining(PLAN_FORMAT) as unknown },
      },
    ]);
  });

  it("a plan/1 whose baseline uses a snapshot/2 field is refused with the field's path", () => {
    const result = parsePlan({ ...v1Plan, baseline: { ...v1Plan.baseline, communes: [] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toEqual(["baseline.communes"]);
  });
});

describe("parsePlan — tinhgon.plan/2", () => {
  const baseline = buildSnapshot({ asOf: "2026-03-01", communes: [commune("special_zone")] });
  const plan = {
    format: PLAN_FORMAT,
    title: "Sắp xếp cấp xã",
    baseline,
    phases: [
      {
        name: "Giai đoạn 1",
        effectiveDate: "2026-04-01",
        operations: [
          {
            op: "create",
            parentId: null,
            district: null,
            commune: "dac-khu-a",
            unit: { id: "dac-khu-a-moi", type: "division", name: "Phòng mới", payroll: 5, deputies: 0 },
          },
        ],
      },
    ],
  };

  it("round-trips: the parsed plan, written as JSON and read again, is the same plan", () => {
    const first = parsePlan(plan);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.value.phases[0]?.operations[0]).toMatchObject({ op: "create", commune: "dac-khu-a" });
    const again = parsePlanText(JSON.stringify(first.value));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.value).toEqual(first.value);
  });

  it("a plan/2 whose baseline is a snapshot/1 is read, the baseline migrated", () => {
    const result = parsePlan({ ...v1Plan, format: PLAN_FORMAT });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.baseline.format).toBe(SNAPSHOT_FORMAT);
  });

  it("a snapshot given as a plan is named as such", () => {
    const result = parsePlan(baseline);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message.en).toContain('use "npx tinhgon check"');
  });
});
