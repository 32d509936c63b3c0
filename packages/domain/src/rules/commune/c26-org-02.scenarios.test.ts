// C26-ORG-02 — from 01/01/2026 the organisations (phòng and Trung tâm phục vụ hành chính công) of the
// commune-level units of a province average at most 4.5 per unit (Hà Nội, TP. Hồ Chí Minh: 4.7): a cap of
// ⌊average × number of units⌋ on the total (Q9, ADR 0007), the service centre counted (ADR 0037). Nghị định
// 150/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 370/2025/NĐ-CP; legal-rules.md §2.6, SINGLE-SOURCE.
// Runs only when `communesComplete` and at least one unit is listed.
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  aroundMaximum,
  buildSnapshot,
  commune,
  type CommuneInput,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const RS_2026_DATE = "2026-03-01";

/** `count` compliant xã (4 organisations each) with extra phòng, one per unit from the first, up to `total`. */
function communesWithOrganisations(count: number, total: number): CommuneInput[] {
  const units = Array.from({ length: count }, (_, index) =>
    commune("commune", { id: `xa-${index + 1}`, name: `Xã ${index + 1}` }),
  );
  let extra = total - 4 * count;
  let index = 0;
  while (extra > 0) {
    const unit = units[index % count];
    if (!unit) break;
    unit.organisations = [
      ...unit.organisations,
      {
        id: `${unit.id}-them-${unit.organisations.length}`,
        type: "division",
        name: `Phòng bổ sung ${unit.organisations.length}`,
        payroll: 5,
        deputies: 0,
      },
    ];
    extra -= 1;
    index += 1;
  }
  return units;
}

function evaluateAverage(
  communes: CommuneInput[],
  provinceClass: ProvinceClass = "II",
  asOf = RS_2026_DATE,
  communesComplete = true,
) {
  return findingsOf(
    evaluateFindings(buildSnapshot({ asOf, provinceClass, communes, communesComplete })),
    "C26-ORG-02",
  );
}

/** The rows around one cap: `communes` units of a province of `provinceClass`, at most `limit` organisations. */
function around(communes: number, provinceClass: ProvinceClass, limit: number) {
  return aroundMaximum({ communes, provinceClass, limit });
}

const rows = [
  // 4.5 × 2 = 9 exactly; 4.5 × 3 = 13.5 → 13; 4.5 × 10 = 45.
  ...around(2, "II", 9),
  ...around(3, "II", 13),
  ...around(10, "I", 45),
  ...around(3, "III", 13),
  // Hà Nội, TP.HCM: 4.7 × 3 = 14.1 → 14; 4.7 × 10 = 47.
  ...around(3, "special", 14),
  ...around(10, "special", 47),
];

describe("C26-ORG-02 — số tổ chức bình quân mỗi đơn vị hành chính cấp xã (RS-2026)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `C26-ORG-02: ${provinceClassLabels[row.provinceClass]}, ${row.communes} đơn vị cấp xã, tổng ${row.actual} tổ chức → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { communes, provinceClass, actual, limit, complies }) => {
    const units = communesWithOrganisations(communes, actual);
    const found = evaluateAverage(units, provinceClass);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "C26-ORG-02",
        severity: "violation",
        subject: { type: "province", id: "99" },
        actual,
        limit,
        limitKind: "max",
        confidence: "SINGLE-SOURCE",
        interpretation: { id: "INT-CAPS-ROUND-DOWN" },
      },
    ]);
    expect(found[0]?.members).toEqual(units.map((unit) => unit.id));
  });

  it.each(
    named(
      provinceClasses,
      (provinceClass) =>
        `C26-ORG-02: ${provinceClassLabels[provinceClass]}, 10 đơn vị, 46 tổ chức → ${provinceClass === "special" ? "hợp lệ (4,7)" : "vi phạm (4,5)"}`,
    ),
  )("%s", (_name, provinceClass) => {
    const found = evaluateAverage(communesWithOrganisations(10, 46), provinceClass);
    expect(found.map((finding) => finding.limit)).toEqual(provinceClass === "special" ? [] : [45]);
  });

  it("C26-ORG-02: lời nhắn nêu tổng, mức tối đa và số bình quân", () => {
    const [finding] = evaluateAverage(communesWithOrganisations(3, 14));
    expect(finding?.message).toEqual({
      vi: "Tỉnh Thử nghiệm có 14 tổ chức (phòng và Trung tâm phục vụ hành chính công) ở 3 đơn vị hành chính cấp xã, bình quân 4,67; tối đa 13 = 4,5 × 3, làm tròn xuống.",
      en: "Tỉnh Thử nghiệm has 14 organisations (divisions and service centres) across 3 commune-level units, an average of 4.67; at most 13 = 4.5 × 3, rounded down.",
    });
    const [special] = evaluateAverage(communesWithOrganisations(3, 15), "special");
    expect(special?.message.vi).toBe(
      "Tỉnh Thử nghiệm có 15 tổ chức (phòng và Trung tâm phục vụ hành chính công) ở 3 đơn vị hành chính cấp xã, bình quân 5; tối đa 14 = 4,7 × 3 (Hà Nội, TP. Hồ Chí Minh), làm tròn xuống.",
    );
  });

  it("C26-ORG-02: danh sách đơn vị cấp xã chưa đầy đủ (communesComplete: false) → không đánh giá", () => {
    expect(evaluateAverage(communesWithOrganisations(3, 20), "II", RS_2026_DATE, false)).toEqual([]);
  });

  it("C26-ORG-02: danh sách đầy đủ nhưng không có đơn vị nào → không có phát hiện", () => {
    expect(evaluateAverage([], "II")).toEqual([]);
  });

  it("C26-ORG-02: từ 01/01/2026 (RS-2026); ngày 31/12/2025 (RS-2025B) chưa áp dụng", () => {
    const units = communesWithOrganisations(2, 10);
    expect(evaluateAverage(units, "II", "2025-12-31")).toEqual([]);
    expect(evaluateAverage(units, "II", "2026-01-01")).toMatchObject([{ actual: 10, limit: 9 }]);
  });
});
