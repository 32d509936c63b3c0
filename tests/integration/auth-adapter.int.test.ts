// better-auth's storage on a real database (packages/db auth-adapter.ts): the session look-up every
// request makes is one SQL join of ours instead of the library's two ORM queries. It must answer exactly
// what the library's adapter answers, read the database every time (a sign-out, a role change apply at
// once), and leave every other query to the library.
import { authDatabaseAdapter, createDatabase, createRepositories, type Database } from "@tinhgon/db";
import { createAuth } from "@tinhgon/server";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { hashPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const EMAIL = "canbo.cathai@tinhgon.local";
const PASSWORD = "mat-khau-thu-nghiem";
const ORIGIN = "http://localhost:3000";
const systemAudit = { actorId: null, actorRole: "system", requestId: null, action: "test.seedUser" } as const;

let testDatabase: TestDatabase;
let db: Database;
let auth: ReturnType<typeof createAuth>;
let passwordHash = "";

const officer = {
  email: EMAIL,
  name: "Cán bộ Phòng Nội vụ Cát Hải",
  role: "district_officer" as const,
  provinceCode: "31",
  districtKey: "cat-hai",
  agencyKey: null,
};

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
  passwordHash = await hashPassword(PASSWORD);
  await createRepositories(db).upsertUser({ ...officer, passwordHash }, systemAudit);
  auth = createAuth({
    db,
    secret: "tinhgon-test-secret-0123456789abcdef0123456789",
    production: false,
    trustedOrigins: [ORIGIN],
    signInAttemptsPerMinute: 100,
  });
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

/** Signs in; the Cookie header and the session token. */
async function signIn(): Promise<{ cookie: string; token: string }> {
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { token: string };
  const cookie = response.headers
    .getSetCookie()
    .map((set) => set.split(";")[0] ?? "")
    .join("; ");
  return { cookie, token: body.token };
}

const sessionQuery = (token: string) => ({
  model: "session",
  where: [{ field: "token", value: token }],
  join: { user: true },
});

describe("the session look-up", () => {
  it("answers what the library's own adapter answers, and nothing for an unknown token", async () => {
    const { token } = await signIn();
    const library = prismaAdapter(db, { provider: "postgresql" })(auth.options);
    const ours = authDatabaseAdapter(db)(auth.options);
    const expected = await library.findOne(sessionQuery(token));
    expect(expected).toMatchObject({ token, user: { email: EMAIL, role: "district_officer" } });
    expect(await ours.findOne(sessionQuery(token))).toEqual(expected);
    expect(await ours.findOne(sessionQuery("no-such-token"))).toBeNull();
    // Other queries are the library's.
    const byEmail = { model: "user", where: [{ field: "email", value: EMAIL }] };
    expect(await ours.findOne(byEmail)).toEqual(await library.findOne(byEmail));
  });

  it("gives the session's user with role and scope, and a change of role or scope at the next request", async () => {
    const { cookie } = await signIn();
    const session = async () => auth.api.getSession({ headers: new Headers({ cookie }) });
    expect((await session())?.user).toMatchObject({
      email: EMAIL,
      role: "district_officer",
      provinceCode: "31",
      districtKey: "cat-hai",
      agencyKey: null,
    });
    const repositories = createRepositories(db);
    await repositories.upsertUser(
      { ...officer, role: "viewer", districtKey: null, passwordHash },
      systemAudit,
    );
    expect((await session())?.user).toMatchObject({ role: "viewer", districtKey: null });
    await repositories.upsertUser({ ...officer, passwordHash }, systemAudit);
    expect((await session())?.user).toMatchObject({ role: "district_officer", districtKey: "cat-hai" });
  });

  it("finds no session once signed out", async () => {
    const { cookie } = await signIn();
    const headers = new Headers({ cookie });
    expect(await auth.api.getSession({ headers })).not.toBeNull();
    const out = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-out`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie },
        body: "{}",
      }),
    );
    expect(out.status).toBe(200);
    expect(await auth.api.getSession({ headers })).toBeNull();
  });

  it("refuses to set role or scope through the auth routes", async () => {
    const { cookie } = await signIn();
    const response = await auth.handler(
      new Request(`${ORIGIN}/api/auth/update-user`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie },
        body: JSON.stringify({ role: "admin", provinceCode: null }),
      }),
    );
    expect(response.status).toBe(400);
    expect((await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user).toMatchObject({
      role: "district_officer",
    });
  });
});
