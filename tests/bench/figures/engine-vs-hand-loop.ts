// engine_vs_hand_loop (issue #9): our engine's full evaluation of the deputy and minimum-payroll rules
// (findings with messages, citations, limits) against a hand-written loop computing the same limits over
// plain typed arrays — the practical floor. Ratio of the times: lower is better.
import type { Figure } from "../harness/figure.ts";
import { describeSamples, median, round, type Samples, sampleSync } from "../harness/timing.ts";
import {
  describeEngine,
  describeFullPack,
  engineTimings,
  fullPackTimings,
} from "../support/engine-timings.ts";
import {
  countWithHandLoop,
  evaluateSubsetWithEngine,
  handLoopCounts,
  plainDataset,
  plainLimits,
  sameCounts,
  totalCount,
} from "../support/rule-subset.ts";

/** One pass of the loop takes about half a millisecond: timed in batches so the clock's resolution does not matter. */
const PASSES_PER_SAMPLE = 20;
/**
 * The two are measured in alternating windows — loop, engine, loop, engine … — and each side's figure is
 * the median of all its samples: on this shared machine another process's burst of work lasts about a
 * second, as long as one side's whole measurement used to, and then moved the ratio by 2× whichever side
 * it fell on. Alternating, a burst spoils one window of five, a minority of that side's samples. A window
 * is many passes long, so neither side is timed just after the other has taken the caches.
 */
const WINDOWS = 5;
const LOOP_BATCHES_PER_WINDOW = 8;
const ENGINE_PASSES_PER_WINDOW = 30;

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
    context.log(
      `  hand-written loop over ${String(data.unitCount)} units in typed arrays, in ${String(WINDOWS)} windows alternating with our engine …`,
    );
    const loopBatch = (): void => {
      for (let pass = 0; pass < PASSES_PER_SAMPLE; pass += 1) countWithHandLoop(data, limits, counts);
    };
    let findingsInPass = 0;
    const countPass = (findings: readonly unknown[]): void => {
      findingsInPass += findings.length;
    };
    const enginePass = (): void => {
      findingsInPass = 0;
      evaluateSubsetWithEngine(engine.subset, engine.dataset.snapshots, countPass);
    };
    const loopWindows: Samples[] = [];
    const engineWindows: Samples[] = [];
    for (let index = 0; index < WINDOWS; index += 1) {
      // The loop's first window warms it up as long as our engine was (5 batches of 20 passes).
      loopWindows.push(sampleSync(loopBatch, LOOP_BATCHES_PER_WINDOW, index === 0 ? 5 : 0));
      engineWindows.push(sampleSync(enginePass, ENGINE_PASSES_PER_WINDOW, 0));
    }
    if (findingsInPass !== totalCount(engine.counts))
      throw new Error(
        `our engine found ${String(findingsInPass)} in its last pass, ${String(totalCount(engine.counts))} before`,
      );
    const batch = pooled(loopWindows);
    const engineInWindows = pooled(engineWindows);
    const byRule = handLoopCounts(limits, counts);
    if (!sameCounts(byRule, engine.counts))
      throw new Error(
        `the hand loop and our engine disagree: ${JSON.stringify(byRule)} vs ${JSON.stringify(engine.counts)}`,
      );
    const passMs = batch.medianMs / PASSES_PER_SAMPLE;
    const subjects = engine.facts.length;
    const fullPack = await fullPackTimings(context, engine);
    return {
      value: engineInWindows.medianMs / passMs,
      detail: {
        violationsBoth: totalCount(byRule),
        windows: WINDOWS,
        engine: {
          ...describeEngine(engine),
          inWindows: {
            passMs: describeSamples(engineInWindows),
            windowMedianMs: engineWindows.map((window) => round(window.medianMs)),
          },
          everyRuleOfThePack: describeFullPack(fullPack, subjects),
        },
        handLoop: {
          passMs: round(passMs, 4),
          batchOfPasses: PASSES_PER_SAMPLE,
          batchMs: describeSamples(batch),
          windowPassMs: loopWindows.map((window) => round(window.medianMs / PASSES_PER_SAMPLE, 4)),
          microsecondsPerSubject: round((passMs * 1000) / subjects, 4),
          violationsByRule: byRule,
        },
      },
    };
  },
};

/** Every window's samples as one set (its median is the side's figure). */
function pooled(windows: readonly Samples[]): Samples {
  const samplesMs = windows.flatMap((window) => window.samplesMs);
  return { samplesMs, medianMs: median(samplesMs), minMs: Math.min(...samplesMs) };
}
