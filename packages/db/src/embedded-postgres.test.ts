import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import { loadEmbeddedPostgres, quoteIdentifier } from "./embedded-postgres.ts";

describe("quoteIdentifier", () => {
  it("quotes a database name so it cannot break out of the statement", () => {
    expect(quoteIdentifier("tinhgon")).toBe('"tinhgon"');
    expect(quoteIdentifier('a"; DROP DATABASE x; --')).toBe('"a""; DROP DATABASE x; --"');
  });
});

describe("loading embedded-postgres", () => {
  it("keeps the exit code the process sets (the library's beforeExit handler would exit 0)", () => {
    // A fresh Node process: it loads the library the way startEmbeddedDatabase does, sets a failure
    // exit code and ends normally — as a test runner with failed tests does.
    const script = [
      `const { loadEmbeddedPostgres } = await import(${JSON.stringify(new URL("./embedded-postgres.ts", import.meta.url).href)});`,
      "await loadEmbeddedPostgres();",
      "process.exitCode = 3;",
    ].join("\n");
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
    // Starting Node with tsx takes seconds on a busy machine.
  }, 90_000);

  it("leaves no signal, beforeExit, message or exit handler of its own behind", async () => {
    const events = ["SIGINT", "SIGTERM", "SIGHUP", "beforeExit", "message", "exit"] as const;
    const before = events.map((event) => process.listenerCount(event));
    await loadEmbeddedPostgres();
    expect(events.map((event) => process.listenerCount(event))).toEqual(before);
  });
});
