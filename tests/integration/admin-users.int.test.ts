// Users through the API (administrators only): created with a role and a scope that exist in the
// province's data, listed without password hashes, refused with the fields named when the scope is wrong.
import { AppError } from "@tinhgon/api";
import { createDatabase, createRepositories, type Database, seedDemoDataIfEmpty } from "@tinhgon/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testActors } from "../support/actors.ts";
import { type Caller, callersFor } from "../support/callers.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let testDatabase: TestDatabase;
let db: Database;
let admin: Caller;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url });
  await seedDemoDataIfEmpty(db);
  admin = callersFor(createRepositories(db)).as(testActors.admin);
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

const newOfficer = {
  email: "canbo.thuynguyen@tinhgon.local",
  name: "Cán bộ Thủy Nguyên",
  role: "district_officer" as const,
  provinceCode: "31",
  districtKey: "thuy-nguyen",
  agencyKey: null,
  password: "mot-mat-khau-du-dai",
};

describe("admin.saveUser and admin.users", () => {
  it("creates a district officer of an existing district, then updates its role and scope", async () => {
    const created = await admin.admin.saveUser(newOfficer);
    expect(created.created).toBe(true);
    const listed = (await admin.admin.users()).find((user) => user.email === newOfficer.email);
    expect(listed).toEqual({
      userId: created.id,
      name: newOfficer.name,
      email: newOfficer.email,
      role: "district_officer",
      provinceCode: "31",
      districtKey: "thuy-nguyen",
      agencyKey: null,
    });
    expect(JSON.stringify(await admin.admin.users())).not.toMatch(/password|scrypt|\$/i);

    const updated = await admin.admin.saveUser({
      ...newOfficer,
      role: "agency_officer",
      districtKey: null,
      agencyKey: "hp-so-noi-vu",
    });
    expect(updated).toEqual({ id: created.id, created: false });
    const events = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["admin.saveUser", "admin.saveUser"]);
    expect(JSON.stringify(events.map((event) => event.after))).not.toContain("mot-mat-khau");
  });

  it("refuses a scope that is not in the data, naming each field, and saves nothing", async () => {
    const before = await admin.admin.users();
    const caught: unknown = await admin.admin
      .saveUser({ ...newOfficer, email: "sai.ma@tinhgon.local", districtKey: "thuy-nguyenn" })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(caught).toBeInstanceOf(TRPCError);
    const error = (caught as TRPCError).cause;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).problems.map((problem) => problem.path)).toEqual(["districtKey"]);
    expect((error as AppError).problems[0]?.message.vi).toContain('"thuy-nguyenn"');

    const noProvince = (await admin.admin
      .saveUser({ ...newOfficer, email: "tinh.khac@tinhgon.local", provinceCode: "01", districtKey: "x" })
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      )) as TRPCError;
    expect((noProvince.cause as AppError).problems.map((problem) => problem.path)).toEqual(["provinceCode"]);
    expect(await admin.admin.users()).toEqual(before);
  });
});

describe("creating the same user several times at once", () => {
  it("all succeed (one creates, the others update): instances creating the demo users at the same time", async () => {
    // Without the email's lock the transactions all found no user and all but one failed on the unique
    // email. One client per "instance", each connected before the race so that none starts late.
    const instances = [1, 2, 3, 4].map(() => createDatabase({ url: testDatabase.url, maxConnections: 1 }));
    try {
      await Promise.all(instances.map((instance) => instance.$queryRaw`SELECT 1`));
      const user = {
        email: "hai.luong@tinhgon.local",
        name: "Hai luồng",
        role: "viewer" as const,
        provinceCode: "31",
        districtKey: null,
        agencyKey: null,
        passwordHash: "not-a-real-hash",
      };
      const meta = { actorId: null, actorRole: "system", requestId: null, action: "test.concurrentUpsert" };
      const results = await Promise.all(
        instances.map((instance) => createRepositories(instance).upsertUser(user, meta)),
      );
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.id)).size).toBe(1);
      expect(await db.user.count({ where: { email: user.email } })).toBe(1);
      expect(await db.account.count({ where: { userId: results[0]?.id ?? "" } })).toBe(1);
    } finally {
      await Promise.all(instances.map((instance) => instance.$disconnect()));
    }
  });
});
