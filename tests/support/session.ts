// Signing in over real HTTP (better-auth's standard route) and calling the API with the session cookie,
// as any client would. The demo users are the seed's (packages/db/src/seed/demo-users.ts).
import { createDatabase, createRepositories } from "@tinhgon/db";
import type { Role } from "@tinhgon/domain";
import { hashPassword } from "better-auth/crypto";

import { DEMO_PASSWORD } from "./seeded-app.ts";

export const demoEmails = {
  catHaiOfficer: "canbo.cathai@tinhgon.local",
  anDuongOfficer: "canbo.anduong@tinhgon.local",
  reviewer: "thamdinh@tinhgon.local",
  viewer: "xem@tinhgon.local",
  admin: "admin@tinhgon.local",
} as const;

/** Signs in; returns the Cookie header value carrying the session. */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string = DEMO_PASSWORD,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    // Node's fetch says it is a CORS request (Sec-Fetch-Mode), so the library asks where it comes from.
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: HTTP ${String(response.status)}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  const session = cookies.filter((cookie) => cookie.startsWith("tinhgon."));
  if (session.length === 0) throw new Error(`sign-in of ${email} set no session cookie`);
  return session.join("; ");
}

export interface TrpcResult {
  status: number;
  body: {
    result?: { data: unknown };
    error?: { data?: { appCode?: string; httpStatus?: number; message?: { vi: string; en: string } } };
  };
}

/** One tRPC call over HTTP: a query (GET) or a mutation (POST), with an optional session cookie. */
export async function trpc(
  baseUrl: string,
  kind: "query" | "mutation",
  path: string,
  input: unknown,
  cookie?: string,
): Promise<TrpcResult> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const response =
    kind === "query"
      ? await fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input ?? null))}`, {
          headers,
        })
      : await fetch(`${baseUrl}/trpc/${path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify(input ?? null),
        });
  return { status: response.status, body: (await response.json()) as TrpcResult["body"] };
}

/** Creates (or resets) a user directly in the database, as an administrator would, with a password. */
export async function createUser(
  databaseUrl: string,
  user: {
    email: string;
    name: string;
    role: Role;
    provinceCode: string | null;
    districtKey?: string | null;
    agencyKey?: string | null;
  },
  password: string = DEMO_PASSWORD,
): Promise<void> {
  const db = createDatabase({ url: databaseUrl });
  try {
    await createRepositories(db).upsertUser(
      {
        email: user.email,
        name: user.name,
        role: user.role,
        provinceCode: user.provinceCode,
        districtKey: user.districtKey ?? null,
        agencyKey: user.agencyKey ?? null,
        passwordHash: await hashPassword(password),
      },
      { actorId: null, actorRole: "test", requestId: null, action: "test.createUser" },
    );
  } finally {
    await db.$disconnect();
  }
}
