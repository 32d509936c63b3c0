// api_vs_bare_http (issue #9): throughput of `plan.evaluate` for the Hải Phòng province plan over
// loopback HTTP (autocannon, 50 connections, signed in), against a bare node:http server answering the
// same bytes; both servers are child processes, measured one after the other in this run. Ratio of
// requests per second: 1 means the API costs nothing beyond HTTP itself.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import autocannon from "autocannon";

import type { BenchContext } from "../harness/context.ts";
import type { Figure } from "../harness/figure.ts";
import { round } from "../harness/timing.ts";
import { appServer, createHaiPhongPlan } from "../support/app-server.ts";

const CONNECTIONS = 50;
const WARM_UP_SECONDS = 2;
const SECONDS = 5;

interface Load {
  requestsPerSecond: number;
  requests: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

async function load(url: string, headers: Record<string, string>, duration: number): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers, timeout: 30 });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function warmAndMeasure(
  context: BenchContext,
  label: string,
  url: string,
  headers: Record<string, string>,
): Promise<Load> {
  context.log(
    `  ${label}: warm-up ${String(WARM_UP_SECONDS)} s, then ${String(SECONDS)} s at ${String(CONNECTIONS)} connections …`,
  );
  await load(url, headers, WARM_UP_SECONDS);
  const measured = await load(url, headers, SECONDS);
  if (measured.non2xx > 0 || measured.errors > 0)
    throw new Error(
      `${label}: ${String(measured.non2xx)} non-2xx answers, ${String(measured.errors)} errors`,
    );
  return measured;
}

interface BareServer {
  url: string;
  stop: () => Promise<void>;
}

function startBareServer(bodyFile: string, contentType: string): Promise<BareServer> {
  const script = join(import.meta.dirname, "..", "support", "bare-http-server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, bodyFile, contentType], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      resolve();
    }),
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the bare server did not start: ${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const match = /listening (\d+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        stop: () => {
          child.kill("SIGTERM");
          return exited;
        },
      });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
  });
}

function kb(bytes: number): number {
  return round(bytes / 1024, 1);
}

export const apiVsBareHttp: Figure = {
  name: "api_vs_bare_http",
  title: {
    vi: "Thông lượng plan.evaluate so với máy chủ HTTP trần",
    en: "plan.evaluate throughput vs a bare HTTP server",
  },
  unit: "ratio",
  goal: { op: ">=", target: 0.5 },
  digits: 3,
  measure: async (context) => {
    const server = await appServer(context);
    const plan = await createHaiPhongPlan(server, "Hải Phòng — đo hiệu năng API");
    const path = `/trpc/plan.evaluate?input=${encodeURIComponent(JSON.stringify({ id: plan.id }))}`;
    const headers = { cookie: plan.cookie };
    const first = await fetch(`${server.url}${path}`, { headers });
    if (first.status !== 200) throw new Error(`plan.evaluate answered HTTP ${String(first.status)}`);
    const body = Buffer.from(await first.arrayBuffer());
    const contentType = first.headers.get("content-type") ?? "application/json";

    const api = await warmAndMeasure(context, "plan.evaluate", `${server.url}${path}`, headers);

    const folder = await mkdtemp(join(tmpdir(), "tinhgon-bench-http-"));
    try {
      const bodyFile = join(folder, "plan-evaluate.json");
      await writeFile(bodyFile, body);
      const bare = await startBareServer(bodyFile, contentType);
      try {
        const baseline = await warmAndMeasure(context, "bare node:http", `${bare.url}${path}`, headers);
        return {
          value: api.requestsPerSecond / baseline.requestsPerSecond,
          detail: {
            plan: "Hải Phòng province plan (seeded demo data), one phase, one operation",
            responseKb: kb(body.byteLength),
            connections: CONNECTIONS,
            seconds: SECONDS,
            api,
            bare: baseline,
          },
        };
      } finally {
        await bare.stop();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
