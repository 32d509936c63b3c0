// The workbook and tinhgon.snapshot/2 (ADR 0036): the commune level's two sheets and the "Ngày sắp xếp"
// columns round-trip; a workbook written for /1 (format cell tinhgon.snapshot/1, no commune sheets, no
// date columns) still imports, as /2; commune problems land on their cells.
import { parseSnapshot, SNAPSHOT_FORMAT, type Snapshot, type SnapshotInput } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import type { CellProblem, WorkbookReadResult } from "../contract.ts";
import { editWorkbook, readExample, sheet } from "../testing/workbook-fixtures.ts";
import { loadWorkbook } from "./excel.ts";
import { readSnapshotWorkbook } from "./read-snapshot-workbook.ts";
import { writeSnapshotWorkbook } from "./write-snapshot-workbook.ts";

function rowProblems(result: WorkbookReadResult): CellProblem[] {
  if (result.ok || result.kind !== "rows")
    throw new Error(`expected row problems, got ${JSON.stringify(result).slice(0, 500)}`);
  return result.problems;
}

/** A province after 01/07/2025: a dated sở, a special zone and a ward, with positions and staff. */
function communeSnapshot(): Snapshot {
  const base = readExample("province-class-ii");
  const [first, ...others] = base.agencies;
  if (!first) throw new Error("fixture changed");
  const [firstUnit, ...otherUnits] = first.units;
  const input: SnapshotInput = {
    ...base,
    asOf: "2026-03-01",
    province: { ...base.province, communesComplete: true },
    agencies: [
      {
        ...first,
        reorganisedOn: "2025-03-01",
        units: firstUnit ? [{ ...firstUnit, reorganisedOn: "2025-07-01" }, ...otherUnits] : otherUnits,
      },
      ...others,
    ],
    districts: [],
    communes: [
      {
        id: "dac-khu-a",
        code: "99001",
        name: "Đặc khu A",
        type: "special_zone",
        urbanEconomy: true,
        organisations: [
          {
            id: "dac-khu-a-vp",
            type: "division",
            name: "Văn phòng HĐND và UBND",
            functions: ["VAN_PHONG"],
            payroll: 8,
            deputies: 2,
            reorganisedOn: "2025-07-01",
            positions: [{ id: "dk-vt-1", title: "Chánh Văn phòng", group: "leadership", count: 1 }],
            staff: [
              {
                id: "dk-cb-1",
                fullName: "Lê Văn Biển",
                birthDate: "1979-09-02",
                gender: "male",
                positionId: "dk-vt-1",
                role: "head",
              },
            ],
          },
          {
            id: "dac-khu-a-ktht",
            type: "division",
            name: "Phòng Kinh tế, Hạ tầng và Đô thị",
            functions: ["KINH_TE_HA_TANG_DO_THI"],
            payroll: 9,
            deputies: 2,
          },
          {
            id: "dac-khu-a-tt",
            type: "service_centre",
            name: "Trung tâm Phục vụ hành chính công",
            payroll: 6,
            deputies: 1,
            positions: [],
          },
        ],
      },
      {
        id: "phuong-b",
        code: "99002",
        name: "Phường B",
        type: "ward",
        organisations: [
          {
            id: "phuong-b-vhxh",
            type: "division",
            name: "Phòng Văn hóa - Xã hội",
            functions: ["VAN_HOA_XA_HOI"],
            payroll: 7,
            deputies: 1,
          },
        ],
      },
    ],
  };
  const parsed = parseSnapshot(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.value;
}

/** The header column (1-based) of `header` in row 1 of a sheet. */
function columnOf(worksheet: ReturnType<typeof sheet>, header: string): number {
  let found = 0;
  worksheet.getRow(1).eachCell((cell, index) => {
    if (cell.value === header) found = index;
  });
  if (found === 0) throw new Error(`no column ${header}`);
  return found;
}

describe("snapshot/2 in the workbook", () => {
  it("round-trips the commune level, reorganisedOn at every level, communesComplete, and commune positions and staff", async () => {
    const snapshot = communeSnapshot();
    const result = await readSnapshotWorkbook(await writeSnapshotWorkbook(snapshot));
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 2000));
    expect(result.snapshot).toStrictEqual(snapshot);
    expect(result.snapshot.communes[0]?.organisations[0]?.staff?.[0]?.fullName).toBe("Lê Văn Biển");
    expect(result.snapshot.communes[0]?.organisations[2]?.positions).toEqual([]);
    expect(result.snapshot.agencies[1]).not.toHaveProperty("reorganisedOn");
  });

  it("writes dates as dates, and function codes in one cell", async () => {
    const workbook = await loadWorkbook(await writeSnapshotWorkbook(communeSnapshot()));
    const organisations = sheet(workbook, "Tổ chức cấp xã");
    expect(organisations.getRow(2).getCell(columnOf(organisations, "Ngày sắp xếp")).value).toEqual(
      new Date(Date.UTC(2025, 6, 1)),
    );
    expect(organisations.getRow(2).getCell(columnOf(organisations, "Chức năng")).value).toBe("VAN_PHONG");
    expect(sheet(workbook, "Thông tin").getCell("B2").value).toBe(SNAPSHOT_FORMAT);
  });

  it("imports a workbook made for tinhgon.snapshot/1 (no commune sheets, no date columns) as /2", async () => {
    const snapshot = readExample("cat-hai-2021");
    const bytes = await editWorkbook(await writeSnapshotWorkbook(snapshot), (workbook) => {
      for (const name of ["Xã phường", "Tổ chức cấp xã"]) workbook.removeWorksheet(sheet(workbook, name).id);
      for (const name of ["Cơ quan", "Đơn vị", "Phòng chuyên môn"]) {
        const worksheet = sheet(workbook, name);
        worksheet.spliceColumns(columnOf(worksheet, "Ngày sắp xếp"), 1);
      }
      const info = sheet(workbook, "Thông tin");
      info.getCell("B2").value = "tinhgon.snapshot/1";
      info.eachRow((row, index) => {
        if (row.getCell(1).value === "Danh sách xã đầy đủ") info.spliceRows(index, 1);
      });
    });
    const result = await readSnapshotWorkbook(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 2000));
    expect(result.snapshot.format).toBe(SNAPSHOT_FORMAT);
    expect(result.snapshot).toStrictEqual(snapshot);
  });

  it("names the cell when a /1 workbook has commune rows (a /2 field)", async () => {
    const bytes = await editWorkbook(await writeSnapshotWorkbook(communeSnapshot()), (workbook) => {
      sheet(workbook, "Thông tin").getCell("B2").value = "tinhgon.snapshot/1";
    });
    const problems = rowProblems(await readSnapshotWorkbook(bytes));
    expect(problems).toContainEqual(
      expect.objectContaining({
        sheet: "Xã phường",
        row: 2,
        message: expect.objectContaining({
          vi: expect.stringContaining('chỉ có từ định dạng "tinhgon.snapshot/2"') as unknown,
        }) as unknown,
      }),
    );
  });

  it("puts an organisation naming an unknown commune, and a service centre with functions, on their cells", async () => {
    const bytes = await editWorkbook(await writeSnapshotWorkbook(communeSnapshot()), (workbook) => {
      const organisations = sheet(workbook, "Tổ chức cấp xã");
      organisations.getRow(2).getCell(columnOf(organisations, "Mã xã phường")).value = "khong-co";
      organisations.getRow(4).getCell(columnOf(organisations, "Chức năng")).value = "KINH_TE";
    });
    const problems = rowProblems(await readSnapshotWorkbook(bytes));
    expect(problems).toContainEqual(
      expect.objectContaining({
        sheet: "Tổ chức cấp xã",
        row: 2,
        field: "Mã xã phường",
        message: expect.objectContaining({
          vi: expect.stringContaining('mang mã "khong-co"') as unknown,
        }) as unknown,
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ sheet: "Tổ chức cấp xã", row: 4, field: "Chức năng" }),
    );
  });
});
