// D25-DEP-01 — from 01/03/2025 the Phó Trưởng phòng of a district's divisions average at most 2 per
// division (RECALLED carry-over); districts of Hà Nội and TP.HCM may have up to 5 more (SINGLE-SOURCE, a
// draft of Decree 45/2025) (legal-rules.md §2.5, Q5). The pool and the per-division warning above 3 are
// read as for D-DEP-01 (ADR 0006); the +5 carries INT-DISTRICT-DEPUTIES-HN-HCM-2025 (ADR 0034).
import { describe, expect, it } from "vitest";

import { limitNature } from "../../findings/limit-nature.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  aroundMaximum,
  buildSnapshot,
  districtWithDivisions,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const RS_2025A = "2025-04-15";
const extra: Record<ProvinceClass, number> = { special: 5, I: 0, II: 0, III: 0 };

/** A district with `count` divisions and `total` deputies, spread so that none has more than 3. */
function evaluatePool(provinceClass: ProvinceClass, count: number, total: number) {
  const base = districtWithDivisions(count);
  const divisions = base.divisions.map((item, index) => ({
    ...item,
    deputies: Math.floor(total / count) + (index < total % count ? 1 : 0),
  }));
  const snapshot = buildSnapshot({ asOf: RS_2025A, provinceClass, districts: [{ ...base, divisions }] });
  return findingsOf(evaluateFindings(snapshot), "D25-DEP-01");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  [8, 10].flatMap((count) =>
    aroundMaximum({
      provinceClass,
      label: provinceClassLabels[provinceClass],
      count,
      limit: 2 * count + extra[provinceClass],
    }),
  ),
);

describe("D25-DEP-01 — Phó Trưởng phòng cấp huyện (Nghị định 45/2025)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `D25-DEP-01: huyện của ${row.label}, ${row.count} phòng, ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, count, actual, limit, complies }) => {
    const found = findingsOf(evaluatePool(provinceClass, count, actual), "D25-DEP-01").filter(
      (item) => item.severity === "violation",
    );
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        subject: { type: "district", id: "huyen-a" },
        actual,
        limit,
        limitKind: "max",
        confidence: "RECALLED",
      },
    ]);
    expect(found[0]?.interpretation?.id).toBe(
      provinceClass === "special" ? "INT-DISTRICT-DEPUTIES-HN-HCM-2025" : "INT-DISTRICT-DEPUTY-POOL",
    );
  });

  it("D25-DEP-01: Hà Nội, 10 phòng, 26 phó → thông điệp nêu mức cộng thêm 5", () => {
    const [finding] = evaluatePool("special", 10, 26);
    expect(finding?.message.vi).toBe(
      "Huyện A có tổng 26 Phó Trưởng phòng ở 10 phòng chuyên môn; tối đa 25 = 2 × 10 + 5 (Hà Nội, TP. Hồ Chí Minh) (bình quân 2 phó mỗi phòng).",
    );
  });

  it("D25-DEP-01: một phòng có 4 phó (trên 3) → cảnh báo ngưỡng, không phải mức tối đa", () => {
    const base = districtWithDivisions(9);
    const divisions = base.divisions.map((item, index) => ({ ...item, deputies: index === 0 ? 4 : 1 }));
    const snapshot = buildSnapshot({ asOf: RS_2025A, districts: [{ ...base, divisions }] });
    const warnings = findingsOf(evaluateFindings(snapshot), "D25-DEP-01", "warning");
    expect(warnings).toMatchObject([{ subject: { type: "division" }, actual: 4, limit: 3 }]);
    expect(warnings[0] && limitNature(warnings[0])).toBe("threshold");
  });

  it("D25-DEP-01: căn cứ nêu Nghị định 45/2025; độ tin cậy RECALLED (bình quân 2 chưa thấy trong văn bản)", () => {
    const [finding] = evaluatePool("II", 10, 21);
    expect(finding?.citation).toContain("45/2025");
    expect(finding?.confidence).toBe("RECALLED");
  });
});
