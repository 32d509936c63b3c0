import type { Rule } from "../rules/rule.ts";
import type { RulePackId } from "./rule-pack-catalogue.ts";

/** A dated rule pack: its rules (each reading dated parameters); its window is in the catalogue. */
export interface RulePack {
  id: RulePackId;
  rules: readonly Rule[];
}
