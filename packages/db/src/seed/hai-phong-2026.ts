// Demo data: Thành phố Hải Phòng on 01/03/2026, after the 2025 re-arrangement (tinhgon.snapshot/2). Public
// facts (legal-rules.md §5): class I; Hải Dương merged in from 01/07/2025 (mergedFrom 2); no district
// level; 114 commune-level units (45 phường, 67 xã, the đặc khu Cát Hải and Bạch Long Vĩ), of which a
// handful are listed (communesComplete false, so the province-wide C26-ORG-02 does not run). The 14 sở
// follow RS-2026's kinds (the 12 common ones — culture as Văn hóa và Thể thao beside a Sở Du lịch, as the
// city has long had — and Ngoại vụ for the seaport and airport). Every number, the units inside each sở and the commune codes are synthetic: "số liệu minh
// họa", and the snapshot's name says so. Two departures on purpose, so the demo shows today's law at work:
// Đặc khu Cát Hải has 10 deputies for 4 organisations (C26-DEP-01 allows 8; transitional until 01/07/2030
// because the organisations were re-arranged on 01/07/2025) and Phường Lê Chân has no economy phòng
// (a C26-ORG-01 violation).
import {
  type AgencyKind,
  agencyKindNames,
  type CommuneFunction,
  communeFunctionNames,
  parseSnapshot,
  SNAPSHOT_FORMAT,
  type Snapshot,
  type SnapshotInput,
} from "@tinhgon/domain";

export const DEMO_2026_SNAPSHOT_NAME = "Hải Phòng 2026 — sau sắp xếp (số liệu minh họa)";

/** The date the re-arrangement of the city, its sở and its commune level took effect. */
const REORGANISED_ON = "2025-07-01";

type AgencyInput = NonNullable<SnapshotInput["agencies"]>[number];
type CommuneInput = NonNullable<SnapshotInput["communes"]>[number];
type OrganisationInput = CommuneInput["organisations"][number];

/** Same text, same number: a small deterministic spread so the demo is not uniform. */
function spread(text: string, low: number, high: number): number {
  let hash = 11;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return low + (hash % (high - low + 1));
}

const agencyPlan: { kind: AgencyKind; slug: string; divisions: string[] }[] = [
  {
    kind: "NOI_VU",
    slug: "noi-vu",
    divisions: ["Tổ chức, biên chế", "Xây dựng chính quyền", "Lao động - Việc làm"],
  },
  { kind: "TU_PHAP", slug: "tu-phap", divisions: ["Xây dựng và kiểm tra văn bản", "Hành chính tư pháp"] },
  { kind: "TAI_CHINH", slug: "tai-chinh", divisions: ["Ngân sách", "Đầu tư", "Đăng ký kinh doanh"] },
  { kind: "CONG_THUONG", slug: "cong-thuong", divisions: ["Quản lý công nghiệp", "Quản lý thương mại"] },
  {
    kind: "NONG_NGHIEP_MOI_TRUONG",
    slug: "nn-mt",
    divisions: ["Trồng trọt và chăn nuôi", "Quản lý đất đai", "Biển và hải đảo"],
  },
  { kind: "XAY_DUNG", slug: "xay-dung", divisions: ["Quản lý vận tải", "Quản lý hoạt động xây dựng"] },
  {
    kind: "KHOA_HOC_CONG_NGHE",
    slug: "khcn",
    divisions: ["Quản lý khoa học", "Chuyển đổi số", "Bưu chính, viễn thông"],
  },
  {
    // With a Sở Du lịch beside it, the culture sở is Văn hóa và Thể thao (P26-SO-01).
    kind: "VAN_HOA_THE_THAO",
    slug: "vhtt",
    divisions: ["Quản lý văn hóa", "Quản lý thể dục thể thao"],
  },
  { kind: "GIAO_DUC_DAO_TAO", slug: "gddt", divisions: ["Giáo dục phổ thông", "Giáo dục mầm non"] },
  { kind: "Y_TE", slug: "y-te", divisions: ["Nghiệp vụ y", "Nghiệp vụ dược", "Bảo trợ xã hội"] },
  { kind: "THANH_TRA", slug: "thanh-tra", divisions: ["Thanh tra kinh tế - xã hội", "Tiếp công dân"] },
  { kind: "VAN_PHONG_UBND", slug: "vp-ubnd", divisions: ["Tổng hợp", "Kinh tế", "Văn hóa - Xã hội"] },
  { kind: "NGOAI_VU", slug: "ngoai-vu", divisions: ["Lãnh sự", "Hợp tác quốc tế"] },
  { kind: "DU_LICH", slug: "du-lich", divisions: ["Quản lý du lịch", "Xúc tiến du lịch"] },
];

/** A sở with a Văn phòng and its phòng: payroll 7–14 (P26-EST-01), deputies within P26-DEP-02's bands. */
function buildAgency(plan: (typeof agencyPlan)[number]): AgencyInput {
  const id = `hp26-so-${plan.slug}`;
  const phong = (unitId: string, name: string, type: "office" | "division") => {
    const payroll = spread(unitId, 7, 14);
    return {
      id: unitId,
      type,
      name,
      payroll,
      deputies: payroll < 10 ? 1 : 2,
      reorganisedOn: REORGANISED_ON,
    };
  };
  const units = [
    ...(plan.kind === "VAN_PHONG_UBND" ? [] : [phong(`${id}-van-phong`, "Văn phòng", "office")]),
    ...plan.divisions.map((name, index) => phong(`${id}-p${index + 1}`, `Phòng ${name}`, "division")),
  ];
  return {
    id,
    kind: plan.kind,
    name: agencyKindNames[plan.kind],
    payroll: units.reduce((sum, unit) => sum + unit.payroll, 0) + 4,
    deputies: 3,
    units,
    reorganisedOn: REORGANISED_ON,
  };
}

const organisationNames: Record<CommuneFunction, string> = {
  VAN_PHONG: "Văn phòng HĐND và UBND",
  KINH_TE: `Phòng ${communeFunctionNames.KINH_TE}`,
  KINH_TE_HA_TANG_DO_THI: `Phòng ${communeFunctionNames.KINH_TE_HA_TANG_DO_THI}`,
  VAN_HOA_XA_HOI: `Phòng ${communeFunctionNames.VAN_HOA_XA_HOI}`,
};

const communePlan: {
  slug: string;
  code: string;
  name: string;
  type: CommuneInput["type"];
  /** The phòng it has, by function; the service centre is always added. */
  functions: CommuneFunction[];
  /** Deputies per organisation, in order (phòng, then the centre); 2 each (C26-DEP-01's average) when omitted. */
  deputies?: number[];
}[] = [
  {
    slug: "dac-khu-cat-hai",
    code: "11680",
    name: "Đặc khu Cát Hải",
    type: "special_zone",
    functions: ["VAN_PHONG", "KINH_TE", "VAN_HOA_XA_HOI"],
    // 10 for 4 organisations: two deputies over C26-DEP-01's 8, kept from the merged units.
    deputies: [3, 3, 2, 2],
  },
  {
    slug: "dac-khu-bach-long-vi",
    code: "11318",
    name: "Đặc khu Bạch Long Vĩ",
    type: "special_zone",
    functions: ["VAN_PHONG", "KINH_TE", "VAN_HOA_XA_HOI"],
    deputies: [1, 1, 1, 1],
  },
  {
    slug: "phuong-hong-bang",
    code: "11293",
    name: "Phường Hồng Bàng",
    type: "ward",
    functions: ["VAN_PHONG", "KINH_TE_HA_TANG_DO_THI", "VAN_HOA_XA_HOI"],
  },
  {
    slug: "phuong-le-chan",
    code: "11296",
    name: "Phường Lê Chân",
    type: "ward",
    // No Phòng Kinh tế, Hạ tầng và Đô thị: the frame of C26-ORG-01 is not complete.
    functions: ["VAN_PHONG", "VAN_HOA_XA_HOI"],
  },
  {
    slug: "phuong-hai-duong",
    code: "10507",
    name: "Phường Hải Dương",
    type: "ward",
    functions: ["VAN_PHONG", "KINH_TE_HA_TANG_DO_THI", "VAN_HOA_XA_HOI"],
  },
  {
    slug: "xa-vinh-bao",
    code: "11740",
    name: "Xã Vĩnh Bảo",
    type: "commune",
    functions: ["VAN_PHONG", "KINH_TE", "VAN_HOA_XA_HOI"],
  },
  {
    slug: "xa-tien-lang",
    code: "11626",
    name: "Xã Tiên Lãng",
    type: "commune",
    functions: ["VAN_PHONG", "KINH_TE", "VAN_HOA_XA_HOI"],
  },
  {
    slug: "xa-an-lao",
    code: "11527",
    name: "Xã An Lão",
    type: "commune",
    functions: ["VAN_PHONG", "KINH_TE", "VAN_HOA_XA_HOI"],
  },
];

const functionSlugs: Record<CommuneFunction, string> = {
  VAN_PHONG: "van-phong",
  KINH_TE: "kinh-te",
  KINH_TE_HA_TANG_DO_THI: "kinh-te-ha-tang-do-thi",
  VAN_HOA_XA_HOI: "van-hoa-xa-hoi",
};

function buildCommune(plan: (typeof communePlan)[number]): CommuneInput {
  const deputiesAt = (index: number): number => plan.deputies?.[index] ?? 2;
  const organisations: OrganisationInput[] = plan.functions.map((code, index) => ({
    id: `${plan.slug}-${functionSlugs[code]}`,
    type: "division",
    name: organisationNames[code],
    functions: [code],
    payroll: spread(`${plan.slug}${code}`, 6, 12),
    deputies: deputiesAt(index),
    reorganisedOn: REORGANISED_ON,
  }));
  organisations.push({
    id: `${plan.slug}-ttphvhcc`,
    type: "service_centre",
    name: "Trung tâm Phục vụ hành chính công",
    payroll: spread(`${plan.slug}tt`, 5, 9),
    deputies: deputiesAt(plan.functions.length),
    reorganisedOn: REORGANISED_ON,
  });
  return { id: plan.slug, code: plan.code, name: plan.name, type: plan.type, organisations };
}

/** Hải Phòng after the 2025 re-arrangement: 14 sở and a handful of its 114 commune-level units. */
export function buildHaiPhong2026Snapshot(): Snapshot {
  const result = parseSnapshot({
    format: SNAPSHOT_FORMAT,
    asOf: "2026-03-01",
    province: {
      code: "31",
      name: "Thành phố Hải Phòng",
      class: "I",
      mergedFrom: 2,
      agenciesComplete: true,
      communesComplete: false,
    },
    agencies: agencyPlan.map(buildAgency),
    districts: [],
    communes: communePlan.map(buildCommune),
  } satisfies SnapshotInput);
  if (!result.ok)
    throw new Error(
      `the Hải Phòng 2026 demo snapshot is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`,
    );
  return result.value;
}
