// The system-status page (/he-thong) in a real browser, signed in as a viewer: Vietnamese by default, live
// system status from the API, an English switch, and translated errors (never raw JSON).
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

const isApiCallButSession = (url: URL) =>
  url.pathname.startsWith("/trpc/") && !url.pathname.startsWith("/trpc/system.me");

describe.skipIf(!chromiumAvailable)("home page in Chromium", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  it("shows the product, its purpose and the live system status in Vietnamese", async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, app.url, "xem@tinhgon.local", { path: "/he-thong" });
    await expect.poll(() => page.getByTestId("health-database").textContent()).toMatch(/^Kết nối tốt \(/);
    expect(await page.title()).toBe("Tinh Gọn");
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    const text = await page.locator("body").innerText();
    expect(text).toContain("Lập và thẩm định phương án sắp xếp tổ chức, biên chế");
    expect(text).toContain("Hoạt động bình thường");
    // RS-2014, RS-2020, RS-2025A, RS-2025B, RS-2026.
    expect(await page.getByTestId("rule-pack").count()).toBe(5);
    // Dates in the Vietnamese format (dd/mm/yyyy).
    expect(text).toContain("từ 25/11/2020 đến 28/02/2025");
    await page.screenshot({ path: join(artifactsDir, "home-vi.png"), fullPage: true });
  });

  it("switches to English and remembers the choice", async () => {
    await page.getByText("English", { exact: true }).click();
    await expect.poll(() => page.getByTestId("health-status").textContent()).toBe("Operational");
    await page.reload();
    await expect.poll(() => page.getByTestId("health-status").textContent()).toBe("Operational");
    await page.screenshot({ path: join(artifactsDir, "home-en.png"), fullPage: true });
    await page.getByText("Tiếng Việt", { exact: true }).click();
    await expect.poll(() => page.getByTestId("health-status").textContent()).toBe("Hoạt động bình thường");
  });

  it("shows a translated message, not raw JSON, when the server fails", async () => {
    const failing = await browser.newPage();
    await signInAs(failing, app.url, "xem@tinhgon.local", { path: "/quy-dinh" });
    // Every call but "who is signed in" fails, as when the server breaks while the user works.
    await failing.route(isApiCallButSession, (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify([
          {
            error: {
              message: "Internal error",
              code: -32603,
              data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500, appCode: "INTERNAL", issues: null },
            },
          },
        ]),
      }),
    );
    await failing.goto(`${app.url}/he-thong`);
    const alert = failing.getByRole("alert");
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain("Đã xảy ra lỗi ở máy chủ");
    expect(await failing.locator("body").innerText()).not.toContain("INTERNAL_SERVER_ERROR");
    await failing.screenshot({ path: join(artifactsDir, "home-error.png") });
    await failing.close();
  });
});
