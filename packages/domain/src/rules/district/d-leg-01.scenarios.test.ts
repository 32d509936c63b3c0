// D-LEG-01 (RS-2014) — before 25/11/2020 a district division had at most 3 Phó Trưởng phòng (a per-division
// cap) (legal-rules.md §2.3, RECALLED). Điều 5 Nghị định 37/2014/NĐ-CP (văn bản gốc).
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  aroundMaximum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
  ruralDistrict,
} from "../../testing/builders.ts";

const RS_2014_DATE = "2018-06-30";

function evaluateDivision(deputies: number, provinceClass: ProvinceClass = "II", asOf = RS_2014_DATE) {
  const district = ruralDistrict();
  district.divisions = district.divisions.map((item) =>
    item.id === "huyen-a-tu-phap" ? { ...item, name: "Phòng Tư pháp", deputies } : item,
  );
  return findingsOf(
    evaluateFindings(buildSnapshot({ asOf, provinceClass, districts: [district] })),
    "D-LEG-01",
  );
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMaximum({ provinceClass, label: provinceClassLabels[provinceClass], limit: 3 }),
);

describe("D-LEG-01 — số Phó Trưởng phòng mỗi phòng cấp huyện (RS-2014, quy định gốc)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `D-LEG-01: ${row.label}, phòng cấp huyện có ${row.actual} phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateDivision(actual, provinceClass);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "D-LEG-01",
        severity: "violation",
        subject: { type: "division", id: "huyen-a-tu-phap" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("D-LEG-01: Phòng Tư pháp có 4 phó → thông điệp, căn cứ văn bản gốc, RECALLED", () => {
    const [finding] = evaluateDivision(4);
    expect(finding?.message.vi).toBe("Phòng Tư pháp có 4 Phó Trưởng phòng; tối đa 3 mỗi phòng.");
    expect(finding?.citation).toBe("Điều 5 Nghị định số 37/2014/NĐ-CP (văn bản gốc)");
    expect(finding?.confidence).toBe("RECALLED");
    expect(finding?.interpretation?.id).toBe("INT-RS2014-SCOPE");
  });

  it("D-LEG-01: phòng có 4 phó, ngày 19/06/2014 (Nghị định 37/2014 chưa có hiệu lực) → chưa áp dụng", () => {
    expect(evaluateDivision(4, "II", "2014-06-19")).toEqual([]);
  });

  it("D-LEG-01: phòng có 4 phó, ngày 20/06/2014 (Nghị định 37/2014 có hiệu lực) → vi phạm", () => {
    expect(evaluateDivision(4, "II", "2014-06-20")).toMatchObject([{ actual: 4, limit: 3 }]);
  });

  it("D-LEG-01: phòng có 4 phó, ngày 24/11/2020 (ngày cuối RS-2014) → vi phạm", () => {
    expect(evaluateDivision(4, "II", "2020-11-24")).toMatchObject([{ actual: 4, limit: 3 }]);
  });

  it("D-LEG-01: phòng có 4 phó, ngày 25/11/2020 (RS-2020) → không còn áp dụng (D-DEP-01 chỉ cảnh báo)", () => {
    expect(evaluateDivision(4, "II", "2020-11-25")).toEqual([]);
  });
});
