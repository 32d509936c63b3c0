// P-EST-01 — a phòng thuộc sở needs at least 7 civil-servant payroll in Hà Nội/TP.HCM, 6 in class I, 5 in
// classes II and III (legal-rules.md §2.2). Khoản 2 Điều 5 Nghị định 24/2014/NĐ-CP, sửa đổi bởi khoản 3
// Điều 1 Nghị định 107/2020/NĐ-CP. Applies to every unit, existing or new (interpretations.md, ADR 0005).
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agency,
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
const minimum: Record<ProvinceClass, number> = { special: 7, I: 6, II: 5, III: 5 };

function evaluatePhong(provinceClass: ProvinceClass, payroll: number, asOf = RS_2020_DATE) {
  const phong = unit("division", { id: "phong-moi", name: "Phòng Quản lý mới", payroll, deputies: 0 });
  const snapshot = buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(phong)] });
  return findingsOf(evaluateFindings(snapshot), "P-EST-01");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMinimum({ provinceClass, label: provinceClassLabels[provinceClass], limit: minimum[provinceClass] }),
);

describe("P-EST-01 — biên chế tối thiểu của phòng thuộc sở (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-EST-01: phòng thuộc sở, ${row.label}, biên chế ${row.actual} → tối thiểu ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluatePhong(provinceClass, actual);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-EST-01",
        severity: "violation",
        subject: { type: "unit", id: "phong-moi" },
        actual,
        limit,
        limitKind: "min",
      },
    ]);
  });

  it("P-EST-01: phòng thuộc sở, tỉnh loại III, biên chế 4 → thông điệp, căn cứ Nghị định 107/2020, cách hiểu áp dụng", () => {
    const [finding] = evaluatePhong("III", 4);
    expect(finding?.message.vi).toBe(
      "Phòng Quản lý mới có biên chế 4, dưới mức tối thiểu 5 để thành lập phòng thuộc sở (tỉnh loại III); cần sắp xếp lại.",
    );
    expect(finding?.citation).toContain("107/2020");
    expect(finding?.interpretation?.id).toBe("INT-ESTABLISHMENT-ALL-UNITS");
  });

  it("P-EST-01: phòng thuộc chi cục biên chế 4, Hà Nội → không xét theo P-EST-01 (thuộc P-EST-04)", () => {
    const chiCuc = subDepartment(1, {
      units: [{ id: "phong-cc", type: "division", name: "Phòng thuộc chi cục", payroll: 4, deputies: 0 }],
    });
    const snapshot = buildSnapshot({ provinceClass: "special", agencies: [agencyWith(chiCuc)] });
    expect(findingsOf(evaluateFindings(snapshot), "P-EST-01")).toEqual([]);
  });

  it("P-EST-01: văn phòng, thanh tra và chi cục không xét theo P-EST-01", () => {
    const snapshot = buildSnapshot({
      provinceClass: "special",
      agencies: [
        agency({
          units: [
            unit("office", { payroll: 1 }),
            unit("inspectorate", { payroll: 1 }),
            subDepartment(0, { payroll: 1 }),
          ],
        }),
      ],
    });
    expect(findingsOf(evaluateFindings(snapshot), "P-EST-01")).toEqual([]);
  });

  it("P-EST-01: tỉnh loại III, biên chế 4, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluatePhong("III", 4, "2020-11-24")).toEqual([]);
  });

  it("P-EST-01: tỉnh loại III, biên chế 4, ngày 25/11/2020 (RS-2020) → vi phạm, tối thiểu 5", () => {
    expect(evaluatePhong("III", 4, "2020-11-25")).toMatchObject([{ actual: 4, limit: 5, limitKind: "min" }]);
  });
});
