// T-2020-01 — Decrees 107/108/2020 set no deadline for reducing surplus deputies: a unit over its quota is in
// violation of the quota rule itself, and this rule adds a warning "no new appointment until within quota"
// (legal-rules.md §2.4, RECALLED / open question Q2; interpretations.md "surplus under RS-2020"). RS-2020 only.
import { describe, expect, it } from "vitest";

import type { Finding } from "../../findings/finding.schema.ts";
import type { Snapshot } from "../../snapshot/snapshot.schema.ts";
import {
  agency,
  agencyWith,
  buildSnapshot,
  commonAgencies,
  type DistrictInput,
  districtWithDivisions,
  evaluateFindings,
  findingsOf,
  named,
  ruralDistrict,
  subDepartment,
  unit,
} from "../../testing/builders.ts";

const RS_2020_DATE = "2021-06-30";

/** A rural huyện with 12 divisions and `total` deputies (2 each, the remainder on the first). */
function districtWithTotal(total: number): DistrictInput {
  const district = districtWithDivisions(12);
  district.divisions = district.divisions.map((item, index) => ({
    ...item,
    deputies: index === 0 ? total - 22 : 2,
  }));
  return district;
}

interface QuotaCase {
  rule: string;
  label: string;
  subject: Finding["subject"];
  /** The snapshot over quota by `surplus`, and the same one exactly at quota. */
  over: (asOf: string) => Snapshot;
  atQuota: (asOf: string) => Snapshot;
  actual: number;
  limit: number;
}

const phong = (deputies: number) =>
  unit("division", { id: "phong-tccb", name: "Phòng Tổ chức cán bộ", payroll: 7, deputies });

const cases: QuotaCase[] = [
  {
    rule: "P-DEP-01",
    label: "tổng Phó Giám đốc của tỉnh",
    subject: { type: "province", id: "99" },
    over: (asOf) =>
      buildSnapshot({
        asOf,
        agenciesComplete: true,
        agencies: commonAgencies(3).map((item, index) => (index === 0 ? { ...item, deputies: 4 } : item)),
      }),
    atQuota: (asOf) => buildSnapshot({ asOf, agenciesComplete: true, agencies: commonAgencies(3) }),
    actual: 52,
    limit: 51,
  },
  {
    rule: "P-DEP-02",
    label: "phòng thuộc sở",
    subject: { type: "unit", id: "phong-tccb" },
    over: (asOf) => buildSnapshot({ asOf, agencies: [agencyWith(phong(3))] }),
    atQuota: (asOf) => buildSnapshot({ asOf, agencies: [agencyWith(phong(1))] }),
    actual: 3,
    limit: 1,
  },
  {
    rule: "P-DEP-03",
    label: "văn phòng sở",
    subject: { type: "unit", id: "van-phong-so" },
    over: (asOf) =>
      buildSnapshot({
        asOf,
        agencies: [agency({ units: [unit("office", { id: "van-phong-so", payroll: 7, deputies: 2 })] })],
      }),
    atQuota: (asOf) =>
      buildSnapshot({
        asOf,
        agencies: [agency({ units: [unit("office", { id: "van-phong-so", payroll: 7, deputies: 1 })] })],
      }),
    actual: 2,
    limit: 1,
  },
  {
    rule: "P-DEP-04",
    label: "thanh tra sở",
    subject: { type: "unit", id: "thanh-tra-so" },
    over: (asOf) =>
      buildSnapshot({
        asOf,
        agencies: [agencyWith(unit("inspectorate", { id: "thanh-tra-so", payroll: 7, deputies: 2 }))],
      }),
    atQuota: (asOf) =>
      buildSnapshot({
        asOf,
        agencies: [agencyWith(unit("inspectorate", { id: "thanh-tra-so", payroll: 7, deputies: 1 }))],
      }),
    actual: 2,
    limit: 1,
  },
  {
    rule: "P-DEP-05",
    label: "chi cục",
    subject: { type: "unit", id: "chi-cuc" },
    over: (asOf) => buildSnapshot({ asOf, agencies: [agencyWith(subDepartment(3, { deputies: 2 }))] }),
    atQuota: (asOf) => buildSnapshot({ asOf, agencies: [agencyWith(subDepartment(3, { deputies: 1 }))] }),
    actual: 2,
    limit: 1,
  },
  {
    rule: "P-DEP-06",
    label: "phòng thuộc chi cục",
    subject: { type: "unit", id: "chi-cuc-phong-1" },
    over: (asOf) => {
      const subDivision = {
        id: "chi-cuc-phong-1",
        type: "division" as const,
        name: "Phòng 1",
        payroll: 6,
        deputies: 2,
      };
      return buildSnapshot({ asOf, agencies: [agencyWith(subDepartment(1, { units: [subDivision] }))] });
    },
    atQuota: (asOf) => buildSnapshot({ asOf, agencies: [agencyWith(subDepartment(1))] }),
    actual: 2,
    limit: 1,
  },
  {
    rule: "D-DEP-01",
    label: "tổng Phó Trưởng phòng của huyện",
    subject: { type: "district", id: "huyen-a" },
    over: (asOf) => buildSnapshot({ asOf, districts: [districtWithTotal(25)] }),
    atQuota: (asOf) => buildSnapshot({ asOf, districts: [districtWithTotal(24)] }),
    actual: 25,
    limit: 24,
  },
];

describe("T-2020-01 — cấp phó vượt quy định: không bổ nhiệm mới (RS-2020)", () => {
  it.each(
    named(
      cases,
      (row) =>
        `T-2020-01: ${row.label} vượt ${row.rule} (${row.actual} > ${row.limit}) → cảnh báo không bổ nhiệm mới, ngay sau vi phạm`,
    ),
  )("%s", (_name, { rule, subject, over, actual, limit }) => {
    const findings = evaluateFindings(over(RS_2020_DATE));
    const index = findings.findIndex(
      (finding) => finding.ruleId === rule && finding.severity === "violation",
    );
    expect(index).toBeGreaterThanOrEqual(0);
    expect(findings[index + 1]).toMatchObject({
      ruleId: "T-2020-01",
      severity: "warning",
      subject,
      actual,
      limit,
      limitKind: "max",
      message: {
        vi: `Vượt ${actual - limit} cấp phó so với ${rule}: không bổ nhiệm mới cấp phó cho đến khi về đúng số lượng quy định.`,
      },
    });
    expect(findingsOf(findings, "T-2020-01")).toHaveLength(1);
  });

  it.each(named(cases, (row) => `T-2020-01: ${row.label} đúng định mức ${row.rule} → không cảnh báo`))(
    "%s",
    (_name, { atQuota }) => {
      expect(findingsOf(evaluateFindings(atQuota(RS_2020_DATE)), "T-2020-01")).toEqual([]);
    },
  );

  it("T-2020-01: cảnh báo theo tổng của tỉnh mang danh sách sở cấu thành", () => {
    const agencies = commonAgencies(3).map((item, index) => (index === 0 ? { ...item, deputies: 4 } : item));
    const snapshot = buildSnapshot({ agenciesComplete: true, agencies });
    const [finding] = findingsOf(evaluateFindings(snapshot), "T-2020-01");
    expect(finding?.members).toEqual(agencies.map((item) => item.id));
  });

  it("T-2020-01: căn cứ nêu Nghị định 107/2020 và 108/2020, RECALLED, cách hiểu áp dụng", () => {
    const [finding] = findingsOf(
      evaluateFindings(buildSnapshot({ agencies: [agencyWith(phong(3))] })),
      "T-2020-01",
    );
    expect(finding?.citation).toContain("107/2020");
    expect(finding?.citation).toContain("108/2020");
    expect(finding?.confidence).toBe("RECALLED");
    expect(finding?.interpretation?.id).toBe("INT-SURPLUS-RS2020");
  });

  it("T-2020-01: vi phạm không phải định mức cấp phó (P-EST-01) → không cảnh báo", () => {
    const small = unit("division", { id: "phong-nho", payroll: 4, deputies: 0 });
    const findings = evaluateFindings(buildSnapshot({ provinceClass: "III", agencies: [agencyWith(small)] }));
    expect(findingsOf(findings, "P-EST-01")).toHaveLength(1);
    expect(findingsOf(findings, "T-2020-01")).toEqual([]);
  });

  it("T-2020-01: phòng cấp huyện có 4 phó nhưng tổng trong giới hạn (chỉ cảnh báo D-DEP-01) → không cảnh báo T-2020-01", () => {
    const district = ruralDistrict();
    district.divisions = district.divisions.map((item, index) => ({
      ...item,
      deputies: index === 0 ? 4 : 1,
    }));
    const findings = evaluateFindings(buildSnapshot({ districts: [district] }));
    expect(findingsOf(findings, "D-DEP-01", "warning")).toHaveLength(1);
    expect(findingsOf(findings, "T-2020-01")).toEqual([]);
  });

  it("T-2020-01: sở có 5 Phó Giám đốc, ngày 24/11/2020 (RS-2014, P-LEG-01 vi phạm) → không cảnh báo", () => {
    const findings = evaluateFindings(
      buildSnapshot({ asOf: "2020-11-24", agencies: [agency({ deputies: 5 })] }),
    );
    expect(findingsOf(findings, "P-LEG-01")).toHaveLength(1);
    expect(findingsOf(findings, "T-2020-01")).toEqual([]);
  });

  it("T-2020-01: phòng cấp huyện có 4 phó, ngày 24/11/2020 (RS-2014, D-LEG-01 vi phạm) → không cảnh báo", () => {
    const district = ruralDistrict();
    district.divisions = district.divisions.map((item, index) => ({
      ...item,
      deputies: index === 0 ? 4 : 1,
    }));
    const findings = evaluateFindings(buildSnapshot({ asOf: "2020-11-24", districts: [district] }));
    expect(findingsOf(findings, "D-LEG-01")).toHaveLength(1);
    expect(findingsOf(findings, "T-2020-01")).toEqual([]);
  });

  it("T-2020-01: huyện 12 phòng, tổng 25 phó: ngày 24/11/2020 → không cảnh báo; ngày 25/11/2020 → cảnh báo", () => {
    const before = evaluateFindings(
      buildSnapshot({ asOf: "2020-11-24", districts: [districtWithTotal(25)] }),
    );
    const after = evaluateFindings(buildSnapshot({ asOf: "2020-11-25", districts: [districtWithTotal(25)] }));
    expect(findingsOf(before, "T-2020-01")).toEqual([]);
    expect(findingsOf(after, "T-2020-01")).toMatchObject([{ subject: { type: "district", id: "huyen-a" } }]);
  });
});
