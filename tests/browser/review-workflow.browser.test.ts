// The review workflow in real browsers, one per user (separate browser contexts, separate sessions): the
// Cát Hải officer drafts a plan and submits it; the Department's reviewer starts the review, comments on
// an operation and returns the plan with a reason; the officer reads the comment, changes the plan and
// submits it again; the reviewer sees what changed since the last round and approves, answering each
// violation left; the approved plan is read-only (and the API refuses an edit with PLAN_LOCKED); the
// officer starts a revision; a viewer reads the plan without any action and without staff names; an
// officer of another district is told they may not open it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { RunningApplication } from "@tinhgon/server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifactsDir, chromiumAvailable, launchBrowser, pick, signInAs } from "../support/browser.ts";
import type { TestDatabase } from "../support/database.ts";
import { startSeededApp } from "../support/seeded-app.ts";

/** A member of Cát Hải's staff in the seed (examples/cat-hai-2021.snapshot.json): personal data. */
const staffName = "Nguyễn Văn Hưng";

describe.skipIf(!chromiumAvailable)("the review workflow in Chromium (officer, reviewer, viewer)", () => {
  let database: TestDatabase;
  let app: RunningApplication;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let officer: Page;
  let reviewer: Page;
  let planUrl: string;
  let planId: string;

  async function pageFor(email: string, path: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await signInAs(page, app.url, email, { path });
    return page;
  }

  beforeAll(async () => {
    ({ app, database } = await startSeededApp());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await app.stop();
    await database.drop();
  });

  /** Clicks a workflow button that asks for a confirmation, and confirms. */
  async function confirmStep(page: Page, testId: string): Promise<void> {
    await page.getByTestId(testId).click();
    const confirm = page.getByTestId(`${testId}-confirm`);
    await confirm.click();
    // On a busy machine a click can land while the confirmation is still opening: it closes once taken,
    // so only a confirmation still open 10 s later is clicked again.
    try {
      await confirm.waitFor({ state: "hidden", timeout: 10_000 });
    } catch {
      await confirm.click();
      await confirm.waitFor({ state: "hidden", timeout: 15_000 });
    }
  }

  const statusOf = (page: Page) => page.getByTestId("plan-status").first().innerText();

  /** A tRPC call from inside the page, with the page's own session cookie (as the app makes it). */
  async function callFromPage(
    page: Page,
    path: string,
    input: unknown,
  ): Promise<{ status: number; appCode: string | undefined }> {
    return page.evaluate(
      async ({ path, input }) => {
        const response = await fetch(`/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(input),
        });
        const body = (await response.json()) as { error?: { data?: { appCode?: string } } };
        return { status: response.status, appCode: body.error?.data?.appCode };
      },
      { path, input },
    );
  }

  it("the officer drafts a plan for Huyện Cát Hải (the only scope offered) and adds an operation", async () => {
    officer = await pageFor("canbo.cathai@tinhgon.local", "/phuong-an");
    await expect.poll(() => officer.getByTestId("plans-page").isVisible(), { timeout: 15_000 }).toBe(true);
    await officer.getByTestId("create-plan").click();
    await expect
      .poll(() => officer.getByTestId("create-plan-form").isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await officer.getByTestId("plan-scope").innerText()).toBe("Huyện Cát Hải");
    await officer.getByTestId("plan-title-input").fill("Thẩm định phòng chuyên môn Cát Hải");
    await officer.getByRole("button", { name: "Tạo phương án" }).last().click();
    await expect
      .poll(() => new URL(officer.url()).pathname, { timeout: 15_000 })
      .toMatch(/^\/phuong-an\/[0-9a-f-]{36}$/);
    planUrl = officer.url();
    planId = new URL(planUrl).pathname.split("/").at(-1) ?? "";
    await expect.poll(() => statusOf(officer)).toBe("Bản nháp");

    // Phòng Kinh tế from 4 deputies to 3: the district is back within its pool (D-DEP-01).
    await officer.getByTestId("add-operation").click();
    await officer.getByTestId("add-set").click();
    await pick(officer, officer.getByTestId("set-id"), "Phòng Kinh tế");
    await officer.getByTestId("set-deputies").fill("3");
    await officer.getByTestId("operation-submit").click();
    await expect.poll(() => officer.getByTestId("operation-item").count()).toBe(1);
    await expect
      .poll(() => officer.getByTestId("save-status").innerText(), { timeout: 15_000 })
      .toContain("Phiên bản 2");
  });

  it("the officer submits it: the editor locks and says why", async () => {
    await confirmStep(officer, "workflow-submit");
    await expect.poll(() => statusOf(officer), { timeout: 15_000 }).toBe("Đã trình");
    expect(await officer.getByTestId("read-only-notice").innerText()).toContain(
      "Phương án đã trình, đang chờ thẩm định — không sửa được",
    );
    expect(await officer.getByTestId("add-operation").count()).toBe(0);
    expect(await officer.getByTestId("undo").count()).toBe(0);
    expect(await officer.getByTestId("remove-operation").count()).toBe(0);
    // The owner may still withdraw, not submit twice.
    expect(await officer.getByTestId("workflow-submit").count()).toBe(0);
    expect(await officer.getByTestId("workflow-withdraw").isVisible()).toBe(true);
    await officer.screenshot({ path: join(artifactsDir, "review-submitted-vi.png"), fullPage: true });
  });

  it("the reviewer opens it, starts the review, comments on the operation and returns it with a reason", async () => {
    reviewer = await pageFor("thamdinh@tinhgon.local", "/phuong-an");
    await expect
      .poll(() => reviewer.getByTestId("plans-table").innerText(), { timeout: 15_000 })
      .toContain("Thẩm định phòng chuyên môn Cát Hải");
    expect(await reviewer.getByTestId("plans-table").innerText()).toContain("Đã trình");
    await reviewer.goto(planUrl);
    await expect.poll(() => statusOf(reviewer), { timeout: 15_000 }).toBe("Đã trình");
    expect(await reviewer.getByTestId("read-only-notice").innerText()).toContain("Chế độ thẩm định");
    expect(await reviewer.getByTestId("add-operation").count()).toBe(0);
    // The violation an approval would have to answer for: Cát Hải still has 11 divisions (D-PH-04).
    await expect
      .poll(() => reviewer.getByTestId("review-violations").innerText(), { timeout: 15_000 })
      .toContain("D-PH-04");

    await confirmStep(reviewer, "workflow-start-review");
    await expect.poll(() => statusOf(reviewer), { timeout: 15_000 }).toBe("Đang thẩm định");

    await reviewer.getByTestId("comment-on-operation").first().click();
    const form = reviewer.getByTestId("comment-form");
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await form.innerText()).toContain("Thao tác “");
    await reviewer.getByTestId("comment-send").click();
    await expect.poll(() => form.innerText()).toContain("không được để trống");
    await reviewer
      .getByTestId("comment-body-input")
      .fill("Giảm cấp phó Phòng Kinh tế chưa đủ: huyện đảo vẫn có 11 phòng, tối đa 10.");
    await reviewer.getByTestId("comment-send").click();
    await expect.poll(() => reviewer.getByTestId("comment").count(), { timeout: 15_000 }).toBe(1);
    expect(await reviewer.getByTestId("comment-target").first().innerText()).toContain("Thao tác “");

    await reviewer.getByTestId("workflow-return").click();
    await reviewer.getByTestId("return-reason").fill("Sửa");
    await reviewer.getByTestId("return-submit").click();
    await expect
      .poll(() => reviewer.getByTestId("return-form").innerText())
      .toContain("Lý do cần ít nhất 5 ký tự (đã nhập 3)");
    await reviewer
      .getByTestId("return-reason")
      .fill("Cần giảm số phòng chuyên môn xuống tối đa 10 (D-PH-04).");
    await reviewer.getByTestId("return-submit").click();
    await expect.poll(() => statusOf(reviewer), { timeout: 15_000 }).toBe("Trả lại để chỉnh sửa");
    await expect.poll(() => reviewer.getByTestId("comment").count(), { timeout: 15_000 }).toBe(2);
    expect(await reviewer.getByTestId("workflow-approve").count()).toBe(0);
  });

  it("the officer sees the comments, fixes the plan and submits it again", async () => {
    await officer.reload();
    await expect.poll(() => statusOf(officer), { timeout: 15_000 }).toBe("Trả lại để chỉnh sửa");
    expect(await officer.getByTestId("read-only-notice").innerText()).toContain("trả lại phương án");
    const comments = officer.getByTestId("comment-list");
    await expect
      .poll(() => comments.innerText(), { timeout: 15_000 })
      .toContain("Giảm cấp phó Phòng Kinh tế chưa đủ");
    expect(await comments.innerText()).toContain("Cần giảm số phòng chuyên môn xuống tối đa 10");
    expect(await comments.innerText()).toContain("Chuyên viên thẩm định, Sở Nội vụ");
    expect(await comments.innerText()).toContain("Vòng 1");
    const operationText = await officer.getByTestId("operation-description").first().innerText();
    expect(await officer.getByTestId("comment-target").allInnerTexts()).toContainEqual(
      expect.stringContaining(operationText),
    );

    // Editable again: merge two divisions (10 left, D-PH-04 resolved).
    await officer.getByTestId("add-operation").click();
    await officer.getByTestId("add-merge").click();
    await pick(officer, officer.getByTestId("merge-ids"), "Phòng Văn hóa và Thông tin", "Phòng Y tế");
    // Close the options list by clicking the dialog's title: Escape would close the dialog itself when
    // the list has already closed.
    await officer.locator(".ant-modal-title:visible").first().click();
    await officer.getByTestId("merge-name").fill("Phòng Văn hóa, Thông tin và Y tế");
    await officer.getByTestId("operation-submit").click();
    await expect.poll(() => officer.getByTestId("operation-item").count()).toBe(2);
    await expect
      .poll(() => officer.getByTestId("save-status").innerText(), { timeout: 15_000 })
      .toContain("Phiên bản 6");
    // The owner sees what changed since the submission too.
    await expect
      .poll(() => officer.getByTestId("round-changes").innerText(), { timeout: 15_000 })
      .toContain("Thêm: Hợp nhất Phòng Văn hóa và Thông tin và Phòng Y tế");

    await confirmStep(officer, "workflow-submit");
    await expect.poll(() => statusOf(officer), { timeout: 15_000 }).toBe("Đã trình");
  });

  it("the reviewer sees what changed since the last round, then approves with a reason for each violation", async () => {
    await reviewer.reload();
    await expect.poll(() => statusOf(reviewer), { timeout: 15_000 }).toBe("Đã trình");
    const changes = reviewer.getByTestId("round-changes");
    await expect.poll(() => changes.innerText(), { timeout: 15_000 }).toContain("vòng 1 → vòng 2");
    const text = await changes.innerText();
    expect(text).toContain(
      "Thêm: Hợp nhất Phòng Văn hóa và Thông tin và Phòng Y tế thành Phòng Văn hóa, Thông tin và Y tế",
    );
    expect(await changes.getByTestId("round-findings-resolved").innerText()).toContain("D-PH-04");
    // Ten divisions make a pool of 20 for the 22 deputies left: D-DEP-01 again.
    expect(await changes.getByTestId("round-findings-introduced").innerText()).toContain("D-DEP-01");
    await reviewer.screenshot({ path: join(artifactsDir, "review-changes-vi.png"), fullPage: true });

    await reviewer.getByTestId("workflow-approve").click();
    const approveForm = reviewer.getByTestId("approve-form");
    await expect.poll(() => approveForm.isVisible()).toBe(true);
    const reasons = approveForm.locator("textarea");
    const count = await reasons.count();
    expect(count).toBeGreaterThan(0);
    expect(await approveForm.innerText()).toContain("D-DEP-01");
    await reviewer.getByTestId("approve-submit").click();
    await expect.poll(() => approveForm.locator(".ant-form-item-explain-error").count()).toBe(count);
    expect(await approveForm.innerText()).toContain("ít nhất 10 ký tự");
    for (let index = 0; index < count; index += 1) {
      await reviewer
        .getByTestId(`approve-reason-${String(index)}`)
        .fill("Chấp thuận tạm thời: huyện giảm cấp phó dôi dư theo lộ trình đến năm 2025.");
    }
    await reviewer.screenshot({ path: join(artifactsDir, "review-approve-vi.png"), fullPage: true });
    await reviewer.getByTestId("approve-submit").click();
    await expect.poll(() => statusOf(reviewer), { timeout: 15_000 }).toBe("Đã phê duyệt");
    expect(await reviewer.getByTestId("workflow-actions").count()).toBe(0);

    await reviewer.getByTestId("review-rounds-toggle").click();
    const rounds = reviewer.getByTestId("review-rounds");
    await expect.poll(() => rounds.locator("tbody tr.ant-table-row").count()).toBe(2);
    expect(await rounds.innerText()).toContain("Trả lại");
    expect(await rounds.innerText()).toContain(`Chấp thuận ${String(count)} vi phạm`);
  });

  it("the audit trail lists every step, and exports as JSON", async () => {
    await reviewer.getByTestId("audit-toggle").click();
    const table = reviewer.getByTestId("audit-table");
    await expect.poll(() => table.innerText(), { timeout: 15_000 }).toContain("Phê duyệt");
    const text = await table.innerText();
    for (const action of [
      "Tạo phương án",
      "Sửa phương án",
      "Trình thẩm định",
      "Bắt đầu thẩm định",
      "Trả lại",
      "Góp ý",
    ])
      expect(text).toContain(action);
    expect(text).toContain("Bản nháp → Đã trình");
    await reviewer.screenshot({ path: join(artifactsDir, "review-audit-vi.png"), fullPage: true });
    const [download] = await Promise.all([
      reviewer.waitForEvent("download"),
      reviewer.getByTestId("audit-export").click(),
    ]);
    expect(download.suggestedFilename()).toBe("nhat-ky-tham-dinh-phong-chuyen-mon-cat-hai.audit.json");
    const exported = JSON.parse(await readFile(await download.path(), "utf8")) as {
      planId: string;
      events: { action: string; hash: string; prevHash: string }[];
    };
    expect(exported.planId).toBe(planId);
    expect(exported.events.map((event) => event.action)).toContain("review.approve");
    expect(exported.events.every((event) => /^[0-9a-f]{64}$/.test(event.hash))).toBe(true);
  });

  it("the approved plan is read-only for its owner, and the API refuses an edit with PLAN_LOCKED", async () => {
    await officer.reload();
    await expect.poll(() => statusOf(officer), { timeout: 15_000 }).toBe("Đã phê duyệt");
    expect(await officer.getByTestId("read-only-notice").innerText()).toContain("đã được phê duyệt");
    expect(await officer.getByTestId("add-operation").count()).toBe(0);
    expect(await officer.getByTestId("remove-operation").count()).toBe(0);
    expect(await officer.getByTestId("edit-phase").count()).toBe(0);

    const stored = await officer.evaluate(async (id) => {
      const response = await fetch(`/trpc/plan.get?input=${encodeURIComponent(JSON.stringify({ id }))}`);
      return ((await response.json()) as { result: { data: { version: number } } }).result.data.version;
    }, planId);
    const refused = await callFromPage(officer, "plan.edit", {
      id: planId,
      version: stored,
      edits: [{ kind: "updatePhase", phaseIndex: 0, changes: { name: "Sửa sau phê duyệt" } }],
    });
    expect(refused).toEqual({ status: 409, appCode: "PLAN_LOCKED" });
    await officer.screenshot({ path: join(artifactsDir, "review-approved-vi.png"), fullPage: true });
  });

  it("the owner creates a revision: a new draft that refers to the approved plan", async () => {
    await confirmStep(officer, "workflow-revise");
    await expect.poll(() => officer.url(), { timeout: 15_000 }).not.toBe(planUrl);
    await expect.poll(() => statusOf(officer), { timeout: 15_000 }).toBe("Bản nháp");
    expect(await officer.getByTestId("add-operation").isVisible()).toBe(true);
    expect(await officer.getByTestId("operation-item").count()).toBe(2);
    expect(await officer.getByTestId("review-panel").innerText()).toContain("Phiên bản điều chỉnh");
  });

  it("a viewer reads the approved plan without any action and without staff names", async () => {
    const viewer = await pageFor("xem@tinhgon.local", new URL(planUrl).pathname);
    await expect.poll(() => statusOf(viewer), { timeout: 15_000 }).toBe("Đã phê duyệt");
    await expect.poll(() => viewer.getByTestId("comment").count(), { timeout: 15_000 }).toBe(2);
    expect(await viewer.getByTestId("read-only-notice").innerText()).toContain("chế độ chỉ đọc");
    for (const testId of [
      "workflow-actions",
      "comment-add",
      "comment-on-operation",
      "add-operation",
      "remove-operation",
      "edit-phase",
      "undo",
    ])
      expect(await viewer.getByTestId(testId).count(), testId).toBe(0);
    expect(await viewer.locator("body").innerText()).not.toContain(staffName);
    // The plan as the API gives it to the viewer carries no staff list; the owner's does.
    const input = encodeURIComponent(JSON.stringify({ id: planId }));
    const forViewer = await (await viewer.request.get(`${app.url}/trpc/plan.get?input=${input}`)).text();
    expect(forViewer).not.toContain(staffName);
    const forOwner = await (await officer.request.get(`${app.url}/trpc/plan.get?input=${input}`)).text();
    expect(forOwner).toContain(staffName);
    await viewer.screenshot({ path: join(artifactsDir, "review-viewer-vi.png"), fullPage: true });
  });

  it("an officer of An Dương may not open Cát Hải's plan, and is told so", async () => {
    const other = await pageFor("canbo.anduong@tinhgon.local", new URL(planUrl).pathname);
    await expect
      .poll(() => other.getByTestId("plan-unavailable").innerText(), { timeout: 15_000 })
      .toBe("Bạn không có quyền xem phương án này");
    const text = await other.locator("main").innerText();
    expect(text).toContain("đề nghị Sở Nội vụ cấp quyền");
    expect(text).not.toContain("FORBIDDEN");
    await other.screenshot({ path: join(artifactsDir, "review-forbidden-vi.png"), fullPage: true });
    // Nor is it in the list of An Dương's plans.
    await other.getByTestId("nav-plans").click();
    await expect.poll(() => other.getByTestId("plans-page").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await other.getByTestId("plans-page").innerText()).not.toContain(
      "Thẩm định phòng chuyên môn Cát Hải",
    );
  });
});
