// The snapshot repository on a real PostgreSQL: round trips, a constant number of queries to load a
// tree whatever its size, transactional writes, concurrent writers, Vietnamese search.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import {
  buildHaiPhongSnapshot,
  createDatabase,
  type Database,
  DEMO_SNAPSHOT_NAME,
  listSnapshots,
  loadSnapshot,
  repositoryRoot,
  saveSnapshot,
  searchOrganisation,
  updateSnapshot,
  writeSnapshot,
} from "@tinhgon/db";
import {
  countUnits,
  createUnit,
  generateSyntheticProvince,
  parseSnapshot,
  type Snapshot,
} from "@tinhgon/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let testDatabase: TestDatabase;
let db: Database;
let queries: string[] = [];

function readExample(name: string): Snapshot {
  const parsed = parseSnapshot(
    JSON.parse(readFileSync(join(repositoryRoot, "examples", name), "utf8")) as unknown,
  );
  if (!parsed.ok) throw new Error(`examples/${name} is invalid`);
  return parsed.value;
}

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = createDatabase({ url: testDatabase.url, onQuery: (sql) => queries.push(sql) });
});

afterAll(async () => {
  await db.$disconnect();
  await testDatabase.drop();
});

async function countQueries<T>(work: () => Promise<T>): Promise<{ value: T; count: number }> {
  queries = [];
  const value = await work();
  return { value, count: queries.length };
}

/** Who the audit trail records for these repository-level writes. */
const testAudit = { actorId: null, actorRole: "test", requestId: null, action: "test" };

describe("snapshot repository", () => {
  it("stores and loads Cát Hải (positions, staff, combined functions) unchanged", async () => {
    const catHai = readExample("cat-hai-2021.snapshot.json");
    const saved = await saveSnapshot(db, { name: "Cát Hải 2021", snapshot: catHai }, testAudit);
    expect(saved.replaced).toBe(false);
    expect((await loadSnapshot(db, saved.id))?.snapshot).toEqual(catHai);
  });

  it("stores and loads the whole Hải Phòng demo unchanged", async () => {
    const haiPhong = buildHaiPhongSnapshot();
    const saved = await saveSnapshot(db, { name: DEMO_SNAPSHOT_NAME, snapshot: haiPhong }, testAudit);
    expect((await loadSnapshot(db, saved.id))?.snapshot).toEqual(haiPhong);
  });

  it("loads a tree in the same number of queries whatever its size (no N+1)", async () => {
    const full = generateSyntheticProvince({ index: 20 });
    const small: Snapshot = {
      ...full,
      agencies: full.agencies.slice(0, 1).map((agency) => ({ ...agency, units: agency.units.slice(0, 1) })),
      districts: full.districts
        .slice(0, 1)
        .map((district) => ({ ...district, divisions: district.divisions.slice(0, 1) })),
    };
    const large = generateSyntheticProvince({ index: 21 });
    expect(countUnits(large)).toBeGreaterThan(100 * countUnits(small));

    const smallId = (await saveSnapshot(db, { name: "nhỏ", snapshot: small }, testAudit)).id;
    const largeId = (await saveSnapshot(db, { name: "lớn", snapshot: large }, testAudit)).id;

    const smallLoad = await countQueries(() => loadSnapshot(db, smallId));
    const largeLoad = await countQueries(() => loadSnapshot(db, largeId));
    expect(largeLoad.value?.snapshot).toEqual(large);
    expect(smallLoad.count).toBeGreaterThan(0);
    expect(largeLoad.count).toBe(smallLoad.count);
    expect(largeLoad.count).toBeLessThanOrEqual(8);
  });

  it("writes in a constant number of statements too", async () => {
    const small = generateSyntheticProvince({ index: 22 });
    small.agencies = small.agencies.slice(0, 1);
    const large = generateSyntheticProvince({ index: 23 });
    const smallSave = await countQueries(() =>
      saveSnapshot(db, { name: "ghi nhỏ", snapshot: small }, testAudit),
    );
    const largeSave = await countQueries(() =>
      saveSnapshot(db, { name: "ghi lớn", snapshot: large }, testAudit),
    );
    // One statement per table that has rows, plus the transaction's bookkeeping: bounded, not per row.
    expect(smallSave.count).toBeLessThanOrEqual(16);
    expect(largeSave.count).toBeLessThanOrEqual(16);
  });

  it("replaces a snapshot of the same name in place, keeping its id", async () => {
    const first = generateSyntheticProvince({ index: 30 });
    const second = generateSyntheticProvince({ index: 30, seed: 99 });
    const a = await saveSnapshot(db, { name: "thay thế", snapshot: first }, testAudit);
    const b = await saveSnapshot(db, { name: "thay thế", snapshot: second }, testAudit);
    expect(b).toEqual({ id: a.id, replaced: true });
    expect((await loadSnapshot(db, a.id))?.snapshot).toEqual(second);
    expect(
      (await listSnapshots(db, { provinceCode: first.province.code })).filter(
        (row) => row.name === "thay thế",
      ),
    ).toHaveLength(1);
  });

  it("lists each snapshot with how much of the province it covers", async () => {
    const province = generateSyntheticProvince({ index: 32 });
    const district = { ...province, agencies: [], districts: province.districts.slice(0, 1) };
    await saveSnapshot(db, { name: "toàn tỉnh", snapshot: province }, testAudit);
    await saveSnapshot(db, { name: "một huyện", snapshot: district }, testAudit);
    const listed = await listSnapshots(db, { provinceCode: province.province.code });
    expect(listed.find((row) => row.name === "toàn tỉnh")).toMatchObject({
      agencyCount: province.agencies.length,
      districtCount: province.districts.length,
    });
    expect(listed.find((row) => row.name === "một huyện")).toMatchObject({
      agencyCount: 0,
      districtCount: 1,
    });
  });

  it("leaves nothing half-written when a write fails inside its transaction", async () => {
    const original = generateSyntheticProvince({ index: 31 });
    const { id } = await saveSnapshot(db, { name: "nguyên vẹn", snapshot: original }, testAudit);
    const replacement = generateSyntheticProvince({ index: 31, seed: 7 });
    await expect(
      db.$transaction(async (tx) => {
        await writeSnapshot(tx, "nguyên vẹn", replacement);
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    expect((await loadSnapshot(db, id))?.snapshot).toEqual(original);
  });

  it("serialises concurrent imports of one snapshot: the result is one whole document, never a mix", async () => {
    const versions = [1, 2, 3, 4, 5].map((seed) => generateSyntheticProvince({ index: 32, seed }));
    const results = await Promise.all(
      versions.map((snapshot) => saveSnapshot(db, { name: "đồng thời", snapshot }, testAudit)),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    const stored = (await loadSnapshot(db, results[0]?.id ?? ""))?.snapshot;
    expect(versions.filter((version) => JSON.stringify(version) === JSON.stringify(stored))).toHaveLength(1);
  });

  it("loses no edit when edits run concurrently (each holds the snapshot's lock)", async () => {
    const base = generateSyntheticProvince({ index: 33 });
    const { id } = await saveSnapshot(db, { name: "sửa đồng thời", snapshot: base }, testAudit);
    const agencyId = base.agencies[0]?.id ?? "";
    const ids = [1, 2, 3, 4, 5, 6].map((index) => `phong-moi-${index}`);
    const outcomes = await Promise.all(
      ids.map((unitId) =>
        updateSnapshot(
          db,
          id,
          (snapshot) => {
            const result = createUnit(snapshot, {
              agencyId,
              parentUnitId: null,
              unit: { id: unitId, type: "division", name: `Phòng ${unitId}`, payroll: 6, deputies: 1 },
            });
            return result.ok
              ? { ok: true, snapshot: result.snapshot, value: unitId }
              : { ok: false, error: result.error };
          },
          { ...testAudit, describe: () => ({ before: null, after: { unitId } }) },
        ),
      ),
    );
    expect(outcomes.every((outcome) => outcome.found && outcome.conflict !== true && outcome.ok)).toBe(true);
    const stored = (await loadSnapshot(db, id))?.snapshot;
    const unitIds = stored?.agencies[0]?.units.map((unit) => unit.id) ?? [];
    for (const unitId of ids) expect(unitIds).toContain(unitId);
  });

  it("searches Vietnamese names regardless of case and diacritics", async () => {
    const { id } = await saveSnapshot(db, { name: "tìm kiếm", snapshot: buildHaiPhongSnapshot() }, testAudit);
    const names = async (query: string) =>
      (await searchOrganisation(db, { snapshotId: id, query, limit: 50 })).map((hit) => hit.name);
    expect(await names("so noi vu")).toContain("Sở Nội vụ");
    expect(await names("SỞ NỘI VỤ")).toContain("Sở Nội vụ");
    expect(await names("cat hai")).toContain("Huyện Cát Hải");
    expect(await names("thuy san")).toContain("Chi cục Thủy sản");
    expect(await names("   ")).toEqual([]);
  });
});
