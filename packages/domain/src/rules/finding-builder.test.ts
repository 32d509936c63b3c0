// The positional builder of the commonest finding must build what `makeFinding` builds, key order included
// (the JSON of a report is compared byte for byte by reviewers' scripts and by our examples' expected output).
import { describe, expect, it } from "vitest";

import { limitViolation, makeFinding } from "./finding-builder.ts";
import { interpretations } from "./interpretations.ts";
import type { DatedValue } from "./parameters.ts";
import type { RuleDescription } from "./rule.ts";

const rule: RuleDescription = {
  id: "P-DEP-02",
  title: { vi: "Phó Trưởng phòng thuộc sở", en: "Deputy heads of a division" },
  citation: "Điều 6 Nghị định 24/2014/NĐ-CP",
  confidence: "CONFIRMED",
  parameters: [],
};
const value: DatedValue<number> = {
  value: 2,
  from: "2020-11-25",
  to: null,
  citation: "khoản 4 Điều 1 Nghị định 107/2020/NĐ-CP",
  confidence: "SINGLE-SOURCE",
};
const subject = { type: "unit" as const, id: "phong-tccb" };
const message = { vi: "Phòng Tổ chức cán bộ có 3 Phó Trưởng phòng", en: "3 deputy heads" };

describe("limitViolation", () => {
  it("builds makeFinding's finding, with the dated value's citation and confidence", () => {
    const expected = makeFinding(rule, value, { subject, actual: 3, limit: 2, limitKind: "max", message });
    const built = limitViolation(rule, value, subject, 3, 2, "max", message);
    expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
    expect(built).toMatchObject({
      severity: "violation",
      citation: value.citation,
      confidence: "SINGLE-SOURCE",
    });
  });

  it("falls back to the rule's citation and confidence without a dated value", () => {
    const built = limitViolation(rule, undefined, subject, 4, 7, "min", message);
    expect(JSON.stringify(built)).toBe(
      JSON.stringify(
        makeFinding(rule, undefined, { subject, actual: 4, limit: 7, limitKind: "min", message }),
      ),
    );
    expect(built).toMatchObject({ citation: rule.citation, confidence: "CONFIRMED", limitKind: "min" });
  });

  it("carries the rule's reading, in the same place as makeFinding puts it", () => {
    const read = { ...rule, interpretation: interpretations.establishmentAppliesToAllUnits };
    const built = limitViolation(read, value, subject, 4, 7, "min", message);
    expect(JSON.stringify(built)).toBe(
      JSON.stringify(makeFinding(read, value, { subject, actual: 4, limit: 7, limitKind: "min", message })),
    );
    expect(built.interpretation).toEqual(interpretations.establishmentAppliesToAllUnits);
  });
});
