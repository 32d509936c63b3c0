// JP-07 — a civil servant's rank (ngạch) should match the rank the position requires: a lower rank is a
// warning ("chưa đáp ứng ngạch của vị trí"), a higher rank an info (legal-rules.md §2.7, DERIVED). In force
// from 20/07/2020.
import { describe, expect, it } from "vitest";

import type { RankCode } from "../../snapshot/catalogue.ts";
import {
  agencyWith,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  position,
  staffMember,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

function evaluateRank(
  staffRank: RankCode | null,
  positionRank: RankCode | null = "01.003",
  asOf = RS_2020_DATE,
) {
  const phong = unit("division", {
    id: "phong-tccb",
    name: "Phòng Tổ chức cán bộ",
    positions: [
      position({ id: "vt-chuyen-vien", title: "Chuyên viên tổ chức", rank: positionRank, count: 1 }),
    ],
    staff: [staffMember({ id: "cb-1", positionId: "vt-chuyen-vien", rank: staffRank })],
  });
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, agencies: [agencyWith(phong)] })), "JP-07");
}

const rows: { rank: RankCode; label: string; severity: "warning" | "info" | null }[] = [
  { rank: "01.001", label: "Chuyên viên cao cấp (cao hơn)", severity: "info" },
  { rank: "01.002", label: "Chuyên viên chính (cao hơn)", severity: "info" },
  { rank: "01.003", label: "Chuyên viên (đúng ngạch)", severity: null },
  { rank: "01.004", label: "Cán sự (thấp hơn)", severity: "warning" },
  { rank: "01.005", label: "Nhân viên (thấp hơn)", severity: "warning" },
];

describe("JP-07 — ngạch công chức phù hợp ngạch của vị trí việc làm", () => {
  it.each(
    named(
      rows,
      (row) =>
        `JP-07: vị trí yêu cầu ngạch Chuyên viên, công chức ngạch ${row.label} → ${row.severity === null ? "hợp lệ" : row.severity === "warning" ? "cảnh báo" : "thông tin"}`,
    ),
  )("%s", (_name, { rank, severity }) => {
    const found = evaluateRank(rank);
    if (severity === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([{ ruleId: "JP-07", severity, subject: { type: "unit", id: "phong-tccb" } }]);
  });

  it("JP-07: công chức ngạch Cán sự ở vị trí ngạch Chuyên viên → thông điệp nêu mã công chức, không nêu tên", () => {
    const [finding] = evaluateRank("01.004");
    expect(finding?.message.vi).toBe(
      'Công chức cb-1 (Cán sự) chưa đáp ứng ngạch Chuyên viên của vị trí "Chuyên viên tổ chức".',
    );
    expect(finding?.message.vi).not.toContain("Nguyễn Văn An");
    expect(finding?.citation).toContain("62/2020");
  });

  it("JP-07: công chức chưa ghi ngạch → không xét", () => {
    expect(evaluateRank(null)).toEqual([]);
  });

  it("JP-07: vị trí chưa ghi ngạch → không xét", () => {
    expect(evaluateRank("01.005", null)).toEqual([]);
  });

  it("JP-07: công chức ngạch Cán sự, ngày 19/07/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluateRank("01.004", "01.003", "2020-07-19")).toEqual([]);
  });

  it("JP-07: công chức ngạch Cán sự, ngày 20/07/2020 (RS-2014) → cảnh báo", () => {
    expect(evaluateRank("01.004", "01.003", "2020-07-20")).toMatchObject([{ severity: "warning" }]);
  });
});
