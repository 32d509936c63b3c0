// Issue 6: no serious or critical axe-core violations on the main pages, in both languages — the
// sign-in page, every page of a signed-in officer, the plan editor with its review panel (lists open,
// comment form) and the administrator's users page; and the production build works offline — a
// provincial data centre has no internet, so the pages may load nothing (fonts, scripts, styles,
// images) from any host but the app's own.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import type { AppRouter } from "@tinhgon/api";
import type { RunningApplication } from "@tinhgon/server";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser, signInAs } from "../support/browser.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";
import { signIn } from "../support/session.ts";

const webDist = join(import.meta.dirname, "..", "..", "apps", "web", "dist");

type Visitor = "officer" | "anonymous" | "admin";

/** The main pages, who visits them and what each shows once loaded (the plan editor's path is known once a plan exists). */
const mainPages: { path: string; ready: string; visitor?: Visitor }[] = [
  { path: "/", ready: "sign-in-page", visitor: "anonymous" },
  { path: "/nguoi-dung", ready: "users-table", visitor: "admin" },
  { path: "/", ready: "overview-page" },
  { path: "/co-cau?node=cat-hai-kinh-te", ready: "node-detail" },
  { path: "/vi-tri-viec-lam", ready: "positions-page" },
  { path: "/phuong-an", ready: "plans-page" },
  { path: "/quy-dinh", ready: "rules-page" },
  { path: "/he-thong", ready: "health-card" },
];

describe.skipIf(!chromiumAvailable)("accessibility and offline use in Chromium", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;
  const pages = new Map<Visitor, Page>();
  const foreignRequests: string[] = [];
  let planPath = "";

  /** A page in its own context that, as in a data centre without internet, loads nothing from elsewhere. */
  async function offlinePage(): Promise<Page> {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const created = await context.newPage();
    const origin = new URL(app.url).origin;
    await created.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) {
        await route.continue();
      } else {
        foreignRequests.push(url);
        await route.abort("internetdisconnected");
      }
    });
    return created;
  }

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    // A plan of Cát Hải with one merge, submitted once and commented on, so the editor's panel, lists,
    // charts and the review panel are scanned too.
    const cookie = await signIn(app.url, "canbo.cathai@tinhgon.local");
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${app.url}/trpc`, headers: { cookie } })],
    });
    const snapshots = await client.org.snapshots.query({ provinceCode: "31" });
    const current = snapshots.find((snapshot) => snapshot.name.startsWith("Hiện trạng"));
    if (!current) throw new Error("the seed has no 'Hiện trạng' data set");
    const plan = await client.plan.create.mutate({
      snapshotId: current.id,
      title: "Kiểm tra trợ năng",
      districtId: "cat-hai",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
    });
    const edited = await client.plan.addOperation.mutate({
      id: plan.id,
      version: plan.version,
      phaseIndex: 0,
      operation: {
        op: "merge",
        ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
        into: { id: "cat-hai-van-hoa-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
      },
    });
    await client.review.comment.mutate({
      id: plan.id,
      target: { kind: "phase", phaseIndex: 0 },
      body: "Đề nghị ghi rõ căn cứ hợp nhất hai phòng.",
    });
    await client.review.submit.mutate({ id: plan.id, version: edited.version });
    planPath = `/phuong-an/${plan.id}`;
    mainPages.push({ path: planPath, ready: "plan-charts" });
    browser = await launchBrowser();
    page = await offlinePage();
    await signInAs(page, app.url, "canbo.cathai@tinhgon.local");
    pages.set("officer", page);
    pages.set("anonymous", await offlinePage());
    const admin = await offlinePage();
    await signInAs(admin, app.url, "admin@tinhgon.local");
    pages.set("admin", admin);
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  for (const language of ["vi", "en"] as const) {
    // Named by path; the plan editor's path is known only once its plan exists (beforeAll).
    const names = [...mainPages.map((candidate) => candidate.path), "/phuong-an/:id"];
    for (const [index, name] of names.entries()) {
      const visitorName = mainPages[index]?.visitor ?? "officer";
      it(`${name} (${language}, ${visitorName}) has no serious or critical axe violation`, async () => {
        const { path, ready, visitor = "officer" } = mainPages[index] ?? { path: "", ready: "" };
        const visiting = pages.get(visitor);
        if (!visiting) throw new Error(`no page for ${visitor}`);
        await visiting.goto(`${app.url}${path}`);
        await visiting.evaluate((lang) => {
          localStorage.setItem("tinhgon.language", lang);
        }, language);
        await visiting.reload();
        await expect.poll(() => visiting.getByTestId(ready).isVisible(), { timeout: 20_000 }).toBe(true);
        // Let the lazily loaded charts and queries settle before scanning.
        await visiting.waitForLoadState("networkidle");
        expect(await visiting.evaluate(() => document.documentElement.lang)).toBe(language);
        const serious = await seriousAxeViolations(visiting);
        if (serious.length > 0) {
          await visiting.screenshot({
            path: join(artifactsDir, `axe-${language}-${visitor}${path.replace(/[/?=]+/g, "-")}.png`),
          });
        }
        expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
      });
    }
  }

  for (const language of ["vi", "en"] as const) {
    it(`the review panel with its lists open and the comment form (${language}) has no serious or critical axe violation`, async () => {
      await page.goto(`${app.url}${planPath}`);
      await page.evaluate((lang) => {
        localStorage.setItem("tinhgon.language", lang);
      }, language);
      await page.reload();
      await expect.poll(() => page.getByTestId("review-panel").isVisible(), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => page.getByTestId("comment").count(), { timeout: 15_000 }).toBe(1);
      await page.getByTestId("review-rounds-toggle").click();
      await page.getByTestId("audit-toggle").click();
      await expect.poll(() => page.getByTestId("audit-table").isVisible(), { timeout: 15_000 }).toBe(true);
      await page.waitForLoadState("networkidle");
      const panelViolations = await seriousAxeViolations(page);
      expect(panelViolations, JSON.stringify(panelViolations, null, 2)).toEqual([]);

      await page.getByTestId("comment-add").click();
      await expect.poll(() => page.getByTestId("comment-form").isVisible()).toBe(true);
      const formViolations = await seriousAxeViolations(page);
      if (formViolations.length > 0)
        await page.screenshot({ path: join(artifactsDir, `axe-${language}-review-panel.png`) });
      expect(formViolations, JSON.stringify(formViolations, null, 2)).toEqual([]);
      await page.keyboard.press("Escape");
    });
  }

  it("loaded nothing from any other host on any page", () => {
    expect(foreignRequests).toEqual([]);
  });

  it("the built app references no external font, script or style", async () => {
    const files = [
      join(webDist, "index.html"),
      ...(await readdir(join(webDist, "assets"))).map((name) => join(webDist, "assets", name)),
    ];
    const external =
      /(?:src|href)\s*=\s*["']https?:\/\/|@import\s+url\(["']?https?:\/\/|url\(["']?https?:\/\/|fonts\.(?:googleapis|gstatic)\.com|cdn\.jsdelivr|unpkg\.com/;
    for (const file of files.filter((name) => /\.(?:html|css|js)$/.test(name))) {
      const text = await readFile(file, "utf8");
      expect(external.exec(text)?.[0], file).toBeUndefined();
    }
  });
});
