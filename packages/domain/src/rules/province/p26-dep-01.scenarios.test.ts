// P26-DEP-01 — from 01/01/2026 the Phó Giám đốc of all sở average at most 3 per sở, plus 1 per sở where
// the province was formed by merging 2 provinces and 2 where by 3 or more (`province.mergedFrom`), plus
// one pool of 10 in Hà Nội and TP.HCM (Điều 6 Nghị định 150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị
// định 370/2025/NĐ-CP; legal-rules.md §2.6, CONFIRMED). Under Decree 150/2025 as first issued (RS-2025B)
// the average of 3 and the 10 only (DERIVED; ADR 0034). Runs only on the complete list (ADR 0012).
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

const RS_2026 = "2026-03-31";
const RS_2025B = "2025-09-30";
const extraPool: Record<ProvinceClass, number> = { special: 10, I: 0, II: 0, III: 0 };
const perMerged: Record<number, number> = { 1: 0, 2: 1, 3: 2, 4: 2 };

function withTotal(agencies: AgencyInput[], total: number): AgencyInput[] {
  const others = agencies.slice(1).reduce((sum, item) => sum + item.deputies, 0);
  return agencies.map((item, index) => (index === 0 ? { ...item, deputies: total - others } : item));
}

function evaluateTotal(
  asOf: string,
  provinceClass: ProvinceClass,
  mergedFrom: number,
  total: number,
  agenciesComplete = true,
) {
  const snapshot = buildSnapshot({
    asOf,
    provinceClass,
    mergedFrom,
    agenciesComplete,
    agencies: withTotal(commonAgencies2025(3), total),
  });
  return findingsOf(evaluateFindings(snapshot), "P26-DEP-01");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  [1, 2, 3, 4].flatMap((mergedFrom) =>
    aroundMaximum({
      provinceClass,
      mergedFrom,
      label: provinceClassLabels[provinceClass],
      limit: 3 * 12 + (perMerged[mergedFrom] ?? 0) * 12 + extraPool[provinceClass],
    }),
  ),
);

describe("P26-DEP-01 — tổng số Phó Giám đốc (Nghị định 150/2025, sửa đổi bởi 370/2025)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P26-DEP-01 (RS-2026): ${row.label}, hợp nhất từ ${row.mergedFrom} tỉnh, 12 sở, ${row.actual} Phó Giám đốc → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, mergedFrom, actual, limit, complies }) => {
    const found = evaluateTotal(RS_2026, provinceClass, mergedFrom, actual);
    expect(found).toEqual(
      complies
        ? []
        : [
            expect.objectContaining({
              severity: "violation",
              subject: { type: "province", id: "99" },
              actual,
              limit,
              limitKind: "max",
              confidence: "CONFIRMED",
              citation:
                "Điều 6 Nghị định số 150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP",
            }),
          ],
    );
  });

  it("P26-DEP-01: TP.HCM hợp nhất từ 3 tỉnh, 12 sở, 71 Phó Giám đốc → thông điệp nêu từng phần của mức tối đa 70", () => {
    const [finding] = evaluateTotal(RS_2026, "special", 3, 71);
    expect(finding?.message.vi).toBe(
      "Tỉnh Thử nghiệm có tổng 71 Phó Giám đốc ở 12 cơ quan chuyên môn; tối đa 70 = 3 × 12 + 2 × 12 (tỉnh hợp nhất từ 3 tỉnh) + 10 (Hà Nội, TP. Hồ Chí Minh).",
    );
    expect(finding?.members).toHaveLength(12);
  });

  it.each(
    named(
      [1, 2, 3].flatMap((mergedFrom) => aroundMaximum({ mergedFrom, limit: 36 })),
      (row) =>
        `P26-DEP-01 (RS-2025B): tỉnh loại II hợp nhất từ ${row.mergedFrom} tỉnh, ${row.actual} Phó Giám đốc → tối đa 36 (chưa có mức cộng thêm), ${row.verdict}`,
    ),
  )("%s", (_name, { mergedFrom, actual, complies }) => {
    const found = evaluateTotal(RS_2025B, "II", mergedFrom, actual);
    expect(found).toEqual(
      complies ? [] : [expect.objectContaining({ actual, limit: 36, confidence: "DERIVED" })],
    );
  });

  it("P26-DEP-01: tổng vượt nhưng danh sách sở chưa đủ → không xét", () => {
    expect(evaluateTotal(RS_2026, "II", 2, 60, false)).toEqual([]);
  });

  it("P26-DEP-01: tỉnh loại I hợp nhất từ 2 tỉnh, 48 Phó Giám đốc — vi phạm ngày 31/12/2025 (tối đa 36), hợp lệ ngày 01/01/2026 (tối đa 48); 49 thì vi phạm", () => {
    expect(evaluateTotal("2025-12-31", "I", 2, 48)).toMatchObject([{ limit: 36 }]);
    expect(evaluateTotal("2026-01-01", "I", 2, 48)).toEqual([]);
    expect(evaluateTotal("2026-01-01", "I", 2, 49)).toMatchObject([{ limit: 48 }]);
  });
});
