// `npm start`'s entry point as a user runs it: a real process, real PostgreSQL, real HTTP, Ctrl-C.
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { createTestDatabase } from "../support/database.ts";
import { findFreePort } from "../support/free-port.ts";
import { startServerProcess } from "../support/server-process.ts";

async function healthOf(
  url: string,
): Promise<{ status: number; body: { database: { reachable: boolean } } }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as { database: { reachable: boolean } } };
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      resolve(false);
    });
  });
}

describe("the start command", () => {
  it("uses DATABASE_URL when set: migrates, seeds, serves, and stops on SIGINT with exit code 0", async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const server = await startServerProcess({ DATABASE_URL: database.url });
      expect(server.output()).toContain("Dùng PostgreSQL ngoài");
      // The password never reaches the terminal or the logs.
      expect(server.output()).not.toContain(`:${new URL(database.url).password}@`);
      expect(server.output()).toContain(":***@");
      const health = await healthOf(server.url);
      expect(health.status).toBe(200);
      expect(health.body.database.reachable).toBe(true);
      expect(await server.stop("SIGINT")).toBe(0);
      expect(server.output()).toContain("Đã dừng.");
    } finally {
      await database.drop();
    }
  });

  it("by default runs the embedded PostgreSQL under DATA_DIR, keeps its data, and stops it on Ctrl-C", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "tinhgon-start-"));
    const databasePort = await findFreePort();
    const env = { DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(databasePort), DATABASE_URL: "" };
    try {
      const first = await startServerProcess(env);
      expect(first.output()).toContain("Khởi động PostgreSQL nhúng");
      expect(first.output()).toContain("Đã nạp dữ liệu minh họa");
      expect((await healthOf(first.url)).body.database.reachable).toBe(true);
      expect(await first.stop("SIGINT")).toBe(0);
      expect(await portIsOpen(databasePort)).toBe(false);

      // Second start on the same folder: the cluster and its data are reused, nothing is seeded again.
      const second = await startServerProcess(env);
      expect(second.output()).not.toContain("Đã nạp dữ liệu minh họa");
      expect((await healthOf(second.url)).status).toBe(200);
      expect(await second.stop("SIGTERM")).toBe(0);
      expect(await portIsOpen(databasePort)).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a malformed configuration with a Vietnamese message naming the variable", async () => {
    await expect(startServerProcess({ PORT: "cổng" }, 30_000)).rejects.toThrow(
      /PORT[\s\S]*Cấu hình không hợp lệ|Cấu hình không hợp lệ[\s\S]*PORT/,
    );
  });
});
