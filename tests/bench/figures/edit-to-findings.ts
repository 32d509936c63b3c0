// edit_to_findings_ms (issue #9): in headless Chromium, the plan editor of a Hải Phòng province plan;
// from a user's edit (a click on "remove operation", then Ctrl+Z / Ctrl+Shift+Z, which re-apply and
// remove the operation again) to the compliance panel showing the new number of violations. Timed inside
// the page with performance.now(): from the input event (captured on window, before the app's handler)
// to the MutationObserver seeing the panel's count change; the next frame is reported too. Median over
// 10 edits after 3 warm-up edits, each started once the previous one is saved and confirmed by the server.
import { existsSync } from "node:fs";

import type { Page } from "playwright-core";
import { z } from "zod";

import { launchBrowser } from "../../support/browser.ts";
import { testEnv } from "../../support/env.ts";
import { type Figure, skip } from "../harness/figure.ts";
import { median, round } from "../harness/timing.ts";
import { appServer, BENCH_PASSWORD, createHaiPhongPlan, PROVINCE_PLANNER } from "../support/app-server.ts";
import { ensureWebBuild } from "./web-initial-js.ts";

/** Edits before the measured ones: the page's JIT warms up (their timings are reported, not in the median). */
const WARM_UP_EDITS = 3;
const EDITS = 10;
const COUNT = '[data-testid="phase-count-violations"]';

// The in-page code is plain JavaScript text: tsx (esbuild, keepNames) would wrap functions passed to
// page.evaluate in a `__name` helper that does not exist in the page.
const armTimer = `(() => {
  const selector = ${JSON.stringify(COUNT)};
  const countText = () => document.querySelector(selector)?.textContent ?? "";
  const before = countText();
  globalThis.benchEdit = new Promise((resolve, reject) => {
    let started = Number.NaN;
    // Ctrl+Shift+Z arrives as three keydowns: the edit starts with the "z".
    const onInput = (event) => {
      if (event instanceof KeyboardEvent && event.key.toLowerCase() !== "z") return;
      started = performance.now();
    };
    globalThis.addEventListener("keydown", onInput, { capture: true });
    globalThis.addEventListener("click", onInput, { capture: true });
    let observer;
    const stop = () => {
      observer.disconnect();
      globalThis.removeEventListener("keydown", onInput, { capture: true });
      globalThis.removeEventListener("click", onInput, { capture: true });
    };
    observer = new MutationObserver(() => {
      const after = countText();
      if (after === before || Number.isNaN(started)) return;
      const shown = performance.now();
      stop();
      requestAnimationFrame(() => {
        setTimeout(() => {
          resolve({ domMs: shown - started, frameMs: performance.now() - started, before, after });
        }, 0);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => {
      stop();
      reject(new Error("the compliance panel still shows " + before + " after 30 s"));
    }, 30000);
  });
})()`;

/** What the in-page timer resolves with. */
const timingSchema = z.object({
  domMs: z.number(),
  frameMs: z.number(),
  before: z.string(),
  after: z.string(),
});
type EditTiming = z.infer<typeof timingSchema>;

/** Arms the in-page timer, runs `trigger` (a real input through the browser), returns the page's timing. */
async function timeEdit(page: Page, trigger: () => Promise<void>): Promise<EditTiming> {
  await page.evaluate(armTimer);
  await trigger();
  return timingSchema.parse(await page.evaluate("globalThis.benchEdit"));
}

// "Máy chủ đang kiểm tra lại…" / "The server is checking again…" while the server's check runs.
const isSettled = `document.querySelector('[data-testid="save-status"]') !== null &&
  !(document.querySelector('[data-testid="server-check"]')?.textContent ?? "").includes("…")`;

/**
 * The edit is saved and the server's own evaluation has answered: the page is idle again. Polled from
 * here: the app's Content-Security-Policy forbids the string predicates of page.waitForFunction.
 */
async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await page.evaluate(isSettled)) !== true) {
    if (Date.now() > deadline) throw new Error("the edit was not saved and checked within 60 s");
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(250);
}

export const editToFindings: Figure = {
  name: "edit_to_findings_ms",
  title: {
    vi: "Từ thao tác sửa đến kết quả đối chiếu mới (Chromium, trung vị)",
    en: "From an edit to the new findings (Chromium, median)",
  },
  unit: "ms",
  goal: { op: "<=", target: 150 },
  digits: 1,
  measure: async (context) => {
    if (!existsSync(testEnv.CHROMIUM_PATH))
      return skip(
        `no Chromium at ${testEnv.CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
      );
    try {
      await ensureWebBuild(context);
    } catch (error) {
      return skip(`no usable web build: ${error instanceof Error ? error.message : String(error)}`);
    }
    const server = await appServer(context);
    const plan = await createHaiPhongPlan(server, "Hải Phòng — đo thời gian cập nhật");
    context.log("  launching Chromium and opening the plan editor …");
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      const signedIn = await page.request.post(`${server.url}/api/auth/sign-in/email`, {
        data: { email: PROVINCE_PLANNER, password: BENCH_PASSWORD },
        headers: { origin: server.url },
      });
      if (!signedIn.ok()) throw new Error(`sign-in failed: HTTP ${String(signedIn.status())}`);
      const loadStarted = Date.now();
      await page.goto(`${server.url}/phuong-an/${plan.id}`);
      await page.locator(COUNT).waitFor({ state: "visible", timeout: 60_000 });
      await page.getByTestId("remove-operation").waitFor({ state: "visible", timeout: 60_000 });
      await settled(page);
      const editorReadyMs = Date.now() - loadStarted;

      context.log(`  ${String(WARM_UP_EDITS)} + ${String(EDITS)} edits (remove, then undo / redo) …`);
      const timings: (EditTiming & { edit: string })[] = [];
      for (let edit = 0; edit < WARM_UP_EDITS + EDITS; edit += 1) {
        const kind = edit === 0 ? "click remove" : edit % 2 === 1 ? "Ctrl+Z" : "Ctrl+Shift+Z";
        const timing = await timeEdit(page, async () => {
          if (edit === 0) await page.getByTestId("remove-operation").click();
          else await page.keyboard.press(edit % 2 === 1 ? "Control+z" : "Control+Shift+z");
        });
        timings.push({ ...timing, edit: kind });
        await settled(page);
      }
      const serverCheck = await page.getByTestId("server-check").textContent();
      const measured = timings.slice(WARM_UP_EDITS);
      const domMs = measured.map((timing) => timing.domMs);
      return {
        value: median(domMs),
        detail: {
          plan: "Hải Phòng province plan (seeded demo data), one phase, one operation",
          editorReadyMs,
          warmUpEdits: WARM_UP_EDITS,
          edits: EDITS,
          medianDomMs: round(median(domMs), 1),
          medianNextFrameMs: round(median(measured.map((timing) => timing.frameMs)), 1),
          medianWithWarmUpEditsMs: round(median(timings.map((timing) => timing.domMs)), 1),
          lastServerCheck: serverCheck,
          samples: timings.map((timing, index) => ({
            warmUp: index < WARM_UP_EDITS,
            edit: timing.edit,
            domMs: round(timing.domMs, 1),
            nextFrameMs: round(timing.frameMs, 1),
            panel: `${timing.before} → ${timing.after}`,
          })),
        },
      };
    } finally {
      await browser.close();
    }
  },
};
