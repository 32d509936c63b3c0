// P-EST-04 — a phòng thuộc chi cục needs at least 5 civil-servant payroll, in every province class
// (legal-rules.md §2.2). Khoản 5 Điều 5 Nghị định 24/2014/NĐ-CP, sửa đổi bởi khoản 3 Điều 1 Nghị định
// 107/2020/NĐ-CP.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agencyWith,
  aroundMinimum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
  subDepartment,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

function evaluateSubDivision(provinceClass: ProvinceClass, payroll: number, asOf = RS_2020_DATE) {
  const chiCuc = subDepartment(1, {
    units: [{ id: "phong-cc", type: "division", name: "Phòng Thanh tra - Pháp chế", payroll, deputies: 0 }],
  });
  const snapshot = buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(chiCuc)] });
  return findingsOf(evaluateFindings(snapshot), "P-EST-04");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMinimum({ provinceClass, label: provinceClassLabels[provinceClass], limit: 5 }),
);

describe("P-EST-04 — biên chế tối thiểu của phòng thuộc chi cục (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-EST-04: phòng thuộc chi cục, ${row.label}, biên chế ${row.actual} → tối thiểu ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateSubDivision(provinceClass, actual);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-EST-04",
        severity: "violation",
        subject: { type: "unit", id: "phong-cc" },
        actual,
        limit,
        limitKind: "min",
      },
    ]);
  });

  it("P-EST-04: phòng thuộc chi cục biên chế 4 → thông điệp không nêu loại tỉnh, căn cứ Nghị định 107/2020", () => {
    const [finding] = evaluateSubDivision("I", 4);
    expect(finding?.message.vi).toBe(
      "Phòng Thanh tra - Pháp chế có biên chế 4, dưới mức tối thiểu 5 để thành lập phòng thuộc chi cục; cần sắp xếp lại.",
    );
    expect(finding?.citation).toContain("107/2020");
  });

  it("P-EST-04: phòng trực thuộc sở biên chế 4 → không xét theo P-EST-04 (thuộc P-EST-01)", () => {
    const snapshot = buildSnapshot({
      provinceClass: "III",
      agencies: [agencyWith(unit("division", { payroll: 4 }))],
    });
    expect(findingsOf(evaluateFindings(snapshot), "P-EST-04")).toEqual([]);
  });

  it("P-EST-04: biên chế 4, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluateSubDivision("II", 4, "2020-11-24")).toEqual([]);
  });

  it("P-EST-04: biên chế 4, ngày 25/11/2020 (RS-2020) → vi phạm, tối thiểu 5", () => {
    expect(evaluateSubDivision("II", 4, "2020-11-25")).toMatchObject([{ actual: 4, limit: 5 }]);
  });
});
