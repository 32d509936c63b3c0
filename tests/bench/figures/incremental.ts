// incremental_ms_median (issue #9): re-evaluation after one operation on a district plan (Huyện Cát Hải,
// with its job positions and staff), as the domain offers it: apply the operation, find what it touched,
// re-run only those subjects' rules (incremental-evaluation.ts). Median over 200 single "set" operations
// applied one after the other. For context: a full evaluation of the same structure, and evaluatePlan
// (what the web editor runs on each change today).
import { buildHaiPhongSnapshot } from "@tinhgon/db";
import {
  applyOperation,
  evaluateIndexed,
  evaluatePlan,
  evaluateSnapshot,
  type EvaluationIndex,
  type Operation,
  reevaluate,
  type Snapshot,
  touchedIds,
} from "@tinhgon/domain";

import type { Figure } from "../harness/figure.ts";
import { describeSamples, median, nowMs, percentile, round, sampleSync } from "../harness/timing.ts";
import { catHaiBaseline, planOf, violationAddingOperation } from "../support/demo-plans.ts";

const OPERATIONS = 200;

/** Deputies and payroll of Cát Hải's divisions, changed one at a time, round and round. */
function operationsFor(snapshot: Snapshot): Operation[] {
  const divisions = snapshot.districts.flatMap((district) => district.divisions);
  return Array.from({ length: OPERATIONS }, (_, index): Operation => {
    const division = divisions[index % divisions.length];
    if (!division) throw new Error("Cát Hải has no divisions");
    return index % 2 === 0
      ? { op: "set", id: division.id, deputies: (Math.floor(index / 2) % 4) + 1 }
      : { op: "set", id: division.id, payroll: 4 + (index % 9) };
  });
}

export const incremental: Figure = {
  name: "incremental_ms_median",
  title: {
    vi: "Đánh giá lại sau một thao tác trên phương án cấp huyện (trung vị)",
    en: "Re-evaluation after one operation on a district plan (median)",
  },
  unit: "ms",
  goal: { op: "<=", target: 1 },
  digits: 3,
  measure: (context) => {
    const baseline = catHaiBaseline();
    const operations = operationsFor(baseline);
    const first = evaluateIndexed(baseline);
    if (!first.ok) throw new Error(first.failure.message.en);
    context.log(`  ${String(OPERATIONS)} single operations on Huyện Cát Hải …`);

    const run = () => {
      let current = baseline;
      let index: EvaluationIndex = first.index;
      const totals: number[] = [];
      const parts = { apply: [] as number[], touched: [] as number[], reevaluate: [] as number[] };
      let recomputed = 0;
      let reused = 0;
      let findings = 0;
      for (const operation of operations) {
        const started = nowMs();
        const applied = applyOperation(current, operation);
        if (!applied.ok) throw new Error(applied.error.message.en);
        const afterApply = nowMs();
        const touched = touchedIds(current, operation, applied.snapshot);
        const afterTouched = nowMs();
        const outcome = reevaluate(index, applied.snapshot, touched);
        const finished = nowMs();
        if (!outcome.ok) throw new Error(outcome.failure.message.en);
        totals.push(finished - started);
        parts.apply.push(afterApply - started);
        parts.touched.push(afterTouched - afterApply);
        parts.reevaluate.push(finished - afterTouched);
        recomputed += outcome.stats.recomputed;
        reused += outcome.stats.reused;
        findings = outcome.result.findings.length;
        current = applied.snapshot;
        index = outcome.index;
      }
      return { totals, parts, recomputed, reused, findings, final: current };
    };

    run(); // warm-up: the same 200 operations once
    const measured = run();
    const full = evaluateSnapshot(measured.final);
    if (!full.ok) throw new Error(full.failure.message.en);
    if (full.result.findings.length !== measured.findings)
      throw new Error(
        `incremental and full evaluation disagree: ${String(measured.findings)} vs ${String(full.result.findings.length)} findings`,
      );

    // Context: what a full evaluation costs, and what the web editor runs per change (evaluatePlan).
    const fullEvaluation = sampleSync(() => evaluateSnapshot(measured.final), 50, 5);
    const districtPlan = planOf(baseline, "Cát Hải", operations.slice(0, 3));
    const districtPlanEvaluation = sampleSync(() => evaluatePlan(districtPlan), 30, 3);
    const haiPhong = buildHaiPhongSnapshot();
    const provincePlan = planOf(haiPhong, "Hải Phòng", [violationAddingOperation(haiPhong)]);
    const provincePlanEvaluation = sampleSync(() => evaluatePlan(provincePlan), 20, 3);

    const value = median(measured.totals);
    return Promise.resolve({
      value,
      detail: {
        plan: "Huyện Cát Hải (district plan of the seeded Hải Phòng data)",
        operations: OPERATIONS,
        medianMs: round(value, 4),
        p90Ms: round(percentile(measured.totals, 0.9), 4),
        maxMs: round(Math.max(...measured.totals), 4),
        medianApplyMs: round(median(measured.parts.apply), 4),
        medianTouchedIdsMs: round(median(measured.parts.touched), 4),
        medianReevaluateMs: round(median(measured.parts.reevaluate), 4),
        subjectsRecomputedPerOperation: round(measured.recomputed / OPERATIONS, 2),
        subjectsReusedPerOperation: round(measured.reused / OPERATIONS, 2),
        findingsAfter: measured.findings,
        fullEvaluationOfTheDistrict: describeSamples(fullEvaluation),
        evaluatePlanCatHaiOneOperationPhase: describeSamples(districtPlanEvaluation),
        evaluatePlanHaiPhongProvincePlan: describeSamples(provincePlanEvaluation),
      },
    });
  },
};
