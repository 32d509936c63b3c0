// D25-PH-01 — from 01/03/2025 every district organises 9 divisions: Nội vụ; Tư pháp; Tài chính - Kế hoạch;
// Giáo dục và Đào tạo; Kinh tế, Hạ tầng và Đô thị; Văn hóa, Khoa học và Thông tin; Y tế; Thanh tra huyện;
// Văn phòng HĐND và UBND (Điều 15 Nghị định 45/2025/NĐ-CP); specific: Tài nguyên và Môi trường in quận,
// thị xã, thành phố; Nông nghiệp và Môi trường in huyện; Dân tộc và Tôn giáo (Điều 16) (legal-rules.md
// §2.5, CONFIRMED). A function the pack does not list (an RS-2020 code) is a violation on the division
// (INT-CODES-BY-PACK); the criteria of a Phòng Dân tộc và Tôn giáo are not in the catalogue (info).
import { describe, expect, it } from "vitest";

import { type DistrictFunction, districtFunctionNames } from "../../snapshot/catalogue.ts";
import {
  buildSnapshot,
  district2025,
  division,
  evaluateFindings,
  findingsOf,
  named,
  ruralDistrict,
} from "../../testing/builders.ts";

const RS_2025A = "2025-04-15";

function evaluateDistrict(district: ReturnType<typeof district2025>, asOf = RS_2025A) {
  return evaluateFindings(buildSnapshot({ asOf, districts: [district] }));
}

const common: DistrictFunction[] = [
  "NOI_VU",
  "TU_PHAP",
  "TAI_CHINH_KE_HOACH",
  "GIAO_DUC_DAO_TAO",
  "KINH_TE_HA_TANG_DO_THI",
  "VAN_HOA_KHOA_HOC_THONG_TIN",
  "Y_TE",
  "THANH_TRA",
  "VAN_PHONG",
];

describe("D25-PH-01 — phòng chuyên môn cấp huyện (Nghị định 45/2025)", () => {
  it.each(
    named(
      ["rural_district", "urban_district"] as const,
      (type) =>
        `D25-PH-01: ${type === "rural_district" ? "huyện" : "quận"} đủ 9 phòng thống nhất và phòng đặc thù → hợp lệ`,
    ),
  )("%s", (_name, type) => {
    const findings = evaluateDistrict(district2025(type));
    expect(findings.filter((item) => item.severity !== "info")).toEqual([]);
  });

  it.each(
    named(
      common,
      (code) => `D25-PH-01: huyện thiếu lĩnh vực ${districtFunctionNames[code]} → vi phạm ở cấp huyện`,
    ),
  )("%s", (_name, code) => {
    const base = district2025("rural_district");
    const district = { ...base, divisions: base.divisions.filter((item) => !item.functions.includes(code)) };
    const found = findingsOf(evaluateDistrict(district), "D25-PH-01");
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "district", id: "huyen-b" },
        citation: "Điều 15 Nghị định số 45/2025/NĐ-CP",
        confidence: "CONFIRMED",
      },
    ]);
    expect(found[0]?.message.vi).toBe(
      `Huyện B: không phòng nào thực hiện lĩnh vực ${districtFunctionNames[code]} (${code}), lĩnh vực phải được tổ chức thống nhất.`,
    );
  });

  it("D25-PH-01: huyện không có Phòng Nông nghiệp và Môi trường → vi phạm (phòng đặc thù của huyện)", () => {
    const base = district2025("rural_district");
    const district = {
      ...base,
      divisions: base.divisions.filter((item) => !item.functions.includes("NONG_NGHIEP_MOI_TRUONG")),
    };
    expect(findingsOf(evaluateDistrict(district), "D25-PH-01")).toMatchObject([
      {
        severity: "violation",
        subject: { type: "district", id: "huyen-b" },
        interpretation: { id: "INT-TYPE-SPECIFIC-2025" },
      },
    ]);
  });

  it("D25-PH-01: huyện có Phòng Tài nguyên và Môi trường (phòng của quận) → vi phạm ở phòng đó", () => {
    const base = district2025("rural_district");
    const district = {
      ...base,
      divisions: [...base.divisions, division({ id: "huyen-b-tnmt", functions: ["TAI_NGUYEN_MOI_TRUONG"] })],
    };
    expect(findingsOf(evaluateDistrict(district), "D25-PH-01")).toMatchObject([
      { severity: "violation", subject: { type: "division", id: "huyen-b-tnmt" } },
    ]);
  });

  it("D25-PH-01: quận có Phòng Nông nghiệp và Môi trường (phòng của huyện) → vi phạm ở phòng đó", () => {
    const base = district2025("urban_district");
    const district = {
      ...base,
      divisions: [...base.divisions, division({ id: "quan-b-nnmt", functions: ["NONG_NGHIEP_MOI_TRUONG"] })],
    };
    expect(findingsOf(evaluateDistrict(district), "D25-PH-01")).toMatchObject([
      { severity: "violation", subject: { type: "division", id: "quan-b-nnmt" } },
    ]);
  });

  it.each(
    named(
      ["LAO_DONG_TBXH", "VAN_HOA_THONG_TIN", "KINH_TE_HA_TANG", "NONG_NGHIEP_PTNT", "DAN_TOC"] as const,
      (code) =>
        `D25-PH-01: phòng thực hiện lĩnh vực ${districtFunctionNames[code]} (mã trước 01/03/2025) → vi phạm`,
    ),
  )("%s", (_name, code) => {
    const base = district2025("rural_district");
    const district = {
      ...base,
      divisions: [...base.divisions, division({ id: "phong-cu", functions: [code] })],
    };
    const found = findingsOf(evaluateDistrict(district), "D25-PH-01").filter(
      (item) => item.subject.id === "phong-cu",
    );
    expect(found).toMatchObject([
      {
        severity: "violation",
        interpretation: { id: "INT-CODES-BY-PACK" },
        citation: "Điều 16 Nghị định số 45/2025/NĐ-CP",
      },
    ]);
    expect(found[0]?.message.vi).toContain(`(${code}), không thuộc các phòng chuyên môn cấp huyện`);
  });

  it("D25-PH-01: huyện theo cơ cấu RS-2020 (12 phòng) ngày 01/03/2025 → thiếu 2 lĩnh vực mới và phòng đặc thù; 4 phòng mang mã cũ", () => {
    const findings = findingsOf(evaluateDistrict(ruralDistrict(), "2025-03-01"), "D25-PH-01");
    expect(findings.filter((item) => item.subject.type === "district")).toHaveLength(3);
    expect(
      findings.filter((item) => item.subject.type === "division").map((item) => item.subject.id),
    ).toEqual(["huyen-a-tnmt", "huyen-a-ldtbxh", "huyen-a-vhtt", "huyen-a-nn", "huyen-a-ktht"]);
  });

  it("D25-PH-01: Phòng Dân tộc và Tôn giáo → thông tin: tiêu chí thành lập chưa được kiểm tra", () => {
    const base = district2025("rural_district");
    const district = {
      ...base,
      divisions: [...base.divisions, division({ id: "phong-dttg", functions: ["DAN_TOC_TON_GIAO"] })],
    };
    const found = findingsOf(evaluateDistrict(district), "D25-PH-01");
    expect(found).toMatchObject([{ severity: "info", subject: { type: "division", id: "phong-dttg" } }]);
    expect(found[0]?.message.vi).toBe(
      "Phòng X: tiêu chí thành lập Phòng Dân tộc và Tôn giáo của văn bản áp dụng chưa được kiểm tra; đề nghị đối chiếu hồ sơ.",
    );
  });
});
