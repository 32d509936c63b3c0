// Applies the committed migrations (prisma/migrations) with the Prisma CLI's `migrate deploy`, the same
// command an operator runs by hand. The CLI is run as a child process because Prisma has no public
// programmatic migration API; prisma.config.ts carries the driver-adapter workarounds.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { childProcessEnvironment } from "./env.ts";

export class MigrationError extends Error {
  readonly code = "MIGRATION_FAILED";
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/** The repository root, where prisma.config.ts and prisma/ live. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export async function applyMigrations(databaseUrl: string): Promise<string> {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  return runNode([prismaCli, "migrate", "deploy"], databaseUrl);
}

function runNode(args: string[], databaseUrl: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repositoryRoot,
      // The child is the Prisma CLI, which reads DATABASE_URL through prisma.config.ts.
      env: childProcessEnvironment({ DATABASE_URL: databaseUrl }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", (error) => {
      reject(new MigrationError(`Could not run the Prisma CLI: ${error.message}`, output));
    });
    child.on("close", (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new MigrationError(`prisma migrate deploy exited with code ${String(code)}`, output));
    });
  });
}
