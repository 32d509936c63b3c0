// Issue #10's commune level in the web app, on the seeded "Hải Phòng 2026 — sau sắp xếp (số liệu minh
// họa)" data set (snapshot/2: 14 sở, no districts, 8 of the city's 114 xã, phường and đặc khu), signed in
// as the Department's reviewer: the overview counts the commune level and groups its findings; the
// explorer finds Đặc khu Cát Hải without diacritics, with its three phòng and its service centre, its
// deputy pool against C26-DEP-01's 2 × 4 and the surplus transitional until 01/07/2030 (its organisations
// were re-arranged on 01/07/2025: T-2026-01); Phường Lê Chân's missing economy phòng is a C26-ORG-01
// violation with its citation; the new panel has no serious axe violation. Then a province-wide plan over
// the commune level (the reviewer drafts it: C26-ORG-01's frame is the provincial UBND's) creates the
// missing phòng and trims Cát Hải's deputies through the ordinary dialogs; it exports as tinhgon.plan/2,
// and plan files of /2 and /1 import. Last, the panel reads in English.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seriousAxeViolations } from "../support/axe.ts";
import { artifactsDir, chromiumAvailable, launchBrowser, pick, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

const SNAPSHOT_2026 = "Hải Phòng 2026 — sau sắp xếp (số liệu minh họa)";

describe.skipIf(!chromiumAvailable)("the commune level in the web app (Chromium)", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;
  /** The explorer on the 2026 data set (the URL names it), to come back to from the plan editor. */
  let explorerUrl = "";

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signInAs(page, app.url, "thamdinh@tinhgon.local");
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  it("opens the 2021 data set by default, and the 2026 one when chosen: the commune level counted", async () => {
    await expect.poll(() => page.getByTestId("overview-page").isVisible()).toBe(true);
    await expect.poll(() => page.locator("header").innerText()).toContain("Hiện trạng 30/06/2021");
    // The 2021 data set has no commune level: no tile for it.
    await expect.poll(() => page.getByTestId("total-agencies").textContent()).toBe("19");
    expect(await page.getByTestId("total-communes").count()).toBe(0);

    await pick(page, page.getByTestId("snapshot-select"), SNAPSHOT_2026);
    await expect.poll(() => page.getByTestId("total-agencies").textContent()).toBe("14");
    expect(await page.getByTestId("total-districts").textContent()).toBe("0");
    expect(await page.getByTestId("total-communes").textContent()).toBe("8");
    // Three phòng and a service centre each, but Phường Lê Chân has no economy phòng.
    expect(await page.getByTestId("total-communeOrganisations").textContent()).toBe("31");

    await page.getByTestId("compliance-grouping").getByText("Theo xã, phường, đặc khu").click();
    const table = page.getByTestId("compliance-table");
    await expect.poll(() => table.innerText()).toContain("Đặc khu Cát Hải");
    expect(await table.locator("tbody tr").count()).toBe(8);
    // Columns: name, violations, transitional, warnings, notes.
    const cells = (name: string) =>
      table.locator("tbody tr", { hasText: name }).first().locator("td").allInnerTexts();
    // Lê Chân: a violation (C26-ORG-01); Cát Hải: a transitional surplus (C26-DEP-01), no violation.
    expect((await cells("Phường Lê Chân"))[1]).toBe("1");
    expect((await cells("Đặc khu Cát Hải")).slice(1, 3)).toEqual(["0", "1"]);
    await page.screenshot({ path: join(artifactsDir, "communes-overview-vi.png"), fullPage: true });
  });

  it("finds Đặc khu Cát Hải without diacritics, with its four organisations", async () => {
    await page.getByTestId("nav-explorer").click();
    await expect.poll(() => page.getByTestId("explorer-page").isVisible()).toBe(true);
    const tree = page.getByTestId("org-tree");
    // The commune level is a branch of its own, grouped by type.
    await expect.poll(() => tree.innerText()).toContain("Cấp xã (8)");

    await page.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("dac khu cat hai");
    await expect.poll(() => page.getByTestId("explorer-page").innerText()).toContain("1 đơn vị khớp");
    expect(await tree.innerText()).toContain("Đặc khu (2)");
    await tree.getByText("Đặc khu Cát Hải", { exact: true }).click();
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Đặc khu Cát Hải");
    expect(new URL(page.url()).searchParams.get("snapshot")).not.toBeNull();
    explorerUrl = page.url();

    const detail = page.getByTestId("node-detail");
    expect(await detail.getByTestId("commune-type").textContent()).toBe("Đặc khu");
    const organisations = await detail.getByTestId("commune-organisation").allInnerTexts();
    expect(organisations).toEqual([
      "Văn phòng HĐND và UBND",
      "Phòng Kinh tế",
      "Phòng Văn hóa - Xã hội",
      "Trung tâm Phục vụ hành chính công",
    ]);
    // The tree opens the unit too.
    for (const name of organisations) {
      expect(await tree.getByText(name, { exact: true }).count()).toBe(1);
    }
    const details = await detail.getByTestId("node-details").innerText();
    expect(details).toContain("Số phòng và trung tâm");
    expect(details).toMatch(/Số cấp phó\s+10/);
    // Each organisation with the day the re-arrangement decision took effect.
    const table = await detail.getByTestId("commune-organisations").innerText();
    expect(table).toContain("Hiệu lực của quyết định sắp xếp");
    expect(table.match(/01\/07\/2025/g)).toHaveLength(4);
  });

  it("shows C26-DEP-01's limit of 2 × 4 and the surplus as transitional until 01/07/2030", async () => {
    const detail = page.getByTestId("node-detail");
    const limits = detail.getByTestId("node-limits");
    await expect.poll(() => limits.innerText(), { timeout: 15_000 }).toContain("C26-DEP-01");
    const limitText = await limits.innerText();
    expect(limitText).toContain("Tổng cấp phó các phòng và trung tâm của đơn vị cấp xã");
    expect(limitText).toContain("10 / tối đa 8");
    expect(limitText).toContain("Vượt giới hạn");

    await expect.poll(() => detail.getByTestId("finding").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const finding = detail.getByTestId("finding").filter({ hasText: "C26-DEP-01" }).first();
    const text = await finding.innerText();
    expect(text).toContain("Chuyển tiếp");
    expect(text).toContain("Thực tế 10 / tối đa 8");
    expect(await finding.getByTestId("finding-deadline").innerText()).toMatch(
      /^Hạn chuyển tiếp 01\/07\/2030 — (còn [\d.]+ ngày|hôm nay là ngày cuối|đã quá hạn [\d.]+ ngày)$/,
    );
    expect(await finding.getByTestId("finding-citation").innerText()).toContain("332/NQ-CP");
    await page.screenshot({ path: join(artifactsDir, "communes-cat-hai-vi.png"), fullPage: true });
  });

  it("opens one of its phòng: functions, the re-arrangement date and the unit's pool", async () => {
    await page
      .getByTestId("node-detail")
      .getByTestId("commune-organisation")
      .getByText("Phòng Kinh tế")
      .click();
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Phòng Kinh tế");
    expect(new URL(page.url()).searchParams.get("node")).toBe("dac-khu-cat-hai-kinh-te");
    const details = page.getByTestId("node-details");
    const text = await details.innerText();
    expect(text).toContain("Phòng chuyên môn cấp xã");
    expect(text).toContain("Đặc khu Cát Hải");
    expect(text).toMatch(/Chức năng\s+Kinh tế/);
    expect(await details.getByTestId("reorganised-on").innerText()).toBe(
      "Sắp xếp theo quyết định có hiệu lực 01/07/2025",
    );
    // Its deputies count in Cát Hải's pool: the same limit, shown from the phòng.
    await expect
      .poll(() => page.getByTestId("node-limits").innerText(), { timeout: 15_000 })
      .toContain("C26-DEP-01");
  });

  it("shows Phường Lê Chân's missing economy phòng as a C26-ORG-01 violation with its citation", async () => {
    const search = page.getByRole("searchbox", { name: "Tìm đơn vị" });
    await search.fill("le chan");
    const tree = page.getByTestId("org-tree");
    await tree.getByText("Phường Lê Chân", { exact: true }).click();
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Phường Lê Chân");
    const detail = page.getByTestId("node-detail");
    expect(await detail.getByTestId("commune-type").textContent()).toBe("Phường");
    expect(await detail.getByTestId("commune-organisation").count()).toBe(3);

    const finding = detail.getByTestId("finding").filter({ hasText: "C26-ORG-01" }).first();
    await expect.poll(() => finding.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = await finding.innerText();
    expect(text).toContain("Vi phạm");
    expect(text).toContain("Kinh tế, Hạ tầng và Đô thị");
    expect(await finding.getByTestId("finding-citation").innerText()).toMatch(/^Căn cứ: .*150\/2025/);
  });

  it("has no serious or critical axe violation on the commune panel", async () => {
    await page.waitForLoadState("networkidle");
    const violations = await seriousAxeViolations(page);
    if (violations.length > 0) await page.screenshot({ path: join(artifactsDir, "axe-communes-vi.png") });
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it("a province-wide plan over the commune level: creating Lê Chân's economy phòng resolves C26-ORG-01", async () => {
    await page.getByTestId("nav-plans").click();
    await expect.poll(() => page.getByTestId("plans-page").isVisible()).toBe(true);
    await page.getByTestId("create-plan").click();
    const form = page.getByTestId("create-plan-form");
    await expect.poll(() => form.isVisible(), { timeout: 15_000 }).toBe(true);
    // The commune frame is the provincial UBND's (C26-ORG-01): the reviewer drafts for the whole city.
    expect(await page.getByTestId("plan-scope").innerText()).toBe("Toàn tỉnh");
    expect(await form.innerText()).toContain(SNAPSHOT_2026);
    await page.getByTestId("plan-title-input").fill("Hoàn thiện khung tổ chức cấp xã");
    await page.getByRole("button", { name: "Tạo phương án" }).last().click();
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 15_000 })
      .toMatch(/^\/phuong-an\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId("compliance-panel").innerText()).toContain("RS-2026");

    await page.getByTestId("add-operation").click();
    await page.getByTestId("add-create").click();
    await pick(page, page.getByTestId("create-parent"), "Phường Lê Chân");
    await page.getByTestId("create-name").fill("Phòng Kinh tế, Hạ tầng và Đô thị");
    await page.getByTestId("create-payroll").fill("8");
    await page.getByTestId("create-deputies").fill("2");
    // Only the commune level's codes are offered for a phòng of a ward.
    await page.getByTestId("create-functions").locator("input").first().focus();
    await page.keyboard.press("ArrowDown");
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect.poll(() => options.count()).toBe(4);
    expect(await options.allInnerTexts()).not.toContain("Tài chính - Kế hoạch");
    await page.keyboard.press("Escape");
    await pick(page, page.getByTestId("create-functions"), "Kinh tế, Hạ tầng và Đô thị");
    await page.locator(".ant-modal-title:visible").first().click();
    await page.getByTestId("operation-submit").click();
    await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId("operation-item").innerText()).toContain("Phường Lê Chân");
    await expect
      .poll(() => page.getByTestId("last-change").getByTestId("last-change-resolved").innerText(), {
        timeout: 15_000,
      })
      .toContain("C26-ORG-01");
    await expect
      .poll(() => page.getByTestId("server-check").innerText(), { timeout: 15_000 })
      .toContain("trùng khớp");
  });

  it("setting Cát Hải's Phòng Kinh tế to one deputy brings the unit within C26-DEP-01", async () => {
    await page.getByTestId("add-operation").click();
    await page.getByTestId("add-set").click();
    await pick(page, page.getByTestId("set-id"), "Phòng Kinh tế (Đặc khu Cát Hải)");
    await page.getByTestId("set-deputies").fill("1");
    await page.getByTestId("operation-submit").click();
    await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(2);
    const resolved = page.getByTestId("last-change").getByTestId("last-change-resolved");
    await expect.poll(() => resolved.innerText(), { timeout: 15_000 }).toContain("C26-DEP-01");
    expect(await resolved.innerText()).toContain("01/07/2030");
    await expect
      .poll(() => page.getByTestId("server-check").innerText(), { timeout: 15_000 })
      .toContain("trùng khớp");
    await page.screenshot({ path: join(artifactsDir, "communes-plan-vi.png"), fullPage: true });
  });

  it("exports the plan as tinhgon.plan/2 with the commune level, and imports plan files of /2 and /1", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-plan").click(),
    ]);
    expect(await page.getByTestId("export-plan").innerText()).toContain("tinhgon.plan/2");
    const text = await readFile(await download.path(), "utf8");
    const exported = JSON.parse(text) as {
      format: string;
      baseline: { format: string; communes: { id: string }[] };
      phases: { operations: { op: string; commune?: string }[] }[];
    };
    expect(exported.format).toBe("tinhgon.plan/2");
    expect(exported.baseline.format).toBe("tinhgon.snapshot/2");
    expect(exported.baseline.communes).toHaveLength(8);
    expect(exported.phases[0]?.operations[0]).toMatchObject({ op: "create", commune: "phuong-le-chan" });

    // The file imports back as a new plan, operations and all.
    await page.getByTestId("nav-plans").click();
    await expect.poll(() => page.getByTestId("import-plan").innerText()).toContain("tinhgon.plan/1 hoặc /2");
    await page.locator("input[type=file]").setInputFiles({
      name: "khung-cap-xa.plan.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 15_000 })
      .toMatch(/^\/phuong-an\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId("operation-item").count(), { timeout: 15_000 }).toBe(2);

    // A plan written before the commune level (plan/1, snapshot/1) is read too: the domain migrates it.
    await page.getByTestId("nav-plans").click();
    await expect.poll(() => page.getByTestId("plans-page").isVisible()).toBe(true);
    const planV1 = {
      format: "tinhgon.plan/1",
      title: "Phương án cũ (định dạng 1)",
      baseline: {
        format: "tinhgon.snapshot/1",
        asOf: "2021-06-30",
        province: { code: "31", name: "Thành phố Hải Phòng", class: "I" },
        agencies: [],
        districts: [],
      },
      phases: [{ name: "Giai đoạn 1", effectiveDate: "2021-07-01", operations: [] }],
    };
    await page.locator("input[type=file]").setInputFiles({
      name: "cu.plan.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(planV1)),
    });
    await expect
      .poll(() => page.getByTestId("plan-title").textContent(), { timeout: 15_000 })
      .toBe("Phương án cũ (định dạng 1)");
    const [again] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-plan").click(),
    ]);
    expect((JSON.parse(await readFile(await again.path(), "utf8")) as { format: string }).format).toBe(
      "tinhgon.plan/2",
    );
  });

  it("reads in English: type, organisations, the re-arrangement date and the deadline", async () => {
    // The bookmarked explorer URL opens the same data set and unit.
    await page.goto(explorerUrl);
    await expect
      .poll(() => page.getByTestId("node-title").textContent(), { timeout: 15_000 })
      .toBe("Đặc khu Cát Hải");
    await page.getByText("English", { exact: true }).click();
    const detail = page.getByTestId("node-detail");
    await expect.poll(() => detail.innerText()).toContain("Divisions and centres");
    const text = await detail.innerText();
    expect(text).toContain("Special zone (đặc khu)");
    expect(text).toContain("Re-arrangement decision in force from");
    expect(text).toContain("Public administration service centre");
    expect(text).toContain("Deputies of the commune-level unit's divisions and centre in total");
    expect(text).not.toMatch(/explorer\.|finding\.|severity\.|communeType\.|nodeType\./);
    expect(await detail.getByTestId("finding-deadline").first().innerText()).toMatch(
      /^Transition deadline 01\/07\/2030 — /,
    );
    expect(await page.getByTestId("org-tree").innerText()).toContain("Special zones (2)");
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, "communes-cat-hai-en.png"), fullPage: true });
  });
});
