// Sign-in, sessions and the HTTP hardening of the real application, over real HTTP: cookies, sign-out,
// expiry, the sign-in rate limit, CSRF on the API, security headers on every response, body limits,
// malformed bodies, request ids, and structured logs free of personal data.
// The main application of this file logs at debug level (a line per request) into a buffer, so the last
// test can read everything the server logged while the other tests ran.
import { readFileSync } from "node:fs";
import { type IncomingHttpHeaders, request as httpRequest } from "node:http";
import { join } from "node:path";
import { Writable } from "node:stream";
import { gunzipSync } from "node:zlib";

import { DEMO_SNAPSHOT_NAME, repositoryRoot } from "@tinhgon/db";
import { createLogger, parseServerEnv, startApplication, type RunningApplication } from "@tinhgon/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { DEMO_PASSWORD, startSeededApp, TEST_AUTH_SECRET, type SeededApp } from "../support/seeded-app.ts";
import { startServerProcess, type ServerProcess } from "../support/server-process.ts";
import { demoEmails, signIn } from "../support/session.ts";

const WRONG_PASSWORD = "sai-mat-khau-Zq81x";
const EVIL_ORIGIN = "http://evil.example";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let database: TestDatabase;
let app: RunningApplication;
let sql: pg.Client;
const logLines: string[] = [];
/** The session tokens handed out in this file: none may reach the logs. */
const tokens: string[] = [];

interface Answer {
  url: string;
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, when it is JSON. */
  json: unknown;
  production: boolean;
}
/** Every answer any server gave in this file (all must carry the security headers, none a stack trace). */
const answers: Answer[] = [];

async function http(base: string, path: string, init: RequestInit = {}, production = false): Promise<Answer> {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    // Not JSON (the web app, a plain-text answer).
  }
  const answer = {
    url: `${base}${path}`,
    status: response.status,
    headers: response.headers,
    text,
    json,
    production,
  };
  answers.push(answer);
  return answer;
}

/** A GET through node:http, which (unlike fetch) neither asks for nor undoes a content encoding. */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ headers: response.headers, body: Buffer.concat(chunks) });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

interface ErrorBody {
  error?: { data?: { appCode?: string; httpStatus?: number; message?: { vi?: string; en?: string } } };
}

/** A tRPC error answer: the status, the app code and a message in Vietnamese and English. */
function expectAppError(answer: Answer, status: number, appCode: string): void {
  expect(answer.status, answer.text).toBe(status);
  const body = answer.json as ErrorBody;
  expect(body.error?.data?.appCode).toBe(appCode);
  expect(body.error?.data?.message?.vi?.length).toBeGreaterThan(0);
  expect(body.error?.data?.message?.en?.length).toBeGreaterThan(0);
}

const json = { "content-type": "application/json" };

function signInRequest(
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  // Node's fetch sends Sec-Fetch-Mode, so better-auth asks where the request comes from: our own page.
  return http(base, "/api/auth/sign-in/email", {
    method: "POST",
    headers: { ...json, origin: base, ...headers },
    body: JSON.stringify({ email, password }),
  });
}

/** The session token inside a `tinhgon.session_token=<token>.<signature>` cookie. */
function tokenOf(cookie: string): string {
  const value = cookie.split("=")[1] ?? "";
  return decodeURIComponent(value).split(".")[0] ?? "";
}

async function signInRecorded(email: string): Promise<string> {
  const cookie = await signIn(app.url, email);
  tokens.push(tokenOf(cookie));
  return cookie;
}

function me(cookie?: string, base = app.url): Promise<Answer> {
  return http(base, "/trpc/system.me", cookie ? { headers: { cookie } } : {});
}

async function count(query: string, values: unknown[] = []): Promise<number> {
  const result = await sql.query<{ count: string }>(query, values);
  return Number(result.rows[0]?.count ?? "0");
}

interface DevelopmentServer {
  server: ServerProcess;
  database: TestDatabase;
}
let development: Promise<DevelopmentServer> | undefined;

/**
 * The real `npm start` process in development mode, started while the main app starts (it takes a
 * while). TEST and NODE_ENV=test (set by vitest, inherited by children) switch better-auth's origin
 * checks off: they are cleared to see what a user's server does.
 */
async function startDevelopmentServer(): Promise<DevelopmentServer> {
  const devDatabase = await createTestDatabase();
  try {
    const server = await startServerProcess({
      DATABASE_URL: devDatabase.url,
      DEMO_PASSWORD,
      AUTH_SECRET: TEST_AUTH_SECRET,
      SIGN_IN_RATE_LIMIT: "100",
      NODE_ENV: "development",
      TEST: "",
      LOG_LEVEL: "warn",
    });
    return { server, database: devDatabase };
  } catch (error) {
    await devDatabase.drop();
    throw error;
  }
}

function developmentServer(): Promise<DevelopmentServer> {
  development ??= startDevelopmentServer();
  return development;
}

beforeAll(async () => {
  // Awaited by its test; a failure to start shows there.
  developmentServer().catch(() => undefined);
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  // As startSeededApp, with the structured log at its most verbose level captured.
  app = await startApplication(
    parseServerEnv({
      DATABASE_URL: database.url,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      DEMO_PASSWORD,
      AUTH_SECRET: TEST_AUTH_SECRET,
      SIGN_IN_RATE_LIMIT: "100",
    }),
    () => undefined,
    createLogger({ level: "debug", destination: sink }),
  );
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  await sql.end();
  await app.stop();
  await database.drop();
  const dev = await development?.catch(() => undefined);
  if (dev) {
    if (dev.server.child.exitCode === null && dev.server.child.signalCode === null)
      await dev.server.stop("SIGKILL");
    await dev.database.drop();
  }
});

describe("sign-in and the session cookie", () => {
  it("a wrong password (or an unknown email) → 401 with the same answer, and no session cookie", async () => {
    const wrong = await signInRequest(app.url, demoEmails.catHaiOfficer, WRONG_PASSWORD);
    const unknown = await signInRequest(app.url, "khong-ton-tai@tinhgon.local", WRONG_PASSWORD);
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.headers.getSetCookie().filter((cookie) => /session_token=[^;]/.test(cookie))).toEqual([]);
    }
    // No telling which emails have an account.
    expect(unknown.json).toStrictEqual(wrong.json);
    expect(await count("SELECT count(*) FROM session")).toBe(0);
  });

  it("the session cookie is HttpOnly, SameSite=Lax, for the whole site, for 8 hours (not Secure outside production)", async () => {
    const answer = await signInRequest(app.url, demoEmails.catHaiOfficer, DEMO_PASSWORD);
    expect(answer.status).toBe(200);
    const cookies = answer.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith("tinhgon.session_token="));
    expect(session, cookies.join("\n")).toBeDefined();
    const attributes = (session ?? "").split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    expect(attributes).toContain("max-age=28800");
    expect(attributes).not.toContain("secure");
    // Every cookie the server sets is out of the page's scripts' reach.
    for (const cookie of cookies) expect(cookie.toLowerCase()).toContain("httponly");
    tokens.push(tokenOf(session ?? ""));
  });

  it("an authenticated call works; without a session or with a forged one it is 401 UNAUTHENTICATED", async () => {
    const cookie = await signInRecorded(demoEmails.catHaiOfficer);
    const answer = await me(cookie);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      result: { data: { email: demoEmails.catHaiOfficer, role: "district_officer" } },
    });

    expectAppError(await me(), 401, "UNAUTHENTICATED");
    // The real token with a made-up signature.
    const forged = `tinhgon.session_token=${encodeURIComponent(`${tokenOf(cookie)}.c2lnbmF0dXJl`)}`;
    expectAppError(await me(forged), 401, "UNAUTHENTICATED");
    // A token without its signature is not a session either.
    expectAppError(await me(`tinhgon.session_token=${tokenOf(cookie)}`), 401, "UNAUTHENTICATED");
  });

  it("sign-out ends the session: the same cookie is then refused with 401 UNAUTHENTICATED", async () => {
    const cookie = await signInRecorded(demoEmails.catHaiOfficer);
    expect((await me(cookie)).status).toBe(200);
    const out = await http(app.url, "/api/auth/sign-out", {
      method: "POST",
      headers: { ...json, cookie, origin: app.url },
      body: "{}",
    });
    expect(out.status).toBe(200);
    // The browser is told to drop the cookie …
    expect(out.headers.getSetCookie().some((set) => /^tinhgon\.session_token=;.*max-age=0/i.test(set))).toBe(
      true,
    );
    // … and the server forgets the session, so a copy of the cookie is worthless.
    expect(await count("SELECT count(*) FROM session WHERE token = $1", [tokenOf(cookie)])).toBe(0);
    expectAppError(await me(cookie), 401, "UNAUTHENTICATED");
  });

  it("sign-out from another site's page (Origin: evil) is refused and the session stays, whatever NODE_ENV says", async () => {
    // better-auth refuses cookie-carrying POSTs from untrusted origins; left to itself it skips the
    // check when it believes it runs under test (NODE_ENV=test or TEST set), so auth.ts switches it on
    // explicitly. This app runs with NODE_ENV=test (a valid value of env.ts) inside vitest (TEST=true).
    const cookie = await signInRecorded(demoEmails.catHaiOfficer);
    const out = await http(app.url, "/api/auth/sign-out", {
      method: "POST",
      headers: { ...json, cookie, origin: EVIL_ORIGIN },
      body: "{}",
    });
    expect(out.status).toBe(403);
    expect((await me(cookie)).status).toBe(200);
  });

  it("outside test mode (the real `npm start`, NODE_ENV=development): cross-site sign-in and sign-out are refused", async () => {
    const { server } = await developmentServer();
    try {
      const credentials = JSON.stringify({ email: demoEmails.catHaiOfficer, password: DEMO_PASSWORD });
      // Login CSRF: another site's page cannot sign the browser in.
      const forged = await http(server.url, "/api/auth/sign-in/email", {
        method: "POST",
        headers: { ...json, origin: EVIL_ORIGIN },
        body: credentials,
      });
      expect(forged.status).toBe(403);
      expect(forged.headers.getSetCookie().filter((cookie) => cookie.includes("session_token="))).toEqual([]);

      const signedIn = await http(server.url, "/api/auth/sign-in/email", {
        method: "POST",
        headers: { ...json, origin: server.url },
        body: credentials,
      });
      expect(signedIn.status).toBe(200);
      const cookie = signedIn.headers
        .getSetCookie()
        .map((set) => set.split(";")[0] ?? "")
        .filter((pair) => pair.startsWith("tinhgon."))
        .join("; ");
      tokens.push(tokenOf(cookie));
      const signOut = (origin: string): Promise<Answer> =>
        http(server.url, "/api/auth/sign-out", {
          method: "POST",
          headers: { ...json, cookie, origin },
          body: "{}",
        });

      expect((await signOut(EVIL_ORIGIN)).status).toBe(403);
      expect((await me(cookie, server.url)).status).toBe(200);
      expect((await signOut(server.url)).status).toBe(200);
      expectAppError(await me(cookie, server.url), 401, "UNAUTHENTICATED");
    } finally {
      await server.stop("SIGKILL");
    }
  });

  it("an expired session → 401 UNAUTHENTICATED", async () => {
    const cookie = await signInRecorded(demoEmails.catHaiOfficer);
    expect((await me(cookie)).status).toBe(200);
    const expiry = await sql.query<{ hours: number }>(
      "SELECT EXTRACT(EPOCH FROM (expires_at - now())) / 3600 AS hours FROM session WHERE token = $1",
      [tokenOf(cookie)],
    );
    // Sessions last a working day.
    expect(Number(expiry.rows[0]?.hours)).toBeGreaterThan(7.9);
    expect(Number(expiry.rows[0]?.hours)).toBeLessThanOrEqual(8);
    const updated = await sql.query(
      "UPDATE session SET expires_at = now() - interval '1 minute' WHERE token = $1",
      [tokenOf(cookie)],
    );
    expect(updated.rowCount).toBe(1);
    const refused = await me(cookie);
    expectAppError(refused, 401, "UNAUTHENTICATED");
    // The browser is told to drop the cookie, as the library's own routes would.
    const deletion = refused.headers.getSetCookie().find((line) => line.startsWith("tinhgon.session_token="));
    expect(deletion).toMatch(/Max-Age=0/i);
  });

  it("a session in use lasts: once an hour has passed it is extended, and the API's answer renews the cookie", async () => {
    const cookie = await signInRecorded(demoEmails.catHaiOfficer);
    // An ordinary call sets no cookie.
    const ordinary = await me(cookie);
    expect(ordinary.status).toBe(200);
    expect(ordinary.headers.getSetCookie()).toEqual([]);
    // Signed in a little over an hour ago: due for its extension (updateAge, auth.ts).
    await sql.query(
      "UPDATE session SET expires_at = now() + interval '6 hours 59 minutes' WHERE token = $1",
      [tokenOf(cookie)],
    );
    const answer = await me(cookie);
    expect(answer.status).toBe(200);
    const renewed = answer.headers.getSetCookie().find((line) => line.startsWith("tinhgon.session_token="));
    expect(renewed, answer.headers.getSetCookie().join("\n")).toBeDefined();
    const attributes = (renewed ?? "").split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toContain("max-age=28800");
    expect(attributes).toContain("httponly");
    // The same session (the same cookie value), now for a full working day again.
    expect((renewed ?? "").split(";")[0]).toBe(
      cookie.split("; ").find((part) => part.startsWith("tinhgon.session_token=")),
    );
    const expiry = await sql.query<{ hours: number }>(
      "SELECT EXTRACT(EPOCH FROM (expires_at - now())) / 3600 AS hours FROM session WHERE token = $1",
      [tokenOf(cookie)],
    );
    expect(Number(expiry.rows[0]?.hours)).toBeGreaterThan(7.9);
    // Extended: the next call sets no cookie again.
    expect((await me(cookie)).headers.getSetCookie()).toEqual([]);
  });
});

describe("role and scope, read with the session on every request", () => {
  it("a change of scope or role applies at the next request, even to a plan whose report the server has cached", async () => {
    const cookie = await signInRecorded(demoEmails.anDuongOfficer);
    const snapshots = await http(app.url, "/trpc/org.snapshots", { headers: { cookie } });
    const list = (snapshots.json as { result: { data: { id: string; name: string }[] } }).result.data;
    const created = await http(app.url, "/trpc/plan.create", {
      method: "POST",
      headers: { ...json, cookie, origin: app.url },
      body: JSON.stringify({
        snapshotId: list.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id,
        title: "Phương án An Dương",
        districtId: "an-duong",
        firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
      }),
    });
    expect(created.status, created.text).toBe(200);
    const planId = (created.json as { result: { data: { id: string } } }).result.data.id;
    const evaluate = () =>
      http(app.url, `/trpc/plan.evaluate?input=${encodeURIComponent(JSON.stringify({ id: planId }))}`, {
        headers: { cookie },
      });
    const first = await evaluate();
    expect(first.status).toBe(200);
    // A GET is answered from the report's serialised bytes; tRPC's own handler (the same query POSTed)
    // answers the same, and so does a batch of one.
    const viaTrpc = await http(app.url, "/trpc/plan.evaluate", {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ id: planId }),
    });
    expect(viaTrpc.text).toBe(first.text);
    const batch = await http(
      app.url,
      `/trpc/plan.evaluate?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { id: planId } }))}`,
      { headers: { cookie } },
    );
    expect(batch.text).toBe(`[${first.text}]`);
    // The second answer comes from the server's report cache: the same bytes.
    expect((await evaluate()).text).toBe(first.text);
    // Gzipped for a client that accepts it (browsers do), plain for one that does not or refuses it.
    const evaluatePath = `/trpc/plan.evaluate?input=${encodeURIComponent(JSON.stringify({ id: planId }))}`;
    const zipped = await rawGet(app.url, evaluatePath, { cookie, "accept-encoding": "gzip, deflate, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toContain("accept-encoding");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.byteLength);
    expect(zipped.body.byteLength).toBeLessThan(Buffer.byteLength(first.text));
    expect(gunzipSync(zipped.body).toString("utf8")).toBe(first.text);
    for (const acceptEncoding of [undefined, "gzip;q=0", "br"]) {
      const plain = await rawGet(app.url, evaluatePath, {
        cookie,
        ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }),
      });
      expect(plain.headers["content-encoding"], acceptEncoding).toBeUndefined();
      expect(plain.body.toString("utf8"), acceptEncoding).toBe(first.text);
    }

    const setUser = (role: string, districtKey: string | null) =>
      sql.query('UPDATE "user" SET role = $1, district_key = $2 WHERE email = $3', [
        role,
        districtKey,
        demoEmails.anDuongOfficer,
      ]);
    try {
      // Moved to another district: no longer this plan's owner, at once.
      await setUser("district_officer", "cat-hai");
      expectAppError(await evaluate(), 403, "FORBIDDEN");
      expect((await me(cookie)).json).toMatchObject({ result: { data: { districtKey: "cat-hai" } } });
      // Made an administrator: administrators read no plans.
      await setUser("admin", null);
      expectAppError(await evaluate(), 403, "FORBIDDEN");
      // A role the application does not know grants nothing, not even being signed in.
      await setUser("superuser", "an-duong");
      expectAppError(await evaluate(), 401, "UNAUTHENTICATED");
    } finally {
      await setUser("district_officer", "an-duong");
    }
    expect((await evaluate()).text).toBe(first.text);
  });
});

describe("the sign-in rate limit (SIGN_IN_RATE_LIMIT=3)", () => {
  let limited: SeededApp;
  beforeAll(async () => {
    limited = await startSeededApp({ SIGN_IN_RATE_LIMIT: "3" });
  });
  afterAll(async () => {
    await limited.app.stop();
    await limited.database.drop();
  });

  /**
   * A sign-in from a chosen loopback address: the limit counts per client address (in the database's
   * rate_limit table, shared by every instance on it), so this test signs in from addresses of its own.
   */
  function signInFrom(
    localAddress: string,
    password: string,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const url = new URL(`${limited.app.url}/api/auth/sign-in/email`);
    const body = JSON.stringify({ email: demoEmails.catHaiOfficer, password });
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          localAddress,
          headers: { ...json, "content-length": String(Buffer.byteLength(body)), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              for (const item of Array.isArray(value) ? value : [value ?? ""])
                responseHeaders.append(name, item);
            }
            let parsed: unknown = undefined;
            try {
              parsed = JSON.parse(text) as unknown;
            } catch {
              // Not JSON.
            }
            const answer = {
              url: url.toString(),
              status: response.statusCode ?? 0,
              headers: responseHeaders,
              text,
              json: parsed,
              production: false,
            };
            answers.push(answer);
            resolve(answer);
          });
        },
      );
      request.once("error", reject);
      request.end(body);
    });
  }

  it("the 4th attempt from one address → 429, even with the right password or spoofed address headers", async () => {
    const address = "127.0.0.3";
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await signInFrom(address, WRONG_PASSWORD)).status).toBe(401);
    const blocked = await signInFrom(address, DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.getSetCookie().filter((cookie) => cookie.includes("session_token="))).toEqual([]);
    // The client address is the socket's: headers a client sends cannot reset the count.
    const spoofed = await signInFrom(address, DEMO_PASSWORD, {
      "x-forwarded-for": "203.0.113.7",
      "x-real-ip": "203.0.113.8",
      "x-tinhgon-client-ip": "203.0.113.9",
    });
    expect(spoofed.status).toBe(429);
    const sessions = new pg.Client({ connectionString: limited.database.url });
    await sessions.connect();
    try {
      expect(
        Number((await sessions.query<{ count: string }>("SELECT count(*) FROM session")).rows[0]?.count),
      ).toBe(0);
    } finally {
      await sessions.end();
    }
    // The limit is per client address: another one still signs in.
    expect((await signInFrom("127.0.0.4", DEMO_PASSWORD)).status).toBe(200);
  });
});

describe("CSRF protection of the API", () => {
  let cookie = "";
  let planId = "";
  const commentOn = (headers: Record<string, string>, body: string): Promise<Answer> =>
    http(app.url, "/trpc/review.comment", {
      method: "POST",
      headers: { cookie, ...headers },
      body,
    });
  const comment = (text: string): string =>
    JSON.stringify({ id: planId, target: { kind: "plan" }, body: text });

  beforeAll(async () => {
    cookie = await signInRecorded(demoEmails.catHaiOfficer);
    const snapshots = await http(app.url, "/trpc/org.snapshots", { headers: { cookie } });
    const list = (snapshots.json as { result: { data: { id: string; name: string }[] } }).result.data;
    const snapshotId = list.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id;
    // A same-origin write (what the web app sends) works.
    const created = await http(app.url, "/trpc/plan.create", {
      method: "POST",
      headers: { ...json, cookie, origin: app.url },
      body: JSON.stringify({
        snapshotId,
        title: "Phương án kiểm tra CSRF",
        districtId: "cat-hai",
        firstPhase: { name: "Giai đoạn 1", effectiveDate: "2021-07-01" },
      }),
    });
    expect(created.status, created.text).toBe(200);
    planId = (created.json as { result: { data: { id: string } } }).result.data.id;
  });

  it("refuses cross-site writes (403 FORBIDDEN) and non-JSON writes (415), bilingual, writing nothing", async () => {
    const auditBefore = await count("SELECT count(*) FROM audit_event");
    const commentsBefore = await count("SELECT count(*) FROM plan_comment");
    const crossSite = [
      await commentOn({ ...json, origin: EVIL_ORIGIN }, comment("từ trang lạ")),
      await commentOn({ ...json, origin: "null" }, comment("từ origin null")),
      // Same host, another port: another origin.
      await commentOn({ ...json, origin: "http://127.0.0.1:1" }, comment("từ cổng khác")),
      // A browser that hides the origin still says the request is cross-site.
      await commentOn({ ...json, "sec-fetch-site": "cross-site" }, comment("sec-fetch-site")),
    ];
    for (const answer of crossSite) {
      expectAppError(answer, 403, "FORBIDDEN");
      expect((answer.json as ErrorBody).error?.data?.message?.vi).toContain("chống giả mạo yêu cầu");
    }
    // A form or a "simple" request, which a page on another site could send without a CORS preflight:
    // refused before anything is read, as a client mistake in tRPC's error shape (the server's contract
    // since commit bb93396: 415, app code INPUT_INVALID), from any origin.
    const notJson = [
      await commentOn({ "content-type": "text/plain" }, comment("text/plain")),
      await commentOn({ "content-type": "text/plain", origin: EVIL_ORIGIN }, comment("text/plain, trang lạ")),
      await commentOn(
        { "content-type": "application/x-www-form-urlencoded", origin: EVIL_ORIGIN },
        `body=${encodeURIComponent("form")}`,
      ),
      await commentOn({ "content-type": "multipart/form-data; boundary=x" }, "--x--"),
      await commentOn({}, comment("không có Content-Type")),
    ];
    for (const answer of notJson) {
      expectAppError(answer, 415, "INPUT_INVALID");
      expect((answer.json as ErrorBody).error?.data?.message?.vi).toContain("JSON");
    }
    // A mutation cannot be sent as a GET (a link or an image) either.
    const viaGet = await http(
      app.url,
      `/trpc/review.comment?input=${encodeURIComponent(comment("qua GET"))}`,
      { headers: { cookie } },
    );
    expect(viaGet.status).toBe(405);
    expect(await count("SELECT count(*) FROM audit_event")).toBe(auditBefore);
    expect(await count("SELECT count(*) FROM plan_comment")).toBe(commentsBefore);
  });

  it("accepts a same-origin write, and a non-browser client's write (no Origin)", async () => {
    const auditBefore = await count("SELECT count(*) FROM audit_event");
    expect((await commentOn({ ...json, origin: app.url }, comment("cùng nguồn"))).status).toBe(200);
    expect(
      (await commentOn({ ...json, "sec-fetch-site": "same-origin" }, comment("cùng trang"))).status,
    ).toBe(200);
    expect((await commentOn(json, comment("công cụ dòng lệnh"))).status).toBe(200);
    expect(await count("SELECT count(*) FROM audit_event")).toBe(auditBefore + 3);
    expect(await count("SELECT count(*) FROM plan_comment WHERE plan_id = $1", [planId])).toBe(3);
  });

  it("a malformed JSON body → 400 INPUT_INVALID with a bilingual message; a bad comment → 400, nothing written", async () => {
    const auditBefore = await count("SELECT count(*) FROM audit_event");
    expectAppError(await commentOn(json, '{"id": '), 400, "INPUT_INVALID");
    expectAppError(await commentOn(json, "không phải JSON"), 400, "INPUT_INVALID");
    expectAppError(
      await http(app.url, "/trpc/plan.get?input=%7Bkh%C3%B4ng", { headers: { cookie } }),
      400,
      "INPUT_INVALID",
    );
    expectAppError(await commentOn(json, comment("   ")), 400, "INPUT_INVALID");
    // The sign-in route answers malformed JSON with a 400 too, not a server error.
    const auth = await http(app.url, "/api/auth/sign-in/email", {
      method: "POST",
      headers: json,
      body: '{"email": ',
    });
    expect(auth.status).toBe(400);
    expect(await count("SELECT count(*) FROM audit_event")).toBe(auditBefore);
  });

  it("a tRPC body over the 50 MB limit → 413, not a server error (declared length, and chunked)", async () => {
    const huge = JSON.stringify({
      id: planId,
      target: { kind: "plan" },
      body: "a".repeat(50 * 1024 * 1024 + 16),
    });
    const declared = await commentOn(json, huge);
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(huge);
    const chunked = await http(app.url, "/trpc/review.comment", {
      method: "POST",
      headers: { ...json, cookie },
      body: new ReadableStream({
        start(controller) {
          for (let offset = 0; offset < bytes.length; offset += 1 << 20)
            controller.enqueue(bytes.subarray(offset, offset + (1 << 20)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await count("SELECT count(*) FROM plan_comment WHERE plan_id = $1", [planId])).toBe(3);
  });
});

describe("the sign-in routes' body limit (64 KB)", () => {
  const oversized = JSON.stringify({ email: demoEmails.catHaiOfficer, password: "x".repeat(70 * 1024) });

  it("a body over 64 KB with its length declared → 413", async () => {
    const answer = await http(app.url, "/api/auth/sign-in/email", {
      method: "POST",
      headers: json,
      body: oversized,
    });
    expect(answer.status).toBe(413);
  });

  it("a body sent chunked (no Content-Length) → 411, refused before it is read", async () => {
    // Without a Content-Length the size check cannot refuse the request up front, so the sign-in
    // routes ask for one (a 2 MB body here; nothing would stop 2 GB otherwise).
    const big = new TextEncoder().encode(
      JSON.stringify({ email: demoEmails.catHaiOfficer, password: "y".repeat(2 * 1024 * 1024) }),
    );
    const answer = await http(app.url, "/api/auth/sign-in/email", {
      method: "POST",
      headers: json,
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(big);
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(answer.status).toBe(411);
  });
});

describe("security headers and request ids", () => {
  const expected: Record<string, RegExp> = {
    "content-security-policy": /^default-src 'self';.*frame-ancestors 'none'/,
    "x-content-type-options": /^nosniff$/,
    "x-frame-options": /^DENY$/,
    "referrer-policy": /^same-origin$/,
    "cross-origin-opener-policy": /^same-origin$/,
    "cross-origin-resource-policy": /^same-origin$/,
    "permissions-policy": /camera=\(\)/,
    "x-request-id": /^[\w.:-]{8,100}$/,
  };

  function expectSecurityHeaders(answer: Answer): void {
    for (const [name, pattern] of Object.entries(expected))
      expect(answer.headers.get(name) ?? "", `${name} on ${answer.url} (${String(answer.status)})`).toMatch(
        pattern,
      );
    const hsts = answer.headers.get("strict-transport-security");
    if (answer.production) expect(hsts, answer.url).toMatch(/max-age=31536000/);
    else expect(hsts, answer.url).toBeNull();
  }

  async function visitEverything(base: string, production: boolean): Promise<Answer[]> {
    const get = (path: string, init: RequestInit = {}): Promise<Answer> => http(base, path, init, production);
    const page = await get("/");
    const asset = /(?:src|href)="(\/assets\/[^"]+)"/.exec(page.text)?.[1];
    expect(asset, "the web app's index.html names an asset").toBeDefined();
    return [
      page,
      await get("/co-cau-to-chuc"),
      await get(asset ?? "/assets/missing.js"),
      await get("/healthz"),
      await get("/trpc/system.health"),
      await get("/trpc/system.nothing"),
      await get("/trpc/system.me"),
      await get("/api/auth/get-session"),
      await get("/api/auth/sign-in/email", { method: "POST", headers: json, body: '{"email": ' }),
      await get("/trpc/review.comment", {
        method: "POST",
        headers: { ...json, origin: EVIL_ORIGIN },
        body: "{}",
      }),
    ];
  }

  it("every kind of response carries them (web app, assets, /healthz, /trpc, /api/auth, errors)", async () => {
    const visited = await visitEverything(app.url, false);
    expect(visited.map((answer) => answer.status)).toEqual([
      200, 200, 200, 200, 200, 404, 401, 200, 400, 403,
    ]);
    for (const answer of visited) expectSecurityHeaders(answer);
  });

  it("in production: HSTS on every response, and the session cookie is Secure (__Secure- prefix)", async () => {
    const production = await startSeededApp({ NODE_ENV: "production" });
    const productionSql = new pg.Client({ connectionString: production.database.url });
    await productionSql.connect();
    try {
      for (const answer of await visitEverything(production.app.url, true)) expectSecurityHeaders(answer);
      // Production has no demo users: copy the officer's account (and password hash) from the test app.
      const user = await sql.query<Record<string, unknown>>('SELECT * FROM "user" WHERE email = $1', [
        demoEmails.catHaiOfficer,
      ]);
      const accounts = await sql.query<Record<string, unknown>>("SELECT * FROM account WHERE user_id = $1", [
        user.rows[0]?.id,
      ]);
      for (const [table, rows] of [
        ['"user"', user.rows],
        ["account", accounts.rows],
      ] as const) {
        for (const row of rows) {
          const columns = Object.keys(row);
          await productionSql.query(
            `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns
              .map((_, index) => `$${String(index + 1)}`)
              .join(", ")})`,
            columns.map((column) => row[column]),
          );
        }
      }
      const answer = await signInRequest(production.app.url, demoEmails.catHaiOfficer, DEMO_PASSWORD);
      answer.production = true;
      expect(answer.status).toBe(200);
      expectSecurityHeaders(answer);
      const session = answer.headers.getSetCookie().find((cookie) => cookie.includes("session_token="));
      expect(session).toMatch(/^__Secure-tinhgon\.session_token=/);
      const attributes = (session ?? "").split(";").map((part) => part.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax"]));
    } finally {
      await productionSql.end();
      await production.app.stop();
      await production.database.drop();
    }
  });

  it("a sane X-Request-Id is echoed (and logged); anything else is replaced by a fresh UUID", async () => {
    const fresh = await http(app.url, "/healthz");
    expect(fresh.headers.get("x-request-id")).toMatch(uuidPattern);
    const other = await http(app.url, "/healthz");
    expect(other.headers.get("x-request-id")).not.toBe(fresh.headers.get("x-request-id"));

    for (const path of ["/healthz", "/trpc/system.health", "/api/auth/get-session", "/"]) {
      const id = `e2e-trace:${path.replace(/\W/g, "") || "root"}.0001`;
      const answer = await http(app.url, path, { headers: { "x-request-id": id } });
      expect(answer.headers.get("x-request-id"), path).toBe(id);
    }
    const traced = logLines
      .map((line) => JSON.parse(line) as { requestId?: string; path?: string; msg?: string })
      .filter((entry) => entry.requestId === "e2e-trace:healthz.0001");
    expect(traced).toEqual([expect.objectContaining({ path: "/healthz", msg: "request" })]);

    // Too short, too long, or with characters that could forge a log line or a header.
    for (const insane of [
      "short",
      "x".repeat(101),
      "a b c d e f g h",
      "<script>alert(1)</script>",
      "id%0d%0aforged",
      '{"level":60}',
    ]) {
      const answer = await http(app.url, "/healthz", { headers: { "x-request-id": insane } });
      expect(answer.headers.get("x-request-id"), insane).toMatch(uuidPattern);
    }
  });
});

describe("what leaves the server", () => {
  const staffNames = (() => {
    const names: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === "object" && value !== null)
        for (const [key, item] of Object.entries(value)) {
          if (key === "fullName" && typeof item === "string") names.push(item);
          else walk(item);
        }
    };
    walk(JSON.parse(readFileSync(join(repositoryRoot, "examples", "cat-hai-2021.snapshot.json"), "utf8")));
    return names;
  })();

  it("personal data passes through the API (so the log check below means something)", async () => {
    expect(staffNames.length).toBeGreaterThan(5);
    const cookie = await signInRecorded(demoEmails.catHaiOfficer);
    const snapshots = await http(app.url, "/trpc/org.snapshots", { headers: { cookie } });
    const list = (snapshots.json as { result: { data: { id: string; name: string }[] } }).result.data;
    const snapshotId = list.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id ?? "";
    const unit = await http(
      app.url,
      `/trpc/org.unit?input=${encodeURIComponent(JSON.stringify({ snapshotId, id: "cat-hai-van-phong" }))}`,
      { headers: { cookie } },
    );
    expect(unit.status).toBe(200);
    expect(unit.text).toContain(staffNames[0]);
    // Personal data in inputs too, accepted and refused.
    const plans = await http(app.url, "/trpc/plan.list", { headers: { cookie } });
    const planId = (plans.json as { result: { data: { id: string }[] } }).result.data[0]?.id;
    const body = `Đề nghị ông ${staffNames[0] ?? ""} (${demoEmails.reviewer}) giải trình thêm.`;
    const commented = await http(app.url, "/trpc/review.comment", {
      method: "POST",
      headers: { ...json, cookie },
      body: JSON.stringify({ id: planId, target: { kind: "plan" }, body }),
    });
    expect(commented.status).toBe(200);
    const refused = await http(app.url, "/trpc/review.comment", {
      method: "POST",
      headers: { ...json, cookie },
      body: JSON.stringify({ id: demoEmails.viewer, target: { kind: "plan" }, body }),
    });
    expect(refused.status).toBe(400);
  });

  it("no answer in this file contained a stack trace, SQL or a source location", () => {
    const apiAnswers = answers.filter((answer) => /\/(trpc|api\/auth|healthz)/.test(answer.url));
    expect(apiAnswers.length).toBeGreaterThan(40);
    for (const answer of apiAnswers) {
      const where = `${answer.url} (${String(answer.status)})`;
      expect(answer.text, where).not.toMatch(/\n\s+at |\\n\s+at /);
      expect(answer.text, where).not.toMatch(
        /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|prisma|postgres|pg_/i,
      );
      expect(answer.text, where).not.toMatch(/node_modules|\.[cm]?[jt]s:\d+/);
      expect(answer.json === undefined || !JSON.stringify(answer.json).includes('"stack"'), where).toBe(true);
    }
    expect(answers.filter((answer) => answer.status >= 500).map((answer) => answer.url)).toEqual([]);
  });

  it("every response in this file carried the security headers", () => {
    for (const answer of answers) {
      for (const name of [
        "content-security-policy",
        "x-content-type-options",
        "x-frame-options",
        "x-request-id",
      ])
        expect(
          answer.headers.get(name),
          `${name} on ${answer.url} (${String(answer.status)})`,
        ).not.toBeNull();
    }
  });

  it("the structured log holds no email address, password, session token or staff name", () => {
    // One JSON line per request at debug level: the logger really captured this file's traffic.
    const entries = logLines.map((line) => JSON.parse(line) as { msg?: string; path?: string });
    expect(entries.filter((entry) => entry.msg === "request").length).toBeGreaterThan(40);
    expect(entries.some((entry) => entry.path === "/api/auth/sign-in/email")).toBe(true);
    expect(entries.some((entry) => entry.path === "/trpc/review.comment")).toBe(true);

    const log = logLines.join("\n");
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+(\.[\w-]+)+/);
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).not.toContain(WRONG_PASSWORD);
    expect(log).not.toContain(TEST_AUTH_SECRET);
    for (const token of tokens) expect(log).not.toContain(token);
    for (const name of staffNames) expect(log).not.toContain(name);
    // The users' display names are personal data too.
    expect(log).not.toContain("Cán bộ Phòng Nội vụ Cát Hải");
    // Inputs travel in query strings: only paths are logged.
    expect(log).not.toContain("?input=");
  });
});
