// The application under the load of api_vs_bare_http, profiled with V8 (docs/performance.md, "Profiles"):
//   cd tests && npx tsx bench/profile-api.ts /tmp/tinhgon-prof [seconds] [noprof] [bare]
//   npx tsx tests/bench/summarise-profile.ts /tmp/tinhgon-prof/*.cpuprofile
// Starts an embedded PostgreSQL and the application (`apps/server/src/main.ts`) as a child process
// with `--cpu-prof` (not with `noprof`), creates the Hải Phòng plan, then runs autocannon (50
// connections) on `plan.evaluate` as the figure does, and prints, per request, the database
// transactions and the CPU time of the server, of PostgreSQL and of autocannon (this process), with the
// machine's idle share: the three share the machine's CPUs, so each one's time counts in the figure.
// With `bare`, the bare server of the figure is then measured the same way. The profile is written
// when the server stops.
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
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

/** The machine's idle and total CPU time so far (/proc/stat, all CPUs, in ticks). */
async function machineTicks(): Promise<{ idle: number; total: number }> {
  const fields = ((await readFile("/proc/stat", "utf8")).split("\n")[0] ?? "").trim().split(/\s+/).slice(1);
  const ticks = fields.map(Number);
  return { idle: (ticks[3] ?? 0) + (ticks[4] ?? 0), total: ticks.reduce((sum, tick) => sum + tick, 0) };
}

/** CPU time of a PostgreSQL cluster's postmaster and of every process it started (its backends), in ms. */
async function clusterCpuMs(postmaster: number): Promise<number> {
  let total = await cpuMsOf(postmaster);
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // Field 4 (after the command in parentheses) is the parent's pid.
    if (stat.split(") ")[1]?.split(" ")[1] === String(postmaster))
      total += await cpuMsOf(Number(entry)).catch(() => 0);
  }
  return total;
}

/** The cluster's postmaster: the parent of a backend. */
async function postmasterOf(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid ?? 0;
    return Number((await readFile(`/proc/${String(backend)}/stat`, "utf8")).split(") ")[1]?.split(" ")[1]);
  } finally {
    await client.end();
  }
}

const args = process.argv.slice(2);
const folder = resolve(args[0] ?? "/tmp/tinhgon-prof");
const seconds = Number(args[1] ?? "10");
// `noprof`: the same load without the profiler, for the CPU times per request.
const profile = !args.includes("noprof");
const alsoBare = args.includes("bare");
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
    const databaseUrl = withDatabase(cluster.adminUrl, database);
    const postmaster = await postmasterOf(databaseUrl);
    /** autocannon on `target` for `seconds`, and what it cost per request. */
    const measure = async (label: string, target: string, pid: number, cookie?: string): Promise<void> => {
      const transactionsBefore = await transactionsOf(databaseUrl);
      const [machineBefore, serverBefore, postgresBefore] = await Promise.all([
        machineTicks(),
        cpuMsOf(pid),
        clusterCpuMs(postmaster),
      ]);
      const ownBefore = process.cpuUsage();
      const result = await autocannon({
        url: target,
        connections: 50,
        duration: seconds,
        ...(cookie === undefined ? {} : { headers: { cookie } }),
        timeout: 30,
      });
      const own = process.cpuUsage(ownBefore);
      const [machineAfter, serverAfter, postgresAfter] = await Promise.all([
        machineTicks(),
        cpuMsOf(pid),
        clusterCpuMs(postmaster),
      ]);
      // Every statement outside a transaction commits one: about the queries per request.
      const transactions = (await transactionsOf(databaseUrl)) - transactionsBefore;
      const requests = result.requests.total;
      const perRequest = (ms: number) => (ms / requests).toFixed(2);
      const idle = (machineAfter.idle - machineBefore.idle) / (machineAfter.total - machineBefore.total);
      context.log(
        `${label}: ${String(result.requests.average)} req/s, median ${String(result.latency.p50)} ms, non-2xx ${String(result.non2xx)}, ${(transactions / requests).toFixed(1)} transactions per request; CPU ms per request: server ${perRequest(serverAfter - serverBefore)}, PostgreSQL ${perRequest(postgresAfter - postgresBefore)}, autocannon ${perRequest((own.user + own.system) / 1000)}; machine idle ${(idle * 100).toFixed(0)}%`,
      );
    };
    // 2 s of warm-up first, as the figure does (the profile includes them).
    await autocannon({
      url: `${url}${path}`,
      connections: 50,
      duration: 2,
      headers: { cookie: plan.cookie },
    });
    await measure("plan.evaluate", `${url}${path}`, child.pid ?? 0, plan.cookie);
    if (alsoBare) {
      // The figure's baseline: the same bytes from a bare node:http server.
      const answer = await fetch(`${url}${path}`, { headers: { cookie: plan.cookie } });
      const bodyFile = join(folder, "plan-evaluate.json");
      await writeFile(bodyFile, Buffer.from(await answer.arrayBuffer()));
      const bare = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          join(import.meta.dirname, "support", "bare-http-server.ts"),
          bodyFile,
          "application/json",
        ],
        { cwd: repositoryRoot },
      );
      try {
        const port = await new Promise<string>((done) => {
          bare.stdout.on("data", (chunk: Buffer) => {
            const match = /listening (\d+)/.exec(chunk.toString("utf8"));
            if (match?.[1]) done(match[1]);
          });
        });
        const target = `http://127.0.0.1:${port}${path}`;
        await autocannon({ url: target, connections: 50, duration: 2 });
        await measure("bare node:http", target, bare.pid ?? 0);
      } finally {
        bare.kill("SIGTERM");
      }
    }
  } finally {
    child.kill("SIGINT");
    await exited;
  }
  if (profile) context.log(`profile written to ${folder}`);
} finally {
  await context.cleanup();
}
