// The job-position rules (Decree 62/2020/NĐ-CP, from 20/07/2020) as every pack that applies Decree 62
// carries them: the same provisions, citations and confidence (legal-rules.md §2.7, ADR 0016).
import {
  createLeadershipPositionsRule,
  createPayrollCoverageRule,
  createPlacementRule,
  createRankMatchRule,
  createRankStructureRule,
} from "../rules/job-positions/job-position.rules.ts";
import type { PositionRule } from "../rules/rule.ts";
import { citations } from "./citations.ts";
import { decree62InForce } from "./shared-parameters.ts";

export function createDecree62PositionRules(options: { districtLevel?: boolean } = {}): PositionRule[] {
  const inForce = decree62InForce;
  const rules: PositionRule[] = [
    createRankStructureRule({
      id: "JP-03",
      citation: citations.rankStructure,
      confidence: "SINGLE-SOURCE",
      inForce,
    }),
    createLeadershipPositionsRule({
      id: "JP-04",
      citation: citations.leadershipPositions,
      confidence: "DERIVED",
      inForce,
    }),
    createPayrollCoverageRule({
      id: "JP-05",
      citation: citations.supportPositions,
      confidence: "RECALLED",
      inForce,
    }),
    createPlacementRule({ id: "JP-06", citation: citations.placement, confidence: "DERIVED", inForce }),
    createRankMatchRule({ id: "JP-07", citation: citations.placement, confidence: "DERIVED", inForce }),
  ];
  if (options.districtLevel !== false) return rules;
  // From 01/07/2025 there is no district level: its divisions get no finding but G-TIER-01's (ADR 0034).
  return rules.map((rule) => ({
    ...rule,
    evaluate: (scope, context) => (scope.subject.type === "division" ? [] : rule.evaluate(scope, context)),
  }));
}
