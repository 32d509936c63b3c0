// Demo data: Thành phố Hải Phòng on 30/06/2021. Public facts (legal-rules.md §5–§6): code 31, a
// centrally-run city treated as class I, a Sở Du lịch beside a Sở Văn hóa và Thể thao, 15 district-level
// units (7 quận, 8 huyện, Cát Hải and Bạch Long Vĩ island districts). Every number — payroll, deputies,
// the units inside each sở, Cát Hải's divisions (examples/cat-hai-2021.snapshot.json) — is synthetic:
// "số liệu minh họa", and the snapshot's name says so.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import {
  type AgencyKind,
  agencyKindNames,
  commonDistrictFunctions,
  type DistrictFunction,
  districtFunctionNames,
  parseSnapshot,
  ruralDistrictFunctions,
  SNAPSHOT_FORMAT,
  type Snapshot,
  type SnapshotInput,
  urbanDistrictFunctions,
} from "@tinhgon/domain";

import { repositoryRoot } from "../migrate.ts";

export const DEMO_SNAPSHOT_NAME = "Hiện trạng 30/06/2021 (số liệu minh họa)";
export const DEMO_REARRANGED_SNAPSHOT_NAME = "Cát Hải sau sắp xếp (số liệu minh họa)";

type AgencyInput = NonNullable<SnapshotInput["agencies"]>[number];
type UnitInput = NonNullable<AgencyInput["units"]>[number];

/** A small deterministic spread so the demo is not uniform: same text, same number. */
function spread(text: string, low: number, high: number): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return low + (hash % (high - low + 1));
}

const agencyPlan: {
  kind: AgencyKind;
  slug: string;
  divisions: string[];
  subDepartments?: { slug: string; name: string; divisions: string[] }[];
}[] = [
  {
    kind: "NOI_VU",
    slug: "noi-vu",
    divisions: ["Tổ chức, biên chế", "Công chức, viên chức", "Xây dựng chính quyền", "Cải cách hành chính"],
    subDepartments: [
      {
        slug: "van-thu",
        name: "Chi cục Văn thư - Lưu trữ",
        divisions: ["Quản lý văn thư, lưu trữ", "Nghiệp vụ lưu trữ"],
      },
    ],
  },
  {
    kind: "TU_PHAP",
    slug: "tu-phap",
    divisions: ["Xây dựng và kiểm tra văn bản", "Hành chính tư pháp", "Bổ trợ tư pháp"],
  },
  {
    kind: "KE_HOACH_DAU_TU",
    slug: "khdt",
    divisions: ["Tổng hợp, quy hoạch", "Kinh tế ngành", "Đăng ký kinh doanh", "Đầu tư nước ngoài"],
  },
  {
    kind: "TAI_CHINH",
    slug: "tai-chinh",
    divisions: ["Ngân sách", "Tài chính hành chính sự nghiệp", "Quản lý giá và công sản", "Tài chính đầu tư"],
  },
  {
    kind: "CONG_THUONG",
    slug: "cong-thuong",
    divisions: ["Quản lý công nghiệp", "Quản lý thương mại", "Kỹ thuật an toàn - Môi trường"],
  },
  {
    kind: "NONG_NGHIEP_PTNT",
    slug: "nn-ptnt",
    divisions: ["Kế hoạch - Tài chính", "Quản lý xây dựng công trình"],
    subDepartments: [
      {
        slug: "thuy-san",
        name: "Chi cục Thủy sản",
        divisions: ["Khai thác và bảo vệ nguồn lợi", "Nuôi trồng thủy sản", "Hành chính - Tổng hợp"],
      },
      { slug: "kiem-lam", name: "Chi cục Kiểm lâm", divisions: [] },
    ],
  },
  {
    kind: "GIAO_THONG_VAN_TAI",
    slug: "gtvt",
    divisions: ["Quản lý vận tải", "Quản lý kết cấu hạ tầng giao thông", "Quản lý chất lượng công trình"],
  },
  {
    kind: "XAY_DUNG",
    slug: "xay-dung",
    divisions: [
      "Quản lý nhà và thị trường bất động sản",
      "Quản lý hoạt động xây dựng",
      "Kinh tế và vật liệu xây dựng",
    ],
  },
  {
    kind: "TAI_NGUYEN_MOI_TRUONG",
    slug: "tnmt",
    divisions: ["Quản lý đất đai", "Tài nguyên nước và khoáng sản"],
    subDepartments: [
      {
        slug: "bien",
        name: "Chi cục Biển và Hải đảo",
        divisions: ["Quản lý tài nguyên biển", "Hành chính - Tổng hợp"],
      },
      {
        slug: "bvmt",
        name: "Chi cục Bảo vệ môi trường",
        divisions: ["Kiểm soát ô nhiễm", "Thẩm định và đánh giá tác động môi trường"],
      },
    ],
  },
  {
    kind: "THONG_TIN_TRUYEN_THONG",
    slug: "tttt",
    divisions: ["Bưu chính, viễn thông", "Báo chí, xuất bản", "Công nghệ thông tin"],
  },
  {
    kind: "LAO_DONG_TBXH",
    slug: "ldtbxh",
    divisions: ["Lao động - Việc làm", "Người có công", "Bảo trợ xã hội", "Giáo dục nghề nghiệp"],
  },
  {
    kind: "VAN_HOA_THE_THAO",
    slug: "vhtt",
    divisions: ["Quản lý văn hóa", "Quản lý thể dục thể thao", "Xây dựng nếp sống văn hóa và gia đình"],
  },
  { kind: "DU_LICH", slug: "du-lich", divisions: ["Quản lý du lịch", "Xúc tiến du lịch"] },
  {
    kind: "KHOA_HOC_CONG_NGHE",
    slug: "khcn",
    divisions: ["Quản lý khoa học", "Quản lý công nghệ và thị trường công nghệ"],
    subDepartments: [
      {
        slug: "tdc",
        name: "Chi cục Tiêu chuẩn Đo lường Chất lượng",
        divisions: ["Quản lý tiêu chuẩn chất lượng", "Quản lý đo lường", "Hành chính - Tổng hợp"],
      },
    ],
  },
  {
    kind: "GIAO_DUC_DAO_TAO",
    slug: "gddt",
    divisions: [
      "Giáo dục mầm non",
      "Giáo dục tiểu học",
      "Giáo dục trung học",
      "Khảo thí và kiểm định chất lượng",
    ],
  },
  {
    kind: "Y_TE",
    slug: "y-te",
    divisions: ["Nghiệp vụ y", "Nghiệp vụ dược", "Kế hoạch - Tài chính"],
    subDepartments: [
      {
        slug: "dan-so",
        name: "Chi cục Dân số - Kế hoạch hóa gia đình",
        divisions: ["Dân số - Kế hoạch hóa gia đình", "Truyền thông - Giáo dục"],
      },
      { slug: "attp", name: "Chi cục An toàn vệ sinh thực phẩm", divisions: ["Nghiệp vụ", "Thanh tra"] },
    ],
  },
  {
    kind: "THANH_TRA",
    slug: "thanh-tra",
    divisions: ["Thanh tra kinh tế - xã hội", "Tiếp công dân và xử lý đơn thư", "Phòng, chống tham nhũng"],
  },
  {
    kind: "VAN_PHONG_UBND",
    slug: "vp-ubnd",
    divisions: ["Tổng hợp", "Kinh tế", "Văn hóa - Xã hội", "Nội chính"],
  },
  { kind: "NGOAI_VU", slug: "ngoai-vu", divisions: ["Lãnh sự", "Hợp tác quốc tế"] },
];

function buildAgency(plan: (typeof agencyPlan)[number]): AgencyInput {
  const id = `hp-so-${plan.slug}`;
  const units: UnitInput[] = [];
  if (plan.kind !== "VAN_PHONG_UBND") {
    units.push({
      id: `${id}-van-phong`,
      type: "office",
      name: "Văn phòng",
      payroll: spread(`${id}vp`, 6, 12),
      deputies: spread(`${id}vpd`, 1, 2),
    });
  }
  for (const [index, name] of plan.divisions.entries()) {
    units.push({
      id: `${id}-p${index + 1}`,
      type: "division",
      name: `Phòng ${name}`,
      payroll: spread(`${id}${name}`, 5, 16),
      deputies: spread(`${id}${name}d`, 1, 2),
    });
  }
  if (plan.kind !== "THANH_TRA" && plan.kind !== "VAN_PHONG_UBND") {
    units.push({
      id: `${id}-thanh-tra`,
      type: "inspectorate",
      name: "Thanh tra sở",
      payroll: spread(`${id}tt`, 5, 10),
      deputies: spread(`${id}ttd`, 1, 2),
    });
  }
  for (const sub of plan.subDepartments ?? []) {
    const subId = `${id}-${sub.slug}`;
    units.push({
      id: subId,
      type: "sub_department",
      name: sub.name,
      payroll: spread(subId, 11, 40),
      deputies: spread(`${subId}d`, 1, 3),
      units: sub.divisions.map((name, index) => ({
        id: `${subId}-p${index + 1}`,
        type: "division" as const,
        name: `Phòng ${name}`,
        payroll: spread(`${subId}${name}`, 4, 9),
        deputies: spread(`${subId}${name}d`, 0, 2),
      })),
    });
  }
  const payroll = units.reduce((sum, unit) => sum + unit.payroll, 0) + 4;
  return {
    id,
    kind: plan.kind,
    name: agencyKindNames[plan.kind],
    payroll,
    deputies: spread(`${id}pgd`, 2, 4),
    units,
  };
}

const districtPlan: { code: string; slug: string; name: string; urban: boolean }[] = [
  { code: "303", slug: "hong-bang", name: "Quận Hồng Bàng", urban: true },
  { code: "304", slug: "ngo-quyen", name: "Quận Ngô Quyền", urban: true },
  { code: "305", slug: "le-chan", name: "Quận Lê Chân", urban: true },
  { code: "306", slug: "hai-an", name: "Quận Hải An", urban: true },
  { code: "307", slug: "kien-an", name: "Quận Kiến An", urban: true },
  { code: "308", slug: "do-son", name: "Quận Đồ Sơn", urban: true },
  { code: "309", slug: "duong-kinh", name: "Quận Dương Kinh", urban: true },
  { code: "311", slug: "thuy-nguyen", name: "Huyện Thủy Nguyên", urban: false },
  { code: "312", slug: "an-duong", name: "Huyện An Dương", urban: false },
  { code: "313", slug: "an-lao", name: "Huyện An Lão", urban: false },
  { code: "314", slug: "kien-thuy", name: "Huyện Kiến Thụy", urban: false },
  { code: "315", slug: "tien-lang", name: "Huyện Tiên Lãng", urban: false },
  { code: "316", slug: "vinh-bao", name: "Huyện Vĩnh Bảo", urban: false },
];

function buildDistrict(plan: (typeof districtPlan)[number]): NonNullable<SnapshotInput["districts"]>[number] {
  const functions: DistrictFunction[] = [
    ...commonDistrictFunctions,
    ...(plan.urban ? urbanDistrictFunctions : ruralDistrictFunctions),
  ];
  return {
    id: plan.slug,
    code: plan.code,
    name: plan.name,
    type: plan.urban ? "urban_district" : "rural_district",
    island: false,
    divisions: functions.map((code) => ({
      id: `${plan.slug}-${code.toLowerCase().replaceAll("_", "-")}`,
      name:
        code === "THANH_TRA"
          ? "Thanh tra huyện"
          : code === "VAN_PHONG"
            ? "Văn phòng HĐND và UBND"
            : `Phòng ${districtFunctionNames[code]}`,
      functions: [code],
      payroll: spread(`${plan.slug}${code}`, 5, 12),
      deputies: spread(`${plan.slug}${code}d`, 1, 2),
    })),
  };
}

/** Bạch Long Vĩ: a small island district; its divisions combine functions (D-PH-04 allows it). */
const bachLongVi: NonNullable<SnapshotInput["districts"]>[number] = {
  id: "bach-long-vi",
  code: "318",
  name: "Huyện Bạch Long Vĩ",
  type: "rural_district",
  island: true,
  divisions: [
    {
      id: "blv-van-phong",
      name: "Văn phòng HĐND và UBND",
      functions: ["VAN_PHONG", "THANH_TRA", "TU_PHAP"],
      payroll: 8,
      deputies: 2,
    },
    {
      id: "blv-noi-vu-ldtbxh",
      name: "Phòng Nội vụ - Lao động - Thương binh và Xã hội",
      functions: ["NOI_VU", "LAO_DONG_TBXH"],
      payroll: 5,
      deputies: 1,
    },
    {
      id: "blv-tckh",
      name: "Phòng Tài chính - Kế hoạch",
      functions: ["TAI_CHINH_KE_HOACH"],
      payroll: 4,
      deputies: 1,
    },
    {
      id: "blv-kinh-te",
      name: "Phòng Kinh tế - Tài nguyên và Môi trường",
      functions: ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG", "TAI_NGUYEN_MOI_TRUONG"],
      payroll: 6,
      deputies: 1,
    },
    {
      id: "blv-van-hoa-xa-hoi",
      name: "Phòng Văn hóa - Xã hội",
      functions: ["VAN_HOA_THONG_TIN", "GIAO_DUC_DAO_TAO", "Y_TE"],
      payroll: 5,
      deputies: 1,
    },
  ],
};

function readExample(file: string): Snapshot {
  const result = parseSnapshot(
    JSON.parse(readFileSync(join(repositoryRoot, "examples", file), "utf8")) as unknown,
  );
  if (!result.ok) throw new Error(`examples/${file} is not a valid snapshot`);
  return result.value;
}

/** The whole city, with Cát Hải in detail (its divisions before re-arrangement). */
export function buildHaiPhongSnapshot(): Snapshot {
  const catHai = readExample("cat-hai-2021.snapshot.json").districts[0];
  if (!catHai) throw new Error("examples/cat-hai-2021.snapshot.json has no district");
  const result = parseSnapshot({
    format: SNAPSHOT_FORMAT,
    asOf: "2021-06-30",
    province: { code: "31", name: "Thành phố Hải Phòng", class: "I", agenciesComplete: true },
    agencies: agencyPlan.map(buildAgency),
    districts: [...districtPlan.map(buildDistrict), catHai, bachLongVi],
  } satisfies SnapshotInput);
  if (!result.ok)
    throw new Error(`the Hải Phòng demo snapshot is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.value;
}

/** Cát Hải after a compliant re-arrangement, for comparing the two. */
export function buildCatHaiRearrangedSnapshot(): Snapshot {
  return readExample("cat-hai-2021-rearranged.snapshot.json");
}
