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
  /** One pass of every RS-2020 rule over the 63 provinces (context only). */
  fullPass: Samples;
  fullFindings: number;
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
    context.log("  our engine: every RS-2020 rule, for context …");
    let fullFindings = 0;
    const fullPass = sampleSync(
      () => {
        fullFindings = 0;
        for (const snapshot of dataset.snapshots) {
          const outcome = evaluateSnapshot(snapshot);
          if (outcome.ok) fullFindings += outcome.result.findings.length;
        }
      },
      10,
      2,
    );
    return { dataset, subset, facts, counts, subsetPass, fullPass, fullFindings };
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
    everyRuleOfThePack: {
      passMs: describeSamples(timings.fullPass),
      findings: timings.fullFindings,
      microsecondsPerSubject: round((timings.fullPass.medianMs * 1000) / subjects),
    },
  };
}
