// D-PH-01 — the 10 divisions organised uniformly in every district: Nội vụ; Tư pháp; Tài chính - Kế hoạch;
// Tài nguyên và Môi trường; Lao động - TB&XH; Văn hóa và Thông tin; Giáo dục và Đào tạo; Y tế; Thanh tra
// huyện; Văn phòng HĐND và UBND (legal-rules.md §2.3). Điều 7 Nghị định 37/2014/NĐ-CP (RS-2014), as amended by
// Nghị định 108/2020/NĐ-CP (RS-2020). Every common function must be held by some division; an island
// district may combine them (interpretations.md "common district functions").
import { describe, expect, it } from "vitest";

import type { DistrictFunction } from "../../snapshot/catalogue.ts";
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

function evaluateDistrict(district: DistrictInput, asOf: string) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [district] })), "D-PH-01");
}

function without(district: DistrictInput, ...functions: DistrictFunction[]): DistrictInput {
  return {
    ...district,
    divisions: district.divisions.filter((item) => !item.functions.some((code) => functions.includes(code))),
  };
}

/** Cát Hải-like island district: the common functions combined into fewer divisions. */
const islandCombined: DistrictInput = ruralDistrict({
  id: "huyen-dao",
  name: "Huyện đảo",
  island: true,
  divisions: [
    division({ id: "dao-noi-vu", functions: ["NOI_VU", "LAO_DONG_TBXH"] }),
    division({ id: "dao-tu-phap", functions: ["TU_PHAP"] }),
    division({ id: "dao-tckh", functions: ["TAI_CHINH_KE_HOACH"] }),
    division({ id: "dao-tnmt", functions: ["TAI_NGUYEN_MOI_TRUONG"] }),
    division({ id: "dao-vh-yt", functions: ["VAN_HOA_THONG_TIN", "Y_TE"] }),
    division({ id: "dao-gddt", functions: ["GIAO_DUC_DAO_TAO"] }),
    division({ id: "dao-thanh-tra", functions: ["THANH_TRA"] }),
    division({ id: "dao-van-phong", functions: ["VAN_PHONG"] }),
    division({ id: "dao-kinh-te", functions: ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG"] }),
  ],
});

describe("D-PH-01 — các phòng chuyên môn được tổ chức thống nhất ở cấp huyện", () => {
  it.each(named(packs, ({ ruleSet }) => `D-PH-01 (${ruleSet}): huyện có đủ 10 lĩnh vực chung → hợp lệ`))(
    "%s",
    (_name, { asOf }) => {
      expect(evaluateDistrict(ruralDistrict(), asOf)).toEqual([]);
      expect(evaluateDistrict(urbanDistrict(), asOf)).toEqual([]);
    },
  );

  it.each(
    named(packs, ({ ruleSet }) => `D-PH-01 (${ruleSet}): huyện không có phòng Y tế → vi phạm ở cấp huyện`),
  )("%s", (_name, { asOf }) => {
    const district = without(ruralDistrict(), "Y_TE");
    const found = evaluateDistrict(district, asOf);
    expect(found).toMatchObject([
      {
        ruleId: "D-PH-01",
        severity: "violation",
        subject: { type: "district", id: "huyen-a" },
        message: {
          vi: "Huyện A: không phòng nào thực hiện lĩnh vực Y tế (Y_TE), lĩnh vực phải được tổ chức thống nhất.",
        },
      },
    ]);
    expect(found[0]?.members).toEqual(district.divisions.map((item) => item.id));
  });

  it("D-PH-01 (RS-2020): quận thiếu Thanh tra và Văn phòng → hai vi phạm", () => {
    const found = evaluateDistrict(without(urbanDistrict(), "THANH_TRA", "VAN_PHONG"), "2021-06-30");
    expect(found.map((finding) => finding.message.vi)).toEqual([
      "Quận A: không phòng nào thực hiện lĩnh vực Thanh tra huyện (THANH_TRA), lĩnh vực phải được tổ chức thống nhất.",
      "Quận A: không phòng nào thực hiện lĩnh vực Văn phòng HĐND và UBND (VAN_PHONG), lĩnh vực phải được tổ chức thống nhất.",
    ]);
  });

  it.each(
    named(
      packs,
      ({ ruleSet }) => `D-PH-01 (${ruleSet}): huyện đảo ghép lĩnh vực, đủ 10 lĩnh vực chung → hợp lệ`,
    ),
  )("%s", (_name, { asOf }) => {
    expect(evaluateDistrict(islandCombined, asOf)).toEqual([]);
  });

  it("D-PH-01 (RS-2020): huyện đảo ghép lĩnh vực nhưng bỏ mất Tư pháp → vi phạm", () => {
    expect(evaluateDistrict(without(islandCombined, "TU_PHAP"), "2021-06-30")).toMatchObject([
      { severity: "violation", subject: { type: "district", id: "huyen-dao" } },
    ]);
  });

  it("D-PH-01: huyện không có phòng Y tế, ngày 19/06/2014 (Nghị định 37/2014 chưa có hiệu lực) → chưa áp dụng", () => {
    expect(evaluateDistrict(without(ruralDistrict(), "Y_TE"), "2014-06-19")).toEqual([]);
  });

  it("D-PH-01: huyện không có phòng Y tế, ngày 20/06/2014 (Nghị định 37/2014 có hiệu lực) → vi phạm", () => {
    expect(evaluateDistrict(without(ruralDistrict(), "Y_TE"), "2014-06-20")).toHaveLength(1);
  });

  it("D-PH-01: căn cứ RS-2020 nêu Nghị định 108/2020; RS-2014 nêu Nghị định 37/2014", () => {
    const [rs2020] = evaluateDistrict(without(ruralDistrict(), "Y_TE"), "2021-06-30");
    const [rs2014] = evaluateDistrict(without(ruralDistrict(), "Y_TE"), "2018-06-30");
    expect(rs2020?.citation).toContain("108/2020");
    expect(rs2014?.citation).toContain("37/2014");
    expect(rs2014?.citation).not.toContain("108/2020");
  });

  it.each(
    named(
      packs.flatMap((pack) =>
        (
          [
            "KINH_TE_HA_TANG_DO_THI",
            "VAN_HOA_KHOA_HOC_THONG_TIN",
            "NONG_NGHIEP_MOI_TRUONG",
            "DAN_TOC_TON_GIAO",
          ] as const
        ).map((code) => ({ ...pack, code })),
      ),
      (row) =>
        `D-PH-01 (${row.ruleSet}): phòng thực hiện lĩnh vực ${row.code} (mã của Nghị định 45/2025) → vi phạm ở phòng đó`,
    ),
  )("%s", (_name, { asOf, code }) => {
    const base = ruralDistrict();
    const district = {
      ...base,
      divisions: [...base.divisions, division({ id: "phong-moi", functions: [code] })],
    };
    expect(evaluateDistrict(district, asOf)).toMatchObject([
      {
        severity: "violation",
        subject: { type: "division", id: "phong-moi" },
        interpretation: { id: "INT-CODES-BY-PACK" },
      },
    ]);
  });
});
