// engine_vs_hand_loop (issue #9): our engine's full evaluation of the deputy and minimum-payroll rules
// (findings with messages, citations, limits) against a hand-written loop computing the same limits over
// plain typed arrays — the practical floor. Ratio of the times: lower is better.
import type { Figure } from "../harness/figure.ts";
import { describeSamples, round, sampleSync } from "../harness/timing.ts";
import { describeEngine, engineTimings } from "../support/engine-timings.ts";
import {
  countWithHandLoop,
  handLoopCounts,
  plainDataset,
  plainLimits,
  sameCounts,
  totalCount,
} from "../support/rule-subset.ts";

/** One pass of the loop takes about a millisecond: timed in batches so the clock's resolution does not matter. */
const PASSES_PER_SAMPLE = 20;

export const engineVsHandLoop: Figure = {
  name: "engine_vs_hand_loop",
  title: {
    vi: "Bộ máy quy tắc so với vòng lặp viết tay (số lần chậm hơn)",
    en: "Our engine vs a hand-written loop (times slower)",
  },
  unit: "×",
  goal: { op: "<=", target: 3 },
  digits: 1,
  measure: async (context) => {
    const engine = await engineTimings(context);
    const data = plainDataset(engine.dataset.snapshots);
    const limits = plainLimits(engine.subset.limits);
    const counts = new Int32Array(limits.ruleIds.length);
    context.log(`  hand-written loop over ${String(data.unitCount)} units in typed arrays …`);
    const batch = sampleSync(
      () => {
        for (let pass = 0; pass < PASSES_PER_SAMPLE; pass += 1) countWithHandLoop(data, limits, counts);
      },
      25,
      5,
    );
    const byRule = handLoopCounts(limits, counts);
    if (!sameCounts(byRule, engine.counts))
      throw new Error(
        `the hand loop and our engine disagree: ${JSON.stringify(byRule)} vs ${JSON.stringify(engine.counts)}`,
      );
    const passMs = batch.medianMs / PASSES_PER_SAMPLE;
    const subjects = engine.facts.length;
    return {
      value: engine.subsetPass.medianMs / passMs,
      detail: {
        violationsBoth: totalCount(byRule),
        engine: describeEngine(engine),
        handLoop: {
          passMs: round(passMs, 4),
          batchOfPasses: PASSES_PER_SAMPLE,
          batchMs: describeSamples(batch),
          microsecondsPerSubject: round((passMs * 1000) / subjects, 4),
          violationsByRule: byRule,
        },
      },
    };
  },
};
