// Issue 6's story in a real browser, on the seeded demo data, as Cát Hải's district officer (signed in
// through the sign-in page): open Huyện Cát Hải and see the D-PH-04
// violation with its citation; create a plan for the district; merge two divisions and see D-PH-04
// resolved in the live panel without a page reload — and the D-DEP-01 violation the merge introduces
// (the district's deputy pool shrinks with the number of divisions); undo; redo; charts with a PNG
// download; the plan exported as JSON; English; a bad import file explained.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser, pick, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

describe.skipIf(!chromiumAvailable)("the plan editor in Chromium (the Cát Hải story)", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;
  let editorUrl: string;

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await signInAs(page, app.url, "canbo.cathai@tinhgon.local", { via: "form", path: "/co-cau" });
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

  it("shows Cát Hải's D-PH-04 violation with its citation", async () => {
    await page.goto(`${app.url}/co-cau`);
    await chooseSnapshot("Hiện trạng 30/06/2021");
    await page.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("cat hai");
    await page.getByTestId("org-tree").getByText("Huyện Cát Hải", { exact: true }).click();
    const detail = page.getByTestId("node-detail");
    await expect.poll(() => detail.innerText(), { timeout: 15_000 }).toContain("D-PH-04");
    expect((await detail.getByTestId("finding-citation").allInnerTexts()).join("\n")).toContain("108/2020");
  });

  it("creates a plan for Huyện Cát Hải from the data set in view", async () => {
    await page.getByTestId("nav-plans").click();
    await expect.poll(() => page.getByTestId("plans-page").isVisible()).toBe(true);
    await page.getByTestId("create-plan").click();
    const form = page.getByTestId("create-plan-form");
    await expect.poll(() => form.isVisible(), { timeout: 15_000 }).toBe(true);
    // The title is required: the domain's schema says so next to the field.
    const required = /ít nhất|bắt buộc|không được để trống/;
    const submit = page.getByRole("button", { name: "Tạo phương án" }).last();
    await submit.click();
    // A click that lands while the dialog is still opening is lost: click again until the form explains.
    await expect
      .poll(
        async () => {
          const text = await form.innerText();
          if (!required.test(text)) await submit.click({ timeout: 5_000 }).catch(() => undefined);
          return text;
        },
        { timeout: 15_000 },
      )
      .toMatch(required);
    await page.getByTestId("plan-title-input").fill("Sắp xếp phòng chuyên môn Cát Hải");
    // The officer drafts for their own district only: the scope is theirs, not a choice.
    expect(await page.getByTestId("plan-scope").innerText()).toBe("Huyện Cát Hải");
    await page.getByRole("button", { name: "Tạo phương án" }).last().click();
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 15_000 })
      .toMatch(/^\/phuong-an\/[0-9a-f-]{36}$/);
    editorUrl = page.url();
    await expect
      .poll(() => page.getByTestId("plan-title").textContent())
      .toBe("Sắp xếp phòng chuyên môn Cát Hải");
    const panel = page.getByTestId("compliance-panel");
    await expect.poll(() => panel.innerText()).toContain("RS-2020");
    await expect
      .poll(() => page.getByTestId("server-check").innerText(), { timeout: 15_000 })
      .toContain("trùng khớp");
  });

  it("brings the district's deputies within its pool first: D-DEP-01 is resolved", async () => {
    // Cát Hải has 23 deputies for a pool of 22 (11 divisions); Phòng Kinh tế has 4.
    await page.getByTestId("tab-unchanged").click();
    await expect
      .poll(() => page.getByTestId("findings-unchanged").innerText())
      .toContain("Thực tế 23 / tối đa 22");
    await page.getByTestId("add-operation").click();
    await page.getByTestId("add-set").click();
    await pick(page, page.getByTestId("set-id"), "Phòng Kinh tế");
    await page.getByTestId("set-deputies").fill("3");
    await page.getByTestId("operation-submit").click();
    await expect.poll(() => page.getByTestId("operation-item").count()).toBe(1);
    await page.getByTestId("tab-resolved").click();
    await expect.poll(() => page.getByTestId("findings-resolved").innerText()).toContain("D-DEP-01");
  });

  it("merges two divisions: D-PH-04 is resolved and D-DEP-01 appears in the live panel, without a reload", async () => {
    // A marker on the window: a page reload would remove it.
    await page.evaluate(() => {
      (globalThis as unknown as { noReload: boolean }).noReload = true;
    });
    await page.getByTestId("add-operation").click();
    await page.getByTestId("add-merge").click();
    const form = page.getByTestId("operation-form");
    await expect.poll(() => form.isVisible()).toBe(true);
    // Nothing chosen: the domain's schema explains, nothing is applied.
    await page.getByTestId("operation-submit").click();
    await expect.poll(() => form.locator(".ant-form-item-explain-error").count()).toBeGreaterThan(0);

    await pick(page, page.getByTestId("merge-ids"), "Phòng Văn hóa và Thông tin", "Phòng Y tế");
    // Close the options list by clicking the dialog's title: Escape would close the dialog itself when
    // the list has already closed.
    await page.locator(".ant-modal-title:visible").first().click();
    await page.getByTestId("merge-name").fill("Phòng Văn hóa, Thông tin và Y tế");
    await page.getByTestId("operation-submit").click();

    await expect.poll(() => page.getByTestId("operation-item").count()).toBe(2);
    expect(await page.getByTestId("operation-description").nth(1).innerText()).toBe(
      "Hợp nhất Phòng Văn hóa và Thông tin và Phòng Y tế thành Phòng Văn hóa, Thông tin và Y tế",
    );
    // What the merge just did: D-PH-04 resolved, and D-DEP-01 back — 10 divisions make a pool of 20
    // for the 22 deputies left.
    const lastChange = page.getByTestId("last-change");
    await expect.poll(() => lastChange.getByTestId("last-change-resolved").innerText()).toContain("D-PH-04");
    const introduced = lastChange.getByTestId("last-change-introduced");
    expect(await introduced.innerText()).toContain("D-DEP-01");
    expect(await introduced.innerText()).toContain("Thực tế 22 / tối đa 20");
    // The phase as a whole, against the current structure: D-PH-04 resolved.
    await page.getByTestId("tab-resolved").click();
    await expect.poll(() => page.getByTestId("findings-resolved").innerText()).toContain("D-PH-04");
    expect(await page.evaluate(() => (globalThis as unknown as { noReload?: boolean }).noReload)).toBe(true);
    // Saved as version 2, and the server's own evaluation agrees with the browser's.
    await expect
      .poll(() => page.getByTestId("save-status").innerText(), { timeout: 15_000 })
      .toContain("Phiên bản 3");
    await expect
      .poll(() => page.getByTestId("server-check").innerText(), { timeout: 15_000 })
      .toContain("trùng khớp");
    await page.screenshot({ path: join(artifactsDir, "plan-editor-vi.png"), fullPage: true });
  });

  it("undoes and redoes the merge, and the server keeps what the screen shows", async () => {
    await page.getByTestId("undo").click();
    await expect.poll(() => page.getByTestId("operation-item").count()).toBe(1);
    // Undoing the merge takes D-DEP-01 away again.
    await expect
      .poll(() => page.getByTestId("last-change").getByTestId("last-change-resolved").innerText())
      .toContain("D-DEP-01");
    await expect
      .poll(() => page.getByTestId("save-status").innerText(), { timeout: 15_000 })
      .toContain("Phiên bản 4");
    // Ctrl+Shift+Z redoes, as in every editor.
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => page.getByTestId("operation-item").count()).toBe(2);
    await expect
      .poll(() => page.getByTestId("save-status").innerText(), { timeout: 15_000 })
      .toContain("Phiên bản 5");
    // A reload shows the saved plan.
    await page.reload();
    await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(2);
  });

  it("refuses an operation that does not apply, saying why, and changes nothing", async () => {
    await page.getByTestId("add-operation").click();
    await page.getByTestId("add-set").click();
    await pick(page, page.getByTestId("set-id"), "Phòng Nội vụ");
    await page.getByTestId("set-deputies").fill("-2");
    await page.getByTestId("operation-submit").click();
    await expect
      .poll(() => page.getByTestId("operation-form").locator(".ant-form-item-explain-error").allInnerTexts())
      .toContainEqual(expect.stringMatching(/≥ 0/));
    await page.getByRole("button", { name: "Hủy" }).click();
    expect(await page.getByTestId("operation-item").count()).toBe(2);
  });

  it("charts the plan and downloads a chart as PNG", async () => {
    const charts = page.getByTestId("plan-charts");
    await expect
      .poll(() => charts.locator(".recharts-bar-rectangle").count(), { timeout: 15_000 })
      .toBeGreaterThan(3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("chart-deputies-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("\x89PNG");
  });

  it("exports the plan as tinhgon.plan/2 JSON", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-plan").click(),
    ]);
    expect(download.suggestedFilename()).toBe("sap-xep-phong-chuyen-mon-cat-hai.plan.json");
    const exported = JSON.parse(await readFile(await download.path(), "utf8")) as {
      format: string;
      baseline: { format: string };
      phases: { operations: { op: string }[] }[];
    };
    // Written in the current formats (ADR 0036); /1 files are still read.
    expect(exported.format).toBe("tinhgon.plan/2");
    expect(exported.baseline.format).toBe("tinhgon.snapshot/2");
    expect(exported.phases[0]?.operations.map((operation) => operation.op)).toEqual(["set", "merge"]);
  });

  it("switches the editor to English", async () => {
    await page.getByText("English", { exact: true }).click();
    await expect
      .poll(() => page.getByTestId("compliance-panel").innerText())
      .toContain("Compliance (updates as you edit)");
    expect(await page.getByTestId("operation-description").nth(1).innerText()).toMatch(/^Merge /);
    expect(await page.getByTestId("plan-editor").innerText()).not.toMatch(/plans\.|errors\.|review\.|auth\./);
    await page.screenshot({ path: join(artifactsDir, "plan-editor-en.png"), fullPage: true });
    await page.getByText("Tiếng Việt", { exact: true }).click();
  });

  it("explains a plan file that is not valid, and imports nothing", async () => {
    await page.goto(`${app.url}/phuong-an`);
    await expect
      .poll(() => page.getByTestId("plans-table").innerText(), { timeout: 15_000 })
      .toContain("Cát Hải");
    const before = await page.getByTestId("plans-table").locator("tbody tr").count();
    await page.locator("input[type=file]").setInputFiles({
      name: "hong.plan.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "tinhgon.plan/1", title: "", phases: [] })),
    });
    await expect
      .poll(() => page.getByTestId("import-error").innerText(), { timeout: 15_000 })
      .toContain("baseline");
    await page.locator("input[type=file]").setInputFiles({
      name: "khong-phai-json.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("không phải JSON"),
    });
    await expect.poll(() => page.getByTestId("import-error").innerText()).toContain("không phải JSON hợp lệ");
    expect(await page.getByTestId("plans-table").locator("tbody tr").count()).toBe(before);
    await page.goto(editorUrl);
    await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(2);
  });

  it("explains a change someone else made first, and reloads the plan the server holds", async () => {
    await page.goto(editorUrl);
    await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(2);
    // Another officer of the district renames the phase in the meantime (over HTTP with the same
    // district's session, as any client would).
    const id = new URL(editorUrl).pathname.split("/").at(-1) ?? "";
    const input = encodeURIComponent(JSON.stringify({ id }));
    const stored = (await (await page.request.get(`${app.url}/trpc/plan.get?input=${input}`)).json()) as {
      result: { data: { version: number } };
    };
    const response = await page.request.post(`${app.url}/trpc/plan.edit`, {
      headers: { "content-type": "application/json", origin: app.url },
      data: {
        id,
        version: stored.result.data.version,
        edits: [{ kind: "updatePhase", phaseIndex: 0, changes: { name: "Đổi bởi người khác" } }],
      },
    });
    expect(response.status()).toBe(200);

    // This page still holds the older version: its next change is refused, and says why.
    await page.getByTestId("remove-operation").first().click();
    await expect
      .poll(() => page.getByTestId("save-error").innerText(), { timeout: 15_000 })
      .toContain("Người khác vừa thay đổi phương án này");
    // The plan on screen is the server's: the other officer's name, both operations kept.
    await expect.poll(() => page.getByTestId("phase-step-0").innerText()).toBe("Đổi bởi người khác");
    expect(await page.getByTestId("operation-item").count()).toBe(2);
  });
});
