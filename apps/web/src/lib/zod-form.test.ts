import { unitChangesSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { changeLanguage } from "../i18n/index.ts";
import { fieldProblems, zodRule } from "./zod-form.ts";

describe("forms validated by the domain's zod schemas", () => {
  it("names the field and says what is wrong, in Vietnamese by default", () => {
    const problems = fieldProblems(unitChangesSchema, { payroll: -1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.name).toEqual(["payroll"]);
    expect(problems[0]?.errors[0]).toMatch(/≥ 0/);
  });

  it("reports an unknown field at its own name", () => {
    const problems = fieldProblems(unitChangesSchema, { colour: "red" });
    expect(problems.map((problem) => problem.name)).toEqual([["colour"]]);
  });

  it("has no problem for valid values", () => {
    expect(fieldProblems(unitChangesSchema, { payroll: 12, deputies: 2 })).toEqual([]);
  });

  it("gives an antd rule that rejects with the message in the UI language", async () => {
    const rule = zodRule(unitChangesSchema.shape.payroll);
    if (typeof rule === "function" || !rule.validator) throw new Error("expected a validator rule");
    const validate = rule.validator;
    await expect(validate({}, 5, () => undefined)).resolves.toBeUndefined();
    await expect(validate({}, 2.5, () => undefined)).rejects.toThrow(/số nguyên/);
    await changeLanguage("en");
    await expect(validate({}, 2.5, () => undefined)).rejects.toThrow(/whole number/);
    await changeLanguage("vi");
  });
});
