// Signing in and out in a real browser: the sign-in page is shown over whatever page was asked for and
// opens it afterwards; every failure is explained in Vietnamese with what to do next (wrong password,
// too many attempts, server unreachable); the user menu names the user, the role and the scope; signing
// out clears what the previous user saw; an expired session shows the sign-in page again.
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  artifactsDir,
  chromiumAvailable,
  launchBrowser,
  signInAs,
  signOutThroughMenu,
} from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { DEMO_PASSWORD, startSeededApp } from "../support/seeded-app.ts";

describe.skipIf(!chromiumAvailable)("signing in and out in Chromium", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  const errorText = () => page.getByTestId("sign-in-error").innerText();

  it("shows the sign-in page in Vietnamese instead of the page asked for, and explains empty fields", async () => {
    await page.goto(`${app.url}/phuong-an`);
    await expect.poll(() => page.getByTestId("sign-in-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/phuong-an");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Đăng nhập");
    expect(await page.locator("header").count()).toBe(0);
    await page.getByTestId("sign-in-submit").click();
    await expect
      .poll(() => page.getByTestId("sign-in-form").innerText())
      .toContain("Nhập địa chỉ thư điện tử của tài khoản.");
    expect(await page.getByTestId("sign-in-form").innerText()).toContain("Nhập mật khẩu.");
    await page.getByTestId("sign-in-email").fill("khong-phai-email");
    await expect.poll(() => page.getByTestId("sign-in-form").innerText()).toContain("chưa đúng dạng");
    await page.screenshot({ path: join(artifactsDir, "sign-in-vi.png"), fullPage: true });
  });

  it("says the email or password is wrong, and what to check", async () => {
    await page.getByTestId("sign-in-email").fill("canbo.cathai@tinhgon.local");
    await page.getByTestId("sign-in-password").fill("mat-khau-sai");
    await page.getByTestId("sign-in-submit").click();
    await expect.poll(errorText).toContain("Thư điện tử hoặc mật khẩu không đúng");
    expect(await errorText()).toContain("chữ hoa, chữ thường");
    expect(await page.locator("body").innerText()).not.toContain("INVALID_EMAIL_OR_PASSWORD");
  });

  it("says to wait after too many attempts (HTTP 429), and when the server cannot be reached", async () => {
    await page.route("**/api/auth/sign-in/email", (route) =>
      route.fulfill({
        status: 429,
        contentType: "application/json",
        headers: { "X-Retry-After": "42" },
        body: JSON.stringify({ message: "Too many requests. Please try again later." }),
      }),
    );
    await page.getByTestId("sign-in-submit").click();
    await expect.poll(errorText).toContain("Đăng nhập sai quá nhiều lần. Vui lòng chờ 42 giây rồi thử lại");
    await page.unroute("**/api/auth/sign-in/email");

    await page.route("**/api/auth/sign-in/email", (route) => route.abort("internetdisconnected"));
    await page.getByTestId("sign-in-submit").click();
    await expect.poll(errorText).toContain("Không liên lạc được với máy chủ");
    expect(await errorText()).toContain("Kiểm tra kết nối mạng");
    await page.unroute("**/api/auth/sign-in/email");
    expect(await page.locator("body").innerText()).not.toMatch(/Too many requests|\{"/);
  });

  it("signs in with the form and opens the page that was asked for", async () => {
    await page.getByTestId("sign-in-password").fill(DEMO_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await expect.poll(() => page.getByTestId("plans-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/phuong-an");
    expect(await page.getByTestId("sign-in-page").count()).toBe(0);
  });

  it("names the user, the role and the scope in the user menu", async () => {
    await page.getByTestId("user-menu").click();
    const card = page.getByTestId("user-card");
    await expect.poll(() => page.getByTestId("user-role").innerText()).toBe("Cán bộ Phòng Nội vụ cấp huyện");
    await expect.poll(() => page.getByTestId("user-scope").innerText()).toBe("Huyện Cát Hải");
    expect(await card.innerText()).toContain("canbo.cathai@tinhgon.local");
    expect(await page.getByTestId("user-menu").innerText()).not.toBe("");
    await page.screenshot({ path: join(artifactsDir, "user-menu-vi.png") });
    await page.keyboard.press("Escape");
  });

  it("signs out, back to the sign-in page, and the next user sees nothing of the previous one's", async () => {
    await page.getByTestId("nav-plans").click();
    await signOutThroughMenu(page);
    expect(await page.getByTestId("sign-in-notice").innerText()).toContain("Bạn đã đăng xuất.");
    expect(new URL(page.url()).pathname).toBe("/");
    // Signed out: the API answers this browser as it would anyone not signed in.
    const me = await page.request.get(`${app.url}/trpc/system.me`);
    expect(me.status()).toBe(401);

    // The viewer signs in on the same browser: viewer's role, no way to create a plan.
    await signInAs(page, app.url, "xem@tinhgon.local", { via: "form", path: "/phuong-an" });
    await expect.poll(() => page.getByTestId("plans-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId("create-plan").count()).toBe(0);
    expect(await page.getByTestId("plans-read-only").innerText()).toContain("không lập phương án");
    await page.getByTestId("user-menu").click();
    await expect.poll(() => page.getByTestId("user-role").innerText()).toBe("Người xem");
    await page.keyboard.press("Escape");
  });

  it("shows the sign-in page again when the session expires, and returns to the page after signing in", async () => {
    await page.goto(`${app.url}/quy-dinh`);
    await expect.poll(() => page.getByTestId("rules-page").isVisible(), { timeout: 15_000 }).toBe(true);
    // The session ends behind the page's back (as after 8 hours, on a page at rest): the cookies are
    // dropped once the page has loaded everything, so no request of its own is caught half-way.
    await page.waitForLoadState("networkidle");
    await context.clearCookies();
    await page.getByTestId("nav-plans").click();
    await expect.poll(() => page.getByTestId("sign-in-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId("sign-in-notice").innerText()).toContain("Phiên làm việc đã hết hạn");
    await page.getByTestId("sign-in-email").fill("xem@tinhgon.local");
    await page.getByTestId("sign-in-password").fill(DEMO_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await expect.poll(() => page.getByTestId("plans-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/phuong-an");
  });

  it("shows the sign-in page in English, and an administrator the users page", async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await other.goto(app.url);
    await other.getByText("English", { exact: true }).click();
    await expect.poll(() => other.getByRole("heading", { level: 1 }).innerText()).toBe("Sign in");
    await other.screenshot({ path: join(artifactsDir, "sign-in-en.png"), fullPage: true });
    await other.getByText("Tiếng Việt", { exact: true }).click();

    await signInAs(other, app.url, "admin@tinhgon.local", { via: "form" });
    await expect
      .poll(() => other.getByTestId("users-table").innerText(), { timeout: 15_000 })
      .toContain("canbo.cathai@tinhgon.local");
    expect(await other.getByTestId("nav-explorer").count()).toBe(0);
    // A page of province data says where the administrator's work is, instead of failing.
    await other.goto(`${app.url}/co-cau`);
    await expect
      .poll(() => other.locator("body").innerText(), { timeout: 15_000 })
      .toContain("Tài khoản quản trị không xem số liệu tổ chức");
    await other.close();
  });
});
