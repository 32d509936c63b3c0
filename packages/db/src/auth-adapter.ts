// better-auth's storage (users, sessions, accounts, verifications) through its Prisma adapter: the
// database stays this package's business; apps/server configures the library with this adapter.
import type { BetterAuthOptions, DBAdapter, Where } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";

import { type Database, readRows } from "./client.ts";

/**
 * The user's role and scope, as better-auth's additional user fields: the library then reads them with
 * the session on every request, so the API needs no second read of the user. Never settable through the
 * auth routes (input: false): only administrators set them (admin.saveUser).
 */
export const authUserFields = {
  role: { type: "string", required: false, input: false },
  provinceCode: { type: "string", required: false, input: false },
  districtKey: { type: "string", required: false, input: false },
  agencyKey: { type: "string", required: false, input: false },
} as const;

export function authDatabaseAdapter(db: Database) {
  const library = prismaAdapter(db, { provider: "postgresql" });
  return (options: BetterAuthOptions): DBAdapter => {
    const adapter = library(options);
    return {
      ...adapter,
      // Every authenticated request looks its session up by token with its user. The library reads them
      // with two ORM queries (about 1.5 ms of CPU in Prisma's query compiler); one SQL join reads the
      // same rows, on every request still (no cache: a sign-out or a role change applies at once).
      findOne: <T>(query: Parameters<DBAdapter["findOne"]>[0]): Promise<T | null> => {
        const token = sessionTokenOf(query);
        return token === undefined
          ? adapter.findOne<T>(query)
          : (findSessionWithUser(db, token) as Promise<T | null>);
      },
    };
  };
}

/** The token when the query is the library's session look-up (by token, with its user), else undefined. */
function sessionTokenOf(query: {
  model: string;
  where: Where[];
  select?: string[] | undefined;
  join?: Record<string, unknown> | undefined;
}): string | undefined {
  const [condition, ...others] = query.where;
  if (query.model !== "session" || others.length > 0 || condition?.field !== "token") return undefined;
  if ((condition.operator ?? "eq") !== "eq" || condition.mode === "insensitive") return undefined;
  if (query.select !== undefined || typeof condition.value !== "string") return undefined;
  const joined = Object.keys(query.join ?? {});
  if (joined.length !== 1 || joined[0] !== "user" || query.join?.user !== true) return undefined;
  return condition.value;
}

interface SessionWithUserRow {
  session_id: string;
  expires_at: Date;
  token: string;
  session_created_at: Date;
  session_updated_at: Date;
  ip_address: string | null;
  user_agent: string | null;
  user_id: string;
  name: string;
  email: string;
  email_verified: boolean;
  image: string | null;
  user_created_at: Date;
  user_updated_at: Date;
  role: string;
  province_code: string | null;
  district_key: string | null;
  agency_key: string | null;
}

const SESSION_WITH_USER_SQL = `
    SELECT s.id AS session_id, s.expires_at, s.token, s.created_at AS session_created_at,
           s.updated_at AS session_updated_at, s.ip_address, s.user_agent, s.user_id,
           u.name, u.email, u.email_verified, u.image, u.created_at AS user_created_at,
           u.updated_at AS user_updated_at, u.role, u.province_code, u.district_key, u.agency_key
    FROM session s JOIN "user" u ON u.id = s.user_id
    WHERE s.token = $1`;

/**
 * The session and its user as the library's adapter returns them: its field names, and the user's
 * `authUserFields`. tests/integration/auth-adapter.int.test.ts compares the two.
 */
export async function findSessionWithUser(db: Database, token: string) {
  const rows = await readRows<SessionWithUserRow>(db, SESSION_WITH_USER_SQL, [token]);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.session_id,
    expiresAt: row.expires_at,
    token: row.token,
    createdAt: row.session_created_at,
    updatedAt: row.session_updated_at,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    userId: row.user_id,
    user: {
      id: row.user_id,
      name: row.name,
      email: row.email,
      emailVerified: row.email_verified,
      image: row.image,
      createdAt: row.user_created_at,
      updatedAt: row.user_updated_at,
      role: row.role,
      provinceCode: row.province_code,
      districtKey: row.district_key,
      agencyKey: row.agency_key,
    },
  };
}
