// P-DEP-02 — Phó Trưởng phòng thuộc sở by payroll and province class (legal-rules.md §2.2):
// HN/HCM <10 → 1, 10–14 → ≤2, ≥15 → ≤3; class I <9 → 1, 9–14 → ≤2, ≥15 → ≤3; class II/III <8 → 1,
// 8–14 → ≤2, ≥15 → ≤3. Điều 6 Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; from 25/11/2020.
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
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

/** First payroll of the "up to 2 deputies" band. */
const secondBandFrom: Record<ProvinceClass, number> = { special: 10, I: 9, II: 8, III: 8 };

function evaluatePhong(provinceClass: ProvinceClass, payroll: number, deputies: number, asOf = RS_2020_DATE) {
  const phong = unit("division", { id: "phong-tccb", name: "Phòng Tổ chức cán bộ", payroll, deputies });
  return evaluateFindings(buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(phong)] }));
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

describe("P-DEP-02 — số Phó Trưởng phòng thuộc sở (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-DEP-02: phòng thuộc sở, ${row.label}, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit} phó, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, payroll, actual, limit, complies }) => {
    const found = findingsOf(evaluatePhong(provinceClass, payroll, actual), "P-DEP-02");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-DEP-02",
        severity: "violation",
        subject: { type: "unit", id: "phong-tccb" },
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
        `P-DEP-02: phòng thuộc sở, ${provinceClassLabels[provinceClass]}, không có phó → luôn hợp lệ`,
    ),
  )("%s", (_name, provinceClass) => {
    expect(findingsOf(evaluatePhong(provinceClass, 30, 0), "P-DEP-02")).toEqual([]);
  });

  it("P-DEP-02: phòng thuộc sở, tỉnh loại II, biên chế 9, 3 phó → thông điệp và căn cứ Nghị định 107/2020", () => {
    const [finding] = findingsOf(evaluatePhong("II", 9, 3), "P-DEP-02");
    expect(finding?.message.vi).toBe(
      "Phòng Tổ chức cán bộ có 3 Phó Trưởng phòng; tối đa 2 vì biên chế 9 trong khoảng 8–14 (tỉnh loại II).",
    );
    expect(finding?.citation).toContain("107/2020");
    expect(finding?.confidence).toBe("CONFIRMED");
  });

  it("P-DEP-02: phòng thuộc sở, Hà Nội, biên chế 16, 4 phó → thông điệp nêu mức ≥ 15", () => {
    const [finding] = findingsOf(evaluatePhong("special", 16, 4), "P-DEP-02");
    expect(finding?.message.vi).toBe(
      "Phòng Tổ chức cán bộ có 4 Phó Trưởng phòng; tối đa 3 vì biên chế 16 ≥ 15 (Hà Nội, TP. Hồ Chí Minh).",
    );
  });

  it("P-DEP-02: tỉnh loại II, loại III rồi lại loại II (đánh giá nối tiếp) → mỗi thông điệp nêu đúng loại tỉnh của nó", () => {
    // The rules word a band (P-DEP-02) and a minimum (P-EST-01) once per class and keep it: a national run
    // alternates classes, and a province evaluated after one of another class must not get its wording.
    const sequence = ["II", "III", "II", "special", "II"] as const;
    const messages = sequence.map((provinceClass) => {
      const findings = evaluatePhong(provinceClass, 4, 3);
      return [
        findingsOf(findings, "P-DEP-02")[0]?.message.vi,
        findingsOf(findings, "P-EST-01")[0]?.message.vi,
      ];
    });
    const classText = { II: "(tỉnh loại II)", III: "(tỉnh loại III)", special: "(Hà Nội, TP. Hồ Chí Minh)" };
    sequence.forEach((provinceClass, index) => {
      const [deputies, minimum] = messages[index] ?? [];
      expect(deputies).toMatch(/^Phòng Tổ chức cán bộ có 3 Phó Trưởng phòng; tối đa 1 vì biên chế 4 /);
      expect(deputies?.endsWith(`${classText[provinceClass]}.`), deputies).toBe(true);
      expect(minimum).toMatch(/^Phòng Tổ chức cán bộ có biên chế 4, dưới mức tối thiểu \d+ /);
      expect(minimum).toContain(classText[provinceClass]);
    });
    expect(messages[2]).toEqual(messages[0]);
    expect(messages[4]).toEqual(messages[0]);
  });

  it("P-DEP-02: phòng thuộc chi cục không xét theo P-DEP-02 (thuộc P-DEP-06)", () => {
    const chiCuc = subDepartment(1, {
      units: [{ id: "phong-cc", type: "division", name: "Phòng thuộc chi cục", payroll: 5, deputies: 3 }],
    });
    const findings = evaluateFindings(buildSnapshot({ provinceClass: "II", agencies: [agencyWith(chiCuc)] }));
    expect(findingsOf(findings, "P-DEP-02")).toEqual([]);
  });

  it("P-DEP-02: tỉnh loại II, biên chế 7, 2 phó, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(findingsOf(evaluatePhong("II", 7, 2, "2020-11-24"), "P-DEP-02")).toEqual([]);
  });

  it("P-DEP-02: tỉnh loại II, biên chế 7, 2 phó, ngày 25/11/2020 (RS-2020) → vi phạm, tối đa 1", () => {
    expect(findingsOf(evaluatePhong("II", 7, 2, "2020-11-25"), "P-DEP-02")).toMatchObject([
      { severity: "violation", actual: 2, limit: 1 },
    ]);
  });
});
