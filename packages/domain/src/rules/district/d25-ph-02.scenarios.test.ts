// D25-PH-02 — from 01/03/2025 a district has at most 10 specialised divisions (Chương III Nghị định
// 45/2025/NĐ-CP; legal-rules.md §2.5, CONFIRMED). In Hà Nội and TP.HCM the Capital Law or a pilot may
// allow more, which the snapshot cannot show: there an excess is a warning (INT-DISTRICT-CAP-2025). The
// island caps of RS-2020 (10; Phú Quốc 12) are not read (§8 Q5; ADR 0034).
import { describe, expect, it } from "vitest";

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

function evaluateCount(
  count: number,
  provinceClass: "special" | "I" | "II" | "III",
  island = false,
  islandDivisionCap: number | null = null,
) {
  const district = districtWithDivisions(count, { island, islandDivisionCap });
  return findingsOf(
    evaluateFindings(buildSnapshot({ asOf: RS_2025A, provinceClass, districts: [district] })),
    "D25-PH-02",
  );
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMaximum({ provinceClass, label: provinceClassLabels[provinceClass], limit: 10 }),
);

describe("D25-PH-02 — số phòng chuyên môn tối đa cấp huyện (Nghị định 45/2025)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `D25-PH-02: huyện của ${row.label}, ${row.actual} phòng → tối đa 10, ${row.complies ? "hợp lệ" : row.provinceClass === "special" ? "cảnh báo" : "vi phạm"}`,
    ),
  )("%s", (_name, { provinceClass, actual, complies }) => {
    const found = evaluateCount(actual, provinceClass);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    const special = provinceClass === "special";
    expect(found).toMatchObject([
      {
        severity: special ? "warning" : "violation",
        subject: { type: "district", id: "huyen-a" },
        actual,
        limit: 10,
        limitKind: "max",
      },
    ]);
    expect(found[0]?.interpretation?.id).toBe(special ? "INT-DISTRICT-CAP-2025" : undefined);
    expect(found[0]?.members).toHaveLength(actual);
  });

  it("D25-PH-02: huyện đảo có mức riêng 12 (Phú Quốc, theo RS-2020) → vẫn tối đa 10 từ 01/03/2025", () => {
    expect(evaluateCount(11, "II", true, 12)).toMatchObject([
      { severity: "violation", actual: 11, limit: 10 },
    ]);
    expect(evaluateCount(11, "II", true, 12).length).toBe(1);
  });

  it("D25-PH-02: 11 phòng ngày 28/02/2025 (RS-2020, tối đa 12) → không có D25-PH-02", () => {
    const district = districtWithDivisions(11);
    const findings = evaluateFindings(buildSnapshot({ asOf: "2025-02-28", districts: [district] }));
    expect(findingsOf(findings, "D25-PH-02")).toEqual([]);
    expect(findingsOf(findings, "D-PH-05")).toEqual([]);
  });

  it("D25-PH-02: thông điệp và căn cứ", () => {
    const [finding] = evaluateCount(11, "I");
    expect(finding?.message.vi).toBe("Huyện A có 11 phòng chuyên môn; tối đa 10 phòng.");
    expect(finding?.citation).toBe("Chương III (Điều 15, Điều 16) Nghị định số 45/2025/NĐ-CP");
  });
});
