// P-DEP-03 — Phó Chánh Văn phòng sở: the same bands as a phòng thuộc sở (P-DEP-02), by payroll and
// province class (legal-rules.md §2.2). Điều 6 Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agency,
  aroundMaximum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2022-03-15";

/** First payroll of the "up to 2 deputies" band. */
const secondBandFrom: Record<ProvinceClass, number> = { special: 10, I: 9, II: 8, III: 8 };

function evaluateOffice(
  provinceClass: ProvinceClass,
  payroll: number,
  deputies: number,
  asOf = RS_2020_DATE,
) {
  const office = unit("office", { id: "van-phong-so", name: "Văn phòng Sở", payroll, deputies });
  return evaluateFindings(buildSnapshot({ asOf, provinceClass, agencies: [agency({ units: [office] })] }));
}

const rows = provinceClasses.flatMap((provinceClass) => {
  const from = secondBandFrom[provinceClass];
  const label = provinceClassLabels[provinceClass];
  return [
    { payroll: from - 1, limit: 1 },
    { payroll: from, limit: 2 },
    { payroll: from + 1, limit: 2 },
    { payroll: 14, limit: 2 },
    { payroll: 15, limit: 3 },
    { payroll: 16, limit: 3 },
  ].flatMap((band) => aroundMaximum({ provinceClass, label, ...band }));
});

describe("P-DEP-03 — số Phó Chánh Văn phòng sở (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-DEP-03: văn phòng sở, ${row.label}, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit} phó, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, payroll, actual, limit, complies }) => {
    const found = findingsOf(evaluateOffice(provinceClass, payroll, actual), "P-DEP-03");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-DEP-03",
        severity: "violation",
        subject: { type: "unit", id: "van-phong-so" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("P-DEP-03: văn phòng sở, tỉnh loại I, biên chế 8, 2 phó → thông điệp và căn cứ Nghị định 107/2020", () => {
    const [finding] = findingsOf(evaluateOffice("I", 8, 2), "P-DEP-03");
    expect(finding?.message.vi).toBe(
      "Văn phòng Sở có 2 Phó Chánh Văn phòng; tối đa 1 vì biên chế 8 < 9 (tỉnh loại I).",
    );
    expect(finding?.citation).toContain("107/2020");
  });

  it("P-DEP-03: văn phòng sở không bị xét theo P-DEP-02 (phòng thuộc sở)", () => {
    expect(findingsOf(evaluateOffice("II", 7, 3), "P-DEP-02")).toEqual([]);
  });

  it("P-DEP-03: tỉnh loại II, biên chế 7, 2 phó, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(findingsOf(evaluateOffice("II", 7, 2, "2020-11-24"), "P-DEP-03")).toEqual([]);
  });

  it("P-DEP-03: tỉnh loại II, biên chế 7, 2 phó, ngày 25/11/2020 (RS-2020) → vi phạm, tối đa 1", () => {
    expect(findingsOf(evaluateOffice("II", 7, 2, "2020-11-25"), "P-DEP-03")).toMatchObject([
      { severity: "violation", actual: 2, limit: 1 },
    ]);
  });
});
