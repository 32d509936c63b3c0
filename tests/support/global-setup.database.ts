// Vitest global setup: a real PostgreSQL for the run (TEST_DATABASE_URL, or a throwaway embedded
// cluster), with the committed migrations applied once to a template database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { applyMigrations, startEmbeddedDatabase } from "@tinhgon/db";
import type { TestProject } from "vitest/node";

import { runAdminQuery, withDatabase } from "./database.ts";
import { testEnv } from "./env.ts";
import { findFreePort } from "./free-port.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl = testEnv.TEST_DATABASE_URL;
  let cleanup = (): Promise<void> => Promise.resolve();
  if (adminUrl === undefined) {
    const folder = await mkdtemp(join(tmpdir(), "tinhgon-test-pg-"));
    const server = await startEmbeddedDatabase({
      dataDir: join(folder, "cluster"),
      port: await findFreePort(),
      database: "postgres",
      fast: true,
    });
    adminUrl = server.adminUrl;
    cleanup = async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    };
  }
  const template = `tinhgon_template_${process.pid}`;
  await runAdminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await runAdminQuery(adminUrl, `CREATE DATABASE ${template}`);
  await applyMigrations(withDatabase(adminUrl, template));
  project.provide("databaseAdminUrl", adminUrl);
  project.provide("templateDatabase", template);
  const finalAdminUrl = adminUrl;
  return async () => {
    await runAdminQuery(finalAdminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await cleanup();
  };
}
