// The session read of every request (apps/server session-reader.ts, docs/adr/0040) on a real database:
// the direct read must give the user better-auth's getSession gives, for the requests it answers, and
// leave every other request to the library — which then signs out, deletes or extends as it always has.
import { authDatabaseAdapter, createRepositories, type Database } from "@tinhgon/db";
import { createAuth, createSessionReader, type SessionReader } from "@tinhgon/server";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  type AuthOnTestDatabase,
  authOnTestDatabase,
  ORIGIN,
  TEST_SECRET,
  officer,
  signInOfficer,
  signOut,
  systemAudit,
} from "../support/auth-in-process.ts";

const EMAIL = officer.email;

let setup: AuthOnTestDatabase;
let db: Database;
let auth: AuthOnTestDatabase["auth"];
let passwordHash = "";
let reader: SessionReader;

beforeAll(async () => {
  setup = await authOnTestDatabase();
  ({ db, auth, passwordHash } = setup);
  reader = await createSessionReader(auth, db);
});

afterAll(() => setup.drop());

/** What the library's getSession gives for the same Cookie header (the user, or null). */
async function libraryUser(cookie: string | undefined) {
  const session = await auth.api.getSession({ headers: new Headers(cookie === undefined ? {} : { cookie }) });
  return session?.user ?? null;
}

const sessionRow = (token: string) => db.session.findUnique({ where: { token } });
const setExpiry = (token: string, expiresAt: Date) =>
  db.session.update({ where: { token }, data: { expiresAt } });

/** The session cookie (name=value) of a Cookie header made by signInOfficer. */
function tokenCookieOf(cookie: string): { name: string; value: string } {
  const pair = cookie.split("; ").find((part) => part.includes("session_token="));
  if (pair === undefined) throw new Error(`no session cookie in ${cookie}`);
  const at = pair.indexOf("=");
  return { name: pair.slice(0, at), value: pair.slice(at + 1) };
}

describe("the direct session read", () => {
  it("gives the user the library gives, with role and scope, for a live session", async () => {
    const { cookie } = await signInOfficer(auth);
    // The cookie as the library writes it: percent-encoded token.signature.
    expect(tokenCookieOf(cookie).value).toMatch(/%3D$/);
    const direct = await reader.readDirectly({ cookie });
    expect(direct).toMatchObject({
      email: EMAIL,
      role: "district_officer",
      provinceCode: "31",
      districtKey: "cat-hai",
      agencyKey: null,
    });
    const library = await libraryUser(cookie);
    for (const field of ["id", "name", "email", "role", "provinceCode", "districtKey", "agencyKey"] as const)
      expect(direct?.[field]).toEqual(library?.[field]);
    expect(await reader.read({ cookie })).toEqual({ user: direct, setCookies: [] });
  });

  it("reads the database on every request: a change of role, a sign-out apply at the next read", async () => {
    const { cookie } = await signInOfficer(auth);
    const repositories = createRepositories(db);
    await repositories.upsertUser(
      { ...officer, role: "viewer", districtKey: null, passwordHash },
      systemAudit,
    );
    expect(await reader.readDirectly({ cookie })).toMatchObject({ role: "viewer", districtKey: null });
    await repositories.upsertUser({ ...officer, passwordHash }, systemAudit);
    expect(await reader.readDirectly({ cookie })).toMatchObject({ role: "district_officer" });

    await signOut(auth, cookie);
    expect(await reader.readDirectly({ cookie })).toBeUndefined();
    expect((await reader.read({ cookie })).user).toBeNull();
  });

  it("leaves a missing, tampered, foreign or malformed cookie to the library, which refuses it", async () => {
    const { cookie, token } = await signInOfficer(auth);
    const { name, value } = tokenCookieOf(cookie);
    const decoded = decodeURIComponent(value);
    const signature = decoded.slice(decoded.lastIndexOf(".") + 1);
    const flipped = `${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    const other = await signInOfficer(
      createAuth({
        db,
        secret: `${TEST_SECRET}-other`,
        production: false,
        trustedOrigins: [ORIGIN],
        signInAttemptsPerMinute: 100,
      }),
    );
    const refused = [
      undefined,
      "theme=dark",
      `${name}=${encodeURIComponent(`${token}.${flipped}`)}`,
      `${name}=${token}`,
      `${name}=${encodeURIComponent(`${token}.${signature.slice(0, -2)}=`)}`,
      `${name}=${encodeURIComponent(`${token}.${signature.replace("=", "*")}`)}`,
      `${name}=${encodeURIComponent(`no-such-token.${signature}`)}`,
      // Signed with another secret: a real session, but not this server's signature.
      `${name}=${tokenCookieOf(other.cookie).value}`,
      // A repeated name: the library takes the first value, and so does the direct read.
      `${name}=${encodeURIComponent(`${token}.${flipped}`)}; ${name}=${value}`,
    ];
    for (const header of refused) {
      expect(
        await reader.readDirectly(header === undefined ? {} : { cookie: header }),
        String(header),
      ).toBeUndefined();
      expect(await libraryUser(header), String(header)).toBeNull();
      expect(
        (await reader.read(header === undefined ? {} : { cookie: header })).user,
        String(header),
      ).toBeNull();
    }
    // The first of a repeated name is the valid one: both read the session.
    const repeated = `${name}=${value}; ${name}=${encodeURIComponent(`${token}.${flipped}`)}`;
    expect(await reader.readDirectly({ cookie: repeated })).toMatchObject({ email: EMAIL });
    expect(await libraryUser(repeated)).toMatchObject({ email: EMAIL });
  });

  it("leaves an expired session to the library, which deletes it", async () => {
    const { cookie, token } = await signInOfficer(auth);
    await setExpiry(token, new Date(Date.now() - 1000));
    expect(await reader.readDirectly({ cookie })).toBeUndefined();
    const read = await reader.read({ cookie });
    expect(read.user).toBeNull();
    expect(await sessionRow(token)).toBeNull();
    // The library's deletion of the cookie, for the response.
    expect(read.setCookies.find((line) => line.startsWith("tinhgon.session_token="))).toMatch(/Max-Age=0/i);
  });

  it("answers until the session is due for its extension, then leaves it to the library, which extends it", async () => {
    const { cookie, token } = await signInOfficer(auth);
    const context = await auth.$context;
    const { expiresIn, updateAge } = context.sessionConfig;
    // Extended once updateAge has passed since it was last extended: expiresAt − expiresIn + updateAge ≤ now.
    const dueAt = (expiresAt: number) => expiresAt - expiresIn * 1000 + updateAge * 1000;
    const notYetDue = new Date(Date.now() + expiresIn * 1000 - updateAge * 1000 + 60_000);
    await setExpiry(token, notYetDue);
    expect(dueAt(notYetDue.getTime())).toBeGreaterThan(Date.now());
    expect(await reader.readDirectly({ cookie })).toMatchObject({ email: EMAIL });
    expect((await sessionRow(token))?.expiresAt).toEqual(notYetDue);

    const due = new Date(Date.now() + expiresIn * 1000 - updateAge * 1000 - 60_000);
    await setExpiry(token, due);
    expect(await reader.readDirectly({ cookie })).toBeUndefined();
    const read = await reader.read({ cookie });
    expect(read.user).toMatchObject({ email: EMAIL });
    // The session cookie again, for a full expiresIn from now: the browser keeps it while the session lasts.
    const renewed = read.setCookies.find((line) => line.startsWith("tinhgon.session_token="));
    expect(renewed).toContain(`Max-Age=${String(expiresIn)}`);
    expect(renewed?.split(";")[0]).toBe(tokenCookieOf(cookie).name + "=" + tokenCookieOf(cookie).value);
    // Extended to a full expiresIn from now (within the minute this test takes).
    const extended = (await sessionRow(token))?.expiresAt.getTime() ?? 0;
    expect(extended).toBeGreaterThan(Date.now() + expiresIn * 1000 - 60_000);
    // Extended: answered directly again.
    expect(await reader.readDirectly({ cookie })).toMatchObject({ email: EMAIL });
  });

  it("leaves the “don't remember me” and session-data cookies to the library", async () => {
    const remembered = await signInOfficer(auth, ORIGIN, { rememberMe: false });
    expect(remembered.cookie).toContain("dont_remember=");
    expect(await reader.readDirectly({ cookie: remembered.cookie })).toBeUndefined();
    expect((await reader.read({ cookie: remembered.cookie })).user).toMatchObject({ email: EMAIL });

    const { cookie } = await signInOfficer(auth);
    for (const data of ["tinhgon.session_data=x", "tinhgon.session_data.0=x"]) {
      expect(await reader.readDirectly({ cookie: `${cookie}; ${data}` })).toBeUndefined();
      expect((await reader.read({ cookie: `${cookie}; ${data}` })).user).toMatchObject({ email: EMAIL });
    }
  });

  it("reads the production cookie (__Secure- name) with the library's name for it", async () => {
    const secureOrigin = "https://tinhgon.example.gov.vn";
    const production = createAuth({
      db,
      secret: TEST_SECRET,
      production: true,
      trustedOrigins: [secureOrigin],
      signInAttemptsPerMinute: 100,
    });
    const { cookie } = await signInOfficer(production, secureOrigin);
    expect(cookie).toContain("__Secure-tinhgon.session_token=");
    const secureReader = await createSessionReader(production, db);
    expect(await secureReader.readDirectly({ cookie })).toMatchObject({ email: EMAIL });
    // The development name is not the production one.
    expect(await secureReader.readDirectly({ cookie: cookie.replace("__Secure-", "") })).toBeUndefined();
  });

  it("leaves every request to the library when the configuration is one it does not reproduce", async () => {
    const stored = new Map<string, string>();
    const configurations: Record<string, Partial<BetterAuthOptions>> = {
      "cookie cache": { session: { cookieCache: { enabled: true, maxAge: 60 } } },
      "deferred refresh": { session: { deferSessionRefresh: true } },
      "secondary storage": {
        // Kept in the database too: without the guard the direct read would find it there.
        session: { storeSessionInDatabase: true },
        secondaryStorage: {
          get: (key: string) => stored.get(key) ?? null,
          getAndDelete: (key: string) => {
            const value = stored.get(key) ?? null;
            stored.delete(key);
            return value;
          },
          increment: (key: string) => {
            const next = Number(stored.get(key) ?? "0") + 1;
            stored.set(key, String(next));
            return next;
          },
          set: (key: string, value: string) => void stored.set(key, value),
          delete: (key: string) => void stored.delete(key),
        },
      },
      "a plugin": { plugins: [{ id: "tinhgon-test-plugin" }] },
      hooks: { hooks: { before: createAuthMiddleware(() => Promise.resolve()) } },
    };
    for (const [label, configuration] of Object.entries(configurations)) {
      const other = betterAuth({
        baseURL: ORIGIN,
        basePath: "/api/auth",
        secret: TEST_SECRET,
        database: authDatabaseAdapter(db),
        emailAndPassword: { enabled: true },
        advanced: { cookiePrefix: "tinhgon" },
        trustedOrigins: [ORIGIN],
        telemetry: { enabled: false },
        ...configuration,
      });
      // The session cookie alone (with the cookie cache, the data cookie would be left to the library anyway).
      const { name, value } = tokenCookieOf((await signInOfficer(other)).cookie);
      const cookie = `${name}=${value}`;
      // Typed for our configuration; the reader looks at the configuration when it is made.
      const otherReader = await createSessionReader(other as unknown as typeof auth, db);
      expect(await otherReader.readDirectly({ cookie }), label).toBeUndefined();
      expect((await otherReader.read({ cookie })).user, label).toMatchObject({ email: EMAIL });
    }
  });
});
