// Runs the real CLI (apps/cli/bin/tinhgon.mjs) as a child process, as a user does with `npx tinhgon`,
// and the JSON contract its findings must meet. Shared by the CLI end-to-end suites.
import { spawn } from "node:child_process";
import { join } from "node:path";

import { repositoryRoot } from "@tinhgon/db";
import { z } from "zod";

import { childEnvironment } from "./env.ts";

const bin = join(repositoryRoot, "apps/cli/bin/tinhgon.mjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One run of the CLI, never shared (for commands whose answer changes between runs). */
export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: repositoryRoot,
      env: childEnvironment({}),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      stdout.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr.push(chunk);
    });
    child.once("error", reject);
    child.once("close", (code) => {
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
  });
}

// Each CLI start costs about a second: identical invocations (the examples) are run once and shared.
const runs = new Map<string, Promise<CliRun>>();
export function cli(...args: string[]): Promise<CliRun> {
  const key = JSON.stringify(args);
  let run = runs.get(key);
  if (run === undefined) {
    run = runCli(args);
    runs.set(key, run);
  }
  return run;
}

/** Stack frames look like "\n    at fn (file:line:col)"; a user must never see one. */
export const stackTrace = /\n\s+at /;

// The JSON contract of a finding (formats.md "A Finding", plus the additions of docs/adr/0002).

export const localizedSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

export const findingSchema = z.strictObject({
  // Catalogue ids: P-DEP-02, P25-SO-01, C26-ORG-01, G-TIER-02 …
  ruleId: z.string().regex(/^[A-Z]+[0-9]*(?:-[A-Z0-9]+)+$/),
  severity: z.enum(["violation", "transitional", "warning", "info"]),
  subject: z.strictObject({
    // "commune": a xã, phường or đặc khu (snapshot/2); its phòng and service centre are "division".
    type: z.enum(["province", "agency", "unit", "district", "division", "commune"]),
    id: z.string().min(1),
  }),
  actual: z.number().optional(),
  limit: z.number().optional(),
  limitKind: z.enum(["max", "min"]).optional(),
  citation: z.string().min(1),
  message: localizedSchema,
  confidence: z.enum(["CONFIRMED", "SINGLE-SOURCE", "RECALLED", "DERIVED"]),
  interpretation: z
    .strictObject({ id: z.string().min(1), adr: z.string().min(1), note: localizedSchema })
    .optional(),
  members: z.array(z.string().min(1)).optional(),
  deadline: z.iso.date().optional(),
});
export type Finding = z.infer<typeof findingSchema>;
