import type { PlanReport } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { createPlanReportCache, planReportKey } from "./plan-report.cache.ts";

/** A report told apart by its rule set name; `padding` makes it larger when serialized. */
function report(name: string, padding = 0): PlanReport {
  const summary = { violations: 0, warnings: 0, transitional: 0, info: 0 };
  return { phases: [], baseline: { ruleSet: `${name}${" ".repeat(padding)}`, findings: [], summary } };
}

function counted(name: string, key = name) {
  let calls = 0;
  return {
    compute: () => {
      calls += 1;
      return Promise.resolve({ key, report: report(name) });
    },
    calls: () => calls,
  };
}

describe("plan report cache", () => {
  it("keys a stored state by id, version and time of the change", () => {
    const at = "2026-11-30T00:00:00.000Z";
    expect(planReportKey({ id: "p", version: 2, updatedAt: at })).not.toBe(
      planReportKey({ id: "p", version: 3, updatedAt: at }),
    );
    expect(planReportKey({ id: "p", version: 2, updatedAt: at })).not.toBe(
      planReportKey({ id: "p", version: 2, updatedAt: "2026-12-01T00:00:00.000Z" }),
    );
  });

  it("computes a key's report once and answers it again from memory", async () => {
    const cache = createPlanReportCache();
    const first = counted("v1");
    expect((await cache.reportOf("v1", first.compute)).baseline.ruleSet).toBe("v1");
    expect((await cache.reportOf("v1", first.compute)).baseline.ruleSet).toBe("v1");
    expect(first.calls()).toBe(1);
  });

  it("shares one computation between calls for a key being computed", async () => {
    const cache = createPlanReportCache();
    const slow = counted("v1");
    const answers = await Promise.all([1, 2, 3].map(() => cache.reportOf("v1", slow.compute)));
    expect(answers.map((answer) => answer.baseline.ruleSet)).toEqual(["v1", "v1", "v1"]);
    expect(slow.calls()).toBe(1);
  });

  it("keeps nothing of a failed computation: the next call computes again", async () => {
    const cache = createPlanReportCache();
    await expect(
      cache.reportOf("v1", () => Promise.reject(new Error("PLAN_OPERATION_INVALID"))),
    ).rejects.toThrow("PLAN_OPERATION_INVALID");
    expect(cache.size()).toBe(0);
    const retry = counted("v1");
    await cache.reportOf("v1", retry.compute);
    expect(retry.calls()).toBe(1);
  });

  it("keeps a report under the state that was evaluated when the plan moved on meanwhile", async () => {
    const cache = createPlanReportCache();
    // Asked for v1, the plan was already at v2 when it was loaded: v2's report is kept under v2.
    expect((await cache.reportOf("v1", counted("v2", "v2").compute)).baseline.ruleSet).toBe("v2");
    const v2 = counted("other");
    expect((await cache.reportOf("v2", v2.compute)).baseline.ruleSet).toBe("v2");
    expect(v2.calls()).toBe(0);
    // v1 itself was never evaluated: it is computed when asked for again.
    const v1 = counted("v1");
    await cache.reportOf("v1", v1.compute);
    expect(v1.calls()).toBe(1);
  });

  it("forgets the least recently used report beyond its number of entries", async () => {
    const cache = createPlanReportCache({ maxEntries: 2 });
    await cache.reportOf("a", counted("a").compute);
    await cache.reportOf("b", counted("b").compute);
    await cache.reportOf("a", counted("a").compute); // a is now the most recently used
    await cache.reportOf("c", counted("c").compute);
    expect(cache.size()).toBe(2);
    const a = counted("a");
    const b = counted("b");
    await cache.reportOf("a", a.compute);
    expect(a.calls()).toBe(0);
    await cache.reportOf("b", b.compute);
    expect(b.calls()).toBe(1);
  });

  it("forgets reports beyond its size in characters, and never keeps one larger than that", async () => {
    const small = JSON.stringify(report("a")).length;
    const cache = createPlanReportCache({ maxChars: small * 2 + 10 });
    await cache.reportOf("a", counted("a").compute);
    await cache.reportOf("b", counted("b").compute);
    await cache.reportOf("c", counted("c").compute);
    expect(cache.size()).toBe(2);
    const huge = { compute: () => Promise.resolve({ key: "h", report: report("h", small * 3) }) };
    expect((await cache.reportOf("h", huge.compute)).baseline.ruleSet.startsWith("h")).toBe(true);
    expect(cache.size()).toBe(2);
  });
});
