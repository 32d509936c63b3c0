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
}

export function createDatabase(options: DatabaseOptions): Database {
  const adapter = new PrismaPg({ connectionString: options.url, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
