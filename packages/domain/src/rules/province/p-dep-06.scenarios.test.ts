// P-DEP-06 — Phó Trưởng phòng thuộc chi cục: payroll < 7 → 1; ≥ 7 → at most 2; not class-dependent
// (legal-rules.md §2.2, SINGLE-SOURCE). Điều 6 Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agencyWith,
  aroundMaximum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
  subDepartment,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

function evaluateSubDivision(
  provinceClass: ProvinceClass,
  payroll: number,
  deputies: number,
  asOf = RS_2020_DATE,
) {
  const chiCuc = subDepartment(1, {
    units: [{ id: "phong-cc", type: "division", name: "Phòng Kiểm lâm", payroll, deputies }],
  });
  return evaluateFindings(buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(chiCuc)] }));
}

const rows = provinceClasses.flatMap((provinceClass) =>
  [
    { payroll: 6, limit: 1 },
    { payroll: 7, limit: 2 },
    { payroll: 8, limit: 2 },
  ].flatMap((band) => aroundMaximum({ provinceClass, label: provinceClassLabels[provinceClass], ...band })),
);

describe("P-DEP-06 — số Phó Trưởng phòng thuộc chi cục (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-DEP-06: phòng thuộc chi cục, ${row.label}, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit} phó, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, payroll, actual, limit, complies }) => {
    const found = findingsOf(evaluateSubDivision(provinceClass, payroll, actual), "P-DEP-06");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-DEP-06",
        severity: "violation",
        subject: { type: "unit", id: "phong-cc" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("P-DEP-06: phòng thuộc chi cục, biên chế 6, 2 phó → thông điệp, độ tin cậy SINGLE-SOURCE", () => {
    const [finding] = findingsOf(evaluateSubDivision("II", 6, 2), "P-DEP-06");
    expect(finding?.message.vi).toBe("Phòng Kiểm lâm có 2 Phó Trưởng phòng; tối đa 1 vì biên chế 6 < 7.");
    expect(finding?.citation).toContain("107/2020");
    expect(finding?.confidence).toBe("SINGLE-SOURCE");
  });

  it("P-DEP-06: phòng trực thuộc sở (không thuộc chi cục) không xét theo P-DEP-06", () => {
    const phong = { id: "phong-so", type: "division" as const, name: "Phòng", payroll: 6, deputies: 3 };
    const findings = evaluateFindings(buildSnapshot({ agencies: [agencyWith(phong)] }));
    expect(findingsOf(findings, "P-DEP-06")).toEqual([]);
  });

  it("P-DEP-06: biên chế 6, 2 phó, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(findingsOf(evaluateSubDivision("II", 6, 2, "2020-11-24"), "P-DEP-06")).toEqual([]);
  });

  it("P-DEP-06: biên chế 6, 2 phó, ngày 25/11/2020 (RS-2020) → vi phạm, tối đa 1", () => {
    expect(findingsOf(evaluateSubDivision("II", 6, 2, "2020-11-25"), "P-DEP-06")).toMatchObject([
      { actual: 2, limit: 1 },
    ]);
  });
});
