// better-auth's storage (users, sessions, accounts, verifications) through its Prisma adapter: the
// database stays this package's business; apps/server configures the library with this adapter.
import { prismaAdapter } from "better-auth/adapters/prisma";

import type { Database } from "./client.ts";

export function authDatabaseAdapter(db: Database) {
  return prismaAdapter(db, { provider: "postgresql" });
}
