// P-EST-02 — a Văn phòng sở needs the same minimum payroll as a phòng thuộc sở (7 / 6 / 5 / 5 by class);
// a sở without a Văn phòng must assign the office functions to one of its phòng (legal-rules.md §2.2).
// Khoản 3 Điều 5 Nghị định 24/2014/NĐ-CP, sửa đổi bởi khoản 3 Điều 1 Nghị định 107/2020/NĐ-CP.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agency,
  aroundMinimum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";
const minimum: Record<ProvinceClass, number> = { special: 7, I: 6, II: 5, III: 5 };

function evaluateOffice(provinceClass: ProvinceClass, payroll: number, asOf = RS_2020_DATE) {
  const office = unit("office", { id: "van-phong-so", name: "Văn phòng Sở", payroll, deputies: 0 });
  const snapshot = buildSnapshot({ asOf, provinceClass, agencies: [agency({ units: [office] })] });
  return findingsOf(evaluateFindings(snapshot), "P-EST-02");
}

const phong = unit("division", { id: "phong-tong-hop", name: "Phòng Tổng hợp", payroll: 8 });

function evaluateHolder(overrides: Parameters<typeof agency>[0], asOf = RS_2020_DATE) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, agencies: [agency(overrides)] })), "P-EST-02");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMinimum({ provinceClass, label: provinceClassLabels[provinceClass], limit: minimum[provinceClass] }),
);

describe("P-EST-02 — Văn phòng sở (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-EST-02: văn phòng sở, ${row.label}, biên chế ${row.actual} → tối thiểu ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateOffice(provinceClass, actual);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-EST-02",
        severity: "violation",
        subject: { type: "unit", id: "van-phong-so" },
        actual,
        limit,
        limitKind: "min",
      },
    ]);
  });

  it("P-EST-02: văn phòng sở, Hà Nội, biên chế 6 → thông điệp và căn cứ Nghị định 107/2020", () => {
    const [finding] = evaluateOffice("special", 6);
    expect(finding?.message.vi).toBe(
      "Văn phòng Sở có biên chế 6, dưới mức tối thiểu 7 để thành lập Văn phòng sở (Hà Nội, TP. Hồ Chí Minh); cần sắp xếp lại.",
    );
    expect(finding?.citation).toContain("107/2020");
  });

  it("P-EST-02: sở không có Văn phòng, chưa giao phòng nào nhiệm vụ văn phòng → vi phạm", () => {
    expect(evaluateHolder({ units: [phong] })).toMatchObject([
      {
        ruleId: "P-EST-02",
        severity: "violation",
        subject: { type: "agency", id: "so-a" },
        message: {
          vi: "Sở Nội vụ không có Văn phòng và chưa giao phòng nào thực hiện nhiệm vụ văn phòng (điền officeFunctionsUnitId).",
        },
      },
    ]);
  });

  it("P-EST-02: sở không có Văn phòng, đã giao Phòng Tổng hợp nhiệm vụ văn phòng → hợp lệ", () => {
    expect(evaluateHolder({ units: [phong], officeFunctionsUnitId: "phong-tong-hop" })).toEqual([]);
  });

  it("P-EST-02: sở có Văn phòng đủ biên chế → hợp lệ", () => {
    expect(evaluateHolder({ units: [phong, unit("office", { payroll: 8 })] })).toEqual([]);
  });

  it("P-EST-02: Văn phòng UBND tỉnh không cần phòng làm nhiệm vụ văn phòng", () => {
    expect(evaluateHolder({ kind: "VAN_PHONG_UBND", units: [phong] })).toEqual([]);
  });

  it("P-EST-02: sở khai báo không kèm cơ cấu bên trong → không xét", () => {
    expect(evaluateHolder({ units: [] })).toEqual([]);
  });

  it("P-EST-02: ngày 24/11/2020 (RS-2014): sở thiếu Văn phòng, văn phòng biên chế 1 → chưa áp dụng", () => {
    expect(evaluateHolder({ units: [phong] }, "2020-11-24")).toEqual([]);
    expect(evaluateOffice("II", 1, "2020-11-24")).toEqual([]);
  });

  it("P-EST-02: ngày 25/11/2020 (RS-2020): sở thiếu Văn phòng; văn phòng biên chế 4 → vi phạm", () => {
    expect(evaluateHolder({ units: [phong] }, "2020-11-25")).toHaveLength(1);
    expect(evaluateOffice("II", 4, "2020-11-25")).toMatchObject([{ actual: 4, limit: 5 }]);
  });
});
