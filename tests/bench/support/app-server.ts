// The real application for the HTTP and browser figures: `npm start`'s entry point (apps/server
// src/main.ts) as a child process, on its own database of the run's embedded PostgreSQL, seeded with the
// Hải Phòng demo data and its demo users — started once per run. A child process, so that the load
// generator (autocannon) and the browser driver never share the server's event loop.
import type { AppRouter } from "@tinhgon/api";
import { buildHaiPhongSnapshot, createDatabaseIfMissing } from "@tinhgon/db";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";

import { startServerProcess } from "../../support/server-process.ts";
import type { BenchContext } from "../harness/context.ts";
import { FIRST_PHASE, violationAddingOperation } from "./demo-plans.ts";
import { embeddedCluster, withDatabase } from "./postgres.ts";

/** The demo users' password and a fixed session secret, as in the test suites (tests/support/seeded-app.ts). */
export const BENCH_PASSWORD = "mat-khau-thu-nghiem";
export const BENCH_AUTH_SECRET = "tinhgon-bench-secret-0123456789abcdef0123456789";
/** The province's reviewer drafts province-wide plans (packages/domain workflow/access.ts). */
export const PROVINCE_PLANNER = "thamdinh@tinhgon.local";
const HAI_PHONG = "31";

export interface AppServer {
  url: string;
}

export function appServer(context: BenchContext): Promise<AppServer> {
  return context.shared("app-server", async () => {
    const cluster = await embeddedCluster(context);
    const database = "tinhgon_bench_app";
    await createDatabaseIfMissing(cluster.adminUrl, database);
    context.log("  starting the application server (child process; migrations and demo seed) …");
    const server = await startServerProcess({
      DATABASE_URL: withDatabase(cluster.adminUrl, database),
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      DEMO_PASSWORD: BENCH_PASSWORD,
      AUTH_SECRET: BENCH_AUTH_SECRET,
      SIGN_IN_RATE_LIMIT: "100",
    });
    context.onCleanup(async () => {
      await server.stop("SIGINT");
    });
    return { url: server.url };
  });
}

/** Signs in over HTTP (better-auth's route); the Cookie header value carrying the session. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: HTTP ${String(response.status)}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  const session = cookies.filter((cookie) => cookie.startsWith("tinhgon."));
  if (session.length === 0) throw new Error(`sign-in of ${email} set no session cookie`);
  return session.join("; ");
}

export function apiClient(baseUrl: string, cookie: string): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${baseUrl}/trpc`, headers: { cookie, origin: baseUrl } })],
  });
}

export interface ProvincePlan {
  id: string;
  version: number;
  cookie: string;
}

/** A new Hải Phòng province plan (one phase, one operation adding a violation), drafted by the reviewer. */
export async function createHaiPhongPlan(server: AppServer, title: string): Promise<ProvincePlan> {
  const cookie = await signIn(server.url, PROVINCE_PLANNER);
  const client = apiClient(server.url, cookie);
  const snapshots = await client.org.snapshots.query({ provinceCode: HAI_PHONG });
  const current = snapshots.find((snapshot) => snapshot.name.startsWith("Hiện trạng"));
  if (!current) throw new Error("the seed has no 'Hiện trạng' data set");
  const created = await client.plan.create.mutate({ snapshotId: current.id, title, firstPhase: FIRST_PHASE });
  const edited = await client.plan.addOperation.mutate({
    id: created.id,
    version: created.version,
    phaseIndex: 0,
    operation: violationAddingOperation(buildHaiPhongSnapshot()),
  });
  return { id: created.id, version: edited.version, cookie };
}
