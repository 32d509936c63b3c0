// better-auth's storage on a real database (packages/db auth-adapter.ts): the session look-up every
// request makes is one SQL join of ours instead of the library's two ORM queries. It must answer exactly
// what the library's adapter answers, read the database every time (a sign-out, a role change apply at
// once), and leave every other query to the library.
import { authDatabaseAdapter, createRepositories, type Database } from "@tinhgon/db";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  type AuthOnTestDatabase,
  authOnTestDatabase,
  ORIGIN,
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

beforeAll(async () => {
  setup = await authOnTestDatabase();
  ({ db, auth, passwordHash } = setup);
});

afterAll(() => setup.drop());

const signIn = () => signInOfficer(auth);

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
    await signOut(auth, cookie);
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
