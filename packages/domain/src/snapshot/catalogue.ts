// Code lists of the snapshot format (../shared/domain/formats.md): agency kinds and district function
// codes. A code unknown to every rule pack is an input error; whether a known code is lawful on a date
// is for the rules (P-SO-01, P-SO-02, D-PH-01…03) to say.
import { z } from "zod";

/** RS-2020 common sở (P-SO-01), 24/2014 Art.8 as amended. VAN_HOA_THE_THAO replaces VHTTDL where DU_LICH exists. */
export const commonAgencyKinds = [
  "NOI_VU",
  "TU_PHAP",
  "KE_HOACH_DAU_TU",
  "TAI_CHINH",
  "CONG_THUONG",
  "NONG_NGHIEP_PTNT",
  "GIAO_THONG_VAN_TAI",
  "XAY_DUNG",
  "TAI_NGUYEN_MOI_TRUONG",
  "THONG_TIN_TRUYEN_THONG",
  "LAO_DONG_TBXH",
  "VAN_HOA_THE_THAO_DU_LICH",
  "VAN_HOA_THE_THAO",
  "KHOA_HOC_CONG_NGHE",
  "GIAO_DUC_DAO_TAO",
  "Y_TE",
  "THANH_TRA",
  "VAN_PHONG_UBND",
] as const;

/** RS-2020 specific sở (P-SO-02), 24/2014 Art.9 as amended. */
export const specificAgencyKinds = ["NGOAI_VU", "DAN_TOC", "DU_LICH", "QUY_HOACH_KIEN_TRUC"] as const;

export const agencyKindSchema = z.enum([...commonAgencyKinds, ...specificAgencyKinds]);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

export const agencyKindNames: Record<AgencyKind, string> = {
  NOI_VU: "Sở Nội vụ",
  TU_PHAP: "Sở Tư pháp",
  KE_HOACH_DAU_TU: "Sở Kế hoạch và Đầu tư",
  TAI_CHINH: "Sở Tài chính",
  CONG_THUONG: "Sở Công Thương",
  NONG_NGHIEP_PTNT: "Sở Nông nghiệp và Phát triển nông thôn",
  GIAO_THONG_VAN_TAI: "Sở Giao thông vận tải",
  XAY_DUNG: "Sở Xây dựng",
  TAI_NGUYEN_MOI_TRUONG: "Sở Tài nguyên và Môi trường",
  THONG_TIN_TRUYEN_THONG: "Sở Thông tin và Truyền thông",
  LAO_DONG_TBXH: "Sở Lao động - Thương binh và Xã hội",
  VAN_HOA_THE_THAO_DU_LICH: "Sở Văn hóa, Thể thao và Du lịch",
  VAN_HOA_THE_THAO: "Sở Văn hóa và Thể thao",
  KHOA_HOC_CONG_NGHE: "Sở Khoa học và Công nghệ",
  GIAO_DUC_DAO_TAO: "Sở Giáo dục và Đào tạo",
  Y_TE: "Sở Y tế",
  THANH_TRA: "Thanh tra tỉnh",
  VAN_PHONG_UBND: "Văn phòng Ủy ban nhân dân tỉnh",
  NGOAI_VU: "Sở Ngoại vụ",
  DAN_TOC: "Ban Dân tộc",
  DU_LICH: "Sở Du lịch",
  QUY_HOACH_KIEN_TRUC: "Sở Quy hoạch - Kiến trúc",
};

/** Functions every district holds (D-PH-01), 37/2014 Art.7. */
export const commonDistrictFunctions = [
  "NOI_VU",
  "TU_PHAP",
  "TAI_CHINH_KE_HOACH",
  "TAI_NGUYEN_MOI_TRUONG",
  "LAO_DONG_TBXH",
  "VAN_HOA_THONG_TIN",
  "GIAO_DUC_DAO_TAO",
  "Y_TE",
  "THANH_TRA",
  "VAN_PHONG",
] as const;

/** Type-specific functions (D-PH-02), 37/2014 Art.8 cl.1–3. */
export const urbanDistrictFunctions = ["KINH_TE", "QUAN_LY_DO_THI"] as const;
export const ruralDistrictFunctions = ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG"] as const;
/** Conditional (D-PH-03), 37/2014 Art.8 cl.4 as amended by cl.10 Art.1 of 108/2020. */
export const conditionalDistrictFunctions = ["DAN_TOC"] as const;

export const districtFunctionSchema = z.enum([
  ...commonDistrictFunctions,
  ...urbanDistrictFunctions,
  ...ruralDistrictFunctions,
  ...conditionalDistrictFunctions,
]);
export type DistrictFunction = z.infer<typeof districtFunctionSchema>;

export const districtFunctionNames: Record<DistrictFunction, string> = {
  NOI_VU: "Nội vụ",
  TU_PHAP: "Tư pháp",
  TAI_CHINH_KE_HOACH: "Tài chính - Kế hoạch",
  TAI_NGUYEN_MOI_TRUONG: "Tài nguyên và Môi trường",
  LAO_DONG_TBXH: "Lao động - Thương binh và Xã hội",
  VAN_HOA_THONG_TIN: "Văn hóa và Thông tin",
  GIAO_DUC_DAO_TAO: "Giáo dục và Đào tạo",
  Y_TE: "Y tế",
  THANH_TRA: "Thanh tra huyện",
  VAN_PHONG: "Văn phòng HĐND và UBND",
  KINH_TE: "Kinh tế",
  QUAN_LY_DO_THI: "Quản lý đô thị",
  NONG_NGHIEP_PTNT: "Nông nghiệp và Phát triển nông thôn",
  KINH_TE_HA_TANG: "Kinh tế và Hạ tầng",
  DAN_TOC: "Dân tộc",
};

export const districtTypeSchema = z.enum(["urban_district", "rural_district", "town", "city"]);
export type DistrictType = z.infer<typeof districtTypeSchema>;

/** Quận, thị xã and cities hold the urban pair; huyện the rural pair (D-PH-02). */
export function isUrbanDistrictType(type: DistrictType): boolean {
  return type !== "rural_district";
}

export const provinceClassSchema = z.enum(["special", "I", "II", "III"]);
export type ProvinceClass = z.infer<typeof provinceClassSchema>;

export const rankCodeSchema = z.enum(["01.001", "01.002", "01.003", "01.004", "01.005"]);
export type RankCode = z.infer<typeof rankCodeSchema>;

/** Administrative civil-servant ranks (Circular 02/2021/TT-BNV; codes RECALLED in legal-rules.md §3). */
export const rankNames: Record<RankCode, string> = {
  "01.001": "Chuyên viên cao cấp",
  "01.002": "Chuyên viên chính",
  "01.003": "Chuyên viên",
  "01.004": "Cán sự",
  "01.005": "Nhân viên",
};

export const positionGroupSchema = z.enum(["leadership", "professional", "shared_professional", "support"]);
export type PositionGroup = z.infer<typeof positionGroupSchema>;
