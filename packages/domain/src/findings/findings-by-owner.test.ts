import { describe, expect, it } from "vitest";

import { snapshotSchema } from "../snapshot/snapshot.schema.ts";
import type { Finding } from "./finding.schema.ts";
import { groupFindingsByOwner } from "./findings-by-owner.ts";

const snapshot = snapshotSchema.parse({
  format: "tinhgon.snapshot/2",
  asOf: "2021-06-30",
  province: { code: "31", name: "Thành phố Hải Phòng", class: "I" },
  agencies: [
    {
      id: "so-noi-vu",
      kind: "NOI_VU",
      name: "Sở Nội vụ",
      payroll: 60,
      deputies: 3,
      units: [
        { id: "so-noi-vu-p1", type: "division", name: "Phòng Tổ chức", payroll: 8, deputies: 2 },
        {
          id: "so-noi-vu-chi-cuc",
          type: "sub_department",
          name: "Chi cục Văn thư",
          payroll: 20,
          deputies: 1,
          units: [
            { id: "so-noi-vu-chi-cuc-p1", type: "division", name: "Phòng Lưu trữ", payroll: 6, deputies: 1 },
          ],
        },
      ],
    },
  ],
  districts: [
    {
      id: "cat-hai",
      code: "318",
      name: "Huyện Cát Hải",
      type: "rural_district",
      island: true,
      divisions: [
        {
          id: "cat-hai-kinh-te",
          name: "Phòng Kinh tế",
          functions: ["KINH_TE_HA_TANG"],
          payroll: 11,
          deputies: 4,
        },
      ],
    },
  ],
  communes: [
    {
      id: "dac-khu-cat-hai",
      code: "31999",
      name: "Đặc khu Cát Hải",
      type: "special_zone",
      organisations: [
        {
          id: "dac-khu-cat-hai-van-phong",
          type: "division",
          name: "Văn phòng HĐND và UBND",
          functions: ["VAN_PHONG"],
          payroll: 12,
          deputies: 3,
        },
        {
          id: "dac-khu-cat-hai-trung-tam",
          type: "service_centre",
          name: "Trung tâm phục vụ hành chính công",
          payroll: 6,
          deputies: 2,
        },
      ],
    },
    {
      id: "phuong-le-chan",
      code: "31998",
      name: "Phường Lê Chân",
      type: "ward",
      organisations: [],
    },
  ],
});

function finding(severity: Finding["severity"], type: Finding["subject"]["type"], id: string): Finding {
  return {
    ruleId: "X-01",
    severity,
    subject: { type, id },
    citation: "Nghị định",
    message: { vi: "…", en: "…" },
    confidence: "CONFIRMED",
  };
}

describe("compliance by agency, district and commune-level unit", () => {
  it("attributes a unit's finding to its sở and a division's to its district", () => {
    const grouped = groupFindingsByOwner(snapshot, [
      finding("violation", "unit", "so-noi-vu-chi-cuc-p1"),
      finding("warning", "agency", "so-noi-vu"),
      finding("violation", "division", "cat-hai-kinh-te"),
      finding("violation", "district", "cat-hai"),
      finding("info", "province", "31"),
    ]);
    expect(grouped.agencies).toEqual([
      expect.objectContaining({ id: "so-noi-vu", violations: 1, warnings: 1, info: 0 }),
    ]);
    expect(grouped.districts).toEqual([
      expect.objectContaining({ id: "cat-hai", violations: 2, warnings: 0 }),
    ]);
    expect(grouped.province.info).toBe(1);
    expect(grouped.communes.every((row) => row.violations + row.warnings + row.transitional === 0)).toBe(
      true,
    );
  });

  it("attributes a commune-level unit's finding, and its phòng's and service centre's, to that unit", () => {
    const grouped = groupFindingsByOwner(snapshot, [
      finding("violation", "commune", "phuong-le-chan"),
      finding("transitional", "commune", "dac-khu-cat-hai"),
      finding("warning", "division", "dac-khu-cat-hai-van-phong"),
      finding("info", "division", "dac-khu-cat-hai-trung-tam"),
      // A district's division is still its district's, even beside commune organisations.
      finding("violation", "division", "cat-hai-kinh-te"),
    ]);
    expect(grouped.communes).toEqual([
      {
        id: "dac-khu-cat-hai",
        kind: "commune",
        name: "Đặc khu Cát Hải",
        violations: 0,
        warnings: 1,
        transitional: 1,
        info: 1,
      },
      {
        id: "phuong-le-chan",
        kind: "commune",
        name: "Phường Lê Chân",
        violations: 1,
        warnings: 0,
        transitional: 0,
        info: 0,
      },
    ]);
    expect(grouped.districts).toEqual([expect.objectContaining({ id: "cat-hai", violations: 1 })]);
    expect(grouped.province).toEqual(expect.objectContaining({ violations: 0, warnings: 0, info: 0 }));
  });

  it("counts a finding on a commune-level unit no longer in the document as province-wide", () => {
    const grouped = groupFindingsByOwner(snapshot, [finding("violation", "commune", "xa-da-sap-nhap")]);
    expect(grouped.province.violations).toBe(1);
    expect(grouped.communes.map((row) => row.violations)).toEqual([0, 0]);
  });

  it("has no commune rows for a snapshot without the commune level", () => {
    const withoutCommunes = snapshotSchema.parse({ ...snapshot, communes: [] });
    expect(groupFindingsByOwner(withoutCommunes, []).communes).toEqual([]);
  });
});
