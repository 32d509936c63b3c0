// Real PostgreSQL for the suites (never a mock): one server per run, migrated once into a template
// database; each test file clones its own database from the template (about 0.2 s).
import { randomBytes } from "node:crypto";

import { createDatabaseIfMissing, quoteIdentifier } from "@tinhgon/db";
import pg from "pg";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the test server's maintenance database. */
    databaseAdminUrl: string;
    /** Name of the migrated template database. */
    templateDatabase: string;
  }
}

export function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function runAdminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

/** A fresh database for one test file: migrated (from the template) unless `empty` is asked for. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject("databaseAdminUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  if (options.empty) {
    await createDatabaseIfMissing(adminUrl, name);
  } else {
    await runAdminQuery(
      adminUrl,
      `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(inject("templateDatabase"))}`,
    );
  }
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: () => runAdminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  };
}
