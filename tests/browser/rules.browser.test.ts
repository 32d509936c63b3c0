// The page Quy định in a real browser on the seeded demo data (Thành phố Hải Phòng): browse RS-2020 and
// RS-2014 (rules with their citations and readings, dated parameters, search without accents, the pack in
// the URL), compare the seeded data set "Hiện trạng 30/06/2021" under RS-2014 and RS-2020 with the
// numbers worked out from the seed (tests/integration/compliance-compare.int.test.ts checks the same
// numbers against the pure domain), download the chart, the error and empty states, and English.
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";
import { signIn } from "../support/session.ts";

describe.skipIf(!chromiumAvailable)("rules page (Quy định) in Chromium", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;
  /** Cát Hải's district officer's session, for the API calls made outside the page. */
  let cookie: string;

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    expect(app.seeded).toBe(true);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await signInAs(page, app.url, "canbo.cathai@tinhgon.local");
    cookie = await signIn(app.url, "canbo.cathai@tinhgon.local");
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    await database.drop();
  });

  /** A mutation over plain HTTP, as any client would call it; answers the procedure's data. */
  async function trpcMutation(path: string, input: unknown): Promise<{ id: string; version: number }> {
    const response = await fetch(`${app.url}/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(input),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { id: string; version: number } } };
    return body.result.data;
  }

  /** The id of the seeded data set whose name starts with `name`, over plain HTTP. */
  async function snapshotIdNamed(name: string): Promise<string> {
    const input = encodeURIComponent(JSON.stringify({ provinceCode: "31" }));
    const response = await fetch(`${app.url}/trpc/org.snapshots?input=${input}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { id: string; name: string }[] } };
    const found = body.result.data.find((snapshot) => snapshot.name.startsWith(name));
    if (!found) throw new Error(`no data set named ${name}`);
    return found.id;
  }

  /** The text of the rules table's row for `ruleId` (the first, when a pack lists an id twice). */
  async function ruleRow(ruleId: string): Promise<string> {
    return page
      .getByTestId("rules-table")
      .locator("tbody tr", { has: page.getByTestId("rule-id").getByText(ruleId, { exact: true }) })
      .first()
      .innerText();
  }

  it("shows the newest pack (RS-2026) by default; RS-2020 from the URL: its window, rules with citations and readings, dated parameters", async () => {
    await page.goto(`${app.url}/quy-dinh`);
    await expect.poll(() => page.getByTestId("rules-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId("rules-pack").getAttribute("data-pack")).toBe("RS-2026");
    expect(await page.getByTestId("rules-pack-window").textContent()).toBe(
      "từ 01/01/2026 (đang có hiệu lực)",
    );

    await page.goto(`${app.url}/quy-dinh?pack=RS-2020`);
    await expect
      .poll(() => page.getByTestId("rules-pack").getAttribute("data-pack"), { timeout: 15_000 })
      .toBe("RS-2020");
    expect(await page.getByTestId("rules-pack-window").textContent()).toBe(
      "từ 25/11/2020 đến hết 28/02/2025",
    );
    // 27 rules, the two that say a 2025 code is not lawful before 01/03/2025 (P-SO-01, D-PH-01; ADR 0034)
    // and G-TIER-02 (the commune level starts on 01/07/2025; ADR 0037).
    expect(await page.getByTestId("rules-search-count").textContent()).toBe("30 / 30 quy tắc");

    const islandCap = await ruleRow("D-PH-04");
    expect(islandCap).toContain("Số phòng chuyên môn của huyện đảo");
    expect(islandCap).toContain(
      "Điều 9 Nghị định số 37/2014/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 108/2020/NĐ-CP",
    );
    expect(islandCap).toContain("Vi phạm");
    expect(islandCap).toContain("Quận, huyện");

    const districtPool = await ruleRow("D-DEP-01");
    expect(districtPool).toContain("khoản 3 Điều 1 Nghị định số 108/2020/NĐ-CP");
    expect(districtPool).toContain("Cảnh báo");
    expect(districtPool).toContain("Cách hiểu áp dụng — cần đối chiếu văn bản chính thức");
    expect(districtPool).toContain("docs/adr/0006-district-deputy-pool.md");

    const parameters = await page.getByTestId("parameters-table").innerText();
    expect(parameters).toContain("Số Phó Trưởng phòng thuộc sở theo biên chế và loại tỉnh");
    expect(parameters).toContain("loại I: (≤ 8: 1 · ≤ 14: 2 · còn lại: 3)");
    // Thanh tra sở's minimum arrived with Decree 03/2024, in force from 01/03/2024.
    const inspectorate = await page
      .getByTestId("parameters-table")
      .locator("tbody tr", { hasText: "rs-2020.inspectorate-minimum-payroll" })
      .innerText();
    expect(inspectorate).toContain("01/03/2024");
    expect(inspectorate).toContain("28/02/2025");
    expect(inspectorate).toContain("Nghị định số 03/2024/NĐ-CP");
  });

  it("finds rules without accents, and says so when nothing matches", async () => {
    const search = page.getByRole("searchbox", { name: "Tìm quy tắc" });
    await search.fill("huyen dao");
    await expect.poll(() => page.getByTestId("rules-search-count").textContent()).toBe("3 / 30 quy tắc");
    expect(await page.getByTestId("rule-id").allInnerTexts()).toEqual(["D-PH-04", "D-PH-05", "D-PH-06"]);
    await search.fill("pho truong phong");
    await expect
      .poll(() => page.getByTestId("rule-id").allInnerTexts())
      .toEqual(["P-DEP-02", "P-DEP-06", "D-DEP-01"]);
    await search.fill("không có quy tắc này");
    await expect
      .poll(() => page.getByTestId("rules-table").innerText())
      .toContain("Không có quy tắc nào khớp");
    await search.fill("");
  });

  it("switches to RS-2014: the original per-unit caps, the pack in the URL, kept on reload", async () => {
    await page.getByTestId("rules-pack-select").getByText("RS-2014", { exact: true }).click();
    await expect.poll(() => page.getByTestId("rules-pack").getAttribute("data-pack")).toBe("RS-2014");
    expect(new URL(page.url()).searchParams.get("pack")).toBe("RS-2014");
    expect(await page.getByTestId("rules-pack-window").textContent()).toBe(
      "từ 20/05/2014 đến hết 24/11/2020",
    );
    const ids = await page.getByTestId("rule-id").allInnerTexts();
    expect(ids).toContain("P-LEG-01");
    expect(ids).toContain("D-LEG-01");
    expect(ids).not.toContain("P-DEP-02");
    expect(ids).not.toContain("T-2020-01");
    expect(await ruleRow("D-PH-04")).toContain("Điều 9 Nghị định số 37/2014/NĐ-CP");
    await page.screenshot({ path: join(artifactsDir, "rules-browse-vi.png") });

    await page.reload();
    await expect
      .poll(() => page.getByTestId("rules-pack").getAttribute("data-pack"), { timeout: 15_000 })
      .toBe("RS-2014");

    await page.goto(`${app.url}/quy-dinh?pack=RS-1999`);
    await expect
      .poll(() => page.getByTestId("rules-page").innerText(), { timeout: 15_000 })
      .toContain("Không có bộ quy tắc “RS-1999”; đang hiển thị RS-2026.");
  });

  it("compares the seeded data set under RS-2014 and RS-2020 with concrete numbers", async () => {
    // The default pair is the two newest packs (RS-2025B, RS-2026): ask for 2014 and 2020 in the URL.
    await page.goto(`${app.url}/quy-dinh?packA=RS-2014&packB=RS-2020`);
    await expect.poll(() => page.getByTestId("rules-page").isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId("rules-tab-compare").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("tab")).toBe("compare");
    await page.getByRole("combobox", { name: "Số liệu" }).click();
    await page.locator(".ant-select-item-option", { hasText: "Hiện trạng 30/06/2021" }).click();

    await expect
      .poll(() => page.getByTestId("compare-count-violation-a").textContent(), { timeout: 20_000 })
      .toBe("10");
    expect(await page.getByTestId("rules-compare-structure").textContent()).toBe(
      "Bộ số liệu ngày 30/06/2021",
    );
    // 30/06/2021 is after RS-2014's window: its numbers are those of 24/11/2020.
    expect(await page.getByTestId("rules-compare-result").innerText()).toContain(
      "Ngày 30/06/2021 nằm ngoài thời gian hiệu lực của RS-2014",
    );
    const counts = {
      violation: ["10", "28"],
      transitional: ["0", "0"],
      warning: ["2", "25"],
      info: ["5", "5"],
    };
    for (const [severity, [a, b]] of Object.entries(counts)) {
      expect(await page.getByTestId(`compare-count-${severity}-a`).textContent(), severity).toBe(a);
      expect(await page.getByTestId(`compare-count-${severity}-b`).textContent(), severity).toBe(b);
    }
    expect(await page.getByTestId("compare-appeared-count").textContent()).toBe("49");
    expect(await page.getByTestId("compare-disappeared-count").textContent()).toBe("8");
    expect(await page.getByTestId("compare-remained-count").textContent()).toBe("9");

    // Gone under RS-2020: RS-2014's cap of 3 deputy directors per sở, with its citation.
    const disappeared = page.getByTestId("compare-disappeared");
    expect(await disappeared.getByTestId("finding").count()).toBe(8);
    const gone = await disappeared.innerText();
    expect(gone).toContain("Sở Nội vụ có 4 Phó Giám đốc; tối đa 3 mỗi sở (tỉnh loại I).");
    expect((await disappeared.getByTestId("finding-rule").allInnerTexts()).join(" ")).toContain("D-LEG-01");
    // New under RS-2020: Decree 107/2020's minimum payroll for a phòng thuộc sở (6 for a class I city).
    const appeared = page.getByTestId("compare-appeared");
    expect(await appeared.getByTestId("finding").count()).toBe(49);
    expect(await appeared.innerText()).toContain("Phòng Người có công có biên chế 5, dưới mức tối thiểu 6");

    await expect
      .poll(() => page.locator("[data-testid=rules-compare-chart] svg .recharts-bar-rectangle").count())
      .toBe(6);
    // The top of the comparison (the 49 findings below make a full-page image unreadable).
    await page.screenshot({ path: join(artifactsDir, "rules-vi.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("rules-compare-chart-frame-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("so-ket-luan-theo-muc-do-rs-2014-va-rs-2020.png");
    const path = await download.path();
    expect(path).toBeTruthy();

    // Swapping the packs swaps the columns and what appears with what disappears.
    await page.getByTestId("rules-compare-swap").click();
    await expect.poll(() => page.getByTestId("compare-appeared-count").textContent()).toBe("8");
    expect(await page.getByTestId("compare-count-violation-a").textContent()).toBe("28");
    expect(new URL(page.url()).searchParams.get("packA")).toBe("RS-2020");
  });

  it("compares a plan after its last phase, with the empty and error states", async () => {
    await page.getByTestId("rules-compare-source").getByText("Một phương án").click();
    await expect
      .poll(() => page.getByTestId("rules-compare").innerText())
      .toContain("Chưa có phương án nào bạn được xem trong tỉnh, thành phố này.");

    // A plan of Cát Hải, made through the HTTP API: Phòng Y tế merged into Văn hóa và Thông tin.
    const plan = await trpcMutation("plan.create", {
      snapshotId: await snapshotIdNamed("Hiện trạng 30/06/2021"),
      title: "Sắp xếp phòng chuyên môn huyện Cát Hải",
      districtId: "cat-hai",
      firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
    });
    await trpcMutation("plan.addOperation", {
      id: plan.id,
      version: plan.version,
      phaseIndex: 0,
      operation: {
        op: "merge",
        ids: ["cat-hai-van-hoa-thong-tin", "cat-hai-y-te"],
        into: { id: "cat-hai-van-hoa-thong-tin-y-te", name: "Phòng Văn hóa, Thông tin và Y tế" },
      },
    });
    const planUrl = new URL(page.url());
    planUrl.searchParams.set("packA", "RS-2014");
    planUrl.searchParams.set("packB", "RS-2020");
    await page.goto(planUrl.toString());
    await page.getByRole("combobox", { name: "Phương án" }).click();
    await page
      .locator(".ant-select-item-option", { hasText: "Sắp xếp phòng chuyên môn huyện Cát Hải" })
      .click();
    await expect
      .poll(() => page.getByTestId("rules-compare-structure").textContent(), { timeout: 15_000 })
      .toBe("Phương án, Giai đoạn 1 — ngày 01/07/2021");
    // The result may render again once more queries settle (which resets the group shown): click until
    // the group stays open.
    await expect
      .poll(async () => {
        await page.getByTestId("rules-compare-groups").getByText("Giữ nguyên").click();
        return page.getByTestId("compare-remained").isVisible();
      })
      .toBe(true);
    const result = await page.getByTestId("rules-compare-result").innerText();
    // After the merge: 10 phòng (no D-PH-04 under either pack), but 23 deputies > 2 × 10 under RS-2020.
    expect(result).not.toContain("D-PH-04");
    expect(await page.getByTestId("compare-appeared").innerText()).toContain(
      "Huyện Cát Hải có tổng 23 Phó Trưởng phòng ở 10 phòng chuyên môn; tối đa 20",
    );

    const url = new URL(page.url());
    url.searchParams.set("comparePlan", "00000000-0000-4000-8000-000000000000");
    await page.goto(url.toString());
    await expect
      .poll(() => page.getByTestId("rules-compare").innerText(), { timeout: 15_000 })
      .toContain("Kiểm tra lại mã hoặc tải lại danh sách.");
  });

  it("switches to English", async () => {
    await page.goto(`${app.url}/quy-dinh?pack=RS-2020`);
    await expect.poll(() => page.getByTestId("rules-page").isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByText("English", { exact: true }).click();
    await expect
      .poll(() => page.getByTestId("rules-page").innerText())
      .toContain("Parameters with effective dates");
    expect(await page.getByTestId("rules-pack-window").textContent()).toBe(
      "from 25/11/2020 to 28/02/2025 inclusive",
    );
    expect(await ruleRow("D-PH-04")).toContain("Number of divisions of an island district");
    await page.getByTestId("rules-tab-compare").click();
    await expect
      .poll(() => page.getByTestId("rules-compare").innerText(), { timeout: 15_000 })
      .toContain("Findings by severity");
    await page.screenshot({ path: join(artifactsDir, "rules-en.png"), fullPage: true });
  });
});
