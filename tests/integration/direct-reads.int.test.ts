// The hot-path reads sent straight through the client's pool (packages/db client.ts `readRows`): they
// must answer what Prisma answers for the same statement — DateTime columns (timestamp without time
// zone, UTC) read as UTC whatever the process's time zone —, show in the query log like every other
// statement, and go through Prisma inside a transaction (on the transaction's connection).
import { createDatabase, type Database, readRows } from "@tinhgon/db";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let testDatabase: TestDatabase;
let db: Database;
const logged: string[] = [];

beforeAll(async () => {
  // A time zone far from UTC: pg's own reading of a zone-less timestamp would shift it by 7 hours.
  vi.stubEnv("TZ", "Asia/Ho_Chi_Minh");
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url, onQuery: (sql) => logged.push(sql) });
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
  vi.unstubAllEnvs();
});

const STATEMENT =
  "SELECT $1::timestamp(3) AS at, $2::int AS n, $3::text AS label, $4::uuid AS id, NULL::text AS nothing";
const VALUES = ["2026-11-30 23:59:58.123", 42, "Phường Lê Chân", "00000000-0000-4000-8000-000000000001"];

describe("readRows", () => {
  it("reads a DateTime column as the same instant as Prisma does, in any time zone", async () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-420);
    const direct = await readRows<Record<string, unknown>>(db, STATEMENT, VALUES);
    const throughPrisma = await db.$queryRawUnsafe<Record<string, unknown>[]>(STATEMENT, ...VALUES);
    expect(direct).toEqual(throughPrisma);
    expect((direct[0]?.at as Date).toISOString()).toBe("2026-11-30T23:59:58.123Z");
    expect(direct[0]).toMatchObject({ n: 42, label: "Phường Lê Chân", nothing: null });
  });

  it("shows its statement in the query log", async () => {
    logged.length = 0;
    await readRows(db, "SELECT 1 AS one", []);
    expect(logged).toEqual(["SELECT 1 AS one"]);
  });

  it("inside a transaction, reads on the transaction's connection (it sees the transaction's own writes)", async () => {
    const seen = await db.$transaction(async (transaction) => {
      await transaction.$executeRawUnsafe("CREATE TEMPORARY TABLE direct_read_probe (n int) ON COMMIT DROP");
      await transaction.$executeRawUnsafe("INSERT INTO direct_read_probe VALUES (7)");
      return readRows<{ n: number }>(transaction, "SELECT n FROM direct_read_probe", []);
    });
    expect(seen).toEqual([{ n: 7 }]);
  });

  it("still answers, through Prisma, on a client connected again after $disconnect", async () => {
    const other = createDatabase({ url: testDatabase.url });
    try {
      await other.$disconnect();
      await other.$connect();
      expect(await readRows(other, "SELECT 2 AS two", [])).toEqual([{ two: 2 }]);
    } finally {
      await other.$disconnect();
    }
  });

  it("reports a failing statement as an error, not as no rows", async () => {
    await expect(readRows(db, "SELECT $1::uuid AS id", ["not-a-uuid"])).rejects.toThrow(/uuid/);
  });

  it("prepares a statement once per connection, and reads unnamed where prepared statements are lost", async () => {
    // One connection, so that every statement below runs on the same server session.
    const single = createDatabase({ url: testDatabase.url, maxConnections: 1 });
    const prepared = () =>
      readRows<{ statement: string }>(
        single,
        "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%direct read probe%' ORDER BY statement",
        [],
      );
    const PROBE = "SELECT $1::int + 1 AS next -- direct read probe";
    try {
      expect(await readRows(single, PROBE, [1])).toEqual([{ next: 2 }]);
      expect(await readRows(single, PROBE, [2])).toEqual([{ next: 3 }]);
      expect((await prepared()).map((row) => row.statement)).toContain(PROBE);
      // What a pooler without prepared-statement support does: the next call lands on a server
      // connection that has not got the statement (here: the same one, its statements deallocated).
      await single.$executeRawUnsafe("DEALLOCATE ALL");
      expect(await readRows(single, PROBE, [3])).toEqual([{ next: 4 }]);
      // From then on unnamed: nothing is prepared again.
      expect(await readRows(single, PROBE, [4])).toEqual([{ next: 5 }]);
      expect(await prepared()).toEqual([]);
      // A failure of the statement itself is still an error.
      await expect(readRows(single, "SELECT $1::uuid AS id -- direct read probe", ["x"])).rejects.toThrow(
        /uuid/,
      );
    } finally {
      await single.$disconnect();
    }
  });
});
