// JP-03 — rank-structure percentages are computed over non-leadership civil servants only (Circular
// 13/2022/TT-BNV; Điều 6 Nghị định 62/2020/NĐ-CP) (legal-rules.md §2.7, SINGLE-SOURCE). Support positions are
// not civil servants either (JP-05). An info finding; in force from 20/07/2020 (Decree 62/2020).
import { describe, expect, it } from "vitest";

import { evaluateSnapshot } from "../../evaluation/evaluate-snapshot.ts";
import {
  agency,
  agencyWith,
  buildSnapshot,
  division,
  evaluateFindings,
  findingsOf,
  type PositionInput,
  position,
  ruralDistrict,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

function evaluatePositions(positions: PositionInput[], asOf = RS_2020_DATE) {
  const phong = unit("division", { id: "phong-tccb", name: "Phòng Tổ chức cán bộ", payroll: 12, positions });
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, agencies: [agencyWith(phong)] })), "JP-03");
}

const mixed: PositionInput[] = [
  position({ id: "vt-lanh-dao", title: "Trưởng phòng", group: "leadership", rank: "01.002", count: 3 }),
  position({ id: "vt-chuyen-vien", title: "Chuyên viên tổ chức", rank: "01.003", count: 3 }),
  position({
    id: "vt-dung-chung",
    title: "Chuyên viên pháp chế",
    group: "shared_professional",
    rank: "01.002",
  }),
  position({ id: "vt-lai-xe", title: "Lái xe", group: "support", rank: "01.005", count: 4 }),
];

describe("JP-03 — cơ cấu ngạch công chức (không tính lãnh đạo)", () => {
  it("JP-03: phòng có 3 lãnh đạo, 4 chuyên viên và 4 hỗ trợ → tỷ lệ ngạch tính trên 4 chuyên viên", () => {
    expect(evaluatePositions(mixed)).toMatchObject([
      {
        ruleId: "JP-03",
        severity: "info",
        subject: { type: "unit", id: "phong-tccb" },
        message: {
          vi: "Cơ cấu ngạch của Phòng Tổ chức cán bộ (không tính lãnh đạo, hỗ trợ phục vụ): Chuyên viên chính 1 (25%); Chuyên viên 3 (75%).",
        },
      },
    ]);
  });

  it("JP-03: tỷ lệ không tròn được làm tròn một chữ số thập phân, viết theo kiểu Việt Nam (33,3%)", () => {
    const found = evaluatePositions([
      position({ id: "vt-a", rank: "01.002" }),
      position({ id: "vt-b", rank: "01.003", count: 2 }),
    ]);
    expect(found[0]?.message.vi).toBe(
      "Cơ cấu ngạch của Phòng Tổ chức cán bộ (không tính lãnh đạo, hỗ trợ phục vụ): Chuyên viên chính 1 (33,3%); Chuyên viên 2 (66,7%).",
    );
  });

  it("JP-03: vị trí chưa xác định ngạch được nêu riêng", () => {
    const found = evaluatePositions([position({ id: "vt-a", rank: "01.003" }), position({ id: "vt-b" })]);
    expect(found[0]?.message.vi).toContain("Chuyên viên 1 (50%); chưa xác định ngạch 1 (50%)");
  });

  it("JP-03: chỉ có vị trí lãnh đạo và hỗ trợ phục vụ → không có cơ cấu ngạch để báo", () => {
    expect(evaluatePositions([mixed[0], mixed[3]].filter((item) => item !== undefined))).toEqual([]);
  });

  it("JP-03: đơn vị không khai báo vị trí việc làm → không xét", () => {
    const snapshot = buildSnapshot({ agencies: [agencyWith(unit("division", { payroll: 12 }))] });
    expect(findingsOf(evaluateFindings(snapshot), "JP-03")).toEqual([]);
  });

  it("JP-03: vị trí việc làm của sở và của phòng cấp huyện cũng được tính", () => {
    const district = ruralDistrict();
    district.divisions.push(
      division({
        id: "phong-co-de-an",
        positions: mixed.map((item) => ({ ...item, id: `huyen-${item.id}` })),
      }),
    );
    const snapshot = buildSnapshot({ agencies: [agency({ positions: mixed })], districts: [district] });
    expect(findingsOf(evaluateFindings(snapshot), "JP-03").map((finding) => finding.subject)).toEqual([
      { type: "agency", id: "so-a" },
      { type: "division", id: "phong-co-de-an" },
    ]);
  });

  it("JP-03: căn cứ Thông tư 13/2022, độ tin cậy SINGLE-SOURCE", () => {
    const [finding] = evaluatePositions(mixed);
    expect(finding?.citation).toContain("13/2022");
    expect(finding?.confidence).toBe("SINGLE-SOURCE");
  });

  it("JP-03: ngày 19/07/2020 (RS-2014, trước Nghị định 62/2020) → chưa áp dụng", () => {
    const outcome = evaluateSnapshot(
      buildSnapshot({
        asOf: "2020-07-19",
        agencies: [agencyWith(unit("division", { id: "phong-tccb", positions: mixed }))],
      }),
    );
    expect(outcome.ok && outcome.result.ruleSet).toBe("RS-2014");
    expect(evaluatePositions(mixed, "2020-07-19")).toEqual([]);
  });

  it("JP-03: ngày 20/07/2020 (RS-2014, Nghị định 62/2020 có hiệu lực) → có thông tin", () => {
    expect(evaluatePositions(mixed, "2020-07-20")).toMatchObject([{ ruleId: "JP-03", severity: "info" }]);
  });
});
