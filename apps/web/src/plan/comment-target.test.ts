import { type Finding, findingKey, parsePlan } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import {
  commentTargetChoices,
  describeCommentTarget,
  parseCommentTarget,
  ruleIdOfFindingKey,
} from "./comment-target.ts";

const parsed = parsePlan({
  format: "tinhgon.plan/1",
  title: "Sắp xếp thử",
  baseline: {
    format: "tinhgon.snapshot/1",
    asOf: "2021-06-30",
    province: { code: "99", name: "Tỉnh Thử nghiệm", class: "II", agenciesComplete: false },
    agencies: [],
    districts: [
      {
        id: "huyen-a",
        code: "001",
        name: "Huyện A",
        type: "rural_district",
        island: false,
        divisions: [
          { id: "huyen-a-noi-vu", name: "Phòng Nội vụ", functions: [], payroll: 5, deputies: 1 },
          { id: "huyen-a-tu-phap", name: "Phòng Tư pháp", functions: [], payroll: 4, deputies: 1 },
        ],
      },
    ],
  },
  phases: [
    {
      name: "Giai đoạn 1",
      effectiveDate: "2021-07-01",
      operations: [{ op: "rename", id: "huyen-a-tu-phap", name: "Phòng Tư pháp và Hộ tịch" }],
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan = parsed.value;

describe("what a review comment is about, in words", () => {
  it("reads the stored target, and counts anything unreadable as the whole plan", () => {
    expect(parseCommentTarget({ kind: "operation", phaseIndex: 0, operationIndex: 0 })).toEqual({
      kind: "operation",
      phaseIndex: 0,
      operationIndex: 0,
    });
    expect(parseCommentTarget({ kind: "phase", phaseIndex: -1 })).toEqual({ kind: "plan" });
    expect(parseCommentTarget("rubbish")).toEqual({ kind: "plan" });
  });

  it("names the phase, describes the operation and gives a finding's rule id", () => {
    expect(describeCommentTarget({ kind: "phase", phaseIndex: 0 }, plan, "vi")).toEqual({
      key: "targetPhase",
      values: { name: "Giai đoạn 1" },
    });
    const operation = describeCommentTarget(
      { kind: "operation", phaseIndex: 0, operationIndex: 0 },
      plan,
      "vi",
    );
    expect(operation.key).toBe("targetOperation");
    expect(operation.values.text).toContain("Phòng Tư pháp và Hộ tịch");
    expect(ruleIdOfFindingKey("D-DEP-01|violation|district:huyen-a|max")).toBe("D-DEP-01");
    expect(
      describeCommentTarget({ kind: "finding", findingKey: "D-PH-04|violation|x|max" }, plan, "en").values,
    ).toEqual({
      ruleId: "D-PH-04",
    });
  });

  it("says so when the phase or operation commented on is no longer in the plan", () => {
    expect(describeCommentTarget({ kind: "phase", phaseIndex: 3 }, plan, "vi").key).toBe(
      "targetMissingPhase",
    );
    expect(
      describeCommentTarget({ kind: "operation", phaseIndex: 0, operationIndex: 5 }, plan, "vi").key,
    ).toBe("targetMissingOperation");
  });

  it("offers the plan, each phase, each operation and each violation", () => {
    const violation = {
      ruleId: "D-DEP-01",
      severity: "violation",
      subject: { type: "district", id: "huyen-a", name: "Huyện A" },
      message: { vi: "Quá nhiều cấp phó", en: "Too many deputies" },
      citation: "Nghị định 108/2020",
      confidence: "CONFIRMED",
    } as unknown as Finding;
    const choices = commentTargetChoices(plan, [violation], "vi");
    expect(choices.map((choice) => choice.group)).toEqual([
      "groupPlan",
      "groupPhases",
      "groupOperations",
      "groupFindings",
    ]);
    expect(choices.at(-1)?.target).toEqual({ kind: "finding", findingKey: findingKey(violation) });
  });
});
