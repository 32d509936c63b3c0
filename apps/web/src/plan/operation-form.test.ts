import { operationSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { fieldProblems } from "../lib/zod-form.ts";
import { formFieldOf } from "./operation-form.tsx";

describe("problems of an operation land on the form field they are about", () => {
  it("a merge without units or name: on the units and on the name", () => {
    const problems = fieldProblems(operationSchema, { op: "merge", ids: [], into: { id: "x", name: "" } });
    const fields = problems.map((problem) => formFieldOf("merge", problem.name));
    expect(fields).toContainEqual(["ids"]);
    expect(fields).toContainEqual(["into", "name"]);
    expect(problems.find((problem) => problem.name[0] === "ids")?.errors[0]).toBe("cần ít nhất 2 mục");
  });

  it("a generated id's problem goes on the name it is made from", () => {
    expect(formFieldOf("split", ["into", 1, "id"])).toEqual(["into", 1, "name"]);
  });

  it("a set with no number goes on the payroll field, with a message saying what to give", () => {
    const problems = fieldProblems(operationSchema, { op: "set", id: "cat-hai-noi-vu" });
    expect(problems.map((problem) => formFieldOf("set", problem.name))).toEqual([["payroll"]]);
    expect(problems[0]?.errors[0]).toContain("biên chế (payroll) hoặc số cấp phó (deputies)");
  });

  it("a missing unit on its own field", () => {
    const problems = fieldProblems(operationSchema, { op: "rename", name: "Phòng X" });
    expect(problems.map((problem) => formFieldOf("rename", problem.name))).toEqual([["id"]]);
  });
});
