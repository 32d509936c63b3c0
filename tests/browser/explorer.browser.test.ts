// The first slice of the web app in a real browser, on the seeded demo data (Thành phố Hải Phòng), signed
// in as Cát Hải's district officer (who may edit Cát Hải's structure and see its staff):
// the overview's totals and compliance chart, the organisation explorer with an accent-insensitive
// search and a unit's findings with their citations, English labels, and bookmarkable URLs; then a
// district's overview (deputies against the district cap), the limits that apply to a unit with their
// citations, editing (refused next to the field, refused by the server, saved with the findings
// updated, add and delete), and the org chart printed to PDF on A3 and A4 landscape.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

describe.skipIf(!chromiumAvailable)("overview and organisation explorer in Chromium", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    expect(app.seeded).toBe(true);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signInAs(page, app.url, "canbo.cathai@tinhgon.local");
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  /** The data set the explorer shows when the URL names none (the whole city's). */
  async function defaultSnapshotId(): Promise<string> {
    const input = encodeURIComponent(JSON.stringify({ provinceCode: "31" }));
    const body = (await (await page.request.get(`${app.url}/trpc/org.snapshots?input=${input}`)).json()) as {
      result: { data: { id: string; name: string }[] };
    };
    const found = body.result.data.find((snapshot) => snapshot.name.startsWith("Hiện trạng"));
    if (!found) throw new Error("no 'Hiện trạng' data set");
    return found.id;
  }

  /** The current URL with another path and query changes (`null` removes a parameter). */
  function urlWith(path: string, changes: Record<string, string | null>): string {
    const url = new URL(page.url());
    url.pathname = path;
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    return url.toString();
  }

  it("shows the overview of Hải Phòng: totals, counts by severity and a chart", async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId("overview-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole("combobox", { name: "Tỉnh, thành phố" }).isVisible()).toBe(true);
    await expect.poll(() => page.locator("header").innerText()).toContain("Thành phố Hải Phòng");
    // The whole city's data set is shown by default, not the later district-only one.
    await expect.poll(() => page.locator("header").innerText()).toContain("Hiện trạng 30/06/2021");
    await expect.poll(() => page.getByTestId("total-agencies").textContent()).toBe("19");
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

  it("shows Cát Hải's district overview: divisions, deputies against the district cap, open findings", async () => {
    await page.goto(urlWith("/", { node: null, district: null }));
    await expect.poll(() => page.getByTestId("total-agencies").textContent(), { timeout: 15_000 }).toBe("19");
    // The province chart sits in a ChartFrame with its PNG download.
    await expect.poll(() => page.getByTestId("compliance-chart-frame-download").isVisible()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("compliance-chart-frame-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("so-vi-pham-va-canh-bao.png");

    // The list is long (virtual): type to find the district, without diacritics.
    await page.getByRole("combobox", { name: "Phạm vi" }).fill("cat hai");
    await page.locator(".ant-select-item-option", { hasText: "Huyện Cát Hải" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("district")).toBe("cat-hai");
    await expect.poll(() => page.getByTestId("district-title").textContent()).toBe("Huyện Cát Hải");
    expect(await page.getByTestId("totals").count()).toBe(0);
    expect(await page.getByTestId("district-divisionCount").textContent()).toBe("11");
    expect(await page.getByTestId("district-totalDeputies").textContent()).toBe("23");
    // D-DEP-01: 2 × 11 divisions = 22; D-PH-04: an island district has at most 10 divisions.
    await expect
      .poll(() => page.getByTestId("district-totalDeputies-limit").innerText(), { timeout: 15_000 })
      .toContain("23 / tối đa 22");
    expect(await page.getByTestId("district-totalDeputies-limit").innerText()).toContain("D-DEP-01");
    expect(await page.getByTestId("district-divisionCount-limit").innerText()).toContain("11 / tối đa 10");

    const chart = page.getByTestId("district-deputies-chart");
    await expect.poll(() => chart.locator(".recharts-reference-line").count(), { timeout: 15_000 }).toBe(1);
    expect(await chart.getByTestId("district-deputies-bars").textContent()).toContain("Tối đa 22 (D-DEP-01)");
    expect(await chart.locator(".recharts-bar-rectangle").count()).toBe(1);
    // 23 deputies: the bar ends past the limit's line at 22.
    const bar = await chart.locator(".recharts-bar-rectangle path").first().boundingBox();
    const line = await chart.locator(".recharts-reference-line line").boundingBox();
    expect(bar && line && bar.x + bar.width > line.x + line.width).toBe(true);
    expect(await chart.locator("div[role=img]").getAttribute("aria-label")).toContain("23 Phó Trưởng phòng");
    expect(await page.getByTestId("district-deputies-chart-download").isVisible()).toBe(true);

    const divisions = page.getByTestId("district-divisions");
    expect(await divisions.locator("tbody tr.ant-table-row").count()).toBe(11);
    // Phòng Kinh tế's 4 deputies pass the warning threshold — not a legal maximum (ADR 0006).
    await expect.poll(() => divisions.innerText()).toContain("4 / ngưỡng cảnh báo 3");
    const rules = (
      await page.getByTestId("district-findings").getByTestId("finding-rule").allInnerTexts()
    ).join(" ");
    expect(rules).toContain("D-PH-04");
    expect(rules).toContain("D-DEP-01");
    expect(rules).toContain("JP-06");
    await page.screenshot({ path: join(artifactsDir, "overview-district-vi.png"), fullPage: true });

    // Back to the whole province; a district's link in the table opens its overview.
    await page.getByRole("combobox", { name: "Phạm vi" }).fill("toan tinh");
    await page.locator(".ant-select-item-option", { hasText: "Toàn tỉnh" }).click();
    await expect.poll(() => page.getByTestId("total-agencies").textContent()).toBe("19");
    expect(new URL(page.url()).searchParams.get("district")).toBeNull();
    await page.getByText("Theo quận, huyện").click();
    await page
      .getByTestId("compliance-table")
      .locator("tr", { hasText: "Huyện Cát Hải" })
      .getByTestId("open-district-overview")
      .click();
    await expect.poll(() => page.getByTestId("district-title").textContent()).toBe("Huyện Cát Hải");
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("shows the limits that apply to a Cát Hải division with their citations, also without a finding", async () => {
    await page.goto(urlWith("/co-cau", { node: "cat-hai-tu-phap", district: null }));
    await expect
      .poll(() => page.getByTestId("node-title").textContent(), { timeout: 15_000 })
      .toBe("Phòng Tư pháp");
    const limits = page.getByTestId("node-limits");
    await expect.poll(() => limits.innerText(), { timeout: 15_000 }).toContain("Cấp phó:");
    const text = await limits.innerText();
    expect(text).toContain("Theo bộ quy tắc RS-2020, số liệu ngày 30/06/2021");
    expect(text).toContain("1 / ngưỡng cảnh báo 3");
    expect(text).toContain("Tổng cấp phó của huyện:");
    expect(text).toContain("23 / tối đa 22");
    expect(text).not.toContain("1 / tối đa 3");
    expect(await limits.getByTestId("limit-rule").allInnerTexts()).toEqual(["D-DEP-01", "D-DEP-01"]);
    const citations = await limits.getByTestId("limit-citation").allInnerTexts();
    expect(citations[0]).toMatch(/^Căn cứ: .*Nghị định .*108\/2020.* — D-DEP-01$/);
    await expect
      .poll(() => page.getByTestId("node-detail").innerText())
      .toContain("Không có vi phạm, cảnh báo hay lưu ý nào cho đơn vị này.");

    // A sở's phòng: a band of P-DEP-02 and the minimum payroll of P-EST-01, with their citations.
    await page.goto(urlWith("/co-cau", { node: "hp-so-noi-vu-p1" }));
    await expect.poll(() => limits.innerText(), { timeout: 15_000 }).toContain("P-DEP-02");
    expect(await limits.innerText()).toMatch(/Cấp phó:\s*\d+ \/ tối đa \d/);
    expect(await limits.innerText()).toMatch(/Biên chế:\s*\d+ \/ tối thiểu 6/);
    expect((await limits.getByTestId("limit-citation").allInnerTexts()).join("\n")).toContain("107/2020");
  });

  it("edits Phòng Kinh tế of Cát Hải: refused next to the field, refused by the server, then saved", async () => {
    await page.goto(urlWith("/co-cau", { node: "cat-hai-kinh-te" }));
    const detail = page.getByTestId("node-detail");
    await expect.poll(() => detail.getByTestId("finding").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The staff list, with the notice that access will depend on the user's role.
    expect(await page.getByTestId("staff-table").locator("tbody tr.ant-table-row").count()).toBe(10);
    expect(await page.getByTestId("staff-notice").innerText()).toContain("phân quyền");
    expect(await page.getByTestId("staff-table").innerText()).toContain("Nghỉ hưu (dự kiến)");

    await page.getByTestId("node-edit").click();
    const payroll = page.getByRole("spinbutton", { name: "Biên chế" });
    const payrollItem = page.locator(".ant-form-item", { has: payroll });
    await payroll.fill("-3");
    await page.getByTestId("node-form-submit").click();
    await expect.poll(() => payrollItem.locator(".ant-form-item-explain-error").innerText()).toMatch(/≥ 0/);
    expect(await page.getByTestId("node-form").isVisible()).toBe(true);

    // A refusal of the server (EDIT_INVALID with its problems) is shown translated, with the problems.
    await page.route("**/trpc/org.updateDivision**", (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify([
          {
            error: {
              message: "The change would make the structure invalid.",
              code: -32600,
              data: {
                code: "BAD_REQUEST",
                httpStatus: 400,
                appCode: "EDIT_INVALID",
                problems: [
                  {
                    path: "districts[0].divisions[10].payroll",
                    message: { vi: "phải là số nguyên ≥ 0", en: "expected a whole number ≥ 0" },
                  },
                ],
              },
            },
          },
        ]),
      }),
    );
    await payroll.fill("10");
    await page.getByTestId("node-form-submit").click();
    await expect
      .poll(() => page.getByTestId("node-form-problems").innerText())
      .toContain("districts[0].divisions[10].payroll: phải là số nguyên ≥ 0");
    expect(await page.locator(".ant-message").innerText()).toContain(
      "Thay đổi này làm cơ cấu không hợp lệ nên chưa được lưu.",
    );
    await page.unroute("**/trpc/org.updateDivision**");

    await payroll.fill("10");
    await page.getByRole("spinbutton", { name: "Số cấp phó" }).fill("3");
    await page.getByTestId("node-form-submit").click();
    await expect.poll(() => page.getByTestId("node-form").count(), { timeout: 15_000 }).toBe(0);
    // New findings: JP-05 (11 civil-servant positions, payroll 10); the deputy warning is gone and the
    // district is back within D-DEP-01's pool (22 = 2 × 11).
    await expect
      .poll(async () => (await detail.getByTestId("finding-rule").allInnerTexts()).join(" "), {
        timeout: 15_000,
      })
      .toContain("JP-05");
    const rules = (await detail.getByTestId("finding-rule").allInnerTexts()).join(" ");
    expect(rules).not.toContain("D-DEP-01");
    expect(await detail.innerText()).toContain("biên chế được giao là 10");
    const limits = page.getByTestId("node-limits");
    await expect.poll(() => limits.innerText()).toContain("3 / ngưỡng cảnh báo 3");
    expect(await limits.innerText()).toContain("22 / tối đa 22");
    expect(await page.getByTestId("node-details").innerText()).toMatch(/Biên chế\s+10/);
    await page.screenshot({ path: join(artifactsDir, "explorer-edit-vi.png"), fullPage: true });
  });

  it("refuses an edit based on data someone else changed since, and says to reload", async () => {
    await page.goto(urlWith("/co-cau", { node: "cat-hai-tu-phap" }));
    await expect
      .poll(() => page.getByTestId("node-title").textContent(), { timeout: 15_000 })
      .toBe("Phòng Tư pháp");
    await page.getByTestId("node-edit").click();
    // Another officer of the district changes the data set in the meantime (over HTTP, same district).
    const snapshotId = new URL(page.url()).searchParams.get("snapshot") ?? (await defaultSnapshotId());
    const response = await page.request.post(`${app.url}/trpc/org.updateDivision`, {
      headers: { "content-type": "application/json", origin: app.url },
      data: { snapshotId, id: "cat-hai-noi-vu", changes: { payroll: 6 } },
    });
    expect(response.status()).toBe(200);
    await page.getByRole("spinbutton", { name: "Số cấp phó" }).fill("1");
    await page.getByTestId("node-form-submit").click();
    await expect
      .poll(() => page.locator(".ant-message").innerText(), { timeout: 15_000 })
      .toContain("Người khác vừa thay đổi số liệu này");
    expect(await page.locator(".ant-message").innerText()).toContain("Tải lại trang rồi sửa lại.");
    await page.locator(".ant-modal").getByRole("button", { name: "Hủy" }).click();
  });

  it("offers edits only to the district's own officers; staff lists only to them and the reviewers", async () => {
    const visit = async (email: string) => {
      const other = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await signInAs(other, app.url, email, { path: "/co-cau?node=cat-hai-kinh-te" });
      await expect
        .poll(() => other.getByTestId("node-title").textContent(), { timeout: 15_000 })
        .toBe("Phòng Kinh tế");
      await expect
        .poll(() => other.getByTestId("node-limits").innerText(), { timeout: 15_000 })
        .toContain("Cấp phó");
      const seen = {
        edit: await other.getByTestId("node-edit").count(),
        remove: await other.getByTestId("node-delete").count(),
        staff: await other.getByTestId("staff-table").count(),
      };
      await other.close();
      return seen;
    };
    expect(await visit("thamdinh@tinhgon.local")).toEqual({ edit: 0, remove: 0, staff: 1 });
    expect(await visit("canbo.anduong@tinhgon.local")).toEqual({ edit: 0, remove: 0, staff: 0 });
    expect(await visit("xem@tinhgon.local")).toEqual({ edit: 0, remove: 0, staff: 0 });
  });

  it("adds a division to Cát Hải and deletes it again, with D-PH-04's count following", async () => {
    await page.goto(urlWith("/co-cau", { node: "cat-hai" }));
    const limits = page.getByTestId("node-limits");
    await expect.poll(() => limits.innerText(), { timeout: 15_000 }).toContain("11 / tối đa 10");
    await page.getByTestId("node-add").click();
    await page.getByRole("textbox", { name: "Tên" }).fill("Phòng Thử nghiệm");
    await page.getByTestId("node-form-submit").click();
    await expect
      .poll(() => page.getByTestId("node-title").textContent(), { timeout: 15_000 })
      .toBe("Phòng Thử nghiệm");
    expect(new URL(page.url()).searchParams.get("node")).toBe("cat-hai-phong-thu-nghiem");
    expect(await page.getByTestId("org-tree").innerText()).toContain("Phòng Thử nghiệm");

    // The refresh after the add must have settled: deleting while the panel re-renders races it.
    await page.waitForLoadState("networkidle");
    await page.getByTestId("node-delete").click();
    await page.getByTestId("node-delete-confirm").click();
    await expect.poll(() => page.getByTestId("node-delete-confirm").count(), { timeout: 15_000 }).toBe(0);
    await expect
      .poll(() => page.getByTestId("node-title").textContent(), { timeout: 15_000 })
      .toBe("Huyện Cát Hải");
    await expect.poll(() => limits.innerText()).toContain("11 / tối đa 10");
    expect(await page.getByTestId("org-tree").innerText()).not.toContain("Phòng Thử nghiệm");
  });

  it("draws the org chart and prints it on A3 and A4 landscape without the header and menu", async () => {
    await page.goto(urlWith("/co-cau", { node: null }));
    await page.getByTestId("explorer-view").getByText("Sơ đồ").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("chart");
    const chart = page.getByTestId("org-chart");
    await expect.poll(() => chart.isVisible(), { timeout: 15_000 }).toBe(true);
    // 19 sở and their units, 15 districts and their 172 divisions, and the city.
    expect(await chart.getByTestId("org-chart-box").count()).toBeGreaterThan(19 + 15 + 172);
    const catHai = chart.locator('[data-key="cat-hai"]');
    expect(await catHai.innerText()).toContain("Tổng cấp phó 22");
    expect(await chart.locator('[data-key="cat-hai-kinh-te"]').innerText()).toContain(
      "Biên chế 10 · Cấp phó 3",
    );
    await page.screenshot({ path: join(artifactsDir, "org-chart-vi.png"), fullPage: true });

    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Chức năng chính" }).isVisible()).toBe(false);
    expect(await page.getByTestId("org-chart-print").isVisible()).toBe(false);
    expect(await page.getByTestId("explorer-view").isVisible()).toBe(false);
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.innerText()).toContain("Số liệu ngày 30/06/2021");
    await page.emulateMedia({ media: "screen" });
    expect(await page.locator("header").isVisible()).toBe(true);

    const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const a3 = await page.pdf({ format: "A3", landscape: true, printBackground: true });
    expect(a3.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(a3)).toBeGreaterThanOrEqual(1);
    await writeFile(join(artifactsDir, "org-chart-a3.pdf"), a3);

    // The paper select writes the @page rule the browser follows: A4 landscape is 842 × 595 points.
    await page.getByRole("combobox", { name: "Khổ giấy in" }).click();
    await page.locator(".ant-select-item-option", { hasText: "A4 ngang" }).click();
    await expect.poll(() => chart.getAttribute("data-paper")).toBe("A4");
    const a4 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(a4.toString("latin1"));
    expect(Math.round(Number(box?.[1]))).toBe(842);
    expect(Math.round(Number(box?.[2]))).toBe(595);
    expect(pageCount(a4)).toBeGreaterThan(pageCount(a3));
    await writeFile(join(artifactsDir, "org-chart-a4.pdf"), a4);

    // A box opens its unit in the tree view.
    await catHai.click();
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Huyện Cát Hải");
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
  });

  it("shows a translated error, not raw JSON, when the server fails", async () => {
    const failing = await browser.newPage();
    await signInAs(failing, app.url, "canbo.cathai@tinhgon.local", { path: "/he-thong" });
    // Every call but "who is signed in" fails.
    await failing.route(
      (url) => url.pathname.startsWith("/trpc/") && !url.pathname.startsWith("/trpc/system.me"),
      (route) =>
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
