// `npm run bench` — the figures of issue #9, measured side by side in one run on this machine, each with
// its goal and whether it is met (docs/performance.md explains each figure and how to reproduce it).
//   npm run bench                         a table (Vietnamese / English) on stdout, progress on stderr
//   npm run bench -- --json               exactly one JSON object on stdout
//   npm run bench -- --only a,b           only the named figures (--list shows the names)
//   npm run bench -- --out figures.json   also write the JSON object to a file
// A benchmark is not a test: the command exits 0 whatever the figures say; a figure whose prerequisite
// is missing (Chromium, Debian's PostgreSQL, the web build) is skipped with the reason. Only a crash of
// the harness itself exits non-zero.
import { writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { resolve } from "node:path";

import { apiVsBareHttp } from "./figures/api-vs-bare-http.ts";
import { editToFindings } from "./figures/edit-to-findings.ts";
import { engineVsHandLoop } from "./figures/engine-vs-hand-loop.ts";
import { engineVsJsonRulesEngine } from "./figures/engine-vs-json-rules-engine.ts";
import { import5000Rows } from "./figures/import-5000-rows.ts";
import { incremental } from "./figures/incremental.ts";
import { provinceTreeQueries } from "./figures/province-tree-queries.ts";
import { webInitialJs } from "./figures/web-initial-js.ts";
import { benchEnv } from "./env.ts";
import { createContext } from "./harness/context.ts";
import type { Figure } from "./harness/figure.ts";
import { describeMachine, type FigureReport, toJson, toTable } from "./harness/report.ts";
import { nowMs } from "./harness/timing.ts";

/** In the order they run: CPU-only figures first, then the ones that start servers and a browser. */
const figures: readonly Figure[] = [
  webInitialJs,
  engineVsJsonRulesEngine,
  engineVsHandLoop,
  incremental,
  import5000Rows,
  provinceTreeQueries,
  apiVsBareHttp,
  editToFindings,
];

interface Options {
  json: boolean;
  only: string[] | undefined;
  list: boolean;
  /** Also write the JSON object to this file (npm prints its own banner lines on stdout). */
  out: string | undefined;
}

/** A mistake on the command line: a short message and exit code 2, not a stack trace. */
class UsageError extends Error {}

function parseArguments(args: readonly string[]): Options {
  const options: Options = { json: benchEnv.json, only: undefined, list: benchEnv.list, out: undefined };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    if (arg === "--json") options.json = true;
    else if (arg === "--list") options.list = true;
    else if (arg === "--out" || arg.startsWith("--out=")) {
      options.out = arg === "--out" ? args[(index += 1)] : arg.slice("--out=".length);
      if (!options.out) throw new UsageError("--out needs a file name");
    } else if (arg === "--only" || arg.startsWith("--only=")) {
      const value = arg === "--only" ? args[(index += 1)] : arg.slice("--only=".length);
      if (!value) throw new UsageError("--only needs a comma-separated list of figure names");
      options.only = value
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean);
    } else
      throw new UsageError(
        `unknown argument ${arg} (use --json, --only name1,name2, --out file.json, --list)`,
      );
  }
  const unknown = options.only?.filter((name) => !figures.some((figure) => figure.name === name)) ?? [];
  if (unknown.length > 0)
    throw new UsageError(
      `unknown figure ${unknown.join(", ")}; figures: ${figures.map((figure) => figure.name).join(", ")}`,
    );
  return options;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (options.list) {
    for (const figure of figures) process.stdout.write(`${figure.name}\t${figure.title.en}\n`);
    return 0;
  }
  // With --json, stdout carries the one JSON object: anything a library prints goes to stderr.
  if (options.json)
    console.log = (...args: unknown[]) => {
      console.error(...args);
    };
  const selected = figures.filter((figure) => options.only?.includes(figure.name) ?? true);
  const machine = describeMachine();
  const context = createContext();
  const run = { interrupted: false };
  process.once("SIGINT", () => {
    run.interrupted = true;
    context.log("\nInterrupted: stopping what the run started …");
    void context.cleanup().finally(() => process.exit(130));
  });

  const started = nowMs();
  const reports: FigureReport[] = [];
  try {
    for (const figure of selected) {
      if (run.interrupted) break;
      context.log(`▶ ${figure.name} — ${figure.title.vi} / ${figure.title.en}`);
      const figureStarted = nowMs();
      try {
        const outcome = await figure.measure(context);
        const seconds = (nowMs() - figureStarted) / 1000;
        reports.push({ figure, seconds, outcome });
        context.log(
          "skipped" in outcome
            ? `  skipped: ${outcome.skipped}`
            : `  ${String(outcome.value)} ${figure.unit} (${seconds.toFixed(1)} s)`,
        );
      } catch (error) {
        const seconds = (nowMs() - figureStarted) / 1000;
        reports.push({ figure, seconds, error: message(error) });
        context.log(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    await context.cleanup();
  }
  const seconds = (nowMs() - started) / 1000;
  machine.loadAverageAtEnd = loadavg().map((value) => Math.round(value * 100) / 100);
  const json = toJson(reports, machine, seconds);
  if (options.out !== undefined) {
    const file = resolve(benchEnv.invokedFrom, options.out);
    await writeFile(file, `${json}\n`);
    context.log(`JSON written to ${file}`);
  }
  process.stdout.write(`${options.json ? json : toTable(reports, machine, seconds)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // A library's idle handle (a pool's timer) must not keep a finished run alive.
    setTimeout(() => process.exit(code), 2000).unref();
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`bench: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
