// Applies the committed migrations (prisma/migrations) with the Prisma CLI's `migrate deploy`, the same
// command an operator runs by hand. The CLI is run as a child process because Prisma has no public
// programmatic migration API; prisma.config.ts carries the driver-adapter workarounds.
// Several server instances may start at once against one database (docs/adr/0031-scale-out.md): each
// holds our own session-level advisory lock on a connection of its own while its CLI runs, so the
// migrations are applied by the first and the others find nothing left to do. (The schema engine takes
// an advisory lock of its own, but on a connection of the adapter's pool, whose connections come and go:
// we do not rely on it.) A session-level lock needs a direct connection: see DATABASE_DIRECT_URL.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

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

/** The key of the migration lock (hashed by PostgreSQL into the advisory lock's 64-bit number). */
export const MIGRATION_LOCK_KEY = "tinhgon:migrate";

export async function applyMigrations(databaseUrl: string): Promise<string> {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const lock = new pg.Client({ connectionString: databaseUrl });
  // A dropped connection must not crash the process: the CLI's own failure says what went wrong.
  lock.on("error", () => undefined);
  try {
    await lock.connect();
    // Waits while another process migrates; released when this session ends (also if we crash).
    await lock.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [MIGRATION_LOCK_KEY]);
  } catch (error) {
    await lock.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Could not take the migration lock: ${reason}`, "");
  }
  try {
    return await runNode([prismaCli, "migrate", "deploy"], databaseUrl);
  } finally {
    await lock.end().catch(() => undefined);
  }
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
