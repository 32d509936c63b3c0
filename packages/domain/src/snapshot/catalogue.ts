// Code lists of the snapshot format (../shared/domain/formats.md): agency kinds and district function
// codes. A code unknown to every rule pack is an input error; whether a known code is lawful on a date
// is for the rules (P-SO-01, P-SO-02, D-PH-01…03; P25-SO-01, D25-PH-01; P26-SO-01) to say (ADR 0034).
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

/**
 * Codes the 2025 mergers added (Decree 45/2025, kept by Decree 150/2025). Merged sở that kept a name keep
 * their code with a wider remit: NOI_VU (+ Lao động - TB&XH), TAI_CHINH (+ Kế hoạch và Đầu tư), XAY_DUNG
 * (+ Giao thông vận tải), KHOA_HOC_CONG_NGHE (+ Thông tin và Truyền thông).
 */
export const agencyKinds2025 = ["NONG_NGHIEP_MOI_TRUONG", "DAN_TOC_TON_GIAO"] as const;

/** The 12 sở every province organises from 01/03/2025 (P25-SO-01, P26-SO-01); VHTTDL as under RS-2020. */
export const commonAgencyKinds2025 = [
  "NOI_VU",
  "TU_PHAP",
  "TAI_CHINH",
  "CONG_THUONG",
  "NONG_NGHIEP_MOI_TRUONG",
  "XAY_DUNG",
  "KHOA_HOC_CONG_NGHE",
  "VAN_HOA_THE_THAO_DU_LICH",
  "GIAO_DUC_DAO_TAO",
  "Y_TE",
  "THANH_TRA",
  "VAN_PHONG_UBND",
] as const;

/** Specific sở from 01/03/2025 (P25-SO-01, P26-SO-01). */
export const specificAgencyKinds2025 = [
  "NGOAI_VU",
  "DAN_TOC_TON_GIAO",
  "DU_LICH",
  "QUY_HOACH_KIEN_TRUC",
] as const;

export const agencyKindSchema = z.enum([...commonAgencyKinds, ...specificAgencyKinds, ...agencyKinds2025]);
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
  NONG_NGHIEP_MOI_TRUONG: "Sở Nông nghiệp và Môi trường",
  DAN_TOC_TON_GIAO: "Sở Dân tộc và Tôn giáo",
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

/** Every function a district division may hold under RS-2014 and RS-2020. */
export const districtFunctions2020 = [
  ...commonDistrictFunctions,
  ...urbanDistrictFunctions,
  ...ruralDistrictFunctions,
  ...conditionalDistrictFunctions,
] as const;

/**
 * The 9 divisions every district organises under Decree 45/2025 Art.15 (D25-PH-01). Codes of RS-2020 are
 * reused where the function is the same (NOI_VU now includes labour and social affairs).
 */
export const commonDistrictFunctions2025 = [
  "NOI_VU",
  "TU_PHAP",
  "TAI_CHINH_KE_HOACH",
  "GIAO_DUC_DAO_TAO",
  "KINH_TE_HA_TANG_DO_THI",
  "VAN_HOA_KHOA_HOC_THONG_TIN",
  "Y_TE",
  "THANH_TRA",
  "VAN_PHONG",
] as const;

/** Specific divisions by district type under Decree 45/2025 Art.16 (D25-PH-01). */
export const urbanDistrictFunctions2025 = ["TAI_NGUYEN_MOI_TRUONG"] as const;
export const ruralDistrictFunctions2025 = ["NONG_NGHIEP_MOI_TRUONG"] as const;
export const conditionalDistrictFunctions2025 = ["DAN_TOC_TON_GIAO"] as const;

/** Every function a district division may hold under RS-2025A. */
export const districtFunctions2025 = [
  ...commonDistrictFunctions2025,
  ...urbanDistrictFunctions2025,
  ...ruralDistrictFunctions2025,
  ...conditionalDistrictFunctions2025,
] as const;

/** Each code once: the union of every pack's codes (a code no pack knows is an input error). */
function distinct<T extends string>(codes: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = [...new Set(codes)];
  if (first === undefined) throw new Error("empty code list");
  return [first, ...rest];
}

export const districtFunctionSchema = z.enum(distinct([...districtFunctions2020, ...districtFunctions2025]));
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
  KINH_TE_HA_TANG_DO_THI: "Kinh tế, Hạ tầng và Đô thị",
  VAN_HOA_KHOA_HOC_THONG_TIN: "Văn hóa, Khoa học và Thông tin",
  NONG_NGHIEP_MOI_TRUONG: "Nông nghiệp và Môi trường",
  DAN_TOC_TON_GIAO: "Dân tộc và Tôn giáo",
};

/**
 * Functions of the divisions of a commune-level unit from 01/07/2025 (C26-ORG-01, Decree 150/2025):
 * Văn phòng HĐND và UBND; Phòng Kinh tế (communes, special zones) or Phòng Kinh tế, Hạ tầng và Đô thị
 * (wards, Phú Quốc); Phòng Văn hóa - Xã hội. The service centre is an organisation of its own type.
 */
export const communeFunctions = ["VAN_PHONG", "KINH_TE", "KINH_TE_HA_TANG_DO_THI", "VAN_HOA_XA_HOI"] as const;
export const communeFunctionSchema = z.enum(communeFunctions);
export type CommuneFunction = z.infer<typeof communeFunctionSchema>;

export const communeFunctionNames: Record<CommuneFunction, string> = {
  VAN_PHONG: "Văn phòng HĐND và UBND",
  KINH_TE: "Kinh tế",
  KINH_TE_HA_TANG_DO_THI: "Kinh tế, Hạ tầng và Đô thị",
  VAN_HOA_XA_HOI: "Văn hóa - Xã hội",
};

/** Every function code a division of a district or a commune may hold (plan operations name either). */
export const localFunctionSchema = z.enum(
  distinct([...districtFunctions2020, ...districtFunctions2025, ...communeFunctions]),
);
export type LocalFunction = z.infer<typeof localFunctionSchema>;

export const localFunctionNames: Record<LocalFunction, string> = {
  ...districtFunctionNames,
  ...communeFunctionNames,
};

const districtFunctionCodes: ReadonlySet<string> = new Set(districtFunctionSchema.options);
export function isDistrictFunction(code: string): code is DistrictFunction {
  return districtFunctionCodes.has(code);
}

/** Xã, phường, đặc khu (Law 72/2025 on local government organisation; formats.md snapshot/2). */
export const communeTypeSchema = z.enum(["commune", "ward", "special_zone"]);
export type CommuneType = z.infer<typeof communeTypeSchema>;

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
