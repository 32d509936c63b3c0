// The Prisma client factory. Prisma 6.19 with the pg driver adapter and no binary engine
// (docs/adr/0001-stack-and-architecture.md): the adapter owns the connection pool.
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "./generated/prisma/client.ts";

export type Database = PrismaClient;

export interface DatabaseOptions {
  /** A postgresql:// URL. */
  url: string;
  /** Pool size; the default suits one server process on a small machine. */
  maxConnections?: number;
  /** Called with the SQL of every query (tests count queries with it; off by default). */
  onQuery?: (sql: string) => void;
}

export function createDatabase(options: DatabaseOptions): Database {
  const adapter = new PrismaPg({ connectionString: options.url, max: options.maxConnections ?? 10 });
  const { onQuery } = options;
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => {
    onQuery(event.query);
  });
  return client;
}
