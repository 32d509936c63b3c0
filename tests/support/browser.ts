// Debian's Chromium driven by playwright-core (no browser download; see docs/adr/0001-stack-and-architecture.md).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { expect } from "vitest";

import { testEnv } from "./env.ts";
import { DEMO_PASSWORD } from "./seeded-app.ts";

export const chromiumAvailable = existsSync(testEnv.CHROMIUM_PATH);

/** Screenshots land here (git-ignored) so a person can look at what the tests saw. */
export const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "artifacts");

export async function launchBrowser(): Promise<Browser> {
  await mkdir(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: testEnv.CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface SignInOptions {
  /** "form" fills the sign-in page as a user would; "request" posts to the sign-in route (faster). */
  via?: "form" | "request";
  password?: string;
  /** Where to go once signed in (a path of the app); the form is shown over whatever page is asked for. */
  path?: string;
}

/**
 * Signs `email` in in `page`'s browser context (the session cookie is the context's, so every page of
 * the context is signed in), then opens `path` (default "/").
 */
export async function signInAs(
  page: Page,
  baseUrl: string,
  email: string,
  { via = "request", password = DEMO_PASSWORD, path = "/" }: SignInOptions = {},
): Promise<void> {
  if (via === "request") {
    const response = await page.request.post(`${baseUrl}/api/auth/sign-in/email`, {
      data: { email, password },
      headers: { origin: baseUrl },
    });
    if (!response.ok()) throw new Error(`sign-in of ${email} failed: HTTP ${String(response.status())}`);
    await page.goto(`${baseUrl}${path}`);
    return;
  }
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId("sign-in-email").fill(email);
  await page.getByTestId("sign-in-password").fill(password);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("sign-in-page").waitFor({ state: "detached", timeout: 15_000 });
}

/** Signs out through the user menu; the sign-in page is shown again. */
export async function signOutThroughMenu(page: Page): Promise<void> {
  await page.getByTestId("user-menu").click();
  await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-page").waitFor({ state: "visible", timeout: 15_000 });
}

/**
 * Picks `text` in the antd Select `select` once, by typing it (our Selects are searchable). The search box
 * is focused rather than clicked: a click on an open list closes it.
 */
async function pickOnce(page: Page, select: Locator, text: string): Promise<void> {
  await select.locator("input").first().focus();
  // A lost pick may have left its text in the search box: replace it rather than add to it.
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
  const option = page
    .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text })
    .first();
  // Typing opens the list; if it is still closed, the arrow key opens it.
  if (!(await option.isVisible())) await page.keyboard.press("ArrowDown");
  await option.click({ timeout: 5_000 });
}

/**
 * Picks each text in the antd Select `select` (single or multiple) until each shows as chosen: on a busy
 * machine a click can land while the options list redraws, and the pick is then silently lost.
 */
export async function pick(page: Page, select: Locator, ...texts: string[]): Promise<void> {
  for (const text of texts) {
    // antd 6 shows a multiple Select's choices as selection items, a single Select's choice as its content.
    const chosen = select.locator(".ant-select-selection-item, .ant-select-content-has-value", {
      hasText: text,
    });
    await expect
      .poll(
        async () => {
          if ((await chosen.count()) === 0) {
            // A list that closed or redrew under the click: the next round tries again.
            await pickOnce(page, select, text).catch(() => undefined);
          }
          return chosen.count();
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
  }
}
