// D-PH-02 — type-specific divisions: quận, thị xã and cities organise Phòng Kinh tế and Phòng Quản lý đô
// thị; rural huyện organise Phòng Nông nghiệp và PTNT and Phòng Kinh tế và Hạ tầng; a district never holds
// the other type's pair (legal-rules.md §2.3; interpretations.md "type-specific functions"). Khoản 1–3 Điều 8
// Nghị định 37/2014/NĐ-CP.
import { describe, expect, it } from "vitest";

import type { DistrictFunction, DistrictType } from "../../snapshot/catalogue.ts";
import {
  buildSnapshot,
  type DistrictInput,
  division,
  evaluateFindings,
  findingsOf,
  named,
  ruralDistrict,
  urbanDistrict,
} from "../../testing/builders.ts";

const packs = [
  { ruleSet: "RS-2014", asOf: "2018-06-30" },
  { ruleSet: "RS-2020", asOf: "2021-06-30" },
] as const;

const typeLabels: Record<DistrictType, string> = {
  rural_district: "huyện",
  urban_district: "quận",
  town: "thị xã",
  city: "thành phố thuộc tỉnh",
};

interface TypeRow {
  type: DistrictType;
  own: readonly [DistrictFunction, DistrictFunction];
  other: DistrictFunction;
}

const types: TypeRow[] = [
  { type: "rural_district", own: ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG"], other: "QUAN_LY_DO_THI" },
  { type: "urban_district", own: ["KINH_TE", "QUAN_LY_DO_THI"], other: "NONG_NGHIEP_PTNT" },
  { type: "town", own: ["KINH_TE", "QUAN_LY_DO_THI"], other: "KINH_TE_HA_TANG" },
  { type: "city", own: ["KINH_TE", "QUAN_LY_DO_THI"], other: "NONG_NGHIEP_PTNT" },
];

function compliant(type: DistrictType): DistrictInput {
  return type === "rural_district" ? ruralDistrict() : urbanDistrict({ type });
}

function evaluateDistrict(district: DistrictInput, asOf: string) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [district] })), "D-PH-02");
}

const rows = packs.flatMap((pack) => types.map((row) => ({ ...pack, ...row, label: typeLabels[row.type] })));

describe("D-PH-02 — phòng chuyên môn đặc thù theo loại đơn vị hành chính cấp huyện", () => {
  it.each(
    named(rows, (row) => `D-PH-02 (${row.ruleSet}): ${row.label} có đủ ${row.own.join(" và ")} → hợp lệ`),
  )("%s", (_name, { type, asOf }) => {
    expect(evaluateDistrict(compliant(type), asOf)).toEqual([]);
  });

  it.each(
    named(rows, (row) => `D-PH-02 (${row.ruleSet}): ${row.label} thiếu ${row.own[1]} → vi phạm ở cấp huyện`),
  )("%s", (_name, { type, own, asOf }) => {
    const district = compliant(type);
    const missing = {
      ...district,
      divisions: district.divisions.filter((item) => !item.functions.includes(own[1])),
    };
    expect(evaluateDistrict(missing, asOf)).toMatchObject([
      { ruleId: "D-PH-02", severity: "violation", subject: { type: "district", id: district.id } },
    ]);
  });

  it.each(
    named(
      rows,
      (row) =>
        `D-PH-02 (${row.ruleSet}): ${row.label} lập thêm phòng ${row.other} của loại kia → vi phạm ở phòng đó`,
    ),
  )("%s", (_name, { type, other, asOf }) => {
    const district = compliant(type);
    const extra = {
      ...district,
      divisions: [...district.divisions, division({ id: "phong-sai-loai", functions: [other] })],
    };
    expect(evaluateDistrict(extra, asOf)).toMatchObject([
      { ruleId: "D-PH-02", severity: "violation", subject: { type: "division", id: "phong-sai-loai" } },
    ]);
  });

  it("D-PH-02 (RS-2020): huyện thiếu Phòng Kinh tế và Hạ tầng → thông điệp và căn cứ Điều 8 Nghị định 37/2014", () => {
    const district = ruralDistrict();
    district.divisions = district.divisions.filter((item) => item.id !== "huyen-a-ktht");
    const [finding] = evaluateDistrict(district, "2021-06-30");
    expect(finding?.message.vi).toBe(
      "Huyện A là huyện nhưng không phòng nào thực hiện lĩnh vực Kinh tế và Hạ tầng (KINH_TE_HA_TANG).",
    );
    expect(finding?.citation).toContain("37/2014");
    expect(finding?.interpretation?.id).toBe("INT-TYPE-SPECIFIC-FUNCTIONS");
  });

  it("D-PH-02 (RS-2020): huyện thiếu cả hai phòng đặc thù → hai vi phạm", () => {
    const district = ruralDistrict();
    district.divisions = district.divisions.slice(0, 10);
    expect(evaluateDistrict(district, "2021-06-30")).toHaveLength(2);
  });
});
