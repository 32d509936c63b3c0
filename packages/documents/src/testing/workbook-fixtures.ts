// Snapshots and workbooks for the tests: a province that uses every field of the format (positions and
// staff present, absent and empty; texts a spreadsheet could take for formulas), and a helper that edits
// an exported workbook the way a user would in Excel.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import {
  generateSyntheticProvince,
  parseSnapshot,
  parseSnapshotText,
  type Snapshot,
  type SnapshotInput,
} from "@tinhgon/domain";
import type { Workbook } from "exceljs";

import { loadWorkbook, toBytes } from "../xlsx/excel.ts";

export const exampleNames = [
  "cat-hai-2021",
  "cat-hai-2021-rearranged",
  "province-class-ii",
  "ha-noi-special",
  "rs-2014",
] as const;

export function readExample(name: string): Snapshot {
  const path = fileURLToPath(new URL(`../../../../examples/${name}.snapshot.json`, import.meta.url));
  const parsed = parseSnapshotText(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(`example ${name} is invalid`);
  return parsed.value;
}

export const injectionText = "=cmd|' /C calc'!A0";

/**
 * A synthetic province plus every optional field: `positions: []` and `staff: []` next to absent lists,
 * nulls, a chi cục with its own settings and phòng, an island district with a cap and an ethnic minority
 * population, and names that start like formulas (they must come back exactly).
 */
export function richSnapshot(): Snapshot {
  const base: SnapshotInput = structuredClone(generateSyntheticProvince({ index: 4 }));
  const agencies = base.agencies ?? [];
  const districts = base.districts ?? [];
  const [first, second] = agencies;
  const [district] = districts;
  if (!first || !second || !district) throw new Error("the synthetic province is smaller than expected");
  first.name = injectionText;
  first.positions = [];
  const firstUnit = first.units?.[0];
  const secondUnit = first.units?.[1];
  if (!firstUnit || !secondUnit) throw new Error("the synthetic agency has too few units");
  first.officeFunctionsUnitId = secondUnit.type === "division" ? secondUnit.id : null;
  firstUnit.name = "-Văn phòng (tên bắt đầu bằng dấu trừ)";
  firstUnit.positions = [
    { id: "vt-chanh-vp", title: "Chánh Văn phòng", group: "leadership", rank: "01.002", count: 1 },
    { id: "vt-chuyen-vien", title: "+Chuyên viên tổng hợp", group: "professional", rank: null, count: 3 },
    { id: "vt-van-thu", title: "'Văn thư", group: "support", rank: "01.005", count: 0 },
  ];
  firstUnit.staff = [
    {
      id: "cc-001",
      fullName: "Nguyễn Văn An",
      birthDate: "1970-05-01",
      gender: "male",
      positionId: "vt-chanh-vp",
      role: "head",
      rank: "01.002",
    },
    {
      id: "cc-002",
      fullName: "@Trần Thị Bình",
      birthDate: "1988-12-31",
      gender: "female",
      positionId: null,
      role: "staff",
      rank: null,
    },
  ];
  secondUnit.staff = [];
  second.units = [
    ...(second.units ?? []),
    {
      id: "chi-cuc-rieng",
      type: "sub_department",
      name: "Chi cục có cài đặt riêng",
      payroll: 14,
      deputies: 2,
      specialisedScope: false,
      delegatedAuthority: true,
      units: [
        {
          id: "chi-cuc-rieng-p1",
          type: "division",
          name: "Phòng Hành chính",
          payroll: 5,
          deputies: 1,
          positions: [
            { id: "vt-cc-p1", title: "Trưởng phòng", group: "leadership", rank: "01.003", count: 1 },
          ],
        },
        { id: "chi-cuc-rieng-p2", type: "division", name: "Phòng Nghiệp vụ", payroll: 6, deputies: 0 },
      ],
    },
    { id: "chi-cuc-trong", type: "sub_department", name: "Chi cục không có phòng", payroll: 8, deputies: 1 },
  ];
  district.island = true;
  district.islandDivisionCap = 12;
  district.ethnicMinority = { population: 12_500, qualifyingArea: true };
  const [division, otherDivision] = district.divisions;
  if (!division || !otherDivision) throw new Error("the synthetic district has too few divisions");
  division.functions = ["TAI_CHINH_KE_HOACH", "NOI_VU"];
  division.staff = [];
  otherDivision.positions = [
    { id: "vt-h-ke-toan", title: "Kế toán", group: "shared_professional", rank: "01.004", count: 1 },
  ];
  otherDivision.staff = [
    {
      id: "cc-h-001",
      fullName: "Lê Minh Châu",
      birthDate: "1995-02-28",
      gender: "female",
      positionId: "vt-h-ke-toan",
      role: "staff",
      rank: "01.004",
    },
  ];
  const parsed = parseSnapshot(base);
  if (!parsed.ok) throw new Error(`rich snapshot is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** Opens `bytes`, lets `edit` change it as a user would in Excel, and saves it. */
export async function editWorkbook(
  bytes: Uint8Array,
  edit: (workbook: Workbook) => void,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  edit(workbook);
  return toBytes(await workbook.xlsx.writeBuffer());
}

export function sheet(workbook: Workbook, name: string) {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`no sheet ${name}`);
  return worksheet;
}
