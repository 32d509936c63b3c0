// G-TIER-01 — from 01/07/2025 local government has two tiers and the district level no longer exists
// (legal-rules.md §0, CONFIRMED; Luật Tổ chức chính quyền địa phương năm 2025). A snapshot dated from
// then that still lists districts gets one info finding per district and no other district or division
// finding (INT-DISTRICT-LEVEL-ENDED, ADR 0034). Until 30/06/2025 Decree 45/2025's district rules apply.
import { describe, expect, it } from "vitest";

import {
  buildSnapshot,
  districtWithDivisions,
  evaluateFindings,
  findingsOf,
  named,
  district2025,
  position,
} from "../../testing/builders.ts";

describe("G-TIER-01 — không còn cấp huyện từ 01/07/2025", () => {
  it.each(
    named(
      [
        { asOf: "2025-07-01", ruleSet: "RS-2025B" },
        { asOf: "2026-03-31", ruleSet: "RS-2026" },
      ],
      ({ asOf, ruleSet }) =>
        `G-TIER-01 (${ruleSet}): hai huyện trong dữ liệu ngày ${asOf} → mỗi huyện một thông tin, không phát hiện nào khác`,
    ),
  )("%s", (_name, { asOf }) => {
    // 14 divisions, 45 deputies, a division with a job position it cannot fill: every district rule would speak.
    const crowded = districtWithDivisions(14, { name: "Huyện Đông" });
    crowded.divisions = crowded.divisions.map((item, index) => ({
      ...item,
      deputies: 3,
      ...(index === 0 ? { positions: [position({ id: "vt-1", group: "leadership", count: 9 })] } : {}),
    }));
    const snapshot = buildSnapshot({ asOf, districts: [crowded, district2025()] });
    const findings = evaluateFindings(snapshot);
    expect(findings).toMatchObject([
      {
        ruleId: "G-TIER-01",
        severity: "info",
        subject: { type: "district", id: "huyen-a" },
        confidence: "CONFIRMED",
        interpretation: { id: "INT-DISTRICT-LEVEL-ENDED" },
      },
      { ruleId: "G-TIER-01", severity: "info", subject: { type: "district", id: "huyen-b" } },
    ]);
    expect(findings).toHaveLength(2);
    // The same districts under Decree 45/2025 do speak: the silence above is G-TIER-01's doing.
    const earlier = evaluateFindings(snapshot, "RS-2025A").map((item) => item.ruleId);
    expect(earlier).toEqual(expect.arrayContaining(["D25-PH-02", "D25-DEP-01", "JP-04"]));
    expect(findings[0]?.message.vi).toBe(
      "Huyện Đông: từ ngày 01/07/2025 không còn đơn vị hành chính cấp huyện (chính quyền địa phương hai cấp); các quy định về phòng chuyên môn cấp huyện không còn áp dụng.",
    );
  });

  it("G-TIER-01: ngày 30/06/2025 (RS-2025A) → không có G-TIER-01, các quy tắc cấp huyện của Nghị định 45/2025 áp dụng", () => {
    const findings = evaluateFindings(
      buildSnapshot({ asOf: "2025-06-30", districts: [districtWithDivisions(11)] }),
    );
    expect(findingsOf(findings, "G-TIER-01")).toEqual([]);
    expect(findingsOf(findings, "D25-PH-02")).toHaveLength(1);
  });

  it("G-TIER-01: snapshot không có huyện → không có phát hiện nào", () => {
    expect(evaluateFindings(buildSnapshot({ asOf: "2026-03-31" }))).toEqual([]);
  });
});
