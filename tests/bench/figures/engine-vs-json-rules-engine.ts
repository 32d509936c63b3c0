// engine_vs_json_rules_engine (issue #9): how many times faster our engine evaluates the deputy and
// minimum-payroll rules of RS-2020 on the national dataset than the same rules written idiomatically for
// json-rules-engine (one Engine, rules added once, one `run` per subject). Both must find the same
// violations, rule by rule, or the figure is not a comparison of equal work.
import type { Figure } from "../harness/figure.ts";
import { describeSamples, round, sampleAsync } from "../harness/timing.ts";
import { describeEngine, engineTimings } from "../support/engine-timings.ts";
import {
  createJsonRulesEngine,
  evaluateWithJsonRulesEngine,
  jsonRules,
  type RuleCounts,
  sameCounts,
  totalCount,
} from "../support/rule-subset.ts";

export const engineVsJsonRulesEngine: Figure = {
  name: "engine_vs_json_rules_engine",
  title: {
    vi: "Bộ máy quy tắc so với json-rules-engine (số lần nhanh hơn)",
    en: "Our engine vs json-rules-engine (times faster)",
  },
  unit: "×",
  goal: { op: ">=", target: 300 },
  digits: 1,
  measure: async (context) => {
    const engine = await engineTimings(context);
    const rules = jsonRules(engine.subset.limits);
    const jre = createJsonRulesEngine(engine.subset.limits);
    context.log(
      `  json-rules-engine: ${String(rules.length)} rules, one run per subject (${String(engine.facts.length)}) …`,
    );
    // Warm-up on one province's worth of subjects, then whole passes.
    await evaluateWithJsonRulesEngine(jre, engine.facts.slice(0, 400));
    let counts: RuleCounts = {};
    const pass = await sampleAsync(
      async () => {
        counts = await evaluateWithJsonRulesEngine(jre, engine.facts);
      },
      3,
      0,
    );
    if (!sameCounts(counts, engine.counts))
      throw new Error(
        `json-rules-engine and our engine disagree: ${JSON.stringify(counts)} vs ${JSON.stringify(engine.counts)}`,
      );
    const subjects = engine.facts.length;
    return {
      value: pass.medianMs / engine.subsetPass.medianMs,
      detail: {
        violationsBoth: totalCount(counts),
        engine: describeEngine(engine),
        jsonRulesEngine: {
          rules: rules.length,
          runs: subjects,
          passMs: describeSamples(pass),
          microsecondsPerSubject: round((pass.medianMs * 1000) / subjects),
          violationsByRule: counts,
        },
      },
    };
  },
};
