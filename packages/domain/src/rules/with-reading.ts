// A unit rule of a pack that rests on a reading its factory does not know (RS-2025B's deputy limits, ADR
// 0034): the same rule, listed with the reading, which every finding carries unless it has a more
// specific one (a chi cục without phòng keeps ADR 0014's). The factory and other packs stay unchanged.
import type { InterpretationRef } from "../findings/finding.schema.ts";
import type { UnitRule } from "./rule.ts";

export function withReading(rule: UnitRule, reading: InterpretationRef): UnitRule {
  return {
    ...rule,
    interpretation: reading,
    evaluate: (scope, context) =>
      rule
        .evaluate(scope, context)
        .map((finding) => (finding.interpretation ? finding : { ...finding, interpretation: reading })),
  };
}
