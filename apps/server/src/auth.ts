// Authentication with better-auth (docs/adr/0025): email + password, sessions in HTTP-only cookies,
// password hashing and sign-in rate limiting by the library. Sessions and rate-limit counters live in the
// database, so any number of server instances share them (docs/adr/0031). Sign-up is closed:
// administrators create users (admin.saveUser) and the demo users are created outside production. The
// API reads the user's role and scope from the database for every request, with the session.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

import { authDatabaseAdapter, authUserFields, type Database } from "@tinhgon/db";
import { betterAuth } from "better-auth";

/** The request header carrying the client's address, set by our HTTP server (never taken from the client). */
export const CLIENT_IP_HEADER = "x-tinhgon-client-ip";

export interface AuthOptions {
  db: Database;
  secret: string;
  production: boolean;
  /** Origins besides the server's own that may send cookie-carrying requests. */
  trustedOrigins: string[];
  signInAttemptsPerMinute: number;
}

export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: "Tinh Gọn",
    basePath: "/api/auth",
    secret: options.secret,
    database: authDatabaseAdapter(options.db),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    // Role and scope come with the session's user (read from the database on every request).
    user: { additionalFields: authUserFields },
    session: {
      // A working day; the session is extended while in use (at most once an hour).
      expiresIn: 60 * 60 * 8,
      updateAge: 60 * 60,
    },
    rateLimit: {
      enabled: true,
      // In the database (the rate_limit table), not in this process's memory: every instance behind a
      // load balancer counts in the same rows, so N instances still allow SIGN_IN_RATE_LIMIT attempts a
      // minute per address, not N times as many (docs/adr/0031-scale-out.md). The library increments
      // with a conditional UPDATE, so concurrent attempts on two instances cannot both take the last one.
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: options.signInAttemptsPerMinute } },
    },
    // The server's own origin (from the Host header) and the configured ones may send cookies.
    trustedOrigins: (request) => [...options.trustedOrigins, ...(request ? [ownOrigin(request)] : [])],
    advanced: {
      cookiePrefix: "tinhgon",
      useSecureCookies: options.production,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.production },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // Explicit: the library switches its origin (CSRF) checks off by itself when NODE_ENV or TEST
      // says "test" — ours stay on in every mode.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    telemetry: { enabled: false },
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof createAuth>;

function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host") ?? url.host;
  return `${url.protocol}//${host}`;
}

/**
 * The development secret: generated once and kept next to the embedded database's data. One machine's
 * file: several instances (behind a load balancer) must all be given the same AUTH_SECRET instead, or a
 * session signed by one is refused by the others.
 */
export async function developmentSecret(path: string): Promise<string> {
  try {
    const existing = (await readFile(path, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(32).toString("hex");
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A readable random password for the demo users (printed, never stored in clear). */
export function randomDemoPassword(): string {
  return randomBytes(12).toString("base64url");
}
