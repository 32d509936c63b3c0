// P25-SO-02 — from 01/03/2025 a province has at most 14 cơ quan chuyên môn; Hà Nội and TP.HCM organise 15
// (legal-rules.md §2.5, CONFIRMED). Nghị định 45/2025/NĐ-CP. Every agency of the snapshot counts; the
// count is judged on any list (a list over the maximum already shows it; ADR 0034).
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  type AgencyInput,
  aroundMaximum,
  buildSnapshot,
  commonAgencies2025,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const maximum: Record<ProvinceClass, number> = { special: 15, I: 14, II: 14, III: 14 };

/** The 12 common sở, then specific-looking extras (no kind check matters here), `count` in all. */
function agencies(count: number): AgencyInput[] {
  const extras = Array.from({ length: Math.max(0, count - 12) }, (_, index) => ({
    id: `so-them-${index + 1}`,
    kind: "NGOAI_VU" as const,
    name: `Sở thêm ${index + 1}`,
    payroll: 20,
    deputies: 1,
  }));
  return [...commonAgencies2025(), ...extras].slice(0, count);
}

function evaluateCount(provinceClass: ProvinceClass, count: number, agenciesComplete = true) {
  return findingsOf(
    evaluateFindings(
      buildSnapshot({ asOf: "2025-04-15", provinceClass, agenciesComplete, agencies: agencies(count) }),
    ),
    "P25-SO-02",
  );
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMaximum({ provinceClass, label: provinceClassLabels[provinceClass], limit: maximum[provinceClass] }),
);

describe("P25-SO-02 — số lượng sở tối đa (Nghị định 45/2025)", () => {
  it.each(
    named(rows, (row) => `P25-SO-02: ${row.label}, ${row.actual} sở → tối đa ${row.limit}, ${row.verdict}`),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateCount(provinceClass, actual);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P25-SO-02",
        severity: "violation",
        subject: { type: "province", id: "99" },
        actual,
        limit,
        limitKind: "max",
        confidence: "CONFIRMED",
      },
    ]);
    expect(found[0]?.members).toHaveLength(actual);
  });

  it("P25-SO-02: tỉnh loại II, 15 sở, danh sách chưa đủ → vẫn vi phạm (đã vượt trên danh sách khai báo)", () => {
    expect(evaluateCount("II", 15, false)).toMatchObject([{ actual: 15, limit: 14 }]);
  });

  it("P25-SO-02: thông điệp nêu số sở, mức tối đa và loại tỉnh; căn cứ Nghị định 45/2025", () => {
    const [finding] = evaluateCount("III", 15);
    expect(finding?.message.vi).toBe("Tỉnh Thử nghiệm có 15 cơ quan chuyên môn; tối đa 14 (tỉnh loại III).");
    expect(finding?.citation).toContain("45/2025");
  });

  it("P25-SO-02: 15 sở ngày 28/02/2025 (RS-2020 không giới hạn số sở) → không xét", () => {
    const snapshot = buildSnapshot({ asOf: "2025-02-28", agencies: agencies(15) });
    expect(findingsOf(evaluateFindings(snapshot), "P25-SO-02")).toEqual([]);
  });
});
