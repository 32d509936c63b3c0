// P-DEP-01 — the total of Phó Giám đốc of all sở of a province ≤ 3 × the number of sở (Thanh tra tỉnh and
// Văn phòng UBND included); Hà Nội and TP.HCM add one pool of at most 10 (legal-rules.md §2.2). Khoản 3
// Điều 6 Nghị định 24/2014/NĐ-CP, sửa đổi bởi khoản 4 Điều 1 Nghị định 107/2020/NĐ-CP. Runs only when the
// snapshot lists every sở (`agenciesComplete`, interpretations.md "province-wide rules").
import { describe, expect, it } from "vitest";

import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  type AgencyInput,
  aroundMaximum,
  buildSnapshot,
  commonAgencies,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";
const extraPool: Record<ProvinceClass, number> = { special: 10, I: 0, II: 0, III: 0 };

/** The given sở, the first one carrying whatever deputies it takes to reach `total`. */
function withTotal(agencies: AgencyInput[], total: number): AgencyInput[] {
  const others = agencies.slice(1).reduce((sum, item) => sum + item.deputies, 0);
  return agencies.map((item, index) => (index === 0 ? { ...item, deputies: total - others } : item));
}

function evaluateTotal(
  provinceClass: ProvinceClass,
  total: number,
  options: { agenciesComplete?: boolean; agencies?: AgencyInput[]; asOf?: string } = {},
) {
  const snapshot = buildSnapshot({
    asOf: options.asOf ?? RS_2020_DATE,
    provinceClass,
    agenciesComplete: options.agenciesComplete ?? true,
    agencies: withTotal(options.agencies ?? commonAgencies(3), total),
  });
  return findingsOf(evaluateFindings(snapshot), "P-DEP-01");
}

const rows = provinceClasses.flatMap((provinceClass) =>
  aroundMaximum({
    provinceClass,
    label: provinceClassLabels[provinceClass],
    limit: 3 * 17 + extraPool[provinceClass],
  }),
);

describe("P-DEP-01 — tổng số Phó Giám đốc sở của tỉnh (RS-2020)", () => {
  it.each(
    named(
      rows,
      (row) =>
        `P-DEP-01: ${row.label}, đủ 17 sở, tổng ${row.actual} Phó Giám đốc → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { provinceClass, actual, limit, complies }) => {
    const found = evaluateTotal(provinceClass, actual);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "P-DEP-01",
        severity: "violation",
        subject: { type: "province", id: "99" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
    expect(found[0]?.members).toEqual(commonAgencies().map((item) => item.id));
  });

  it.each(
    named(
      provinceClasses,
      (provinceClass) =>
        `P-DEP-01: ${provinceClassLabels[provinceClass]}, danh sách sở chưa đủ (agenciesComplete = false), tổng 100 Phó Giám đốc → không xét`,
    ),
  )("%s", (_name, provinceClass) => {
    expect(evaluateTotal(provinceClass, 100, { agenciesComplete: false })).toEqual([]);
  });

  it("P-DEP-01: tỉnh loại II, 18 cơ quan (có Sở Du lịch), tổng 54 → hợp lệ; 55 → vi phạm, tối đa 54", () => {
    const agencies = [
      ...commonAgencies(3, ["VAN_HOA_THE_THAO_DU_LICH"]),
      {
        id: "so-vhtt",
        kind: "VAN_HOA_THE_THAO" as const,
        name: "Sở Văn hóa và Thể thao",
        payroll: 40,
        deputies: 3,
      },
      { id: "so-du-lich", kind: "DU_LICH" as const, name: "Sở Du lịch", payroll: 30, deputies: 3 },
    ];
    expect(evaluateTotal("II", 54, { agencies })).toEqual([]);
    expect(evaluateTotal("II", 55, { agencies })).toMatchObject([{ actual: 55, limit: 54 }]);
  });

  it("P-DEP-01: tỉnh loại II, tổng 52 ở 17 sở → thông điệp và căn cứ Nghị định 107/2020", () => {
    const [finding] = evaluateTotal("II", 52);
    expect(finding?.message.vi).toBe(
      "Tỉnh Thử nghiệm có tổng 52 Phó Giám đốc ở 17 cơ quan chuyên môn; tối đa 51 = 3 × 17.",
    );
    expect(finding?.citation).toContain("107/2020");
    expect(finding?.interpretation?.id).toBe("INT-PROVINCE-WIDE-COMPLETE");
  });

  it("P-DEP-01: Hà Nội, tổng 62 ở 17 sở → thông điệp nêu 10 Phó Giám đốc tăng thêm", () => {
    const [finding] = evaluateTotal("special", 62);
    expect(finding?.message.vi).toBe(
      "Tỉnh Thử nghiệm có tổng 62 Phó Giám đốc ở 17 cơ quan chuyên môn; tối đa 61 = 3 × 17 + 10 (Hà Nội, TP. Hồ Chí Minh).",
    );
  });

  it("P-DEP-01: một sở có 5 Phó Giám đốc nhưng tổng trong giới hạn → hợp lệ (không có mức trần từng sở)", () => {
    const agencies = commonAgencies(3).map((item, index) => ({
      ...item,
      deputies: index === 0 ? 5 : index === 1 ? 1 : 3,
    }));
    expect(evaluateTotal("II", 51, { agencies })).toEqual([]);
  });

  it("P-DEP-01: tỉnh loại II, tổng 60, ngày 24/11/2020 (RS-2014) → chưa áp dụng", () => {
    expect(evaluateTotal("II", 60, { asOf: "2020-11-24" })).toEqual([]);
  });

  it("P-DEP-01: tỉnh loại II, tổng 60, ngày 25/11/2020 (RS-2020) → vi phạm, tối đa 51", () => {
    expect(evaluateTotal("II", 60, { asOf: "2020-11-25" })).toMatchObject([{ actual: 60, limit: 51 }]);
  });
});
