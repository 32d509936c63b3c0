// The first slice of the web app in a real browser, on the seeded demo data (Thành phố Hải Phòng):
// the overview's totals and compliance chart, the organisation explorer with an accent-insensitive
// search and a unit's findings with their citations, English labels, and bookmarkable URLs.
import { join } from "node:path";

import { createLogger, parseServerEnv, startApplication, type RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser } from "../support/browser.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe.skipIf(!chromiumAvailable)("overview and organisation explorer in Chromium", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Without NO_SEED the application seeds the demo data into the empty database.
    app = await startApplication(
      parseServerEnv({ DATABASE_URL: database.url, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "test" }),
      () => undefined,
      createLogger({ level: "silent" }),
    );
    expect(app.seeded).toBe(true);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  async function chooseSnapshot(name: string): Promise<void> {
    await page.getByRole("combobox", { name: "Số liệu" }).click();
    await page.locator(".ant-select-item-option", { hasText: name }).click();
  }

  it("shows the overview of Hải Phòng: totals, counts by severity and a chart", async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId("overview-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole("combobox", { name: "Tỉnh, thành phố" }).isVisible()).toBe(true);
    await expect.poll(() => page.locator("header").innerText()).toContain("Thành phố Hải Phòng");
    await chooseSnapshot("Hiện trạng 30/06/2021");
    await expect.poll(() => page.getByTestId("total-agencies").textContent()).toBe("19");
    expect(page.url()).toContain("snapshot=");
    expect(await page.getByTestId("total-districts").textContent()).toBe("15");
    expect(await page.getByTestId("total-divisions").textContent()).toBe("172");
    // Numbers in the Vietnamese format: a dot groups thousands.
    expect(await page.getByTestId("total-payroll").textContent()).toBe("2.713");
    await expect
      .poll(() => page.getByTestId("count-violation").textContent(), { timeout: 15_000 })
      .toBe("28");
    expect(await page.getByTestId("count-warning").textContent()).toBe("25");
    await expect
      .poll(() => page.locator("[data-testid=compliance-chart] svg .recharts-bar-rectangle").count())
      .toBeGreaterThan(5);
    expect(await page.getByTestId("compliance-table").innerText()).toContain("Sở Nội vụ");
    await page.screenshot({ path: join(artifactsDir, "overview-vi.png"), fullPage: true });

    await page.getByText("Theo quận, huyện").click();
    await expect.poll(() => page.getByTestId("compliance-table").innerText()).toContain("Huyện Cát Hải");
    await page.screenshot({ path: join(artifactsDir, "overview-districts-vi.png"), fullPage: true });
  });

  it("opens a district from the overview's table in the explorer", async () => {
    await page.getByTestId("compliance-table").getByText("Huyện Cát Hải").click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/co-cau");
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Huyện Cát Hải");
    expect(await page.getByTestId("node-detail").innerText()).toContain("D-PH-04");
  });

  it("finds Cát Hải without diacritics and explains Phòng Kinh tế's findings", async () => {
    await page.getByTestId("nav-explorer").click();
    await expect.poll(() => page.getByTestId("explorer-page").isVisible()).toBe(true);
    await page.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("cat hai");
    const tree = page.getByTestId("org-tree");
    await tree.getByText("Huyện Cát Hải", { exact: true }).click();
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Huyện Cát Hải");
    await tree.getByText("Phòng Kinh tế", { exact: true }).click();
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Phòng Kinh tế");

    const detail = page.getByTestId("node-detail");
    await expect.poll(() => detail.getByTestId("finding").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const text = await detail.innerText();
    expect(text).toContain("Huyện Cát Hải");
    expect(text).toContain("Kinh tế và Hạ tầng");
    expect(text).toContain("Phó Trưởng phòng");
    expect(text).toContain("Chuyên viên (01.003)");
    const rules = await detail.getByTestId("finding-rule").allInnerTexts();
    expect(rules.join(" ")).toContain("D-DEP-01");
    expect(rules.join(" ")).toContain("JP-06");
    // The decree sets no per-division cap: D-DEP-01's number for one division is a warning threshold,
    // while JP-06's is the position's approved maximum.
    expect(text).toContain("Thực tế 4 / ngưỡng cảnh báo 3");
    expect(text).not.toContain("Thực tế 4 / tối đa 3");
    expect(text).toContain("Thực tế 3 / tối đa 2");
    expect((await detail.getByTestId("finding-citation").allInnerTexts()).join("\n")).toContain("Nghị định");
    expect(text).toContain("Cách hiểu áp dụng — cần đối chiếu văn bản chính thức");
    expect(text).toContain("docs/adr/0006-district-deputy-pool.md");
    await page.screenshot({ path: join(artifactsDir, "explorer-vi.png"), fullPage: true });

    // The URL names the page, the snapshot and the unit: a reload (or a shared link) shows the same.
    await page.reload();
    await expect
      .poll(() => page.getByTestId("node-title").textContent(), { timeout: 15_000 })
      .toBe("Phòng Kinh tế");
  });

  it("switches the explorer to English", async () => {
    await page.getByText("English", { exact: true }).click();
    const detail = page.getByTestId("node-detail");
    await expect.poll(() => detail.innerText()).toContain("Job positions");
    const text = await detail.innerText();
    expect(text).toContain("Findings under the rules");
    expect(text).toContain("Interpretation applied — confirm with the official text");
    expect(text).toContain("Actual 4 / warning threshold 3");
    expect(text).not.toMatch(/explorer\.|finding\.|severity\./);
    expect(await page.getByTestId("nav-explorer").textContent()).toBe("Organisation");
    await page.screenshot({ path: join(artifactsDir, "explorer-en.png"), fullPage: true });
    await page.getByTestId("nav-overview").click();
    await expect.poll(() => page.getByTestId("totals").innerText()).toContain("Provincial departments");
    await page.screenshot({ path: join(artifactsDir, "overview-en.png"), fullPage: true });
    await page.getByText("Tiếng Việt", { exact: true }).click();
  });

  it("shows a translated error, not raw JSON, when the server fails", async () => {
    const failing = await browser.newPage();
    await failing.route("**/trpc/**", (route) =>
      route.fulfill({
        status: 404,
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            message: "not found",
            code: -32004,
            data: { code: "NOT_FOUND", httpStatus: 404, appCode: "PROVINCE_NOT_FOUND" },
          },
        }),
      }),
    );
    await failing.goto(`${app.url}/co-cau-to-chuc`);
    const alert = failing.getByRole("alert").first();
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain("Không tìm thấy tỉnh, thành phố này");
    expect(await failing.locator("body").innerText()).not.toContain("PROVINCE_NOT_FOUND");
    await failing.close();
  });
});
