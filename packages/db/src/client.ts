// The Prisma client factory. Prisma 6.19 with the pg driver adapter and no binary engine
// (docs/adr/0001-stack-and-architecture.md): the adapter owns the connection pool.
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";

import { PrismaClient } from "./generated/prisma/client.ts";
import type { DbClient } from "./snapshot.repository.ts";

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

/** Where the reads that tolerate replication lag go (repositories.replicaReads). */
export interface ReplicaReader {
  /** The client for one such read: a replica picked at random, or the primary when there is none. */
  client: () => DbClient;
  /** How many replicas (0: the primary answers these reads too). */
  count: number;
  /** Closes the replicas' pools (not the primary's). */
  disconnect: () => Promise<void>;
}

/**
 * Read replicas through Prisma's read-replica extension (docs/adr/0031-scale-out.md). With driver
 * adapters the extension must be given ready clients (`replicas`, each with its own adapter and pool):
 * its `url` option builds clients without an adapter, which Prisma 6.19 refuses ("Missing configured
 * driver adapter"). On the client it extends, the extension sends every read outside a transaction to a
 * replica, which would break read-your-writes here (the session read back right after sign-in, the rate
 * limiter's read-then-update, a plan reloaded after its edit): so the extended client is used for
 * nothing but `$replica()`, and only the replica-safe reads (repositories.replicaReads) go there.
 */
export function createReplicaReader(
  primary: Database,
  options: { urls: readonly string[]; maxConnections?: number },
): ReplicaReader {
  if (options.urls.length === 0)
    return { client: () => primary, count: 0, disconnect: () => Promise.resolve() };
  const replicas = options.urls.map((url) =>
    createDatabase({
      url,
      ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
    }),
  );
  const routed = primary.$extends(readReplicas({ replicas }));
  return {
    // `$replica()` returns one of `replicas` (plain clients made above), typed as the extended client.
    client: () => routed.$replica() as unknown as Database,
    count: replicas.length,
    disconnect: async () => {
      await Promise.all(replicas.map((replica) => replica.$disconnect()));
    },
  };
}
