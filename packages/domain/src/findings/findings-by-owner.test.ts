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

describe("compliance by agency and district", () => {
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
  });
});
