// P-DEP-05 — Phó Chi cục trưởng: a chi cục with 1 to 3 phòng has 1; with no phòng or 4 or more, at most
// 2 (legal-rules.md §2.2; "no phòng" reading: interpretations.md, ADR 0014). Not class-dependent.
// Điều 6 Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP.
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

function evaluateChiCuc(
  divisions: number,
  deputies: number,
  provinceClass: ProvinceClass = "II",
  asOf = RS_2020_DATE,
) {
  const chiCuc = subDepartment(divisions, { deputies });
  return evaluateFindings(buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(chiCuc)] }));
}

const rows = [
  { divisions: 0, limit: 2 },
  { divisions: 1, limit: 1 },
  { divisions: 2, limit: 1 },
  { divisions: 3, limit: 1 },
  { divisions: 4, limit: 2 },
  { divisions: 5, limit: 2 },
].flatMap((row) => aroundMaximum(row));

describe("P-DEP-05 — số Phó Chi cục trưởng (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-DEP-05: chi cục có ${row.divisions} phòng, ${row.actual} phó → tối đa ${row.limit} phó, ${row.verdict}`,
    ),
  )("%s", (_name, { divisions, actual, limit, complies }) => {
    const found = findingsOf(evaluateChiCuc(divisions, actual), "P-DEP-05");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-DEP-05",
        severity: "violation",
        subject: { type: "unit", id: "chi-cuc" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it.each(
    named(
      provinceClasses,
      (provinceClass) =>
        `P-DEP-05: chi cục có 3 phòng, 2 phó, ${provinceClassLabels[provinceClass]} → vi phạm, tối đa 1 (không phụ thuộc loại tỉnh)`,
    ),
  )("%s", (_name, provinceClass) => {
    expect(findingsOf(evaluateChiCuc(3, 2, provinceClass), "P-DEP-05")).toMatchObject([
      { severity: "violation", actual: 2, limit: 1 },
    ]);
  });

  it("P-DEP-05: chi cục có 3 phòng, 2 phó → thông điệp và căn cứ Nghị định 107/2020", () => {
    const [finding] = findingsOf(evaluateChiCuc(3, 2), "P-DEP-05");
    expect(finding?.message.vi).toBe(
      "Chi cục Thử nghiệm có 2 Phó Chi cục trưởng; tối đa 1 vì có 3 phòng (từ 1 đến 3 phòng).",
    );
    expect(finding?.citation).toContain("107/2020");
    expect(finding?.interpretation).toBeUndefined();
  });

  it("P-DEP-05: chi cục không có phòng, 3 phó → vi phạm, tối đa 2, ghi rõ cách hiểu áp dụng", () => {
    const [finding] = findingsOf(evaluateChiCuc(0, 3), "P-DEP-05");
    expect(finding?.message.vi).toBe(
      "Chi cục Thử nghiệm có 3 Phó Chi cục trưởng; tối đa 2 vì không có phòng.",
    );
    expect(finding?.interpretation?.id).toBe("INT-CHI-CUC-NO-DIVISIONS");
  });

  it("P-DEP-05: chi cục có 3 phòng, 2 phó, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(findingsOf(evaluateChiCuc(3, 2, "II", "2020-11-24"), "P-DEP-05")).toEqual([]);
  });

  it("P-DEP-05: chi cục có 3 phòng, 2 phó, ngày 25/11/2020 (RS-2020) → vi phạm", () => {
    expect(findingsOf(evaluateChiCuc(3, 2, "II", "2020-11-25"), "P-DEP-05")).toHaveLength(1);
  });
});
