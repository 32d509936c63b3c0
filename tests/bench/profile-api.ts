// The application under the load of api_vs_bare_http, profiled with V8 (docs/performance.md, "Profiles"):
//   cd tests && npx tsx bench/profile-api.ts /tmp/tinhgon-prof [seconds] [noprof]
//   npx tsx tests/bench/summarise-profile.ts /tmp/tinhgon-prof/*.cpuprofile
// Starts an embedded PostgreSQL and the application (`apps/server/src/main.ts`) as a child process
// with `--cpu-prof` (not with `noprof`), creates the Hải Phòng plan, then runs autocannon (50
// connections) on `plan.evaluate` as the figure does, and prints the server's CPU time and database
// transactions per request; the profile is written when the server stops.
import { spawn } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

import { createDatabaseIfMissing, repositoryRoot } from "@tinhgon/db";
import autocannon from "autocannon";
import pg from "pg";

import { childEnvironment } from "../support/env.ts";
import { createContext } from "./harness/context.ts";
import { BENCH_AUTH_SECRET, BENCH_PASSWORD, createHaiPhongPlan } from "./support/app-server.ts";
import { embeddedCluster, withDatabase } from "./support/postgres.ts";

async function transactionsOf(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The statistics collector reports with a delay: let it catch up.
    await client.query("SELECT pg_stat_force_next_flush()");
    const result = await client.query<{ count: string }>(
      "SELECT xact_commit AS count FROM pg_stat_database WHERE datname = current_database()",
    );
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

/** CPU time (user + system) the process has used so far, in ms (Linux: /proc/<pid>/stat, in ticks of 10 ms). */
async function cpuMsOf(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${String(pid)}/stat`, "utf8")).split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const folder = resolve(process.argv[2] ?? "/tmp/tinhgon-prof");
const seconds = Number(process.argv[3] ?? "10");
// `noprof`: the same load without the profiler, for the server's CPU time per request.
const profile = process.argv[4] !== "noprof";
const context = createContext();

try {
  await mkdir(folder, { recursive: true });
  const cluster = await embeddedCluster(context);
  const database = "tinhgon_profile_api";
  await createDatabaseIfMissing(cluster.adminUrl, database);
  const child = spawn(
    process.execPath,
    [
      ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${folder}`] : []),
      "--import",
      "tsx",
      join(repositoryRoot, "apps/server/src/main.ts"),
    ],
    {
      cwd: repositoryRoot,
      env: childEnvironment({
        HOST: "127.0.0.1",
        PORT: "0",
        DATABASE_URL: withDatabase(cluster.adminUrl, database),
        NODE_ENV: "test",
        LOG_LEVEL: "warn",
        DEMO_PASSWORD: BENCH_PASSWORD,
        AUTH_SECRET: BENCH_AUTH_SECRET,
        SIGN_IN_RATE_LIMIT: "100",
      }),
    },
  );
  const exited = new Promise<void>((done) =>
    child.once("exit", () => {
      done();
    }),
  );
  const url = await new Promise<string>((done, fail) => {
    let output = "";
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const match = /Tinh Gọn đang chạy tại (http:\/\/\S+)/.exec(output);
      if (match?.[1]) done(match[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then(() => {
      fail(new Error(`the server exited:\n${output}`));
    });
  });
  try {
    const plan = await createHaiPhongPlan({ url }, "Hải Phòng — hồ sơ hiệu năng API");
    const path = `/trpc/plan.evaluate?input=${encodeURIComponent(JSON.stringify({ id: plan.id }))}`;
    const transactions = () => transactionsOf(withDatabase(cluster.adminUrl, database));
    const before = await transactions();
    const pid = child.pid ?? 0;
    const cpuBefore = await cpuMsOf(pid);
    const result = await autocannon({
      url: `${url}${path}`,
      connections: 50,
      duration: seconds,
      headers: { cookie: plan.cookie },
      timeout: 30,
    });
    // Every statement outside a transaction commits one: about the queries per request.
    const cpu = (await cpuMsOf(pid)) - cpuBefore;
    const perRequest = (await transactions()) - before;
    context.log(
      `plan.evaluate: ${String(result.requests.average)} req/s, median ${String(result.latency.p50)} ms, non-2xx ${String(result.non2xx)}, ${(perRequest / result.requests.total).toFixed(1)} transactions and ${(cpu / result.requests.total).toFixed(2)} ms of server CPU per request`,
    );
  } finally {
    child.kill("SIGINT");
    await exited;
  }
  if (profile) context.log(`profile written to ${folder}`);
} finally {
  await context.cleanup();
}
