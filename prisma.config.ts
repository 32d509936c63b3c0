// Prisma CLI configuration (run by the Prisma CLI only, never by the app).
// Three workarounds for Prisma 6.19 with @prisma/adapter-pg and the JavaScript schema engine, see
// docs/adr/0001-stack-and-architecture.md and ../shared/STACK.md. Tool config: it may read process.env (lint exemption).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

import { DEFAULT_EMBEDDED_DATABASE_URL } from "./packages/db/src/defaults.ts";

const url = process.env.DATABASE_URL ?? DEFAULT_EMBEDDED_DATABASE_URL;

interface PgField {
  dataTypeID: number;
}
interface PgResult {
  fields?: PgField[];
}
type PerformIO = (this: unknown, query: unknown) => Promise<PgResult | undefined>;
interface PgQueryable {
  performIO: PerformIO;
}

// Workaround 1: adapter-pg 6.19 cannot decode the catalogue types `name` (OID 19) and `"char"` (OID 18)
// returned by the schema engine's queries ("Column type 'name' could not be deserialized"): report
// them as text (OID 25) by patching the shared queryable prototype once.
const TEXT_LIKE_OIDS = new Set([18, 19]);
const TEXT_OID = 25;
let patched = false;
function patchNameOid<T extends object>(adapter: T): T {
  if (patched) return adapter;
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as PgQueryable;
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) {
      if (TEXT_LIKE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  patched = true;
  return adapter;
}

function withNameOidFix(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patchNameOid(await connect());
  factory.connectToShadowDb = async () => patchNameOid(await connectToShadowDb());
  return factory;
}

// Workaround 3: the schema engine arms 10 s / 60 s timers it never clears; unref long timers so the
// CLI exits as soon as its work is done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(callback, ms, ...args);
  if ((ms ?? 0) >= 10_000) timer.unref();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter() {
    // Workaround 2: discrete fields, not a connection string. adapter-pg builds the shadow database's
    // pool as { ...config, database: "prisma_migrate_shadow_db_…" } and pg lets a connectionString
    // override `database`, so with a string the shadow database would silently be the main one.
    const parsed = new URL(url);
    return Promise.resolve(
      withNameOidFix(
        new PrismaPg({
          host: parsed.hostname,
          port: Number(parsed.port || 5432),
          user: decodeURIComponent(parsed.username),
          password: decodeURIComponent(parsed.password),
          database: parsed.pathname.slice(1),
          idleTimeoutMillis: 200,
        }),
      ),
    );
  },
});
