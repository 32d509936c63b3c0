// P-DEP-04 — Phó Chánh Thanh tra sở: payroll < 8 → 1; ≥ 8 → at most 2; the same in every province class
// (legal-rules.md §2.2). Điều 6 Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP.
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
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2023-01-10";

function evaluateInspectorate(
  provinceClass: ProvinceClass,
  payroll: number,
  deputies: number,
  asOf = RS_2020_DATE,
) {
  const inspectorate = unit("inspectorate", { id: "thanh-tra-so", name: "Thanh tra Sở", payroll, deputies });
  return evaluateFindings(buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(inspectorate)] }));
}

// Not class-dependent: the same bands are checked in every class, to show the class plays no part.
const rows = provinceClasses.flatMap((provinceClass) =>
  [
    { payroll: 7, limit: 1 },
    { payroll: 8, limit: 2 },
    { payroll: 9, limit: 2 },
  ].flatMap((band) => aroundMaximum({ provinceClass, label: provinceClassLabels[provinceClass], ...band })),
);

describe("P-DEP-04 — số Phó Chánh Thanh tra sở (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-DEP-04: thanh tra sở, ${row.label}, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit} phó, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, payroll, actual, limit, complies }) => {
    const found = findingsOf(evaluateInspectorate(provinceClass, payroll, actual), "P-DEP-04");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-DEP-04",
        severity: "violation",
        subject: { type: "unit", id: "thanh-tra-so" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("P-DEP-04: thanh tra sở, Hà Nội, biên chế 7, 2 phó → thông điệp không nêu loại tỉnh", () => {
    const [finding] = findingsOf(evaluateInspectorate("special", 7, 2), "P-DEP-04");
    expect(finding?.message.vi).toBe("Thanh tra Sở có 2 Phó Chánh Thanh tra; tối đa 1 vì biên chế 7 < 8.");
    expect(finding?.citation).toContain("107/2020");
  });

  it("P-DEP-04: tỉnh loại III, biên chế 20, 3 phó, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(findingsOf(evaluateInspectorate("III", 20, 3, "2020-11-24"), "P-DEP-04")).toEqual([]);
  });

  it("P-DEP-04: tỉnh loại III, biên chế 20, 3 phó, ngày 25/11/2020 (RS-2020) → vi phạm, tối đa 2", () => {
    expect(findingsOf(evaluateInspectorate("III", 20, 3, "2020-11-25"), "P-DEP-04")).toMatchObject([
      { severity: "violation", actual: 3, limit: 2 },
    ]);
  });
});
