// PostgreSQL for the database figures: an embedded cluster (the app's default, binaries from npm) in a
// temporary folder, started once per run; and Debian's server through scripts/pg-start.sh when it is
// installed. Each figure gets its own migrated database.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { applyMigrations, createDatabaseIfMissing, repositoryRoot, startEmbeddedDatabase } from "@tinhgon/db";

import { childEnvironment } from "../../support/env.ts";
import { findFreePort } from "../../support/free-port.ts";
import type { BenchContext } from "../harness/context.ts";

export interface Cluster {
  /** URL of the maintenance database, for CREATE DATABASE. */
  adminUrl: string;
  label: string;
}

export function embeddedCluster(context: BenchContext): Promise<Cluster> {
  return context.shared("embedded-postgres", async () => {
    context.log("  starting an embedded PostgreSQL (temporary cluster) …");
    const folder = await mkdtemp(join(tmpdir(), "tinhgon-bench-pg-"));
    context.onCleanup(() => rm(folder, { recursive: true, force: true }));
    const server = await startEmbeddedDatabase({
      dataDir: join(folder, "cluster"),
      port: await findFreePort(),
      database: "postgres",
      fast: true,
    });
    context.onCleanup(() => server.stop());
    return { adminUrl: server.adminUrl, label: "embedded PostgreSQL 17 (embedded-postgres, fsync off)" };
  });
}

function runScript(script: string, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", [join(repositoryRoot, "scripts", script)], {
      cwd: repositoryRoot,
      env: childEnvironment({ PGPORT: String(port) }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", (error) => {
      resolve({ code: null, output: error.message });
    });
    child.once("close", (code) => {
      resolve({ code, output });
    });
  });
}

/** Debian's PostgreSQL through scripts/pg-start.sh, or why it cannot be used here. */
export function distroCluster(context: BenchContext): Promise<Cluster | { unavailable: string }> {
  return context.shared("distro-postgres", async () => {
    const versions = existsSync("/usr/lib/postgresql") ? await readdir("/usr/lib/postgresql") : [];
    if (versions.length === 0)
      return { unavailable: "Debian's postgresql is not installed (/usr/lib/postgresql)" };
    if (process.getuid?.() !== 0) return { unavailable: "scripts/pg-start.sh must run as root" };
    const port = await findFreePort();
    context.log(
      `  starting Debian's PostgreSQL ${versions.join(", ")} (scripts/pg-start.sh, port ${String(port)}) …`,
    );
    const started = await runScript("pg-start.sh", port);
    const url = started.output.trim().split("\n").at(-1) ?? "";
    if (started.code !== 0 || !url.startsWith("postgresql://")) {
      await runScript("pg-stop.sh", port);
      return { unavailable: `scripts/pg-start.sh failed: ${started.output.trim().slice(0, 300)}` };
    }
    context.onCleanup(async () => {
      await runScript("pg-stop.sh", port);
    });
    return {
      adminUrl: url,
      label: `Debian PostgreSQL ${versions.join(", ")} (scripts/pg-start.sh, fsync off)`,
    };
  });
}

/** The URL of `database` on the server of `adminUrl`. */
export function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new database on `cluster` with the committed migrations applied; its URL. */
export async function migratedDatabase(cluster: Cluster, name: string): Promise<string> {
  await createDatabaseIfMissing(cluster.adminUrl, name);
  const url = withDatabase(cluster.adminUrl, name);
  await applyMigrations(url);
  return url;
}
