// JP-04 — leadership positions correspond to the approved leadership titles: at most one head plus the
// deputy quota the pack sets for the unit (or, where it sets none, the unit's own deputies) (legal-rules.md
// §2.7, DERIVED from Decree 62/2020; ADR 0016). In force from 20/07/2020.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agency,
  agencyWith,
  aroundMaximum,
  buildSnapshot,
  division,
  evaluateFindings,
  findingsOf,
  named,
  position,
  provinceClasses,
  provinceClassLabels,
  ruralDistrict,
  subDepartment,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";
const RS_2014_DATE = "2020-08-31";

function leadership(count: number) {
  return [
    position({ id: "vt-truong", title: "Trưởng phòng", group: "leadership", count: Math.min(count, 1) }),
    position({ id: "vt-pho", title: "Phó Trưởng phòng", group: "leadership", count: Math.max(count - 1, 0) }),
  ];
}

function evaluatePhong(
  provinceClass: ProvinceClass,
  payroll: number,
  deputies: number,
  leaders: number,
  asOf = RS_2020_DATE,
) {
  const phong = unit("division", {
    id: "phong-tccb",
    name: "Phòng Tổ chức cán bộ",
    payroll,
    deputies,
    positions: leadership(leaders),
  });
  return findingsOf(
    evaluateFindings(buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(phong)] })),
    "JP-04",
  );
}

/** P-DEP-02 quota of a phòng thuộc sở with payroll 8: < 10 / < 9 → 1 (HN/HCM, class I); 8–14 → 2 (II, III). */
const quotaAtPayroll8: Record<ProvinceClass, number> = { special: 1, I: 1, II: 2, III: 2 };

const phongRows = provinceClasses.flatMap((provinceClass) =>
  aroundMaximum({
    provinceClass,
    label: provinceClassLabels[provinceClass],
    quota: quotaAtPayroll8[provinceClass],
    limit: 1 + quotaAtPayroll8[provinceClass],
  }),
);

const legacyQuota: Record<ProvinceClass, number> = { special: 4, I: 3, II: 3, III: 3 };

describe("JP-04 — vị trí lãnh đạo, quản lý tương ứng chức danh được phép", () => {
  it.each(
    named(
      phongRows,
      (row) =>
        `JP-04 (RS-2020): phòng thuộc sở, ${row.label}, biên chế 8 (định mức ${row.quota} phó), ${row.actual} vị trí lãnh đạo → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, quota, actual, limit, complies }) => {
    const found = evaluatePhong(provinceClass, 8, quota, actual);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "JP-04",
        severity: "violation",
        subject: { type: "unit", id: "phong-tccb" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("JP-04 (RS-2020): phòng có 0 phó nhưng định mức 2 → 3 vị trí lãnh đạo vẫn hợp lệ (tính theo định mức)", () => {
    expect(evaluatePhong("II", 8, 0, 3)).toEqual([]);
  });

  it("JP-04 (RS-2020): tỉnh loại II, biên chế 7, 3 vị trí lãnh đạo → thông điệp, DERIVED, cách hiểu áp dụng", () => {
    const [finding] = evaluatePhong("II", 7, 1, 3);
    expect(finding?.message.vi).toBe(
      "Phòng Tổ chức cán bộ có 3 vị trí lãnh đạo, quản lý; tối đa 2 (01 cấp trưởng và 1 cấp phó được phép).",
    );
    expect(finding?.citation).toContain("62/2020");
    expect(finding?.confidence).toBe("DERIVED");
    expect(finding?.interpretation?.id).toBe("INT-JOB-POSITIONS");
  });

  it.each(
    named(
      aroundMaximum({ limit: 2 }),
      (row) =>
        `JP-04 (RS-2020): chi cục có 3 phòng (định mức 1 phó), ${row.actual} vị trí lãnh đạo → tối đa 2, ${row.verdict}`,
    ),
  )("%s", (_name, { actual, complies }) => {
    const chiCuc = subDepartment(3, { deputies: 1, positions: leadership(actual) });
    const found = findingsOf(evaluateFindings(buildSnapshot({ agencies: [agencyWith(chiCuc)] })), "JP-04");
    expect(found).toHaveLength(complies ? 0 : 1);
  });

  it.each(
    named(
      aroundMaximum({ limit: 4 }),
      (row) =>
        `JP-04 (RS-2020): sở có 3 Phó Giám đốc (không có định mức riêng từng sở), ${row.actual} vị trí lãnh đạo → tối đa 4, ${row.verdict}`,
    ),
  )("%s", (_name, { actual, limit, complies }) => {
    const snapshot = buildSnapshot({ agencies: [agency({ deputies: 3, positions: leadership(actual) })] });
    const found = findingsOf(evaluateFindings(snapshot), "JP-04");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([{ subject: { type: "agency", id: "so-a" }, actual, limit }]);
  });

  const legacyRows = provinceClasses.flatMap((provinceClass) =>
    aroundMaximum({
      provinceClass,
      label: provinceClassLabels[provinceClass],
      limit: 1 + legacyQuota[provinceClass],
    }),
  );

  it.each(
    named(
      legacyRows,
      (row) =>
        `JP-04 (RS-2014): sở có 1 Phó Giám đốc, ${row.label} (định mức P-LEG-01), ${row.actual} vị trí lãnh đạo → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const snapshot = buildSnapshot({
      asOf: RS_2014_DATE,
      provinceClass,
      agencies: [agency({ deputies: 1, positions: leadership(actual) })],
    });
    const found = findingsOf(evaluateFindings(snapshot), "JP-04");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([{ subject: { type: "agency", id: "so-a" }, actual, limit }]);
  });

  const divisionRows = [
    ...aroundMaximum({ ruleSet: "RS-2020", asOf: RS_2020_DATE, limit: 3 }),
    ...aroundMaximum({ ruleSet: "RS-2014", asOf: RS_2014_DATE, limit: 4 }),
  ];

  it.each(
    named(
      divisionRows,
      (row) =>
        `JP-04 (${row.ruleSet}): phòng cấp huyện có 2 phó, ${row.actual} vị trí lãnh đạo → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { asOf, actual, limit, complies }) => {
    const district = ruralDistrict();
    district.divisions.push(division({ id: "phong-co-de-an", deputies: 2, positions: leadership(actual) }));
    const found = findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [district] })), "JP-04");
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([{ subject: { type: "division", id: "phong-co-de-an" }, actual, limit }]);
  });

  it("JP-04: tỉnh loại II, biên chế 7, 3 vị trí lãnh đạo, ngày 19/07/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluatePhong("II", 7, 1, 3, "2020-07-19")).toEqual([]);
  });

  it("JP-04: sở có 6 vị trí lãnh đạo, tỉnh loại II, ngày 20/07/2020 (RS-2014) → vi phạm, tối đa 4", () => {
    const snapshot = buildSnapshot({
      asOf: "2020-07-20",
      agencies: [agency({ deputies: 3, positions: leadership(6) })],
    });
    expect(findingsOf(evaluateFindings(snapshot), "JP-04")).toMatchObject([{ actual: 6, limit: 4 }]);
  });
});
