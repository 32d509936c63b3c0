// C26-DEP-01 — the phòng and the Trung tâm phục vụ hành chính công of a commune-level unit have on average
// 2 deputies: total ≤ 2 × number of organisations, per unit, no cap per organisation (ADR 0037). From
// 15/10/2025 (Nghị quyết 332/NQ-CP) in RS-2025B, and in RS-2026 with Nghị định 370/2025/NĐ-CP;
// legal-rules.md §2.6, SINGLE-SOURCE. A deputy-quota rule: a surplus on a unit whose organisations were
// re-arranged by a decision effective 01/07/2025 is transitional until 01/07/2030 (T-2025-01, the policy
// in force on the decision's date; T-2026-01 keeps the same five years; ADR 0033), a violation after it.
import { describe, expect, it } from "vitest";

import {
  aroundMaximum,
  buildSnapshot,
  commune,
  type CommuneInput,
  evaluateFindings,
  findingsOf,
  named,
} from "../../testing/builders.ts";

const RS_2026_DATE = "2026-03-01";

/** A compliant unit of `type` with `extra` more phòng, its `total` deputies spread from the first organisation. */
function unitWithDeputies(
  type: CommuneInput["type"],
  total: number,
  options: { extra?: number; urbanEconomy?: boolean; reorganisedOn?: string } = {},
): CommuneInput {
  const base = commune(type, options.urbanEconomy ? { urbanEconomy: true } : {});
  const organisations = [
    ...base.organisations,
    ...Array.from({ length: options.extra ?? 0 }, (_, index) => ({
      id: `${base.id}-them-${index + 1}`,
      type: "division" as const,
      name: `Phòng bổ sung ${index + 1}`,
      payroll: 5,
      deputies: 0,
    })),
  ];
  const count = organisations.length;
  return {
    ...base,
    organisations: organisations.map((organisation, index) => ({
      ...organisation,
      deputies: Math.floor(total / count) + (index < total % count ? 1 : 0),
      ...(options.reorganisedOn === undefined ? {} : { reorganisedOn: options.reorganisedOn }),
    })),
  };
}

function evaluateDeputies(unit: CommuneInput, asOf = RS_2026_DATE) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, communes: [unit] })), "C26-DEP-01");
}

const types = [
  { label: "xã", type: "commune" as const, urbanEconomy: false },
  { label: "phường", type: "ward" as const, urbanEconomy: false },
  { label: "đặc khu", type: "special_zone" as const, urbanEconomy: false },
  { label: "đặc khu có kinh tế đô thị", type: "special_zone" as const, urbanEconomy: true },
];

const rows = types.flatMap((row) => [
  ...aroundMaximum({ ...row, organisations: 4, limit: 8 }),
  ...aroundMaximum({ ...row, organisations: 5, limit: 10 }),
]);

describe("C26-DEP-01 — tổng số cấp phó của các tổ chức cấp xã (bình quân 2)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `C26-DEP-01: ${row.label} ${row.organisations} tổ chức, tổng ${row.actual} cấp phó → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { type, urbanEconomy, organisations, actual, limit, complies }) => {
    const unit = unitWithDeputies(type, actual, { extra: organisations - 4, urbanEconomy });
    const found = evaluateDeputies(unit);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "C26-DEP-01",
        severity: "violation",
        subject: { type: "commune", id: unit.id },
        actual,
        limit,
        limitKind: "max",
        confidence: "SINGLE-SOURCE",
        interpretation: { id: "INT-COMMUNE-DEPUTY-POOL" },
      },
    ]);
    expect(found[0]?.members).toEqual(unit.organisations.map((organisation) => organisation.id));
  });

  it("C26-DEP-01: một tổ chức có 5 cấp phó nhưng tổng trong giới hạn → hợp lệ (không giới hạn từng tổ chức)", () => {
    const unit = commune("commune");
    unit.organisations = unit.organisations.map((organisation, index) => ({
      ...organisation,
      deputies: index === 0 ? 5 : 1,
    }));
    expect(evaluateDeputies(unit)).toEqual([]);
  });

  it("C26-DEP-01: lời nhắn gọi tên đơn vị kèm loại và nêu cách tính", () => {
    const [finding] = evaluateDeputies({ ...unitWithDeputies("special_zone", 9), name: "Cát Hải" });
    expect(finding?.message).toEqual({
      vi: "Đặc khu Cát Hải có tổng 9 cấp phó ở 4 phòng và Trung tâm phục vụ hành chính công; tối đa 8 = 2 × 4 (bình quân 2 cấp phó mỗi tổ chức).",
      en: "Cát Hải (special zone) has 9 deputies across 4 divisions and service centre; at most 8 = 2 × 4 (an average of 2).",
    });
  });

  it.each(
    named(
      [
        { asOf: "2025-10-14", ruleSet: "RS-2025B", applies: false, citation: undefined },
        { asOf: "2025-10-15", ruleSet: "RS-2025B", applies: true, citation: "Nghị quyết số 332/NQ-CP" },
        { asOf: "2025-12-31", ruleSet: "RS-2025B", applies: true, citation: "Nghị quyết số 332/NQ-CP" },
        { asOf: "2026-01-01", ruleSet: "RS-2026", applies: true, citation: "Nghị định số 370/2025/NĐ-CP" },
      ],
      (row) =>
        `C26-DEP-01: ngày ${row.asOf} (${row.ruleSet}), xã 4 tổ chức, 9 cấp phó → ${row.applies ? "vi phạm" : "chưa áp dụng (trước 15/10/2025)"}`,
    ),
  )("%s", (_name, { asOf, applies, citation }) => {
    const found = evaluateDeputies(unitWithDeputies("commune", 9), asOf);
    if (!applies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([{ severity: "violation", actual: 9, limit: 8 }]);
    expect(found[0]?.citation).toContain(citation ?? "");
  });
});

describe("C26-DEP-01 — cấp phó vượt sau sắp xếp ngày 01/07/2025: chuyển tiếp 05 năm (T-2025-01, T-2026-01)", () => {
  it.each(
    named(
      [
        { asOf: "2025-11-01", severity: "transitional" },
        { asOf: "2030-06-30", severity: "transitional" },
        { asOf: "2030-07-01", severity: "transitional" },
        { asOf: "2030-07-02", severity: "violation" },
      ],
      (row) =>
        `C26-DEP-01: đặc khu sắp xếp 01/07/2025, 9 cấp phó / tối đa 8, ngày ${row.asOf} → ${row.severity === "transitional" ? "chuyển tiếp, hạn 01/07/2030" : "vi phạm, đã quá hạn 01/07/2030"}`,
    ),
  )("%s", (_name, { asOf, severity }) => {
    const unit = unitWithDeputies("special_zone", 9, { reorganisedOn: "2025-07-01" });
    const found = evaluateDeputies(unit, asOf);
    expect(found).toMatchObject([
      { ruleId: "C26-DEP-01", severity, deadline: "2030-07-01", actual: 9, limit: 8 },
    ]);
    expect(found[0]?.message.vi).toContain("01/07/2030");
    expect(found[0]?.message.vi).toContain("T-2025-01");
  });

  it("C26-DEP-01: chỉ một tổ chức được sắp xếp cũng đủ (ngày của thành viên mới nhất)", () => {
    const unit = unitWithDeputies("commune", 9);
    unit.organisations = unit.organisations.map((organisation, index) =>
      index === 2 ? { ...organisation, reorganisedOn: "2026-02-01" } : organisation,
    );
    expect(evaluateDeputies(unit)).toMatchObject([{ severity: "transitional", deadline: "2031-02-01" }]);
  });

  it("C26-DEP-01: không có ngày sắp xếp → vi phạm, không có hạn", () => {
    const [finding] = evaluateDeputies(unitWithDeputies("commune", 9));
    expect(finding?.severity).toBe("violation");
    expect(finding?.deadline).toBeUndefined();
  });
});
