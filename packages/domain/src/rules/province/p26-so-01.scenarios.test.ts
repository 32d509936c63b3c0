// P26-SO-01 — under Decree 150/2025/NĐ-CP (RS-2025B from 01/07/2025, RS-2026 as amended by 370/2025
// from 01/01/2026): at most 14 sở, 15 in Hà Nội and TP.HCM (khoản 1 Điều 10); the same 12 common sở as
// P25-SO-01 (Điều 8); specific sở Ngoại vụ, Dân tộc và Tôn giáo, Du lịch, Quy hoạch - Kiến trúc only when
// their criteria are met (Điều 9) (legal-rules.md §2.6, CONFIRMED; criteria SINGLE-SOURCE and not in the
// format: info). Old codes are violations (INT-CODES-BY-PACK, ADR 0034).
import { describe, expect, it } from "vitest";

import { type AgencyKind, agencyKindNames, type ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  type AgencyInput,
  aroundMaximum,
  buildSnapshot,
  commonAgencies2025,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const packs = [
  { ruleSet: "RS-2025B", asOf: "2025-09-30" },
  { ruleSet: "RS-2026", asOf: "2026-03-31" },
] as const;

function agencyOf(kind: AgencyKind, id = `so-${kind.toLowerCase().replaceAll("_", "-")}`): AgencyInput {
  return { id, kind, name: agencyKindNames[kind], payroll: 30, deputies: 2 };
}

function evaluateList(
  agencies: AgencyInput[],
  asOf: string,
  options: { agenciesComplete?: boolean; provinceClass?: ProvinceClass } = {},
) {
  return evaluateFindings(
    buildSnapshot({
      asOf,
      provinceClass: options.provinceClass ?? "II",
      agenciesComplete: options.agenciesComplete ?? true,
      agencies,
    }),
  );
}

function agencies(count: number): AgencyInput[] {
  const extras = Array.from({ length: Math.max(0, count - 12) }, (_, index) => ({
    id: `so-them-${index + 1}`,
    kind: "NGOAI_VU" as const,
    name: `Sở thêm ${index + 1}`,
    payroll: 20,
    deputies: 1,
  }));
  return [...commonAgencies2025(), ...extras].slice(0, count);
}

describe("P26-SO-01 — danh mục và số lượng sở (Nghị định 150/2025)", () => {
  it.each(named(packs, ({ ruleSet }) => `P26-SO-01 (${ruleSet}): đủ 12 sở → hợp lệ`))(
    "%s",
    (_name, { asOf }) => {
      expect(findingsOf(evaluateList(commonAgencies2025(), asOf), "P26-SO-01")).toEqual([]);
    },
  );

  it.each(
    named(packs, ({ ruleSet }) => `P26-SO-01 (${ruleSet}): thiếu Sở Nông nghiệp và Môi trường → vi phạm`),
  )("%s", (_name, { asOf }) => {
    const found = findingsOf(
      evaluateList(commonAgencies2025(3, ["NONG_NGHIEP_MOI_TRUONG"]), asOf),
      "P26-SO-01",
    );
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "province", id: "99" },
        citation: "Điều 8, Điều 9 Nghị định số 150/2025/NĐ-CP",
      },
    ]);
  });

  it.each(
    named(
      packs,
      ({ ruleSet }) =>
        `P26-SO-01 (${ruleSet}): Sở Giao thông vận tải (mã cũ) → vi phạm, đã hợp nhất vào Sở Xây dựng`,
    ),
  )("%s", (_name, { asOf }) => {
    const found = findingsOf(
      evaluateList([agencyOf("GIAO_THONG_VAN_TAI", "so-gtvt")], asOf, { agenciesComplete: false }),
      "P26-SO-01",
    );
    expect(found).toMatchObject([{ severity: "violation", subject: { type: "agency", id: "so-gtvt" } }]);
    expect(found[0]?.message.vi).toContain("đã hợp nhất vào Sở Xây dựng (XAY_DUNG)");
  });

  const countRows = packs.flatMap((pack) =>
    provinceClasses.flatMap((provinceClass) =>
      aroundMaximum({
        ...pack,
        provinceClass,
        label: provinceClassLabels[provinceClass],
        limit: provinceClass === "special" ? 15 : 14,
      }),
    ),
  );

  it.each(
    named(
      countRows,
      (row) =>
        `P26-SO-01 (${row.ruleSet}): ${row.label}, ${row.actual} sở → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { asOf, provinceClass, actual, limit, complies }) => {
    const found = findingsOf(evaluateList(agencies(actual), asOf, { provinceClass }), "P26-SO-01").filter(
      (item) => item.limit !== undefined,
    );
    expect(found).toEqual(
      complies
        ? []
        : [
            expect.objectContaining({
              severity: "violation",
              subject: { type: "province", id: "99" },
              actual,
              limit,
              citation: "Khoản 1 Điều 10 Nghị định số 150/2025/NĐ-CP",
            }),
          ],
    );
  });

  it.each(
    named(
      packs.flatMap((pack) => provinceClasses.map((provinceClass) => ({ ...pack, provinceClass }))),
      (row) =>
        `P26-SO-01 (${row.ruleSet}): Sở Quy hoạch - Kiến trúc, ${provinceClassLabels[row.provinceClass]} → ${row.provinceClass === "special" ? "hợp lệ" : "vi phạm"}`,
    ),
  )("%s", (_name, { asOf, provinceClass }) => {
    const found = findingsOf(
      evaluateList([agencyOf("QUY_HOACH_KIEN_TRUC")], asOf, { provinceClass, agenciesComplete: false }),
      "P26-SO-01",
      "violation",
    );
    expect(found).toHaveLength(provinceClass === "special" ? 0 : 1);
  });

  it.each(
    named(
      packs,
      ({ ruleSet }) => `P26-SO-01 (${ruleSet}): Sở Ngoại vụ → thông tin, tiêu chí chưa được kiểm tra`,
    ),
  )("%s", (_name, { asOf }) => {
    const found = findingsOf(
      evaluateList([agencyOf("NGOAI_VU")], asOf, { agenciesComplete: false }),
      "P26-SO-01",
    );
    expect(found).toMatchObject([{ severity: "info", subject: { type: "agency", id: "so-ngoai-vu" } }]);
  });

  it("P-SO-01 (RS-2020): Sở Nông nghiệp và Môi trường (mã năm 2025) ngày 28/02/2025 → vi phạm", () => {
    const found = findingsOf(
      evaluateList([agencyOf("NONG_NGHIEP_MOI_TRUONG", "so-nnmt")], "2025-02-28", {
        agenciesComplete: false,
      }),
      "P-SO-01",
    );
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "agency", id: "so-nnmt" },
        interpretation: { id: "INT-CODES-BY-PACK" },
      },
    ]);
    expect(found[0]?.message.vi).toBe(
      "Sở Nông nghiệp và Môi trường (Sở Nông nghiệp và Môi trường, NONG_NGHIEP_MOI_TRUONG) không thuộc danh mục sở được tổ chức theo quy định áp dụng vào ngày này.",
    );
  });
});
