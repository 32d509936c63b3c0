// P26-EST-01 — under Decree 150/2025/NĐ-CP a phòng thuộc sở needs at least 7 payroll in EVERY province
// class, a chi cục at least 12 (legal-rules.md §2.6: SINGLE-SOURCE, a draft of 150/2025; verify the
// final text). The catalogue dates it from 150/2025 itself, so it applies in RS-2025B and RS-2026.
import { describe, expect, it } from "vitest";

import {
  agencyWith,
  aroundMinimum,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
  subDepartment,
  unit,
} from "../../testing/builders.ts";

const packs = [
  { ruleSet: "RS-2025B", asOf: "2025-09-30" },
  { ruleSet: "RS-2026", asOf: "2026-03-31" },
] as const;

const rows = packs.flatMap((pack) =>
  provinceClasses.flatMap((provinceClass) =>
    aroundMinimum({ ...pack, provinceClass, label: provinceClassLabels[provinceClass], limit: 7 }),
  ),
);

describe("P26-EST-01 — biên chế tối thiểu 7 cho mọi loại tỉnh (Nghị định 150/2025)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P26-EST-01 (${row.ruleSet}): phòng thuộc sở, ${row.label}, biên chế ${row.actual} → tối thiểu 7, ${row.verdict}`,
    ),
  )("%s", (_name, { asOf, provinceClass, actual, complies }) => {
    const phong = unit("division", { id: "phong-moi", name: "Phòng mới", payroll: actual, deputies: 0 });
    const found = findingsOf(
      evaluateFindings(buildSnapshot({ asOf, provinceClass, agencies: [agencyWith(phong)] })),
      "P26-EST-01",
    );
    expect(found).toEqual(
      complies
        ? []
        : [
            expect.objectContaining({
              severity: "violation",
              subject: { type: "unit", id: "phong-moi" },
              actual,
              limit: 7,
              limitKind: "min",
              confidence: "SINGLE-SOURCE",
            }),
          ],
    );
  });

  it.each(
    named(
      packs.flatMap((pack) => aroundMinimum({ ...pack, limit: 12 })),
      (row) => `P26-EST-01 (${row.ruleSet}): chi cục, biên chế ${row.actual} → tối thiểu 12, ${row.verdict}`,
    ),
  )("%s", (_name, { asOf, actual, complies }) => {
    const snapshot = buildSnapshot({ asOf, agencies: [agencyWith(subDepartment(1, { payroll: actual }))] });
    const found = findingsOf(evaluateFindings(snapshot), "P26-EST-01");
    expect(found).toEqual(
      complies
        ? []
        : [expect.objectContaining({ subject: { type: "unit", id: "chi-cuc" }, actual, limit: 12 })],
    );
  });

  it("P26-EST-01: tỉnh loại III, phòng biên chế 6 — hợp lệ ngày 30/06/2025 (tối thiểu 5), vi phạm ngày 01/07/2025 (tối thiểu 7)", () => {
    const phong = unit("division", { id: "phong-moi", payroll: 6, deputies: 0 });
    const at = (asOf: string) =>
      evaluateFindings(buildSnapshot({ asOf, provinceClass: "III", agencies: [agencyWith(phong)] }));
    expect(findingsOf(at("2025-06-30"), "P25-EST-01")).toEqual([]);
    expect(findingsOf(at("2025-07-01"), "P26-EST-01")).toMatchObject([{ actual: 6, limit: 7 }]);
  });

  it("P26-EST-01: thông điệp không nêu loại tỉnh (mức chung); căn cứ Điều 5 Nghị định 150/2025", () => {
    const phong = unit("division", { id: "phong-moi", name: "Phòng mới", payroll: 6, deputies: 0 });
    const [finding] = findingsOf(
      evaluateFindings(
        buildSnapshot({ asOf: "2026-03-31", provinceClass: "I", agencies: [agencyWith(phong)] }),
      ),
      "P26-EST-01",
    );
    expect(finding?.message.vi).toBe(
      "Phòng mới có biên chế 6, dưới mức tối thiểu 7 để thành lập phòng thuộc sở; cần sắp xếp lại.",
    );
    expect(finding?.citation).toBe("Điều 5 Nghị định số 150/2025/NĐ-CP");
  });
});
