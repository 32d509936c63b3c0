// Our engine on the national dataset, measured once per run and shared by the two engine figures (so
// both ratios divide by the same measurement): the deputy and minimum-payroll subset, and, for context,
// every rule of RS-2020.
import { evaluateSnapshot } from "@tinhgon/domain";

import type { BenchContext } from "../harness/context.ts";
import { describeSamples, round, type Samples, sampleSync } from "../harness/timing.ts";
import { describeDataset, type NationalDataset, nationalDataset } from "./national-dataset.ts";
import {
  countFindings,
  createRuleSubset,
  evaluateSubsetWithEngine,
  type RuleCounts,
  type RuleSubset,
  rulesInForce,
  subjectFacts,
  type SubjectFacts,
  totalCount,
} from "./rule-subset.ts";

/** As many unmeasured passes as the hand loop gets (engine-vs-hand-loop.ts: 5 batches of 20). */
const ENGINE_WARMUP_PASSES = 100;

export interface EngineTimings {
  dataset: NationalDataset;
  subset: RuleSubset;
  /** Every subject json-rules-engine runs on: provinces, units of the sở, districts, divisions. */
  facts: SubjectFacts[];
  counts: RuleCounts;
  /** One pass of the subset over the 63 provinces. */
  subsetPass: Samples;
}

export interface FullPackTimings {
  /** One pass of every RS-2020 rule over the 63 provinces (context only). */
  pass: Samples;
  findings: number;
}

/**
 * Every rule of RS-2020 on the national dataset, for context — measured after the engine figures' own
 * samples: once the engine has run rules of every kind, V8 has seen more kinds of rule at the engine's
 * call sites, and the subset runs ~15% slower in the same process (docs/performance.md, "Fourth round").
 */
export function fullPackTimings(context: BenchContext, timings: EngineTimings): Promise<FullPackTimings> {
  return context.shared("engine-full-pack", () => {
    context.log("  our engine: every RS-2020 rule, for context …");
    let findings = 0;
    const pass = sampleSync(
      () => {
        findings = 0;
        for (const snapshot of timings.dataset.snapshots) {
          const outcome = evaluateSnapshot(snapshot);
          if (outcome.ok) findings += outcome.result.findings.length;
        }
      },
      10,
      2,
    );
    return Promise.resolve({ pass, findings });
  });
}

export function engineTimings(context: BenchContext): Promise<EngineTimings> {
  return context.shared("engine-timings", async () => {
    const dataset = await nationalDataset(context);
    const subset = createRuleSubset(dataset.snapshots);
    const facts = subjectFacts(dataset.snapshots);
    context.log(
      `  our engine: ${rulesInForce(subset.limits).join(", ")} on ${String(facts.length)} subjects …`,
    );
    let findingsInPass = 0;
    const countPass = (findings: readonly unknown[]): void => {
      findingsInPass += findings.length;
    };
    // Warmed up as long as the hand loop is (5 batches of 20 passes): both are compared at the speed they
    // settle at once the JIT has optimised them, not while our engine, the larger code, is still tiering up.
    const subsetPass = sampleSync(
      () => {
        findingsInPass = 0;
        evaluateSubsetWithEngine(subset, dataset.snapshots, countPass);
      },
      40,
      ENGINE_WARMUP_PASSES,
    );
    // Counted per rule (to check that the three implementations agree) outside the timed passes.
    const counts: RuleCounts = countFindings(subset, dataset.snapshots);
    if (totalCount(counts) !== findingsInPass)
      throw new Error(`our engine found ${String(findingsInPass)} and then ${String(totalCount(counts))}`);
    return { dataset, subset, facts, counts, subsetPass };
  });
}

export function describeEngine(timings: EngineTimings): Record<string, unknown> {
  const subjects = timings.facts.length;
  return {
    dataset: describeDataset(timings.dataset),
    rules: rulesInForce(timings.subset.limits),
    ruleSet: timings.subset.limits.ruleSet,
    parametersOn: timings.subset.limits.date,
    subjects,
    findings: totalCount(timings.counts),
    findingsByRule: timings.counts,
    passMs: describeSamples(timings.subsetPass),
    microsecondsPerSubject: round((timings.subsetPass.medianMs * 1000) / subjects),
  };
}

export function describeFullPack(full: FullPackTimings, subjects: number): Record<string, unknown> {
  return {
    passMs: describeSamples(full.pass),
    findings: full.findings,
    microsecondsPerSubject: round((full.pass.medianMs * 1000) / subjects),
  };
}
