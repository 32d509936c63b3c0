// @tinhgon/domain — pure TypeScript, no I/O. Runs on the server, in the CLI and in the browser.
export * from "./shared/iso-date.ts";
export * from "./shared/json-path.ts";
export * from "./shared/localized.ts";
export * from "./snapshot/catalogue.ts";
export * from "./snapshot/snapshot.schema.ts";
export * from "./snapshot/input-problem.ts";
export * from "./snapshot/parse-snapshot.ts";
export * from "./findings/finding.schema.ts";
export * from "./rules/rule.ts";
export * from "./rules/parameters.ts";
export { interpretations } from "./rules/interpretations.ts";
export { computeRankStructure } from "./rules/job-positions/job-position.rules.ts";
export * from "./rule-packs/rule-pack-catalogue.ts";
export type { RulePack } from "./rule-packs/rule-pack.ts";
export * from "./evaluation/evaluate-snapshot.ts";
export * from "./system/system-health.schema.ts";
export * from "./shared/search-key.ts";
export * from "./synthetic/generate-provinces.ts";
