// P25-EST-01 — from 01/03/2025 the establishment minimums of RS-2020 stay: a phòng thuộc sở and a Văn
// phòng sở need 7 payroll in Hà Nội/TP.HCM, 6 in class I, 5 in classes II and III; a chi cục 12 (with
// criteria a and b); a phòng thuộc chi cục 5 (legal-rules.md §2.5, CONFIRMED). Điều 5 Nghị định
// 45/2025/NĐ-CP. The office-holder rule is carried over as RECALLED; a Thanh tra sở still meets the phòng
// minimum under Decree 03/2024 (P-EST-05). ADR 0005, ADR 0034.
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

const RS_2025A = "2025-04-15";
const minimum: Record<ProvinceClass, number> = { special: 7, I: 6, II: 5, III: 5 };

function evaluateUnit(
  provinceClass: ProvinceClass,
  type: "division" | "office" | "inspectorate",
  payroll: number,
) {
  const subject = unit(type, { id: "don-vi", name: "Đơn vị mới", payroll, deputies: 0 });
  // An office is the sở's office itself; the other units sit beside one.
  const holder = type === "office" ? agency({ units: [subject] }) : agencyWith(subject);
  const snapshot = buildSnapshot({ asOf: RS_2025A, provinceClass, agencies: [holder] });
  return evaluateFindings(snapshot).filter((finding) => finding.subject.id === "don-vi");
}

const rows = (["division", "office"] as const).flatMap((type) =>
  provinceClasses.flatMap((provinceClass) =>
    aroundMinimum({
      type,
      provinceClass,
      label: provinceClassLabels[provinceClass],
      limit: minimum[provinceClass],
    }),
  ),
);

const unitLabel = { division: "phòng thuộc sở", office: "Văn phòng sở" } as const;

describe("P25-EST-01 — biên chế tối thiểu (Nghị định 45/2025, như RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P25-EST-01: ${unitLabel[row.type]}, ${row.label}, biên chế ${row.actual} → tối thiểu ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { type, provinceClass, actual, limit, complies }) => {
    const found = findingsOf(evaluateUnit(provinceClass, type, actual), "P25-EST-01");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P25-EST-01",
        severity: "violation",
        subject: { type: "unit", id: "don-vi" },
        actual,
        limit,
        limitKind: "min",
        citation: "Điều 5 Nghị định số 45/2025/NĐ-CP",
        confidence: "CONFIRMED",
        interpretation: { id: "INT-ESTABLISHMENT-ALL-UNITS" },
      },
    ]);
  });

  it.each(
    named(
      aroundMinimum({ limit: 12 }),
      (row) => `P25-EST-01: chi cục, biên chế ${row.actual} → tối thiểu 12, ${row.verdict}`,
    ),
  )("%s", (_name, { actual, complies }) => {
    const chiCuc = subDepartment(1, { payroll: actual });
    const snapshot = buildSnapshot({ asOf: RS_2025A, agencies: [agencyWith(chiCuc)] });
    const found = findingsOf(evaluateFindings(snapshot), "P25-EST-01");
    expect(found).toEqual(complies ? [] : [expect.objectContaining({ actual, limit: 12, limitKind: "min" })]);
  });

  it("P25-EST-01: chi cục không có đối tượng quản lý chuyên ngành (tiêu chí a) → vi phạm", () => {
    const chiCuc = subDepartment(1, { specialisedScope: false });
    const snapshot = buildSnapshot({ asOf: RS_2025A, agencies: [agencyWith(chiCuc)] });
    expect(findingsOf(evaluateFindings(snapshot), "P25-EST-01")).toMatchObject([
      { severity: "violation", subject: { type: "unit", id: "chi-cuc" } },
    ]);
  });

  it.each(
    named(
      aroundMinimum({ limit: 5 }),
      (row) => `P25-EST-01: phòng thuộc chi cục, biên chế ${row.actual} → tối thiểu 5, ${row.verdict}`,
    ),
  )("%s", (_name, { actual, complies }) => {
    const chiCuc = subDepartment(1, {
      units: [
        { id: "phong-cc", type: "division", name: "Phòng thuộc chi cục", payroll: actual, deputies: 0 },
      ],
    });
    const snapshot = buildSnapshot({
      asOf: RS_2025A,
      provinceClass: "special",
      agencies: [agencyWith(chiCuc)],
    });
    const found = findingsOf(evaluateFindings(snapshot), "P25-EST-01");
    expect(found).toEqual(complies ? [] : [expect.objectContaining({ actual, limit: 5 })]);
  });

  it("P25-EST-01: sở không có Văn phòng và không giao phòng nào nhiệm vụ văn phòng → vi phạm (RECALLED)", () => {
    const snapshot = buildSnapshot({
      asOf: RS_2025A,
      agencies: [agency({ units: [unit("division", { id: "phong-a", payroll: 10 })] })],
    });
    expect(findingsOf(evaluateFindings(snapshot), "P25-EST-01")).toMatchObject([
      { severity: "violation", subject: { type: "agency", id: "so-a" }, confidence: "RECALLED" },
    ]);
  });

  it.each(
    named(
      provinceClasses.flatMap((provinceClass) =>
        aroundMinimum({
          provinceClass,
          label: provinceClassLabels[provinceClass],
          limit: minimum[provinceClass],
        }),
      ),
      (row) => `P-EST-05 (RS-2025A): thanh tra sở, ${row.label}, biên chế ${row.actual} → ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = findingsOf(evaluateUnit(provinceClass, "inspectorate", actual), "P-EST-05");
    expect(found).toEqual(
      complies ? [] : [expect.objectContaining({ actual, limit, confidence: "SINGLE-SOURCE" })],
    );
  });

  it("P25-EST-01: phòng thuộc sở biên chế 4, tỉnh loại III, ngày 28/02/2025 → P-EST-01 (RS-2020), không phải P25-EST-01", () => {
    const phong = unit("division", { id: "don-vi", payroll: 4, deputies: 0 });
    const snapshot = buildSnapshot({
      asOf: "2025-02-28",
      provinceClass: "III",
      agencies: [agencyWith(phong)],
    });
    const findings = evaluateFindings(snapshot);
    expect(findingsOf(findings, "P-EST-01")).toHaveLength(1);
    expect(findingsOf(findings, "P25-EST-01")).toEqual([]);
  });
});
