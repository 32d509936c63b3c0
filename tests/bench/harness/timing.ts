// Small timing helpers. Medians, not means: this machine is shared and a single pause (GC, another
// process) should not move a figure.
import { performance } from "node:perf_hooks";

export function nowMs(): number {
  return performance.now();
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Rounds for printing and JSON (raw timings keep 3 significant decimals, not 15). */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export interface Samples {
  /** Milliseconds of each measured repetition. */
  samplesMs: number[];
  medianMs: number;
  minMs: number;
}

/** Runs `work` `warmup` times unmeasured, then `repetitions` times, each timed. */
export function sampleSync(work: () => void, repetitions: number, warmup = 1): Samples {
  for (let index = 0; index < warmup; index += 1) work();
  const samplesMs: number[] = [];
  for (let index = 0; index < repetitions; index += 1) {
    const started = nowMs();
    work();
    samplesMs.push(nowMs() - started);
  }
  return { samplesMs, medianMs: median(samplesMs), minMs: Math.min(...samplesMs) };
}

export async function sampleAsync(
  work: () => Promise<unknown>,
  repetitions: number,
  warmup = 1,
): Promise<Samples> {
  for (let index = 0; index < warmup; index += 1) await work();
  const samplesMs: number[] = [];
  for (let index = 0; index < repetitions; index += 1) {
    const started = nowMs();
    await work();
    samplesMs.push(nowMs() - started);
  }
  return { samplesMs, medianMs: median(samplesMs), minMs: Math.min(...samplesMs) };
}

/** The samples as JSON detail: rounded, with the median and minimum. */
export function describeSamples(samples: Samples): Record<string, unknown> {
  return {
    medianMs: round(samples.medianMs),
    minMs: round(samples.minMs),
    samplesMs: samples.samplesMs.map((value) => round(value)),
  };
}
