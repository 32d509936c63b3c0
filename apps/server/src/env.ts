// The only file of the server that reads the environment, validated with zod at start-up
// (CONVENTIONS.md §8). Every variable is documented in the README's Configuration table.
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

export const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** HTTP port; 0 picks a free one. */
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Interface to listen on. */
    HOST: z.string().min(1).default("0.0.0.0"),
    /** An external PostgreSQL; when unset the embedded PostgreSQL under DATA_DIR is used. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /**
     * A direct connection to the same database for the migrations applied at start-up (they hold a
     * session-level advisory lock, which a transaction-pooling PgBouncer cannot keep); defaults to
     * DATABASE_URL. Set it when DATABASE_URL goes through such a pooler.
     */
    DATABASE_DIRECT_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /**
     * Read replicas of DATABASE_URL (comma-separated postgresql:// URLs). Only reads that tolerate
     * replication lag go there (lists and search); everything else stays on DATABASE_URL.
     */
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each must be a postgresql:// URL"))),
    /**
     * Connections this instance keeps to the database (and to each replica) at most. With N instances,
     * N × DATABASE_POOL_SIZE must stay below the server's (or the pooler's) max_connections.
     */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
    /** Where the embedded PostgreSQL keeps its cluster (relative paths are from the repository root). */
    DATA_DIR: z.string().min(1).default("data"),
    /** Port of the embedded PostgreSQL. */
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Skip seeding demo data into an empty database. */
    NO_SEED: booleanFlag,
    /** Print the embedded PostgreSQL's own log lines. */
    DB_LOG: booleanFlag,
    /** Structured (JSON) log level: fatal, error, warn, info, debug (every request), trace, silent. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /**
     * Signs session cookies (at least 32 characters). Required in production; in development one is
     * generated once and kept in DATA_DIR/auth-secret.
     */
    AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** The demo users' password (development only); a random one is generated and printed when unset. */
    DEMO_PASSWORD: z
      .string()
      .min(8, "must be at least 8 characters")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Other origins allowed to send requests with the session cookie (comma-separated), e.g. a dev server. */
    TRUSTED_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    /**
     * Behind a reverse proxy: take the client's address from X-Forwarded-For (its first entry) for the
     * sign-in rate limit. Only set it when the proxy overwrites that header.
     */
    TRUST_PROXY: booleanFlag,
    /** Sign-in attempts allowed per client address per minute. */
    SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  })
  .superRefine((env, context) => {
    if (env.DATABASE_URL === undefined && env.DATABASE_REPLICA_URLS.length > 0)
      context.addIssue({
        code: "custom",
        path: ["DATABASE_REPLICA_URLS"],
        message: "needs DATABASE_URL (replicas of the embedded database are not supported)",
      });
    if (env.DATABASE_URL === undefined && env.DATABASE_DIRECT_URL !== undefined)
      context.addIssue({
        code: "custom",
        path: ["DATABASE_DIRECT_URL"],
        message: "needs DATABASE_URL (it is a second way to reach that database)",
      });
    if (env.NODE_ENV === "production" && env.AUTH_SECRET === undefined)
      context.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (at least 32 random characters, e.g. `openssl rand -hex 32`)",
      });
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(
    result.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message} (Biến môi trường không hợp lệ)`,
    ),
  );
}

export function readServerEnv(): ServerEnv {
  return parseServerEnv(process.env);
}
