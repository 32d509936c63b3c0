// Issue 6: no serious or critical axe-core violations on the main pages, in both languages; and the
// production build works offline — a provincial data centre has no internet, so the pages may load
// nothing (fonts, scripts, styles, images) from any host but the app's own.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

import type { AppRouter } from "@tinhgon/api";
import type { RunningApplication } from "@tinhgon/server";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const webDist = join(import.meta.dirname, "..", "..", "apps", "web", "dist");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string | undefined }[];
}

/** The main pages and what each shows once loaded (the plan editor's path is known once a plan exists). */
const mainPages: { path: string; ready: string }[] = [
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
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    // A plan of Cát Hải with one merge, so the editor's panel, lists and charts are scanned too.
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${app.url}/trpc` })] });
    const snapshots = await client.org.snapshots.query({ provinceCode: "31" });
    const current = snapshots.find((snapshot) => snapshot.name.startsWith("Hiện trạng"));
    if (!current) throw new Error("the seed has no 'Hiện trạng' data set");
    const plan = await client.plan.create.mutate({
      snapshotId: current.id,
      title: "Kiểm tra trợ năng",
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
    mainPages.push({ path: `/phuong-an/${plan.id}`, ready: "plan-charts" });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    // As in a data centre without internet: anything not served by the app fails, and is recorded.
    const origin = new URL(app.url).origin;
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) {
        await route.continue();
      } else {
        foreignRequests.push(url);
        await route.abort("internetdisconnected");
      }
    });
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  async function axeViolations(): Promise<AxeViolation[]> {
    if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      interface RawViolation {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; failureSummary?: string }[];
      }
      const axe = (
        globalThis as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: RawViolation[] }> };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target, summary: node.failureSummary })),
      }));
    });
  }

  for (const language of ["vi", "en"] as const) {
    // Named by path; the plan editor's path is known only once its plan exists (beforeAll).
    const names = [...mainPages.map((candidate) => candidate.path), "/phuong-an/:id"];
    for (const [index, name] of names.entries()) {
      it(`${name} (${language}) has no serious or critical axe violation`, async () => {
        const { path, ready } = mainPages[index] ?? { path: "", ready: "" };
        await page.goto(`${app.url}${path}`);
        await page.evaluate((lang) => {
          localStorage.setItem("tinhgon.language", lang);
        }, language);
        await page.reload();
        await expect.poll(() => page.getByTestId(ready).isVisible(), { timeout: 20_000 }).toBe(true);
        // Let the lazily loaded charts and queries settle before scanning.
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        const serious = (await axeViolations()).filter(
          (violation) => violation.impact === "serious" || violation.impact === "critical",
        );
        if (serious.length > 0) {
          await page.screenshot({
            path: join(artifactsDir, `axe-${language}${path.replace(/[/?=]+/g, "-")}.png`),
          });
        }
        expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
      });
    }
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
