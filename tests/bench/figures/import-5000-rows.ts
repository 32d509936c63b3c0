// import_5000_rows_ms (issue #9): reading a snapshot workbook holding 5,000 staff rows (the Excel import
// of @tinhgon/documents: archive checks, layout, every row validated, the snapshot assembled). The
// workbook is written by the export (writeSnapshotWorkbook) from a generated province whose units and
// divisions get 5,000 staff members; the median of 3 reads after one warm-up read.
import { readSnapshotWorkbook, writeSnapshotWorkbook } from "@tinhgon/documents";
import {
  generateSyntheticProvince,
  parseSnapshot,
  type Snapshot,
  type SnapshotInput,
  type StaffMember,
} from "@tinhgon/domain";

import type { Figure } from "../harness/figure.ts";
import { describeSamples, nowMs, round, sampleAsync } from "../harness/timing.ts";

const STAFF_ROWS = 5000;

const familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
const givenNames = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hương", "Khánh", "Lan", "Minh", "Nam", "Thảo"];

/** A generated province whose units and divisions share `STAFF_ROWS` staff members, head and deputies first. */
function snapshotWithStaff(): Snapshot {
  const province = generateSyntheticProvince({ index: 7 });
  const holders: { id: string; deputies: number; staff: StaffMember[] }[] = [];
  const agencies = province.agencies.map((agency) => ({
    ...agency,
    units: agency.units.map((unit) => {
      const holder = { id: unit.id, deputies: unit.deputies, staff: [] as StaffMember[] };
      holders.push(holder);
      return { ...unit, staff: holder.staff };
    }),
  }));
  const districts = province.districts.map((district) => ({
    ...district,
    divisions: district.divisions.map((division) => {
      const holder = { id: division.id, deputies: division.deputies, staff: [] as StaffMember[] };
      holders.push(holder);
      return { ...division, staff: holder.staff };
    }),
  }));
  for (let row = 0; row < STAFF_ROWS; row += 1) {
    const holder = holders[row % holders.length];
    if (!holder) throw new Error("the province has no units");
    const position = holder.staff.length;
    const year = 1965 + (row % 35);
    holder.staff.push({
      id: `${holder.id}-cb-${String(position + 1).padStart(3, "0")}`,
      fullName: `${familyNames[row % familyNames.length] ?? "Nguyễn"} Văn ${givenNames[row % givenNames.length] ?? "An"}`,
      birthDate: `${String(year)}-${String((row % 12) + 1).padStart(2, "0")}-${String((row % 28) + 1).padStart(2, "0")}`,
      gender: row % 2 === 0 ? "male" : "female",
      positionId: null,
      role: position === 0 ? "head" : position <= holder.deputies ? "deputy" : "staff",
      rank: null,
    });
  }
  const parsed = parseSnapshot({ ...province, agencies, districts } satisfies SnapshotInput);
  if (!parsed.ok) throw new Error(`the staff snapshot is invalid: ${JSON.stringify(parsed.problems[0])}`);
  return parsed.value;
}

function staffCount(snapshot: Snapshot): number {
  let count = 0;
  for (const agency of snapshot.agencies) {
    count += agency.staff?.length ?? 0;
    for (const unit of agency.units) {
      count += unit.staff?.length ?? 0;
      if (unit.type === "sub_department") for (const child of unit.units) count += child.staff?.length ?? 0;
    }
  }
  for (const district of snapshot.districts)
    for (const division of district.divisions) count += division.staff?.length ?? 0;
  return count;
}

export const import5000Rows: Figure = {
  name: "import_5000_rows_ms",
  title: {
    vi: "Nhập Excel 5.000 dòng cán bộ (trung vị)",
    en: "Excel import of 5,000 staff rows (median)",
  },
  unit: "ms",
  goal: { op: "<=", target: 3000 },
  digits: 0,
  measure: async (context) => {
    const snapshot = snapshotWithStaff();
    context.log(`  writing a workbook with ${String(STAFF_ROWS)} staff rows …`);
    const writeStarted = nowMs();
    const bytes = await writeSnapshotWorkbook(snapshot);
    const writeMs = nowMs() - writeStarted;
    context.log("  reading it back (1 warm-up, 3 measured) …");
    let staffRead = 0;
    const reads = await sampleAsync(
      async () => {
        const result = await readSnapshotWorkbook(bytes);
        if (!result.ok) throw new Error(`the workbook was refused: ${JSON.stringify(result).slice(0, 300)}`);
        staffRead = staffCount(result.snapshot);
      },
      3,
      1,
    );
    if (staffRead !== STAFF_ROWS)
      throw new Error(`read ${String(staffRead)} staff rows, not ${String(STAFF_ROWS)}`);
    return {
      value: reads.medianMs,
      detail: {
        staffRows: staffRead,
        workbookBytes: bytes.byteLength,
        writeMs: round(writeMs, 1),
        readMs: describeSamples(reads),
      },
    };
  },
};
