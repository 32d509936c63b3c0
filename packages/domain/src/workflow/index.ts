export * from "./access.ts";
export * from "./plan-workflow.ts";
export * from "./round-changes.ts";
