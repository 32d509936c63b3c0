// P25-DEP-01 — from 01/03/2025 the Phó Giám đốc of all sở average at most 3 per sở, Hà Nội and TP.HCM
// adding one pool of 10 (CONFIRMED); the deputy limits of the units of a sở are RS-2020's, carried over
// by Điều 6 Nghị định 45/2025/NĐ-CP (SINGLE-SOURCE: seen in article headings only) (legal-rules.md §2.5):
// phòng and văn phòng by payroll and class, thanh tra sở <8 → 1 / ≥8 → 2, chi cục 1–3 phòng → 1 / none
// or ≥4 → 2, phòng thuộc chi cục <7 → 1 / ≥7 → 2. No transition rule yet: a surplus is a violation.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  type AgencyInput,
  agencyWith,
  aroundMaximum,
  buildSnapshot,
  commonAgencies2025,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
  subDepartment,
  unit,
} from "../../testing/builders.ts";

const RS_2025A = "2025-04-15";
const extraPool: Record<ProvinceClass, number> = { special: 10, I: 0, II: 0, III: 0 };
/** First payroll of the "up to 2" band of a phòng or văn phòng (RS-2020's bands). */
const secondBandFrom: Record<ProvinceClass, number> = { special: 10, I: 9, II: 8, III: 8 };

function withTotal(agencies: AgencyInput[], total: number): AgencyInput[] {
  const others = agencies.slice(1).reduce((sum, item) => sum + item.deputies, 0);
  return agencies.map((item, index) => (index === 0 ? { ...item, deputies: total - others } : item));
}

function evaluateTotal(provinceClass: ProvinceClass, total: number, agenciesComplete = true) {
  const snapshot = buildSnapshot({
    asOf: RS_2025A,
    provinceClass,
    agenciesComplete,
    agencies: withTotal(commonAgencies2025(3), total),
  });
  return findingsOf(evaluateFindings(snapshot), "P25-DEP-01").filter(
    (item) => item.subject.type === "province",
  );
}

function evaluateUnitDeputies(
  provinceClass: ProvinceClass,
  type: "division" | "office" | "inspectorate",
  payroll: number,
  deputies: number,
) {
  const subject = unit(type, { id: "don-vi", name: "Đơn vị", payroll, deputies });
  const holder = agencyWith(subject, type === "office" ? { units: [subject] } : {});
  const snapshot = buildSnapshot({ asOf: RS_2025A, provinceClass, agencies: [holder] });
  return findingsOf(evaluateFindings(snapshot), "P25-DEP-01").filter((item) => item.subject.id === "don-vi");
}

describe("P25-DEP-01 — tổng số Phó Giám đốc (Nghị định 45/2025)", () => {
  const rows = provinceClasses.flatMap((provinceClass) =>
    aroundMaximum({
      provinceClass,
      label: provinceClassLabels[provinceClass],
      limit: 3 * 12 + extraPool[provinceClass],
    }),
  );

  it.each(
    named(
      rows,
      (row) =>
        `P25-DEP-01: ${row.label}, 12 sở, ${row.actual} Phó Giám đốc → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateTotal(provinceClass, actual);
    expect(found).toEqual(
      complies
        ? []
        : [
            expect.objectContaining({
              severity: "violation",
              subject: { type: "province", id: "99" },
              actual,
              limit,
              confidence: "CONFIRMED",
              citation: "Điều 6 Nghị định số 45/2025/NĐ-CP",
            }),
          ],
    );
  });

  it("P25-DEP-01: tổng vượt nhưng danh sách sở chưa đủ → không xét", () => {
    expect(evaluateTotal("II", 40, false)).toEqual([]);
  });

  it("P25-DEP-01: không có quy tắc chuyển tiếp trong gói này: vượt tổng chỉ là vi phạm, không có cảnh báo T-2020-01", () => {
    const snapshot = buildSnapshot({
      asOf: RS_2025A,
      agenciesComplete: true,
      agencies: withTotal(commonAgencies2025(3), 40),
    });
    const findings = evaluateFindings(snapshot);
    expect(findingsOf(findings, "T-2020-01")).toEqual([]);
    expect(findings.filter((item) => item.severity === "transitional")).toEqual([]);
  });
});

describe("P25-DEP-01 — cấp phó của các đơn vị thuộc sở (mức của RS-2020)", () => {
  const bandRows = (["division", "office"] as const).flatMap((type) =>
    provinceClasses.flatMap((provinceClass) => {
      const from = secondBandFrom[provinceClass];
      return [
        { payroll: from - 1, limit: 1 },
        { payroll: from, limit: 2 },
        { payroll: 14, limit: 2 },
        { payroll: 15, limit: 3 },
      ].flatMap((band) =>
        aroundMaximum({ type, provinceClass, label: provinceClassLabels[provinceClass], ...band }),
      );
    }),
  );

  it.each(
    named(
      bandRows,
      (row) =>
        `P25-DEP-01: ${row.type === "division" ? "phòng" : "văn phòng"} thuộc sở, ${row.label}, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { type, provinceClass, payroll, actual, limit, complies }) => {
    const found = evaluateUnitDeputies(provinceClass, type, payroll, actual);
    expect(found).toEqual(
      complies
        ? []
        : [expect.objectContaining({ actual, limit, limitKind: "max", confidence: "SINGLE-SOURCE" })],
    );
  });

  it.each(
    named(
      [
        { payroll: 7, limit: 1 },
        { payroll: 8, limit: 2 },
      ].flatMap((band) => aroundMaximum(band)),
      (row) =>
        `P25-DEP-01: thanh tra sở, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { payroll, actual, limit, complies }) => {
    const found = evaluateUnitDeputies("I", "inspectorate", payroll, actual);
    expect(found).toEqual(complies ? [] : [expect.objectContaining({ actual, limit })]);
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
        `P25-DEP-01: chi cục có ${row.divisions} phòng, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { divisions, actual, limit, complies }) => {
    const snapshot = buildSnapshot({
      asOf: RS_2025A,
      agencies: [agencyWith(subDepartment(divisions, { deputies: actual }))],
    });
    const found = findingsOf(evaluateFindings(snapshot), "P25-DEP-01").filter(
      (item) => item.subject.id === "chi-cuc",
    );
    expect(found).toEqual(complies ? [] : [expect.objectContaining({ actual, limit })]);
  });

  it.each(
    named(
      [
        { payroll: 6, limit: 1 },
        { payroll: 7, limit: 2 },
      ].flatMap((band) => aroundMaximum(band)),
      (row) =>
        `P25-DEP-01: phòng thuộc chi cục, biên chế ${row.payroll}, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { payroll, actual, limit, complies }) => {
    const chiCuc = subDepartment(1, {
      deputies: 1,
      units: [{ id: "phong-cc", type: "division", name: "Phòng thuộc chi cục", payroll, deputies: actual }],
    });
    const snapshot = buildSnapshot({ asOf: RS_2025A, agencies: [agencyWith(chiCuc)] });
    const found = findingsOf(evaluateFindings(snapshot), "P25-DEP-01").filter(
      (item) => item.subject.id === "phong-cc",
    );
    expect(found).toEqual(complies ? [] : [expect.objectContaining({ actual, limit })]);
  });

  it("P25-DEP-01: thông điệp như RS-2020, căn cứ Điều 6 Nghị định 45/2025", () => {
    const [finding] = evaluateUnitDeputies("II", "division", 9, 3);
    expect(finding?.message.vi).toBe(
      "Đơn vị có 3 Phó Trưởng phòng; tối đa 2 vì biên chế 9 trong khoảng 8–14 (tỉnh loại II).",
    );
    expect(finding?.citation).toBe("Điều 6 Nghị định số 45/2025/NĐ-CP");
  });
});
