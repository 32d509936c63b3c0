// P-EST-03 — a chi cục thuộc sở needs all three: (a) specialised management objects under specialised law;
// (b) decentralised/authorised power over state-management matters; (c) a workload of at least 12 payroll
// (legal-rules.md §2.2). Not class-dependent. Khoản 4 Điều 5 Nghị định 24/2014/NĐ-CP, sửa đổi bởi khoản 3
// Điều 1 Nghị định 107/2020/NĐ-CP.
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
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

function evaluateChiCuc(
  fields: { payroll?: number; specialisedScope?: boolean; delegatedAuthority?: boolean },
  provinceClass: ProvinceClass = "II",
  asOf = RS_2020_DATE,
) {
  const snapshot = buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(subDepartment(2, fields))] });
  return findingsOf(evaluateFindings(snapshot), "P-EST-03");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMinimum({ provinceClass, label: provinceClassLabels[provinceClass], limit: 12 }),
);

describe("P-EST-03 — tiêu chí thành lập chi cục thuộc sở (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-EST-03: chi cục, ${row.label}, biên chế ${row.actual} → tối thiểu ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateChiCuc({ payroll: actual }, provinceClass);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-EST-03",
        severity: "violation",
        subject: { type: "unit", id: "chi-cuc" },
        actual,
        limit,
        limitKind: "min",
      },
    ]);
  });

  it("P-EST-03: chi cục biên chế 11 → thông điệp (tiêu chí c) và căn cứ Nghị định 107/2020", () => {
    const [finding] = evaluateChiCuc({ payroll: 11 });
    expect(finding?.message.vi).toBe(
      "Chi cục Thử nghiệm có biên chế 11, dưới mức tối thiểu 12 để thành lập chi cục (tiêu chí c); cần sắp xếp lại.",
    );
    expect(finding?.citation).toContain("107/2020");
  });

  it("P-EST-03: chi cục không có đối tượng quản lý chuyên ngành (tiêu chí a) → vi phạm", () => {
    const found = evaluateChiCuc({ specialisedScope: false });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "violation", subject: { type: "unit", id: "chi-cuc" } });
    expect(found[0]?.message.vi).toContain("(tiêu chí a)");
    expect(found[0]?.actual).toBeUndefined();
  });

  it("P-EST-03: chi cục không được phân cấp, ủy quyền (tiêu chí b) → vi phạm", () => {
    const found = evaluateChiCuc({ delegatedAuthority: false });
    expect(found).toHaveLength(1);
    expect(found[0]?.message.vi).toContain("(tiêu chí b)");
  });

  it("P-EST-03: chi cục không đạt cả ba tiêu chí → ba vi phạm", () => {
    const found = evaluateChiCuc({ payroll: 5, specialisedScope: false, delegatedAuthority: false });
    expect(found.map((finding) => finding.severity)).toEqual(["violation", "violation", "violation"]);
  });

  it("P-EST-03: chi cục biên chế 5, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluateChiCuc({ payroll: 5, specialisedScope: false }, "II", "2020-11-24")).toEqual([]);
  });

  it("P-EST-03: chi cục biên chế 5, ngày 25/11/2020 (RS-2020) → vi phạm, tối thiểu 12", () => {
    expect(evaluateChiCuc({ payroll: 5 }, "II", "2020-11-25")).toMatchObject([{ actual: 5, limit: 12 }]);
  });
});
