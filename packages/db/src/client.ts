// The Prisma client factory. Prisma 6.19 with the pg driver adapter and no binary engine
// (docs/adr/0001-stack-and-architecture.md): the adapter owns the connection pool.
import { createHash } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";

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
  // Our pool, given to the adapter (which ends it on $disconnect), so that `readRows` can use it too.
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const { onQuery } = options;
  if (!onQuery) {
    const client = new PrismaClient({ adapter });
    directReaders.set(client, { pool, onQuery: undefined, named: true });
    return client;
  }
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => {
    onQuery(event.query);
  });
  directReaders.set(client, { pool, onQuery, named: true });
  return client;
}

/** The pool behind each client made by `createDatabase`, for `readRows`; `named` as below. */
interface DirectReader {
  pool: pg.Pool;
  onQuery: ((sql: string) => void) | undefined;
  named: boolean;
}
const directReaders = new WeakMap<object, DirectReader>();

/**
 * `readRows` names its statements, so that each connection has PostgreSQL parse and plan one once,
 * not on every call (~0.15 ms of the database's CPU per statement saved: docs/adr/0040). Where a
 * connection pooler does not keep them (PgBouncer before 1.21, or `max_prepared_statements = 0` in
 * transaction mode) or a migration changed a statement's result type, a named statement fails with one
 * of these codes: the read is sent again unnamed — it only reads — and so is every later one of that
 * pool (a restart tries names again).
 */
const NAMED_STATEMENT_FAILURES = new Set([
  "26000", // invalid_sql_statement_name: prepared on another server connection, or deallocated
  "42P05", // duplicate_prepared_statement: the server connection already has it from another client
  "0A000", // feature_not_supported: "cached plan must not change result type" after a migration
]);

const statementNames = new Map<string, string>();
/** One name per SQL text (different texts, different names: a rolling upgrade never mixes them). */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `tinhgon_${createHash("sha256").update(sql).digest("hex").slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function failedAsNamed(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && NAMED_STATEMENT_FAILURES.has(code);
}

// `timestamp(3)` columns (Prisma's DateTime) hold UTC without a zone: read them as UTC, as Prisma does
// (pg's default reads them in the process's time zone).
const utcTimestamps: pg.CustomTypesConfig = {
  getTypeParser: (id, format) =>
    id === pg.types.builtins.TIMESTAMP
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : (pg.types.getTypeParser(id, format) as (value: string) => unknown),
};

/**
 * One read-only statement on the hot path of every authenticated call (the session with its user, a
 * plan's header), sent straight through the client's pool. Prisma 6.19 compiles every query, raw ones
 * included, in its WebAssembly query compiler on the event loop — about 0.2 ms of CPU per statement,
 * more than the statement itself here (docs/performance.md); Prisma 7.4's plan cache is out of reach
 * (STACK.md). Same connections, same query log (`onQuery`); inside a transaction, or for a client not
 * made by `createDatabase`, the statement goes through Prisma as before. `sql` is a constant text: each
 * text is prepared once on each connection and kept there while it lives.
 */
export async function readRows<Row>(db: DbClient, sql: string, values: readonly unknown[]): Promise<Row[]> {
  const direct = directReaders.get(db);
  // After $disconnect the adapter has ended the pool; a client connected again has a new one of Prisma's.
  if (!direct || direct.pool.ending) return db.$queryRawUnsafe<Row[]>(sql, ...values);
  direct.onQuery?.(sql);
  const query = { text: sql, values: [...values], types: utcTimestamps };
  if (direct.named) {
    try {
      return (await direct.pool.query<Row & pg.QueryResultRow>({ ...query, name: statementName(sql) })).rows;
    } catch (error) {
      if (!failedAsNamed(error)) throw error;
      direct.named = false;
    }
  }
  return (await direct.pool.query<Row & pg.QueryResultRow>(query)).rows;
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
