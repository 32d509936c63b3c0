// Issue #8 "Documents in and out" in a real browser, on the seeded demo data: the Department's reviewer
// downloads the structure template, exports the data set in view to Excel and imports that very file
// back as a new data set; a workbook with a bad cell is refused with every problem listed (sheet, row,
// the Vietnamese message) and its marked copy downloads; the Cát Hải officer downloads a plan's Tờ
// trình as DOCX and its before/after table; a viewer reads the plan without the dossier menu.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { AppRouter } from "@tinhgon/api";
import type { RunningApplication } from "@tinhgon/server";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seriousAxeViolations } from "../support/axe.ts";
import { artifactsDir, chromiumAvailable, launchBrowser, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";
import { demoEmails, signIn } from "../support/session.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.skipIf(!chromiumAvailable)("documents in and out in Chromium (issue #8)", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let reviewer: Page;
  /** The data set in view, as the reviewer exported it. */
  let exported: Buffer;
  let planPath: string;

  async function pageFor(email: string, path: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await signInAs(page, app.url, email, { path });
    return page;
  }

  /** Clicks `target` and waits for the download it starts; the file's name and bytes. */
  async function downloadFrom(page: Page, target: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      target.click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  /** The import dialog, opened from the Cơ cấu tổ chức page. */
  async function openImportDialog(page: Page): Promise<Locator> {
    await page.getByTestId("xlsx-import-open").click();
    const body = page.getByTestId("xlsx-import-body");
    await expect.poll(() => body.isVisible()).toBe(true);
    return body;
  }

  async function closeImportDialog(page: Page): Promise<void> {
    await page.getByTestId("xlsx-import-close").click();
    await expect.poll(() => page.getByTestId("xlsx-import-body").count()).toBe(0);
  }

  async function chooseFile(page: Page, name: string, bytes: Buffer): Promise<void> {
    await page
      .locator(".ant-modal", { has: page.getByTestId("xlsx-import-body") })
      .locator("input[type=file]")
      .setInputFiles({ name, mimeType: XLSX_TYPE, buffer: bytes });
    await expect.poll(() => page.getByTestId("xlsx-picked").innerText()).toContain(name);
  }

  /** The province's data sets as the server lists them. */
  async function storedSnapshots(): Promise<{ id: string; name: string }[]> {
    const cookie = await signIn(app.url, demoEmails.reviewer);
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${app.url}/trpc`, headers: { cookie } })],
    });
    return (await client.org.snapshots.query({ provinceCode: "31" })).map(({ id, name }) => ({ id, name }));
  }

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    browser = await launchBrowser();
    reviewer = await pageFor(demoEmails.reviewer, "/co-cau");
    await reviewer.getByTestId("snapshot-documents").waitFor({ state: "visible", timeout: 20_000 });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await app.stop();
    await database.drop();
  });

  it("the reviewer downloads the structure template from the import dialog, which has no axe violation", async () => {
    const dialog = await openImportDialog(reviewer);
    // Only the province's reviewers may import: the reviewer has the button and the data set's name.
    expect(await reviewer.getByTestId("xlsx-import").isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain("Đọc tệp");
    await reviewer.waitForLoadState("networkidle");
    const violations = await seriousAxeViolations(reviewer);
    if (violations.length > 0)
      await reviewer.screenshot({ path: join(artifactsDir, "axe-vi-xlsx-import.png") });
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    const template = await downloadFrom(reviewer, reviewer.getByTestId("xlsx-template-structure"));
    expect(template.name).toBe("mau-co-cau-to-chuc.xlsx");
    // An .xlsx is a zip archive.
    expect(template.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await closeImportDialog(reviewer);
  });

  it("exports the data set in view to Excel in the import layout", async () => {
    const file = await downloadFrom(reviewer, reviewer.getByTestId("export-snapshot-xlsx"));
    expect(file.name).toMatch(/\.xlsx$/);
    expect(file.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    exported = file.bytes;
    // The tables as the app shows them (structure and findings) come as a workbook too.
    const tables = await downloadFrom(reviewer, reviewer.getByTestId("export-snapshot-tables"));
    expect(tables.name).toMatch(/-bang\.xlsx$/);
    expect(tables.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("imports that very file back as a new data set, shows its counts and opens it", async () => {
    const dialog = await openImportDialog(reviewer);
    await chooseFile(reviewer, "so-lieu-hai-phong.xlsx", exported);
    // The data set is named after the file until the reviewer names it.
    expect(await reviewer.getByTestId("xlsx-import-name").inputValue()).toBe("so-lieu-hai-phong");
    await reviewer.getByTestId("xlsx-import-name").fill("Nhập lại từ Excel (kiểm thử)");
    // "Kiểm tra" reads the file and saves nothing.
    await reviewer.getByTestId("xlsx-check").click();
    await expect
      .poll(() => reviewer.getByTestId("xlsx-import-outcome").innerText(), { timeout: 60_000 })
      .toContain("Tệp hợp lệ. Chưa lưu gì");
    await reviewer.getByTestId("xlsx-import").click();
    await expect
      .poll(() => reviewer.getByTestId("xlsx-imported").isVisible(), { timeout: 60_000 })
      .toBe(true);
    expect(await reviewer.getByTestId("xlsx-imported").innerText()).toContain(
      "Đã lưu bộ số liệu “Nhập lại từ Excel (kiểm thử)”",
    );
    expect(Number(await reviewer.getByTestId("xlsx-count-districts").innerText())).toBeGreaterThan(0);
    expect(Number(await reviewer.getByTestId("xlsx-count-agencies").innerText())).toBeGreaterThan(0);
    expect(await dialog.innerText()).toMatch(/Lưu/);
    const saved = (await storedSnapshots()).find(
      (snapshot) => snapshot.name === "Nhập lại từ Excel (kiểm thử)",
    );
    expect(saved).toBeDefined();

    // "Xem bộ số liệu mới" selects it at the top of the page.
    await reviewer.getByTestId("xlsx-open-new").click();
    await expect.poll(() => reviewer.getByTestId("xlsx-import-body").count()).toBe(0);
    expect(new URL(reviewer.url()).searchParams.get("snapshot")).toBe(saved?.id);
    const snapshotSelect = reviewer.locator(".ant-select", {
      has: reviewer.getByRole("combobox", { name: "Số liệu" }),
    });
    await expect
      .poll(() => snapshotSelect.innerText(), { timeout: 15_000 })
      .toContain("Nhập lại từ Excel (kiểm thử)");
  });

  it("lists every problem of a broken workbook with its row and Vietnamese message, saves nothing, and downloads the marked copy", async () => {
    // One division's payroll made negative, as a user might in Excel.
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own global Buffer (extending ArrayBuffer), which TypeScript 5.9's stricter
    // ArrayBuffer no longer matches with Node's Buffer: the bytes are the same.
    await workbook.xlsx.load(exported as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Phòng chuyên môn");
    if (!sheet) throw new Error("the exported workbook has no 'Phòng chuyên môn' sheet");
    const header = sheet.getRow(1).values as unknown[];
    const payrollColumn = header.findIndex(
      (value) => typeof value === "string" && value.startsWith("Biên chế"),
    );
    expect(payrollColumn).toBeGreaterThan(0);
    sheet.getRow(3).getCell(payrollColumn).value = -4;
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await storedSnapshots();

    await openImportDialog(reviewer);
    // Not an .xlsx: explained here, nothing is sent.
    await reviewer
      .locator(".ant-modal", { has: reviewer.getByTestId("xlsx-import-body") })
      .locator("input[type=file]")
      .setInputFiles({ name: "co-cau.xls", mimeType: "application/vnd.ms-excel", buffer: broken });
    await expect
      .poll(() => reviewer.getByTestId("xlsx-file-error").innerText())
      .toContain("không phải tệp Excel .xlsx");
    expect(await reviewer.getByTestId("xlsx-check").isDisabled()).toBe(true);
    await chooseFile(reviewer, "co-cau-loi.xlsx", broken);
    expect(await reviewer.getByTestId("xlsx-file-error").count()).toBe(0);
    await reviewer.getByTestId("xlsx-import-name").fill("Tệp có lỗi (kiểm thử)");
    await reviewer.getByTestId("xlsx-import").click();
    const table = reviewer.getByTestId("xlsx-problem-table");
    await expect.poll(() => table.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await reviewer.getByTestId("xlsx-problems").innerText()).toContain("chưa lưu gì");
    const rows = table.locator("tbody tr.ant-table-row");
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator("td").allInnerTexts();
    expect(cells[0]).toBe("Phòng chuyên môn");
    expect(cells[1]).toBe("3");
    expect(cells[3]).toMatch(/^Biên chế/);
    // The server's own Vietnamese explanation, naming the rule and the value found.
    expect(cells[4]).toContain("số nguyên ≥ 0");
    expect(cells[4]).toContain("-4");
    expect(await storedSnapshots()).toEqual(before);

    const marked = await downloadFrom(reviewer, reviewer.getByTestId("xlsx-download-marked"));
    expect(marked.name).toBe("co-cau-loi-da-danh-dau-loi.xlsx");
    expect(marked.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await reviewer.screenshot({ path: join(artifactsDir, "xlsx-import-problems-vi.png") });
    await closeImportDialog(reviewer);
  });

  it("the Cát Hải officer downloads the plan's Tờ trình as DOCX and its before/after table", async () => {
    const cookie = await signIn(app.url, demoEmails.catHaiOfficer);
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${app.url}/trpc`, headers: { cookie } })],
    });
    const snapshots = await client.org.snapshots.query({ provinceCode: "31" });
    const current = snapshots.find((snapshot) => snapshot.name.startsWith("Hiện trạng"));
    if (!current) throw new Error("the seed has no 'Hiện trạng' data set");
    const plan = await client.plan.create.mutate({
      snapshotId: current.id,
      title: "Hồ sơ sắp xếp Cát Hải",
      districtId: "cat-hai",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
    });
    await client.plan.addOperation.mutate({
      id: plan.id,
      version: plan.version,
      phaseIndex: 0,
      operation: {
        op: "merge",
        ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
        into: { id: "cat-hai-van-hoa-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
      },
    });
    planPath = `/phuong-an/${plan.id}`;

    const officer = await pageFor(demoEmails.catHaiOfficer, planPath);
    await expect.poll(() => officer.getByTestId("plan-dossier").isVisible(), { timeout: 20_000 }).toBe(true);
    await officer.getByTestId("plan-dossier").click();
    const toTrinh = await downloadFrom(officer, officer.getByTestId("dossier-to-trinh"));
    expect(toTrinh.name).toBe("01-to-trinh.docx");
    expect(toTrinh.bytes.subarray(0, 2).toString("latin1")).toBe("PK");

    const tables = await downloadFrom(officer, officer.getByTestId("export-plan-tables"));
    expect(tables.name).toMatch(/\.xlsx$/);
    expect(tables.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("a viewer reads the plan and its tables, without the dossier menu", async () => {
    const viewer = await pageFor(demoEmails.viewer, planPath);
    await expect
      .poll(() => viewer.getByTestId("plan-title").textContent(), { timeout: 20_000 })
      .toBe("Hồ sơ sắp xếp Cát Hải");
    expect(await viewer.getByTestId("export-plan-tables").isVisible()).toBe(true);
    expect(await viewer.getByTestId("plan-dossier").count()).toBe(0);
  });
});
