export * from "./access.ts";
export * from "./scope-rules.ts";
export * from "./plan-status.ts";
export * from "./plan-workflow.ts";
export * from "./round-changes.ts";
