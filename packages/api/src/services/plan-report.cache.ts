// Plan reports kept in process memory (docs/adr/0035-plan-report-cache.md). A report depends only on the
// plan's document and the rule packs of this release, and a plan's document never changes without a new
// version, so an entry keyed by (id, version, updatedAt) can never be stale for its key. The version is
// read from the database on every call (after the permission check): the cache saves the evaluation,
// never a read, so several instances stay correct.
import type { PlanReport } from "@tinhgon/domain";
import type { PlanListItem } from "@tinhgon/db";

/** What identifies one stored state of a plan: updatedAt too, so a restored backup cannot reuse a key. */
export function planReportKey(plan: Pick<PlanListItem, "id" | "version" | "updatedAt">): string {
  return `${plan.id}\u0000${String(plan.version)}\u0000${plan.updatedAt}`;
}

export interface PlanReportCache {
  /**
   * The report cached under `key`, or the one `compute` makes. `compute` may find the plan moved on
   * since `key` was read: it returns the key of the state it evaluated, under which the report is kept.
   * Calls for the same key while it is being computed share the computation.
   */
  reportOf: (key: string, compute: () => Promise<{ key: string; report: PlanReport }>) => Promise<PlanReport>;
  /** Number of reports kept (for tests and diagnostics). */
  size: () => number;
}

export interface PlanReportCacheOptions {
  /** Most reports kept; the least recently used go first. */
  maxEntries?: number;
  /** Most characters of serialized reports kept (a province's report is about 130,000). */
  maxChars?: number;
}

/** Shared by every request of the process; entries are never mutated once stored. */
export function createPlanReportCache(options: PlanReportCacheOptions = {}): PlanReportCache {
  const maxEntries = options.maxEntries ?? 200;
  const maxChars = options.maxChars ?? 32_000_000;
  // A Map iterates in insertion order: re-inserting on use makes the first entry the least recently used.
  const entries = new Map<string, { report: PlanReport; chars: number }>();
  const inFlight = new Map<string, Promise<PlanReport>>();
  let chars = 0;

  const store = (key: string, report: PlanReport): void => {
    const size = JSON.stringify(report).length;
    if (size > maxChars) return;
    const previous = entries.get(key);
    if (previous) {
      entries.delete(key);
      chars -= previous.chars;
    }
    entries.set(key, { report, chars: size });
    chars += size;
    for (const [oldest, entry] of entries) {
      if (entries.size <= maxEntries && chars <= maxChars) break;
      entries.delete(oldest);
      chars -= entry.chars;
    }
  };

  return {
    reportOf: (key, compute) => {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return Promise.resolve(hit.report);
      }
      const pending = inFlight.get(key);
      if (pending) return pending;
      const computed = compute()
        .then((result) => {
          store(result.key, result.report);
          return result.report;
        })
        .finally(() => {
          inFlight.delete(key);
        });
      inFlight.set(key, computed);
      return computed;
    },
    size: () => entries.size,
  };
}
