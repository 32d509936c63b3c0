// What a benchmark figure is: a name from issue #9, a goal, and a function that measures it. A figure
// measures (a value, and whatever raw timings explain it), or says why it was skipped (a missing
// prerequisite: no Chromium, no distro PostgreSQL …). A benchmark is not a test: a missed goal is a
// result to report, never a failure.
import type { BenchContext } from "./context.ts";

export type Goal = { op: ">=" | "<="; target: number } | { op: "constant" };

export interface Measurement {
  value: number;
  /** For goals that are not a threshold on `value` (a constant query count). */
  met?: boolean;
  /** Raw timings and counts: what the value was computed from. */
  detail: Record<string, unknown>;
}

export interface Skipped {
  skipped: string;
  detail?: Record<string, unknown>;
}

export type FigureOutcome = Measurement | Skipped;

export interface Figure {
  /** The figure's name in issue #9 and in `--json` output. */
  name: string;
  title: { vi: string; en: string };
  unit: string;
  goal: Goal;
  /** Significant digits worth printing in the table. */
  digits?: number;
  measure: (context: BenchContext) => Promise<FigureOutcome>;
}

export function skip(reason: string, detail?: Record<string, unknown>): Skipped {
  return detail ? { skipped: reason, detail } : { skipped: reason };
}

export function isSkipped(outcome: FigureOutcome): outcome is Skipped {
  return "skipped" in outcome;
}

export function goalText(goal: Goal): string {
  if (goal.op === "constant") return "constant (no N+1)";
  return `${goal.op === ">=" ? "≥" : "≤"} ${goal.target.toLocaleString("en-US")}`;
}

export function goalMet(goal: Goal, measurement: Measurement): boolean {
  if (measurement.met !== undefined) return measurement.met;
  switch (goal.op) {
    case ">=":
      return measurement.value >= goal.target;
    case "<=":
      return measurement.value <= goal.target;
    case "constant":
      return false;
  }
}
