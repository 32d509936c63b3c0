// T-2026-02 — from 01/01/2026 the deputies of a subordinate unit may not outnumber those of its direct
// superior: a phòng (văn phòng, thanh tra, chi cục) of a sở at most the sở's Phó Giám đốc; a phòng thuộc
// chi cục at most its chi cục's deputies (khoản 2a Điều 2 Nghị định 150/2025/NĐ-CP, được bổ sung bởi Nghị
// định 370/2025/NĐ-CP; legal-rules.md §2.4, CONFIRMED). The same-level half of the clause is not encoded
// (INT-SUBORDINATE-DEPUTIES, ADR 0034).
import { describe, expect, it } from "vitest";

import {
  agency,
  aroundMaximum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  subDepartment,
  unit,
} from "../../testing/builders.ts";

const RS_2026 = "2026-03-31";

const unitTypes = ["division", "office", "inspectorate"] as const;

function evaluateUnder(
  superiorDeputies: number,
  type: (typeof unitTypes)[number],
  deputies: number,
  asOf = RS_2026,
) {
  // Payroll 20: the band of P26-DEP-02 (≥ 15 → 3) is above every number tested here.
  const subject = unit(type, { id: "don-vi", name: "Đơn vị", payroll: 20, deputies });
  const snapshot = buildSnapshot({
    asOf,
    agencies: [agency({ deputies: superiorDeputies, units: [subject] })],
  });
  return findingsOf(evaluateFindings(snapshot), "T-2026-02");
}

const rows = unitTypes.flatMap((type) =>
  [1, 2].flatMap((superior) => aroundMaximum({ type, limit: superior })),
);

describe("T-2026-02 — cấp phó của cấp dưới không vượt cấp trên trực tiếp", () => {
  it.each(
    named(
      rows,
      (row) =>
        `T-2026-02: ${row.type} thuộc sở có ${row.actual} phó, sở có ${row.limit} Phó Giám đốc → ${row.verdict}`,
    ),
  )("%s", (_name, { type, actual, limit, complies }) => {
    const found = evaluateUnder(limit, type, actual);
    expect(found).toEqual(
      complies
        ? []
        : [
            expect.objectContaining({
              severity: "violation",
              subject: { type: "unit", id: "don-vi" },
              actual,
              limit,
              limitKind: "max",
              confidence: "CONFIRMED",
              interpretation: expect.objectContaining({ id: "INT-SUBORDINATE-DEPUTIES" }) as unknown,
            }),
          ],
    );
  });

  it("T-2026-02: sở không có Phó Giám đốc, phòng có 1 phó → vi phạm, tối đa 0", () => {
    expect(evaluateUnder(0, "division", 1)).toMatchObject([{ actual: 1, limit: 0 }]);
  });

  it.each(
    named(
      aroundMaximum({ limit: 1 }),
      (row) => `T-2026-02: phòng thuộc chi cục có ${row.actual} phó, chi cục có 1 phó → ${row.verdict}`,
    ),
  )("%s", (_name, { actual, complies }) => {
    const chiCuc = subDepartment(4, {
      payroll: 30,
      deputies: 1,
      units: [
        { id: "phong-cc", type: "division", name: "Phòng thuộc chi cục", payroll: 8, deputies: actual },
      ],
    });
    const snapshot = buildSnapshot({ asOf: RS_2026, agencies: [agency({ deputies: 3, units: [chiCuc] })] });
    const found = findingsOf(evaluateFindings(snapshot), "T-2026-02");
    expect(found).toEqual(
      complies
        ? []
        : [expect.objectContaining({ subject: { type: "unit", id: "phong-cc" }, actual, limit: 1 })],
    );
  });

  it("T-2026-02: chi cục có 2 phó, sở có 1 Phó Giám đốc → vi phạm ở chi cục", () => {
    const snapshot = buildSnapshot({
      asOf: RS_2026,
      agencies: [agency({ deputies: 1, units: [subDepartment(4, { deputies: 2 })] })],
    });
    expect(findingsOf(evaluateFindings(snapshot), "T-2026-02")).toMatchObject([
      { subject: { type: "unit", id: "chi-cuc" }, actual: 2, limit: 1 },
    ]);
  });

  it("T-2026-02: thông điệp nêu cấp trên và căn cứ khoản 2a Điều 2", () => {
    const [finding] = evaluateUnder(1, "division", 2);
    expect(finding?.message.vi).toBe(
      "Đơn vị có 2 cấp phó, nhiều hơn số Phó Giám đốc của Sở Nội vụ (1): cấp dưới không được nhiều cấp phó hơn cấp trên trực tiếp.",
    );
    expect(finding?.citation).toBe(
      "Khoản 2a Điều 2 Nghị định số 150/2025/NĐ-CP, được bổ sung bởi Nghị định số 370/2025/NĐ-CP",
    );
  });

  it("T-2026-02: chưa áp dụng ngày 31/12/2025 (RS-2025B); áp dụng từ 01/01/2026", () => {
    expect(evaluateUnder(1, "division", 2, "2025-12-31")).toEqual([]);
    expect(evaluateUnder(1, "division", 2, "2026-01-01")).toHaveLength(1);
  });
});
