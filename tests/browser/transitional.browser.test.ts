// Issue #10's transitional findings in the plan editor (ADR 0033): Cát Hải's officer dates the plan's
// phase 15/03/2025, under RS-2025A (Decree 45/2025), and merges two divisions. The district's 23 deputies
// then exceed its pool of 2 × 10 = 20 (D25-DEP-01), but the merge is a re-arrangement decision: the
// surplus is transitional until 15/03/2030 (T-2025-01), and the live panel says so with the deadline
// counted down. Undoing the merge takes the transition away: the same surplus is then a violation.
import type { RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { chromiumAvailable, launchBrowser, pick, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

describe.skipIf(!chromiumAvailable)(
  "transitional deputies after a merge under today's law (Chromium)",
  () => {
    let database: TestDatabase;
    let app: RunningApplication;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      ({ app, database } = await startSeededApp());
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await signInAs(page, app.url, "canbo.cathai@tinhgon.local", { path: "/phuong-an" });
    });

    afterAll(async () => {
      await browser.close();
      await app.stop();
      await database.drop();
    });

    it("a plan phase dated 15/03/2025 is judged by RS-2025A", async () => {
      await page.getByTestId("create-plan").click();
      await expect
        .poll(() => page.getByTestId("create-plan-form").isVisible(), { timeout: 15_000 })
        .toBe(true);
      await page.getByTestId("plan-title-input").fill("Sắp xếp Cát Hải theo Nghị định 45/2025");
      await page.getByRole("button", { name: "Tạo phương án" }).last().click();
      await expect
        .poll(() => new URL(page.url()).pathname, { timeout: 15_000 })
        .toMatch(/^\/phuong-an\/[0-9a-f-]{36}$/);
      await page.getByTestId("edit-phase").click();
      await page.getByTestId("phase-date").fill("2025-03-15");
      await page.getByRole("button", { name: "Lưu" }).last().click();
      await expect
        .poll(() => page.getByTestId("compliance-panel").innerText(), { timeout: 15_000 })
        .toContain("RS-2025A");
    });

    it("merging two divisions makes the district's surplus transitional, with its deadline counted down", async () => {
      await page.getByTestId("add-operation").click();
      await page.getByTestId("add-merge").click();
      await pick(page, page.getByTestId("merge-ids"), "Phòng Văn hóa và Thông tin", "Phòng Y tế");
      await page.locator(".ant-modal-title:visible").first().click();
      await page.getByTestId("merge-name").fill("Phòng Văn hóa, Thông tin và Y tế");
      await page.getByTestId("operation-submit").click();
      await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(1);

      const introduced = page.getByTestId("last-change").getByTestId("last-change-introduced");
      await expect.poll(() => introduced.innerText(), { timeout: 15_000 }).toContain("D25-DEP-01");
      const text = await introduced.innerText();
      expect(text).toContain("Chuyển tiếp");
      expect(text).toContain("chậm nhất ngày 15/03/2030");
      // The tag counts the days from today to the deadline (the last day allowed).
      const deadline = introduced.getByTestId("finding-deadline").first();
      expect(await deadline.innerText()).toMatch(
        /^Hạn chuyển tiếp 15\/03\/2030 — (còn [\d.]+ ngày|hôm nay là ngày cuối|đã quá hạn [\d.]+ ngày)$/,
      );
      // The server's own evaluation agrees with the browser's.
      await expect
        .poll(() => page.getByTestId("server-check").innerText(), { timeout: 15_000 })
        .toContain("trùng khớp");
    });

    it("undoing the merge takes the transition away: no decision, no deadline", async () => {
      await page.getByTestId("undo").click();
      await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(0);
      const lastChange = page.getByTestId("last-change");
      // What the undo did: the transitional surplus gone, the same surplus back as a plain violation.
      await expect
        .poll(() => lastChange.getByTestId("last-change-resolved").innerText(), { timeout: 15_000 })
        .toContain("15/03/2030");
      const introduced = lastChange.getByTestId("last-change-introduced");
      expect(await introduced.innerText()).toContain("D25-DEP-01");
      expect(await introduced.getByTestId("finding-deadline").count()).toBe(0);
      await expect
        .poll(() => page.getByTestId("server-check").innerText(), { timeout: 15_000 })
        .toContain("trùng khớp");
    });
  },
);
