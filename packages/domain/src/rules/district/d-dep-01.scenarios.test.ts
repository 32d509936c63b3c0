// D-DEP-01 — the Phó Trưởng phòng of all divisions of a district average at most 2: total ≤ 2 × number of
// divisions, Thanh tra huyện and Văn phòng HĐND và UBND included (D-DEP-02); no per-division cap, but a
// division with more than 3 gets a warning (legal-rules.md §2.3; interpretations.md "district average of 2").
// Điều 5 Nghị định 37/2014/NĐ-CP, sửa đổi bởi khoản 3 Điều 1 Nghị định 108/2020/NĐ-CP. Not class-dependent.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  aroundMaximum,
  buildSnapshot,
  type DistrictInput,
  districtWithDivisions,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

/** `count` divisions sharing `total` deputies as evenly as possible (none above 3 when total ≤ 3 × count). */
function districtWithDeputies(
  count: number,
  total: number,
  overrides: Partial<DistrictInput> = {},
): DistrictInput {
  const district = districtWithDivisions(count, overrides);
  const base = Math.floor(total / count);
  const remainder = total - base * count;
  return {
    ...district,
    divisions: district.divisions.map((item, index) => ({
      ...item,
      deputies: base + (index < remainder ? 1 : 0),
    })),
  };
}

function evaluatePool(district: DistrictInput, provinceClass: ProvinceClass = "II", asOf = RS_2020_DATE) {
  return findingsOf(
    evaluateFindings(buildSnapshot({ asOf, provinceClass, districts: [district] })),
    "D-DEP-01",
  );
}

const totalRows = [
  ...aroundMaximum({ divisions: 12, island: false, limit: 24 }),
  ...aroundMaximum({ divisions: 13, island: false, limit: 26 }),
  ...aroundMaximum({ divisions: 10, island: true, limit: 20 }),
];

describe("D-DEP-01 — tổng số Phó Trưởng phòng cấp huyện (RS-2020)", () => {
  it.each(
    named(
      totalRows,
      (row) =>
        `D-DEP-01: ${row.island ? "huyện đảo" : "huyện"} ${row.divisions} phòng, tổng ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { divisions, island, actual, limit, complies }) => {
    const district = districtWithDeputies(divisions, actual, { island });
    const found = evaluatePool(district);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "D-DEP-01",
        severity: "violation",
        subject: { type: "district", id: "huyen-a" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
    expect(found[0]?.members).toEqual(district.divisions.map((item) => item.id));
  });

  it.each(
    named(
      provinceClasses,
      (provinceClass) =>
        `D-DEP-01: ${provinceClassLabels[provinceClass]}, huyện 12 phòng, tổng 25 phó → vi phạm, tối đa 24 (không phụ thuộc loại tỉnh)`,
    ),
  )("%s", (_name, provinceClass) => {
    expect(evaluatePool(districtWithDeputies(12, 25), provinceClass)).toMatchObject([
      { severity: "violation", actual: 25, limit: 24 },
    ]);
  });

  it.each(
    named(
      aroundMaximum({ limit: 3 }),
      (row) =>
        `D-DEP-01: một phòng có ${row.actual} phó, tổng trong giới hạn → ${row.complies ? "không cảnh báo" : "cảnh báo ở phòng đó (trên 3)"}`,
    ),
  )("%s", (_name, { actual, limit, complies }) => {
    const district = districtWithDeputies(12, 12);
    district.divisions = district.divisions.map((item, index) => ({
      ...item,
      deputies: index === 0 ? actual : 1,
    }));
    const found = evaluatePool(district);
    expect(findingsOf(found, "D-DEP-01", "violation")).toEqual([]);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "D-DEP-01",
        severity: "warning",
        subject: { type: "division", id: "huyen-a-noi-vu" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("D-DEP-01: phó của Thanh tra huyện và Văn phòng HĐND và UBND được tính vào tổng (D-DEP-02)", () => {
    const district = districtWithDeputies(12, 24);
    district.divisions = district.divisions.map((item) =>
      item.id === "huyen-a-thanh-tra" || item.id === "huyen-a-van-phong" ? { ...item, deputies: 3 } : item,
    );
    expect(evaluatePool(district)).toMatchObject([{ severity: "violation", actual: 26, limit: 24 }]);
  });

  it("D-DEP-01: huyện 12 phòng, tổng 25 phó → thông điệp, căn cứ Nghị định 108/2020, cách hiểu áp dụng", () => {
    const [finding] = evaluatePool(districtWithDeputies(12, 25));
    expect(finding?.message.vi).toBe(
      "Huyện A có tổng 25 Phó Trưởng phòng ở 12 phòng chuyên môn; tối đa 24 = 2 × 12 (bình quân 2 phó mỗi phòng).",
    );
    expect(finding?.citation).toContain("108/2020");
    expect(finding?.interpretation?.id).toBe("INT-DISTRICT-DEPUTY-POOL");
  });

  it("D-DEP-01: một phòng có 5 phó, tổng 30 ở 12 phòng → một vi phạm ở huyện và một cảnh báo ở phòng", () => {
    const district = districtWithDeputies(12, 25);
    district.divisions = district.divisions.map((item, index) => ({
      ...item,
      deputies: index === 0 ? 5 : item.deputies,
    }));
    const found = evaluatePool(district);
    expect(found.map((finding) => [finding.severity, finding.subject.type])).toEqual([
      ["violation", "district"],
      ["warning", "division"],
    ]);
  });

  it("D-DEP-01: huyện 12 phòng, tổng 25 phó, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluatePool(districtWithDeputies(12, 25), "II", "2020-11-24")).toEqual([]);
  });

  it("D-DEP-01: huyện 12 phòng, tổng 25 phó, ngày 25/11/2020 (RS-2020) → vi phạm, tối đa 24", () => {
    expect(evaluatePool(districtWithDeputies(12, 25), "II", "2020-11-25")).toMatchObject([
      { actual: 25, limit: 24 },
    ]);
  });
});
