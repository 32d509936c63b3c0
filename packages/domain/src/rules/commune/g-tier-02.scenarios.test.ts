// G-TIER-02 — the commune-level organisations of Decree 150/2025 (phòng and Trung tâm phục vụ hành chính
// công of xã, phường, đặc khu) exist from 01/07/2025 (legal-rules.md §0, CONFIRMED). Under a pack of before
// that day (RS-2014, RS-2020, RS-2025A) a commune-level unit in the data gets one info finding and no
// commune rule (ADR 0037), the mirror of G-TIER-01.
import { describe, expect, it } from "vitest";

import { buildSnapshot, commune, evaluateFindings, findingsOf, named } from "../../testing/builders.ts";

describe("G-TIER-02 — cấp xã theo Nghị định 150/2025 có từ 01/07/2025", () => {
  it.each(
    named(
      [
        { asOf: "2019-06-30", ruleSet: "RS-2014" },
        { asOf: "2021-06-30", ruleSet: "RS-2020" },
        { asOf: "2025-06-30", ruleSet: "RS-2025A" },
      ],
      (row) =>
        `G-TIER-02 (${row.ruleSet}): hai đơn vị cấp xã ngày ${row.asOf} → mỗi đơn vị một thông tin, không quy tắc cấp xã nào`,
    ),
  )("%s", (_name, { asOf }) => {
    const crowded = commune("ward", { name: "Lê Chân" });
    crowded.organisations = []; // every commune rule would speak
    const findings = evaluateFindings(buildSnapshot({ asOf, communes: [crowded, commune("special_zone")] }));
    expect(findings).toMatchObject([
      {
        ruleId: "G-TIER-02",
        severity: "info",
        subject: { type: "commune", id: "phuong-a" },
        confidence: "CONFIRMED",
      },
      { ruleId: "G-TIER-02", severity: "info", subject: { type: "commune", id: "dac-khu-a" } },
    ]);
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message.vi).toBe(
      "Phường Lê Chân: các phòng chuyên môn và Trung tâm phục vụ hành chính công cấp xã theo Nghị định 150/2025/NĐ-CP có từ ngày 01/07/2025 (chính quyền địa phương hai cấp); bộ quy tắc này không có quy định về cấp xã.",
    );
  });

  it("G-TIER-02: từ 01/07/2025 (RS-2025B) không còn thông tin này; các quy tắc cấp xã áp dụng", () => {
    const unit = commune("commune");
    unit.organisations = [];
    const findings = evaluateFindings(buildSnapshot({ asOf: "2025-07-01", communes: [unit] }));
    expect(findingsOf(findings, "G-TIER-02")).toEqual([]);
    expect(findingsOf(findings, "C26-ORG-01")).toHaveLength(4);
  });

  it("G-TIER-02: cơ cấu năm 2026 xem theo RS-2020 (--rule-set) → thông tin, không phải im lặng", () => {
    const findings = evaluateFindings(
      buildSnapshot({ asOf: "2026-03-01", communes: [commune()] }),
      "RS-2020",
    );
    expect(findings.map((finding) => finding.ruleId)).toEqual(["G-TIER-02"]);
  });
});
