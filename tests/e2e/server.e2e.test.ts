// The real application over real HTTP: migrations, demo seed, /healthz, /trpc and the web app.
import type { AppRouter } from "@tinhgon/api";
import { createLogger, parseServerEnv, startApplication, type RunningApplication } from "@tinhgon/server";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
let app: RunningApplication;
const logs: string[] = [];

beforeAll(async () => {
  // An empty database: the application must apply the migrations and seed it itself.
  database = await createTestDatabase({ empty: true });
  app = await startApplication(
    parseServerEnv({ DATABASE_URL: database.url, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "test" }),
    (line) => logs.push(line),
    createLogger({ level: "silent" }),
  );
});

afterAll(async () => {
  await app.stop();
  await database.drop();
});

describe("HTTP server", () => {
  it("migrates and seeds an empty database on start", () => {
    expect(app.seeded).toBe(true);
    expect(logs.join("\n")).toContain("Đã nạp dữ liệu minh họa");
  });

  it("answers /healthz with the database reachable", async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { status: string; database: { reachable: boolean } };
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
  });

  it("serves system.health to a typed tRPC client", async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${app.url}/trpc` })] });
    const health = await client.system.health.query();
    expect(health.status).toBe("ok");
    expect(health.rulePacks.map((pack) => pack.id)).toEqual([
      "RS-2014",
      "RS-2020",
      "RS-2025A",
      "RS-2025B",
      "RS-2026",
    ]);
  });

  it("answers an unknown procedure with NOT_FOUND and an app error code, no stack trace", async () => {
    const response = await fetch(`${app.url}/trpc/system.nothing`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).toContain('"appCode":"NOT_FOUND"');
    expect(text).not.toContain("stack");
  });

  it("serves the web app at / and falls back to it for client-side routes", async () => {
    for (const path of ["/", "/co-cau-to-chuc"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain("<title>Tinh Gọn</title>");
    }
  });
});
