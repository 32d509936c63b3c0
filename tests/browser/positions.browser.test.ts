// The job-position page (Vị trí việc làm) in a real browser on the seeded demo data (Thành phố Hải Phòng,
// Cát Hải's divisions from examples/cat-hai-2021.snapshot.json): the scheme of Phòng Kinh tế by group and
// rank, its civil-servant positions against the payroll, the rank-structure chart, adding a position
// (after a refused count) and deleting it, English labels, the chart as a PNG, and a missing holder.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

const newPositionId = "cat-hai-kinh-te-chuyen-vien-quan-ly-do-thi";

describe.skipIf(!chromiumAvailable)("job positions in Chromium", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    expect(app.seeded).toBe(true);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 1100 } });
    // Cát Hải's district officer: may change its divisions' positions.
    await signInAs(page, app.url, "canbo.cathai@tinhgon.local");
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  const statement = () => page.getByTestId("positions-payroll-statement").textContent();
  const total = () => page.getByTestId("positions-total").textContent();
  const rankTicks = () =>
    page.locator("[data-testid=positions-rank-chart] .recharts-cartesian-axis-tick-value").allTextContents();
  const rankLabels = () =>
    page.locator("[data-testid=positions-rank-chart] .recharts-label-list text").allTextContents();

  it("opens on the first division with positions and switches to Cát Hải's Phòng Kinh tế", async () => {
    await page.goto(`${app.url}/vi-tri-viec-lam`);
    await expect.poll(() => page.getByTestId("positions-page").isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByRole("combobox", { name: "Số liệu" }).click();
    await page.locator(".ant-select-item-option", { hasText: "Hiện trạng 30/06/2021" }).click();
    // The default: the first holder that declares positions, Cát Hải's Văn phòng HĐND và UBND:
    // 10 civil servants (the 2 support staff are labour contracts) for a payroll of 12.
    await expect.poll(statement, { timeout: 15_000 }).toBe("10 người / biên chế 12 — còn 2 chưa dùng");
    expect(await total()).toBe("12");

    const picker = page.getByRole("combobox", { name: "Đơn vị" });
    await picker.click();
    await picker.fill("kinh te");
    await page.locator(".ant-select-tree-title", { hasText: "Phòng Kinh tế — 6 vị trí" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("holder")).toBe("cat-hai-kinh-te");
    await expect.poll(statement, { timeout: 15_000 }).toBe("11 người / biên chế 11 — vừa đủ");
    expect(await page.getByTestId("positions-payroll").getAttribute("data-status")).toBe("equal");
    expect(await page.getByTestId("positions-payroll").innerText()).toContain("Đúng biên chế");

    // By group: Trưởng phòng 1 + Phó Trưởng phòng 4; 2 + 2 + 1 professional; 1 shared; no support.
    const table = page.getByTestId("positions-table");
    expect(await page.getByTestId("positions-group-count-leadership").textContent()).toBe("5");
    expect(await page.getByTestId("positions-group-count-professional").textContent()).toBe("5");
    expect(await page.getByTestId("positions-group-count-shared_professional").textContent()).toBe("1");
    expect(await page.getByTestId("positions-group-count-support").textContent()).toBe("0");
    expect(await total()).toBe("11");
    const text = await table.innerText();
    expect(text).toContain("Lãnh đạo, quản lý");
    expect(text).toContain("Hỗ trợ, phục vụ — Chưa có vị trí");
    expect(text).toContain("Chuyên viên quản lý nông nghiệp, thủy sản");
    expect(text).toContain("Chuyên viên chính (01.002)");
    expect(text).toContain("Cán sự (01.004)");
    // 3 placed in a position approved for 2 (JP-06), said in words.
    expect(text).toContain("3 (vượt 1)");

    // Rank structure over the 6 non-leadership civil servants: 5 Chuyên viên, 1 Cán sự.
    await expect.poll(rankLabels, { timeout: 15_000 }).toEqual(["83,3%", "16,7%"]);
    expect(await rankTicks()).toEqual(expect.arrayContaining(["Chuyên viên (01.003)", "Cán sự (01.004)"]));
    await expect
      .poll(() => page.locator("[data-testid=positions-payroll-chart] .recharts-bar-rectangle").count())
      .toBeGreaterThan(2);

    // Only the job-position rules' findings about Phòng Kinh tế: its rank structure (JP-03) and 3 people
    // placed in "Chuyên viên quản lý xây dựng, giao thông", approved for 2 (JP-06); not its deputies.
    const findings = page.getByTestId("positions-findings");
    await expect.poll(() => findings.getByTestId("finding").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const rules = (await findings.getByTestId("finding-rule").allInnerTexts()).join(" ");
    expect(rules).toContain("JP-03");
    expect(rules).toContain("JP-06");
    expect(rules).not.toContain("D-DEP-01");
    expect(await findings.innerText()).toContain("Thực tế 3 / tối đa 2");

    await page.screenshot({ path: join(artifactsDir, "positions-vi.png"), fullPage: true });

    // The URL names the holder: a reload shows the same division.
    await page.reload();
    await expect.poll(statement, { timeout: 15_000 }).toBe("11 người / biên chế 11 — vừa đủ");
  });

  it("refuses a negative count next to the field, then adds the position and the total changes", async () => {
    await page.getByTestId("position-add").click();
    const form = page.getByTestId("position-form");
    await form.getByLabel("Tên vị trí").fill("Chuyên viên quản lý đô thị");
    const count = form.getByLabel("Số người");
    await count.fill("-1");
    await page.getByTestId("position-form-save").click();
    const countItem = form.locator(".ant-form-item").filter({ has: page.getByLabel("Số người") });
    await expect
      .poll(() => countItem.locator(".ant-form-item-explain-error").textContent())
      .toBe("phải là số nguyên ≥ 0");
    expect(await total()).toBe("11");

    await count.fill("2");
    await page.getByTestId("position-form-save").click();
    await expect.poll(() => form.isVisible(), { timeout: 15_000 }).toBe(false);
    await expect.poll(total, { timeout: 15_000 }).toBe("13");
    await expect.poll(statement, { timeout: 15_000 }).toBe("13 người / biên chế 11 — vượt 2");
    expect(await page.getByTestId("positions-payroll").getAttribute("data-status")).toBe("over");
    expect(await page.getByTestId("positions-payroll").innerText()).toContain("Vượt biên chế");
    expect(await page.getByTestId("positions-group-count-professional").textContent()).toBe("7");
    expect(await page.getByTestId("positions-table").innerText()).toContain("Chuyên viên quản lý đô thị");
    // 7 Chuyên viên and 1 Cán sự now.
    await expect.poll(rankLabels, { timeout: 15_000 }).toEqual(["87,5%", "12,5%"]);
    // The findings were fetched again: JP-05 now says the scheme needs more than the payroll.
    const findings = page.getByTestId("positions-findings");
    await expect.poll(() => findings.innerText(), { timeout: 15_000 }).toContain("JP-05");
    expect(await findings.innerText()).toContain("Thực tế 13 / tối đa 11");
  });

  it("edits the new position's count", async () => {
    await page.getByTestId(`position-edit-${newPositionId}`).click();
    const form = page.getByTestId("position-form");
    expect(await form.getByLabel("Tên vị trí").inputValue()).toBe("Chuyên viên quản lý đô thị");
    await form.getByLabel("Số người").fill("1");
    await page.getByTestId("position-form-save").click();
    await expect.poll(() => form.isVisible(), { timeout: 15_000 }).toBe(false);
    await expect.poll(total, { timeout: 15_000 }).toBe("12");
    await expect.poll(statement, { timeout: 15_000 }).toBe("12 người / biên chế 11 — vượt 1");
  });

  it("deletes the position after a confirmation", async () => {
    await page.getByTestId(`position-delete-${newPositionId}`).click();
    const confirm = page.locator(".ant-popconfirm");
    await expect.poll(() => confirm.innerText()).toContain("Xóa vị trí “Chuyên viên quản lý đô thị”?");
    await confirm.getByRole("button", { name: "Xóa" }).click();
    await expect.poll(total, { timeout: 15_000 }).toBe("11");
    await expect.poll(statement, { timeout: 15_000 }).toBe("11 người / biên chế 11 — vừa đủ");
    expect(await page.getByTestId("positions-table").innerText()).not.toContain("Chuyên viên quản lý đô thị");
    await expect
      .poll(() => page.getByTestId("positions-findings").innerText(), { timeout: 15_000 })
      .not.toContain("JP-05");
  });

  it("downloads the rank-structure chart as a PNG", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("positions-rank-frame-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("co-cau-ngach-cong-chuc.png");
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("\x89PNG");
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it("shows the page in English", async () => {
    await page.getByText("English", { exact: true }).click();
    await expect.poll(statement, { timeout: 15_000 }).toBe("11 people / payroll 11 — exactly used");
    const text = await page.getByTestId("positions-page").innerText();
    expect(text).toContain("Positions by group and rank");
    expect(text).toContain("Leadership and management");
    expect(text).toContain("Shared professional");
    expect(text).toContain("Payroll exactly used");
    expect(text).toContain("Civil-servant rank structure");
    expect(text).toContain("support and service positions (labour contracts) are not counted either");
    expect(text).toContain("Job-position rules (JP-03 … JP-07)");
    // No untranslated catalogue key ("positions.table.title") shows.
    expect(text).not.toMatch(/\b(positions|positionGroup)\.[a-z]/);
    await expect.poll(rankTicks).toEqual(expect.arrayContaining(["Specialist (01.003)", "Officer (01.004)"]));
    await expect.poll(rankLabels, { timeout: 15_000 }).toEqual(["83.3%", "16.7%"]);
    await page.screenshot({ path: join(artifactsDir, "positions-en.png"), fullPage: true });
    await page.getByText("Tiếng Việt", { exact: true }).click();
  });

  it("says what to do next for a division without positions: read-only elsewhere, add in Cát Hải", async () => {
    const picker = page.getByRole("combobox", { name: "Đơn vị" });
    await expect.poll(() => picker.isVisible(), { timeout: 15_000 }).toBe(true);
    await picker.click();
    await picker.fill("noi vu");
    // The first district's Phòng Nội vụ is not Cát Hải's: its officer may read it, not add to it.
    await page.locator(".ant-select-tree-title", { hasText: "Phòng Nội vụ — chưa khai báo" }).first().click();
    const empty = page.getByTestId("positions-empty");
    await expect
      .poll(() => empty.innerText(), { timeout: 15_000 })
      .toContain("chưa khai báo vị trí việc làm");
    expect(new URL(page.url()).searchParams.get("holder")).not.toBe("cat-hai-noi-vu");
    expect(await empty.innerText()).toContain("bạn chỉ xem");
    expect(await page.getByTestId("position-add").count()).toBe(0);

    const url = new URL(page.url());
    url.searchParams.set("holder", "cat-hai-noi-vu");
    await page.goto(url.toString());
    await expect.poll(() => empty.innerText(), { timeout: 15_000 }).toContain("Hãy thêm các vị trí");
    expect(await empty.getByTestId("position-add").isVisible()).toBe(true);
  });

  it("shows the server's refusal in Vietnamese, naming the field", async () => {
    // The server's answer to an edit that would make the structure invalid (EDIT_INVALID with problems).
    await page.route("**/trpc/positions.create**", (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify([
          {
            error: {
              message: "The change would make the structure invalid.",
              code: -32600,
              data: {
                code: "BAD_REQUEST",
                httpStatus: 400,
                appCode: "EDIT_INVALID",
                problems: [
                  {
                    path: "districts[15].divisions[1].positions[0].count",
                    message: { vi: "phải ≤ 1000000", en: "expected a value ≤ 1000000" },
                  },
                ],
              },
            },
          },
        ]),
      }),
    );
    await page.getByTestId("position-add").click();
    const form = page.getByTestId("position-form");
    await form.getByLabel("Tên vị trí").fill("Chuyên viên tổ chức");
    await page.getByTestId("position-form-save").click();
    await expect
      .poll(() => page.getByTestId("position-form-problems").innerText(), { timeout: 15_000 })
      .toContain("districts[15].divisions[1].positions[0].count: phải ≤ 1000000");
    const countItem = form.locator(".ant-form-item").filter({ has: page.getByLabel("Số người") });
    expect(await countItem.locator(".ant-form-item-explain-error").textContent()).toBe("phải ≤ 1000000");
    expect(await page.locator(".ant-message").innerText()).toContain(
      "Chưa lưu được: Thay đổi này làm cơ cấu không hợp lệ nên chưa được lưu.",
    );
    expect(await page.locator("body").innerText()).not.toContain("EDIT_INVALID");
    await page.unroute("**/trpc/positions.create**");
    await page.locator(".ant-modal").getByRole("button", { name: "Hủy" }).click();
    await expect.poll(() => form.isVisible()).toBe(false);
  });

  it("says so when the holder in the URL is not in the data set", async () => {
    const url = new URL(page.url());
    url.searchParams.set("holder", "khong-co-don-vi-nay");
    await page.goto(url.toString());
    await expect
      .poll(() => page.getByTestId("positions-holder-missing").textContent(), { timeout: 15_000 })
      .toContain("Không có đơn vị này trong bộ số liệu đang xem");
  });
});
