// @tinhgon/domain — pure TypeScript, no I/O. Runs on the server, in the CLI and in the browser.
export * from "./shared/iso-date.ts";
export * from "./rule-packs/rule-pack-catalogue.ts";
export * from "./system/system-health.schema.ts";
