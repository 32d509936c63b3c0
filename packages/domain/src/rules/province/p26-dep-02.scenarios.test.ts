// P26-DEP-02 — from 01/01/2026 a phòng thuộc sở has, in every province class, 1 Phó Trưởng phòng below a
// payroll of 10, at most 2 from 10 to 14 and at most 3 from 15 (CONFIRMED); a chi cục with 1–3 phòng 1
// deputy, with none or 4 or more at most 2 (the second branch RECALLED) (Điều 6 Nghị định 150/2025/NĐ-CP,
// được sửa đổi, bổ sung bởi Nghị định 370/2025/NĐ-CP; legal-rules.md §2.6). Under 150/2025 as first
// issued (RS-2025B, 01/07–31/12/2025) the limits of 45/2025 by class are read as still in force, for phòng,
// văn phòng, chi cục and phòng thuộc chi cục: INT-RS2025B-BANDS (§8 Q4; ADR 0034).
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agency,
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

const RS_2026 = "2026-03-31";
const RS_2025B = "2025-09-30";

/** A phòng under a sở with enough Phó Giám đốc that T-2026-02 stays quiet. */
function evaluatePhong(asOf: string, provinceClass: ProvinceClass, payroll: number, deputies: number) {
  const phong = unit("division", { id: "phong-a", name: "Phòng A", payroll, deputies });
  const snapshot = buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(phong, { deputies: 5 })] });
  return findingsOf(evaluateFindings(snapshot), "P26-DEP-02").filter((item) => item.subject.id === "phong-a");
}

const uniformRows = provinceClasses.flatMap((provinceClass) =>
  [
    { payroll: 9, limit: 1 },
    { payroll: 10, limit: 2 },
    { payroll: 14, limit: 2 },
    { payroll: 15, limit: 3 },
  ].flatMap((band) => aroundMaximum({ provinceClass, label: provinceClassLabels[provinceClass], ...band })),
);

describe("P26-DEP-02 — Phó Trưởng phòng thuộc sở, mức chung cho mọi loại tỉnh (từ 01/01/2026)", () => {
  it.each(
    named(
      uniformRows,
      (row) =>
        `P26-DEP-02 (RS-2026): phòng thuộc sở, ${row.label}, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, payroll, actual, limit, complies }) => {
    const found = evaluatePhong(RS_2026, provinceClass, payroll, actual);
    expect(found).toEqual(
      complies
        ? []
        : [
            expect.objectContaining({
              ruleId: "P26-DEP-02",
              severity: "violation",
              subject: { type: "unit", id: "phong-a" },
              actual,
              limit,
              limitKind: "max",
              confidence: "CONFIRMED",
            }),
          ],
    );
    expect(found[0]?.interpretation).toBeUndefined();
  });

  it.each(
    named(
      [
        { divisions: 0, limit: 2 },
        { divisions: 1, limit: 1 },
        { divisions: 3, limit: 1 },
        { divisions: 4, limit: 2 },
      ].flatMap((row) => aroundMaximum(row)),
      (row) =>
        `P26-DEP-02 (RS-2026): chi cục có ${row.divisions} phòng, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { divisions, actual, limit, complies }) => {
    const snapshot = buildSnapshot({
      asOf: RS_2026,
      agencies: [agencyWith(subDepartment(divisions, { deputies: actual }), { deputies: 5 })],
    });
    const found = findingsOf(evaluateFindings(snapshot), "P26-DEP-02").filter(
      (item) => item.subject.id === "chi-cuc",
    );
    expect(found).toEqual(
      complies ? [] : [expect.objectContaining({ actual, limit, confidence: "RECALLED" })],
    );
  });

  it("P26-DEP-02 (RS-2026): văn phòng sở và phòng thuộc chi cục không có mức (số liệu của Nghị định 370/2025 chưa thấy)", () => {
    const snapshot = buildSnapshot({
      asOf: RS_2026,
      agencies: [
        agency({
          deputies: 9,
          units: [
            unit("office", { id: "van-phong", payroll: 7, deputies: 3 }),
            subDepartment(1, {
              deputies: 9,
              units: [
                { id: "phong-cc", type: "division", name: "Phòng thuộc chi cục", payroll: 5, deputies: 3 },
              ],
            }),
          ],
        }),
      ],
    });
    const ids = findingsOf(evaluateFindings(snapshot), "P26-DEP-02").map((item) => item.subject.id);
    expect(ids).not.toContain("van-phong");
    expect(ids).not.toContain("phong-cc");
  });
});

/** First payroll of the "up to 2" band under 45/2025 (RS-2020's bands). */
const secondBandFrom: Record<ProvinceClass, number> = { special: 10, I: 9, II: 8, III: 8 };

describe("P26-DEP-02 — RS-2025B: mức theo loại tỉnh của Nghị định 45/2025 (cách hiểu áp dụng)", () => {
  const rows = provinceClasses.flatMap((provinceClass) => {
    const from = secondBandFrom[provinceClass];
    return [
      { payroll: from - 1, limit: 1 },
      { payroll: from, limit: 2 },
      { payroll: 15, limit: 3 },
    ].flatMap((band) => aroundMaximum({ provinceClass, label: provinceClassLabels[provinceClass], ...band }));
  });

  it.each(
    named(
      rows,
      (row) =>
        `P26-DEP-02 (RS-2025B): phòng thuộc sở, ${row.label}, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, payroll, actual, limit, complies }) => {
    const found = evaluatePhong(RS_2025B, provinceClass, payroll, actual);
    expect(found).toEqual(
      complies
        ? []
        : [
            expect.objectContaining({
              actual,
              limit,
              confidence: "SINGLE-SOURCE",
              interpretation: expect.objectContaining({ id: "INT-RS2025B-BANDS" }) as unknown,
            }),
          ],
    );
  });

  it("P26-DEP-02 (RS-2025B): văn phòng sở biên chế 7, 2 phó, tỉnh loại II → vi phạm, tối đa 1", () => {
    const snapshot = buildSnapshot({
      asOf: RS_2025B,
      agencies: [agency({ units: [unit("office", { id: "van-phong", payroll: 7, deputies: 2 })] })],
    });
    expect(findingsOf(evaluateFindings(snapshot), "P26-DEP-02")).toMatchObject([
      {
        subject: { type: "unit", id: "van-phong" },
        actual: 2,
        limit: 1,
        interpretation: { id: "INT-RS2025B-BANDS" },
      },
    ]);
  });

  it("P26-DEP-02 (RS-2025B): phòng thuộc chi cục biên chế 6, 2 phó → vi phạm, tối đa 1", () => {
    const chiCuc = subDepartment(1, {
      units: [{ id: "phong-cc", type: "division", name: "Phòng thuộc chi cục", payroll: 6, deputies: 2 }],
    });
    const snapshot = buildSnapshot({ asOf: RS_2025B, agencies: [agencyWith(chiCuc)] });
    expect(
      findingsOf(evaluateFindings(snapshot), "P26-DEP-02").filter((item) => item.subject.id === "phong-cc"),
    ).toMatchObject([{ actual: 2, limit: 1 }]);
  });

  it("P26-DEP-02: tỉnh loại II, phòng biên chế 9, 2 phó — hợp lệ ngày 31/12/2025 (RS-2025B), vi phạm ngày 01/01/2026 (RS-2026)", () => {
    expect(evaluatePhong("2025-12-31", "II", 9, 2)).toEqual([]);
    expect(evaluatePhong("2026-01-01", "II", 9, 2)).toMatchObject([{ actual: 2, limit: 1 }]);
  });
});
