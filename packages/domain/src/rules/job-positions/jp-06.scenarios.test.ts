// JP-06 — placement follows the approved scheme: the civil servants placed in a position may not exceed its
// approved count (legal-rules.md §2.7, DERIVED from Decree 62/2020). In force from 20/07/2020.
import { describe, expect, it } from "vitest";

import {
  agencyWith,
  aroundMaximum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  position,
  type StaffInput,
  staffMember,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

function placed(count: number, positionId: string | null = "vt-chuyen-vien", prefix = "cb"): StaffInput[] {
  return Array.from({ length: count }, (_, index) =>
    staffMember({ id: `${prefix}-${index + 1}`, positionId }),
  );
}

function evaluatePlacement(staff: StaffInput[] | undefined, asOf = RS_2020_DATE) {
  const phong = unit("division", {
    id: "phong-tccb",
    name: "Phòng Tổ chức cán bộ",
    payroll: 10,
    positions: [
      position({ id: "vt-chuyen-vien", title: "Chuyên viên tổ chức", count: 2 }),
      position({ id: "vt-van-thu", title: "Văn thư", count: 1 }),
    ],
    ...(staff === undefined ? {} : { staff }),
  });
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, agencies: [agencyWith(phong)] })), "JP-06");
}

describe("JP-06 — bố trí công chức theo đúng số lượng của vị trí việc làm", () => {
  it.each(
    named(
      aroundMaximum({ limit: 2 }),
      (row) =>
        `JP-06: vị trí "Chuyên viên tổ chức" được duyệt 2 người, bố trí ${row.actual} người → ${row.verdict}`,
    ),
  )("%s", (_name, { actual, limit, complies }) => {
    const found = evaluatePlacement(placed(actual));
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "JP-06",
        severity: "violation",
        subject: { type: "unit", id: "phong-tccb" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("JP-06: bố trí 3 người vào vị trí duyệt 2 → thông điệp, căn cứ Nghị định 62/2020", () => {
    const [finding] = evaluatePlacement(placed(3));
    expect(finding?.message.vi).toBe(
      'Phòng Tổ chức cán bộ: vị trí "Chuyên viên tổ chức" được duyệt 2 người nhưng đang bố trí 3 người.',
    );
    expect(finding?.citation).toContain("62/2020");
    expect(finding?.confidence).toBe("DERIVED");
  });

  it("JP-06: mỗi vị trí được xét riêng: hai vị trí vượt → hai vi phạm", () => {
    const staff = [...placed(3), ...placed(2, "vt-van-thu", "vt")];
    expect(evaluatePlacement(staff).map((finding) => [finding.actual, finding.limit])).toEqual([
      [3, 2],
      [2, 1],
    ]);
  });

  it("JP-06: công chức chưa được bố trí vị trí nào không tính vào vị trí nào", () => {
    expect(evaluatePlacement([...placed(2), ...placed(5, null, "chua-bo-tri")])).toEqual([]);
  });

  it("JP-06: đơn vị không khai báo danh sách công chức → không xét", () => {
    expect(evaluatePlacement(undefined)).toEqual([]);
  });

  it("JP-06: bố trí 3 người vào vị trí duyệt 2, ngày 19/07/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluatePlacement(placed(3), "2020-07-19")).toEqual([]);
  });

  it("JP-06: bố trí 3 người vào vị trí duyệt 2, ngày 20/07/2020 (RS-2014) → vi phạm", () => {
    expect(evaluatePlacement(placed(3), "2020-07-20")).toMatchObject([{ actual: 3, limit: 2 }]);
  });
});
