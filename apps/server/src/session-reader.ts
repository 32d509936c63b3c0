// The signed-in user of a request, as better-auth's getSession finds it, read without the library's
// endpoint pipeline in the common case (docs/adr/0040-session-read-and-named-statements.md):
// a valid signed session cookie whose session is live and not yet due for its hourly extension. That
// case reads the database exactly as the library does (the same look-up by token, on every request);
// every other case — no cookie, a bad signature, an unknown, expired or due session, the "don't remember
// me" or session-data cookies, a configuration the direct read does not reproduce — is the library's.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

import { findSessionWithUser, type Database } from "@tinhgon/db";
import type { BetterAuthOptions } from "better-auth";
import { fromNodeHeaders } from "better-auth/node";
import { parseCookies } from "better-call";

import type { Auth } from "./auth.ts";

/** The session's user as the library's getSession gives it (with role and scope: docs/adr/0035). */
export type SessionUser = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>["user"];

export interface SessionRead {
  user: SessionUser | null;
  /**
   * The `Set-Cookie` lines the library wrote, for the response: the session cookie again with a new
   * Max-Age when it extended the session, or its deletion when the session had expired. None when read
   * directly.
   */
  setCookies: string[];
}

export interface SessionReader {
  /** The request's user: read directly when it can be, else by the library's getSession. */
  read: (headers: IncomingHttpHeaders) => Promise<SessionRead>;
  /**
   * The direct read alone: the user, or undefined when the request is left to the library (tests
   * compare the two, and check which requests are left).
   */
  readDirectly: (headers: IncomingHttpHeaders) => Promise<SessionUser | undefined>;
}

/** A base64 HMAC-SHA256 signature as better-call writes it after the cookie value's last dot. */
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;

export async function createSessionReader(auth: Auth, db: Database): Promise<SessionReader> {
  const context = await auth.$context;
  const { secret, sessionConfig } = context;
  // Widened from the literal configuration's type: the checks below hold for any configuration.
  const options: BetterAuthOptions = context.options;
  const tokenCookie = context.authCookies.sessionToken.name;
  const dataCookie = context.authCookies.sessionData.name;
  const dontRememberCookie = context.authCookies.dontRememberToken.name;
  // What the direct read reproduces: sessions in the database only, no cookie cache, no deferred
  // refresh, nothing hooked onto the library's endpoints. Configured otherwise, every read is the library's.
  const reproducible =
    options.secondaryStorage === undefined &&
    options.session?.cookieCache?.enabled !== true &&
    options.session?.deferSessionRefresh !== true &&
    (options.plugins ?? []).length === 0 &&
    options.hooks === undefined;

  const readDirectly = async (headers: IncomingHttpHeaders): Promise<SessionUser | undefined> => {
    const cookieHeader = headers.cookie;
    if (!reproducible || cookieHeader === undefined) return undefined;
    // The library's own cookie parser (better-call, which its getSignedCookie uses): the same value is
    // taken when a name repeats, and percent-decoded the same way.
    const cookies = parseCookies(cookieHeader);
    for (const name of cookies.keys())
      if (name === dontRememberCookie || name.startsWith(dataCookie)) return undefined;
    const cookie = cookies.get(tokenCookie);
    if (cookie === undefined) return undefined;
    const dot = cookie.lastIndexOf(".");
    if (dot < 1) return undefined;
    const token = cookie.slice(0, dot);
    const signature = cookie.slice(dot + 1);
    if (!SIGNATURE.test(signature)) return undefined;
    // The library verifies HMAC-SHA256(secret, token) with WebCrypto: ~0.2 ms per call on Node 20,
    // 5 µs here, compared in constant time.
    const expected = createHmac("sha256", secret).update(token, "utf8").digest();
    if (!timingSafeEqual(expected, Buffer.from(signature, "base64"))) return undefined;
    const session = await findSessionWithUser(db, token);
    if (session === null) return undefined;
    const now = Date.now();
    const expiresAt = session.expiresAt.getTime();
    // Expired (the library deletes it) or due for extension (the library extends it): the library's.
    // (With updateAge < expiresIn, as configured, an expired session is also due; not with every setting.)
    if (expiresAt < now) return undefined;
    if (expiresAt - sessionConfig.expiresIn * 1000 + sessionConfig.updateAge * 1000 <= now) return undefined;
    return session.user;
  };

  return {
    readDirectly,
    read: async (headers) => {
      const direct = await readDirectly(headers);
      if (direct !== undefined) return { user: direct, setCookies: [] };
      const library = await auth.api.getSession({ headers: fromNodeHeaders(headers), returnHeaders: true });
      return { user: library.response?.user ?? null, setCookies: library.headers.getSetCookie() };
    },
  };
}
