// documents.* through the API on a real database (issue #8): an Excel import saves a data set only when
// every row is valid, refuses what the user may not write, and exports only what the user may see; the
// dossier is generated for the plan's owner and the province's reviewers, not for a viewer.
import { AppError } from "@tinhgon/api";
import { createDatabase, createRepositories, type Database, seedDemoDataIfEmpty } from "@tinhgon/db";
import { readSnapshotWorkbook, writeSnapshotWorkbook } from "@tinhgon/documents";
import type { Snapshot } from "@tinhgon/domain";
import { TRPCError } from "@trpc/server";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { type Caller, callersFor } from "../support/callers.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { workDocument } from "../support/procedure-samples.ts";

let testDatabase: TestDatabase;
let db: Database;
let callers: ReturnType<typeof callersFor>;
let reviewer: Caller;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
  await seedDemoDataIfEmpty(db);
  callers = callersFor(createRepositories(db));
  reviewer = callers.reviewer();
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
/** exceljs's typings take an ArrayBuffer (or their own Buffer type). */
const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer => Uint8Array.from(bytes).buffer;

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const caught: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(TRPCError);
  const cause = (caught as TRPCError).cause;
  expect(cause).toBeInstanceOf(AppError);
  return cause as AppError;
}

/** The work document with one division's payroll made negative, through exceljs like a user in Excel. */
async function brokenWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(arrayBufferOf(Buffer.from(await writeSnapshotWorkbook(workDocument("31")))));
  const sheet = workbook.getWorksheet("Phòng chuyên môn");
  if (!sheet) throw new Error("the layout has no 'Phòng chuyên môn' sheet");
  const header = sheet.getRow(1).values as unknown[];
  const payrollColumn = header.findIndex(
    (value) => typeof value === "string" && value.startsWith("Biên chế"),
  );
  expect(payrollColumn).toBeGreaterThan(0);
  sheet.getRow(3).getCell(payrollColumn).value = -4;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function snapshotCount(): Promise<number> {
  return db.snapshot.count();
}

describe("documents.importXlsx and documents.checkXlsx", () => {
  it("imports a workbook exported from a data set as a new data set equal to it, audited", async () => {
    const document = workDocument("31");
    const auditBefore = await db.auditEvent.count();
    const result = await reviewer.documents.importXlsx({
      name: "Nhập từ Excel (kiểm thử)",
      provinceCode: "31",
      fileName: "co-cau.xlsx",
      content: base64(await writeSnapshotWorkbook(document)),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.counts.districts).toBe(2);
    expect(result.kinds).toContain("structure");
    const saved = await reviewer.snapshot.export({ id: result.id });
    expect(saved).toEqual(document);
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
  });

  it("returns every row problem and a marked copy, and saves nothing", async () => {
    const before = await snapshotCount();
    const auditBefore = await db.auditEvent.count();
    const broken = await brokenWorkbook();
    const result = await reviewer.documents.importXlsx({
      name: "Tệp lỗi",
      provinceCode: "31",
      fileName: "co-cau.xlsx",
      content: base64(broken),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ sheet, row, field }) => ({ sheet, row, field }))).toEqual([
      { sheet: "Phòng chuyên môn", row: 3, field: expect.stringMatching(/^Biên chế/) as unknown },
    ]);
    expect(result.problems[0]?.message.vi).toContain("-4");
    expect(result.marked.fileName).toBe("co-cau-da-danh-dau-loi.xlsx");
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(arrayBufferOf(Buffer.from(result.marked.base64, "base64")));
    expect(marked.getWorksheet("Phòng chuyên môn")).toBeDefined();
    expect(await snapshotCount()).toBe(before);
    expect(await db.auditEvent.count()).toBe(auditBefore);

    // An officer may check the same file (nothing is written) and gets the same answer.
    const checked = await callers.districtOfficer("cat-hai").documents.checkXlsx({
      fileName: "co-cau.xlsx",
      content: base64(broken),
    });
    expect(checked.ok).toBe(false);
  });

  it("refuses a file of another province, a file that is not a workbook, and an officer's import", async () => {
    const before = await snapshotCount();
    const otherProvince = await appErrorOf(
      reviewer.documents.importXlsx({
        name: "Tỉnh khác",
        provinceCode: "31",
        fileName: "ha-noi.xlsx",
        content: base64(await writeSnapshotWorkbook(workDocument("01"))),
      }),
    );
    expect(otherProvince.code).toBe("XLSX_INVALID");
    expect(otherProvince.localized.vi).toContain('"01"');

    const notWorkbook = await appErrorOf(
      reviewer.documents.checkXlsx({
        fileName: "ghi-chu.xlsx",
        content: base64(new TextEncoder().encode("không phải xlsx")),
      }),
    );
    expect(notWorkbook.code).toBe("XLSX_INVALID");

    const officer = await appErrorOf(
      callers.districtOfficer("cat-hai").documents.importXlsx({
        name: "Cán bộ nhập",
        provinceCode: "31",
        fileName: "co-cau.xlsx",
        content: base64(await writeSnapshotWorkbook(workDocument("31"))),
      }),
    );
    expect(officer.code).toBe("FORBIDDEN");
    expect(await snapshotCount()).toBe(before);
  });
});

describe("exports", () => {
  async function demoSnapshotId(): Promise<string> {
    const snapshots = await reviewer.snapshot.list({ provinceCode: "31" });
    const whole = snapshots.find((snapshot) => snapshot.name.startsWith("Hiện trạng"));
    if (!whole) throw new Error("no demo data set");
    return whole.id;
  }

  it("exports the data set in the import layout: a reviewer gets the staff lists, a viewer does not", async () => {
    const snapshotId = await demoSnapshotId();
    const staffCount = (snapshot: Snapshot) =>
      snapshot.districts
        .flatMap((district) => district.divisions)
        .reduce((sum, division) => sum + (division.staff?.length ?? 0), 0);

    const forReviewer = await reviewer.documents.snapshotXlsx({ snapshotId });
    expect(forReviewer.fileName).toMatch(/\.xlsx$/);
    const read = await readSnapshotWorkbook(new Uint8Array(Buffer.from(forReviewer.base64, "base64")));
    if (!read.ok) throw new Error("the exported workbook does not read back");
    expect(read.snapshot).toEqual(await reviewer.snapshot.export({ id: snapshotId }));
    expect(staffCount(read.snapshot)).toBeGreaterThan(0);

    const viewer = callers.as(testActors.viewer);
    const forViewer = await viewer.documents.snapshotXlsx({ snapshotId });
    const readByViewer = await readSnapshotWorkbook(new Uint8Array(Buffer.from(forViewer.base64, "base64")));
    if (!readByViewer.ok) throw new Error("the viewer's workbook does not read back");
    expect(staffCount(readByViewer.snapshot)).toBe(0);
  });

  it("exports the structure and findings tables in the chosen language", async () => {
    const snapshotId = await demoSnapshotId();
    const file = await reviewer.documents.snapshotTables({
      snapshotId,
      tables: ["structure", "findings"],
      lang: "vi",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(Buffer.from(file.base64, "base64")));
    expect(workbook.worksheets).toHaveLength(2);
    const text = workbook.worksheets.map((sheet) => JSON.stringify(sheet.getSheetValues())).join("\n");
    expect(text).toContain("Huyện Cát Hải");
    expect(text).toContain("D-DEP-01");
  });
});

describe("documents.dossier and documents.planTables", () => {
  it("makes the dossier for the plan's owner and reviewer, not for a viewer", async () => {
    const snapshots = await reviewer.snapshot.list({ provinceCode: "31" });
    const whole = snapshots.find((snapshot) => snapshot.name.startsWith("Hiện trạng"));
    if (!whole) throw new Error("no demo data set");
    const owner = callers.districtOfficer("cat-hai");
    const plan = await owner.plan.create({
      snapshotId: whole.id,
      title: "Phương án kiểm thử hồ sơ",
      districtId: "cat-hai",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
    });
    const dossier = await owner.documents.dossier({ planId: plan.id, format: "docx", date: "2026-11-30" });
    expect(dossier.files.map((file) => file.fileName)).toEqual([
      "01-to-trinh.docx",
      "02-de-an.docx",
      "03-quyet-dinh.docx",
      "04-bao-cao-tiep-thu.docx",
    ]);
    for (const file of dossier.files)
      expect(Buffer.from(file.base64, "base64").subarray(0, 2).toString()).toBe("PK");

    const forReviewer = await reviewer.documents.dossier({
      planId: plan.id,
      format: "docx",
      kinds: ["de-an"],
    });
    expect(forReviewer.files).toHaveLength(1);

    const viewer = callers.as(testActors.viewer);
    expect((await appErrorOf(viewer.documents.dossier({ planId: plan.id, format: "docx" }))).code).toBe(
      "FORBIDDEN",
    );

    const tables = await viewer.documents.planTables({
      planId: plan.id,
      tables: ["diff", "findings"],
      lang: "en",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(Buffer.from(tables.base64, "base64")));
    expect(workbook.worksheets).toHaveLength(2);
  });
});
