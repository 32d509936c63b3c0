// P-LEG-01 (RS-2014) — before 25/11/2020 each sở had at most 3 Phó Giám đốc, Hà Nội and TP.HCM at most 4:
// a cap per sở, not an average (legal-rules.md §2.2, RECALLED). Điều 6 Nghị định 24/2014/NĐ-CP (văn bản gốc).
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agency,
  aroundMaximum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const RS_2014_DATE = "2018-06-30";
const perAgency: Record<ProvinceClass, number> = { special: 4, I: 3, II: 3, III: 3 };

function evaluateAgency(provinceClass: ProvinceClass, deputies: number, asOf = RS_2014_DATE) {
  const snapshot = buildSnapshot({ asOf, provinceClass, agencies: [agency({ deputies })] });
  return findingsOf(evaluateFindings(snapshot), "P-LEG-01");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMaximum({
    provinceClass,
    label: provinceClassLabels[provinceClass],
    limit: perAgency[provinceClass],
  }),
);

describe("P-LEG-01 — số Phó Giám đốc mỗi sở (RS-2014, quy định gốc)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-LEG-01: ${row.label}, sở có ${row.actual} Phó Giám đốc → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateAgency(provinceClass, actual);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-LEG-01",
        severity: "violation",
        subject: { type: "agency", id: "so-a" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("P-LEG-01: tỉnh loại II, Sở Nội vụ có 4 Phó Giám đốc → thông điệp, căn cứ văn bản gốc, RECALLED", () => {
    const [finding] = evaluateAgency("II", 4);
    expect(finding?.message.vi).toBe("Sở Nội vụ có 4 Phó Giám đốc; tối đa 3 mỗi sở (tỉnh loại II).");
    expect(finding?.citation).toContain("24/2014");
    expect(finding?.citation).not.toContain("107/2020");
    expect(finding?.confidence).toBe("RECALLED");
    expect(finding?.interpretation?.id).toBe("INT-RS2014-SCOPE");
  });

  it("P-LEG-01: áp dụng cả khi danh sách sở chưa đủ (mức trần từng sở)", () => {
    const snapshot = buildSnapshot({
      asOf: RS_2014_DATE,
      agenciesComplete: false,
      agencies: [agency({ deputies: 4 })],
    });
    expect(findingsOf(evaluateFindings(snapshot), "P-LEG-01")).toHaveLength(1);
  });

  it("P-LEG-01: tỉnh loại II, sở có 4 Phó Giám đốc, ngày 20/05/2014 (Nghị định 24/2014 có hiệu lực) → vi phạm", () => {
    expect(evaluateAgency("II", 4, "2014-05-20")).toMatchObject([{ actual: 4, limit: 3 }]);
  });

  it("P-LEG-01: tỉnh loại II, sở có 4 Phó Giám đốc, ngày 24/11/2020 (ngày cuối RS-2014) → vi phạm", () => {
    expect(evaluateAgency("II", 4, "2020-11-24")).toMatchObject([{ actual: 4, limit: 3 }]);
  });

  it("P-LEG-01: tỉnh loại II, sở có 4 Phó Giám đốc, ngày 25/11/2020 (RS-2020) → không còn áp dụng", () => {
    expect(evaluateAgency("II", 4, "2020-11-25")).toEqual([]);
  });
});
