// JP-05 — support and service positions (lái xe, bảo vệ, phục vụ…) are filled by labour contracts, not by
// civil-servant payroll: the civil-servant positions of a scheme must fit the assigned payroll (legal-rules.md
// §2.7, RECALLED; Nghị định 111/2022/NĐ-CP). A warning; in force from 20/07/2020.
import { describe, expect, it } from "vitest";

import {
  agencyWith,
  aroundMaximum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  type PositionInput,
  position,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

function scheme(civilServants: number): PositionInput[] {
  return [
    position({
      id: "vt-truong",
      title: "Trưởng phòng",
      group: "leadership",
      count: Math.min(civilServants, 1),
    }),
    position({ id: "vt-chuyen-vien", count: Math.max(civilServants - 1, 0) }),
    position({ id: "vt-lai-xe", title: "Lái xe", group: "support", count: 5 }),
  ];
}

function evaluateScheme(payroll: number, positions: PositionInput[], asOf = RS_2020_DATE) {
  const phong = unit("division", { id: "phong-tccb", name: "Phòng Tổ chức cán bộ", payroll, positions });
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, agencies: [agencyWith(phong)] })), "JP-05");
}

describe("JP-05 — vị trí hỗ trợ, phục vụ không tính vào biên chế công chức", () => {
  it.each(
    named(
      aroundMaximum({ limit: 6 }),
      (row) =>
        `JP-05: biên chế 6, đề án cần ${row.actual} công chức và 5 lái xe → tối đa 6 công chức, ${row.complies ? "hợp lệ" : "cảnh báo"}`,
    ),
  )("%s", (_name, { actual, limit, complies }) => {
    const found = evaluateScheme(6, scheme(actual));
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "JP-05",
        severity: "warning",
        subject: { type: "unit", id: "phong-tccb" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("JP-05: biên chế 6, đề án cần 7 công chức → thông điệp, căn cứ Nghị định 111/2022, RECALLED", () => {
    const [finding] = evaluateScheme(6, scheme(7));
    expect(finding?.message.vi).toBe(
      "Đề án vị trí việc làm của Phòng Tổ chức cán bộ cần 7 công chức (không tính vị trí hỗ trợ, phục vụ) nhưng biên chế được giao là 6.",
    );
    expect(finding?.citation).toContain("111/2022");
    expect(finding?.confidence).toBe("RECALLED");
  });

  it("JP-05: biên chế 0, chỉ có vị trí hỗ trợ phục vụ → hợp lệ", () => {
    expect(evaluateScheme(0, [position({ id: "vt-bao-ve", group: "support", count: 3 })])).toEqual([]);
  });

  it("JP-05: vị trí chuyên môn dùng chung được tính là công chức", () => {
    const positions = [position({ id: "vt-dung-chung", group: "shared_professional", count: 3 })];
    expect(evaluateScheme(2, positions)).toMatchObject([{ actual: 3, limit: 2 }]);
  });

  it("JP-05: biên chế 6, đề án cần 7 công chức, ngày 19/07/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluateScheme(6, scheme(7), "2020-07-19")).toEqual([]);
  });

  it("JP-05: biên chế 6, đề án cần 7 công chức, ngày 20/07/2020 (RS-2014) → cảnh báo", () => {
    expect(evaluateScheme(6, scheme(7), "2020-07-20")).toMatchObject([
      { severity: "warning", actual: 7, limit: 6 },
    ]);
  });
});
