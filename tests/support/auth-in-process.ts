// better-auth called in-process (its `handler`, as the HTTP server would call it) on a test database:
// the officer these tests sign in as, and the sign-in and sign-out routes as a browser uses them.
import { createDatabase, createRepositories, type Database } from "@tinhgon/db";
import { createAuth } from "@tinhgon/server";
import { hashPassword } from "better-auth/crypto";
import { expect } from "vitest";

import { createTestDatabase, type TestDatabase } from "./database.ts";

export const ORIGIN = "http://localhost:3000";
export const TEST_SECRET = "tinhgon-test-secret-0123456789abcdef0123456789";
export const PASSWORD = "mat-khau-thu-nghiem";
export const systemAudit = {
  actorId: null,
  actorRole: "system",
  requestId: null,
  action: "test.seedUser",
} as const;

/** A district officer of Cát Hải (create with `upsertUser({ ...officer, passwordHash })`). */
export const officer = {
  email: "canbo.cathai@tinhgon.local",
  name: "Cán bộ Phòng Nội vụ Cát Hải",
  role: "district_officer" as const,
  provinceCode: "31",
  districtKey: "cat-hai",
  agencyKey: null,
};

interface AuthHandler {
  handler: (request: Request) => Promise<Response>;
}

/** Signs the officer in through the library's route; the Cookie header a browser would send back, and the token. */
export async function signInOfficer(
  auth: AuthHandler,
  origin = ORIGIN,
  body: Record<string, unknown> = {},
): Promise<{ cookie: string; token: string }> {
  const response = await auth.handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email: officer.email, password: PASSWORD, ...body }),
    }),
  );
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  const cookie = response.headers
    .getSetCookie()
    .map((set) => set.split(";")[0] ?? "")
    .join("; ");
  return { cookie, token };
}

/** Signs out through the library's route. */
export async function signOut(auth: AuthHandler, cookie: string): Promise<void> {
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, cookie },
      body: "{}",
    }),
  );
  expect(response.status).toBe(200);
}

export interface AuthOnTestDatabase {
  testDatabase: TestDatabase;
  db: Database;
  /** The application's configuration (development cookies), trusting ORIGIN. */
  auth: ReturnType<typeof createAuth>;
  /** The officer's password hash, for `upsertUser` again. */
  passwordHash: string;
  /** Disconnects and drops the database. */
  drop: () => Promise<void>;
}

/** A new test database with the officer in it, and the application's auth configuration on it. */
export async function authOnTestDatabase(): Promise<AuthOnTestDatabase> {
  const testDatabase = await createTestDatabase();
  const db = createDatabase({ url: testDatabase.url });
  const passwordHash = await hashPassword(PASSWORD);
  await createRepositories(db).upsertUser({ ...officer, passwordHash }, systemAudit);
  const auth = createAuth({
    db,
    secret: TEST_SECRET,
    production: false,
    trustedOrigins: [ORIGIN],
    signInAttemptsPerMinute: 100,
  });
  return {
    testDatabase,
    db,
    auth,
    passwordHash,
    drop: async () => {
      await db.$disconnect();
      await testDatabase.drop();
    },
  };
}
