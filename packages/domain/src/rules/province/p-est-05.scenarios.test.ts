// P-EST-05 — from 01/03/2024 (Decree 03/2024/NĐ-CP, Điều 17–18) a Thanh tra sở must meet the establishment
// criteria of a phòng thuộc sở: payroll 7 / 6 / 5 / 5 by province class (legal-rules.md §2.2,
// SINGLE-SOURCE). Before that date no minimum applies to a Thanh tra sở.
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
  unit,
} from "../../testing/builders.ts";

const IN_FORCE = "2024-03-01";
const minimum: Record<ProvinceClass, number> = { special: 7, I: 6, II: 5, III: 5 };

function evaluateInspectorate(provinceClass: ProvinceClass, payroll: number, asOf: string) {
  const inspectorate = unit("inspectorate", {
    id: "thanh-tra-so",
    name: "Thanh tra Sở",
    payroll,
    deputies: 0,
  });
  const snapshot = buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(inspectorate)] });
  return findingsOf(evaluateFindings(snapshot), "P-EST-05");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMinimum({ provinceClass, label: provinceClassLabels[provinceClass], limit: minimum[provinceClass] }),
);

describe("P-EST-05 — Thanh tra sở đáp ứng tiêu chí thành lập phòng (từ 01/03/2024)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-EST-05: thanh tra sở, ${row.label}, biên chế ${row.actual}, ngày 01/03/2024 → tối thiểu ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateInspectorate(provinceClass, actual, IN_FORCE);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-EST-05",
        severity: "violation",
        subject: { type: "unit", id: "thanh-tra-so" },
        actual,
        limit,
        limitKind: "min",
      },
    ]);
  });

  it.each(
    named(
      provinceClasses,
      (provinceClass) =>
        `P-EST-05: thanh tra sở, ${provinceClassLabels[provinceClass]}, biên chế ${minimum[provinceClass] - 1}, ngày 29/02/2024 → chưa áp dụng`,
    ),
  )("%s", (_name, provinceClass) => {
    expect(evaluateInspectorate(provinceClass, minimum[provinceClass] - 1, "2024-02-29")).toEqual([]);
  });

  it("P-EST-05: thanh tra sở, tỉnh loại I, biên chế 5, ngày 28/02/2025 (ngày cuối RS-2020) → vi phạm", () => {
    expect(evaluateInspectorate("I", 5, "2025-02-28")).toMatchObject([{ actual: 5, limit: 6 }]);
  });

  it("P-EST-05: thanh tra sở, tỉnh loại II, biên chế 4 → thông điệp, căn cứ Nghị định 03/2024, SINGLE-SOURCE", () => {
    const [finding] = evaluateInspectorate("II", 4, IN_FORCE);
    expect(finding?.message.vi).toBe(
      "Thanh tra Sở có biên chế 4, dưới mức tối thiểu 5 để thành lập Thanh tra sở (tỉnh loại II); cần sắp xếp lại.",
    );
    expect(finding?.citation).toContain("03/2024");
    expect(finding?.confidence).toBe("SINGLE-SOURCE");
  });

  it("P-EST-05: thanh tra sở biên chế 1, ngày 24/11/2020 (RS-2014) → không áp dụng", () => {
    expect(evaluateInspectorate("II", 1, "2020-11-24")).toEqual([]);
  });
});
