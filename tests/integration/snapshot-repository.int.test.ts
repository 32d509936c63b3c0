// The snapshot repository on a real PostgreSQL: round trips, a constant number of queries to load a
// tree whatever its size, transactional writes, concurrent writers, Vietnamese search.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import {
  buildHaiPhong2026Snapshot,
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
  type Commune,
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

/** `count` commune-level units of `organisations` organisations each (a phòng, … and the service centre). */
function communes(count: number, organisations: number, prefix: string): Commune[] {
  return Array.from({ length: count }, (_, index): Commune => {
    const id = `${prefix}-xa-${index + 1}`;
    return {
      id,
      code: `9${String(index).padStart(4, "0")}`,
      name: `Xã Thử Nghiệm ${index + 1}`,
      type: index % 3 === 0 ? "ward" : index % 3 === 1 ? "commune" : "special_zone",
      urbanEconomy: false,
      organisations: Array.from({ length: organisations }, (_unused, position) =>
        position === organisations - 1
          ? {
              id: `${id}-tt`,
              type: "service_centre" as const,
              name: "Trung tâm Phục vụ hành chính công",
              functions: [],
              payroll: 6,
              deputies: 1,
            }
          : {
              id: `${id}-p${position + 1}`,
              type: "division" as const,
              name: `Phòng ${position + 1}`,
              functions: [],
              payroll: 7,
              deputies: 2,
              positions: [
                {
                  id: `${id}-p${position + 1}-vt`,
                  title: "Chuyên viên",
                  group: "professional" as const,
                  rank: null,
                  count: 2,
                },
              ],
            },
      ),
    };
  });
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
      communes: communes(1, 2, "nho"),
    };
    // The commune level counts too: 120 units of 4 organisations each, with their positions.
    const large = { ...generateSyntheticProvince({ index: 21 }), communes: communes(120, 4, "lon") };
    expect(countUnits(large)).toBeGreaterThan(100 * countUnits(small));

    const smallId = (await saveSnapshot(db, { name: "nhỏ", snapshot: small }, testAudit)).id;
    const largeId = (await saveSnapshot(db, { name: "lớn", snapshot: large }, testAudit)).id;

    const smallLoad = await countQueries(() => loadSnapshot(db, smallId));
    const largeLoad = await countQueries(() => loadSnapshot(db, largeId));
    expect(largeLoad.value?.snapshot).toEqual(large);
    expect(smallLoad.count).toBeGreaterThan(0);
    expect(largeLoad.count).toBe(smallLoad.count);
    // The header and its province, then one query per table (8 tables since snapshot/2).
    expect(largeLoad.count).toBeLessThanOrEqual(10);
  });

  it("writes in a constant number of statements too", async () => {
    const small = generateSyntheticProvince({ index: 22 });
    small.agencies = small.agencies.slice(0, 1);
    small.communes = communes(1, 2, "ghi-nho");
    const large = { ...generateSyntheticProvince({ index: 23 }), communes: communes(120, 4, "ghi-lon") };
    const smallSave = await countQueries(() =>
      saveSnapshot(db, { name: "ghi nhỏ", snapshot: small }, testAudit),
    );
    const largeSave = await countQueries(() =>
      saveSnapshot(db, { name: "ghi lớn", snapshot: large }, testAudit),
    );
    // One statement per table that has rows, plus the transaction's bookkeeping: bounded, not per row.
    expect(smallSave.count).toBeLessThanOrEqual(18);
    expect(largeSave.count).toBeLessThanOrEqual(18);
  });

  it("stores and loads the 2026 demo (snapshot/2: communes, their organisations, reorganisedOn) unchanged", async () => {
    const haiPhong2026 = buildHaiPhong2026Snapshot();
    expect(haiPhong2026.communes.length).toBeGreaterThan(0);
    const saved = await saveSnapshot(db, { name: "2026", snapshot: haiPhong2026 }, testAudit);
    const loaded = (await loadSnapshot(db, saved.id))?.snapshot;
    expect(loaded).toEqual(haiPhong2026);
    expect(loaded?.province).toMatchObject({ mergedFrom: 2, communesComplete: false });
    expect(loaded?.communes.find((commune) => commune.id === "dac-khu-cat-hai")).toMatchObject({
      type: "special_zone",
      organisations: expect.arrayContaining([
        expect.objectContaining({ type: "service_centre", functions: [], reorganisedOn: "2025-07-01" }),
      ]) as unknown,
    });
  });

  it("keeps every snapshot/2 field: communesComplete, urbanEconomy, reorganisedOn at every level (absent stays absent), positions and staff of commune organisations", async () => {
    const base = generateSyntheticProvince({ index: 34 });
    const [firstAgency] = base.agencies;
    if (!firstAgency) throw new Error("the synthetic province has no agency");
    const [zone] = communes(1, 3, "dk");
    if (!zone) throw new Error("no commune");
    const [head] = zone.organisations;
    if (!head) throw new Error("no organisation");
    const snapshot: Snapshot = {
      ...base,
      asOf: "2026-01-15",
      province: { ...base.province, communesComplete: true },
      agencies: [
        {
          ...firstAgency,
          reorganisedOn: "2025-03-01",
          units: firstAgency.units.map((unit, index) => {
            const dated = index === 0 ? { ...unit, reorganisedOn: "2025-03-01" } : unit;
            return dated.type === "sub_department"
              ? { ...dated, units: dated.units.map((child) => ({ ...child, reorganisedOn: "2025-04-01" })) }
              : dated;
          }),
        },
        ...base.agencies.slice(1),
      ],
      districts: base.districts.map((district) => ({
        ...district,
        divisions: district.divisions.map((division, index) =>
          index === 0 ? { ...division, reorganisedOn: "2025-02-01" } : division,
        ),
      })),
      communes: [
        {
          ...zone,
          type: "special_zone",
          urbanEconomy: true,
          organisations: [
            {
              ...head,
              reorganisedOn: "2025-07-01",
              staff: [
                {
                  id: "dk-cb-1",
                  fullName: "Phạm Văn Đảo",
                  birthDate: "1980-05-20",
                  gender: "male",
                  positionId: head.positions?.[0]?.id ?? null,
                  role: "head",
                  rank: "01.003",
                },
              ],
            },
            ...zone.organisations.slice(1),
          ],
        },
      ],
    };
    const parsed = parseSnapshot(snapshot);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    const { id } = await saveSnapshot(db, { name: "đủ trường /2", snapshot: parsed.value }, testAudit);
    const loaded = (await loadSnapshot(db, id))?.snapshot;
    expect(loaded).toEqual(parsed.value);
    expect(loaded?.agencies[1]).not.toHaveProperty("reorganisedOn");
    expect(loaded?.communes[0]?.organisations[1]).not.toHaveProperty("reorganisedOn");
    expect(loaded?.communes[0]?.organisations[0]?.staff?.[0]?.fullName).toBe("Phạm Văn Đảo");
    const listed = await listSnapshots(db, { provinceCode: base.province.code });
    expect(listed.find((row) => row.id === id)).toMatchObject({ communeCount: 1 });
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

  it("searches the commune level too: xã, phường, đặc khu and their organisations, with the unit as parent", async () => {
    const { id } = await saveSnapshot(
      db,
      { name: "tìm kiếm 2026", snapshot: buildHaiPhong2026Snapshot() },
      testAudit,
    );
    const hits = (query: string) => searchOrganisation(db, { snapshotId: id, query, limit: 50 });
    expect(await hits("DAC KHU CAT HAI")).toContainEqual({
      type: "commune",
      id: "dac-khu-cat-hai",
      name: "Đặc khu Cát Hải",
      parentName: null,
    });
    expect(await hits("phong kinh te, ha tang")).toContainEqual({
      type: "commune_organisation",
      id: "phuong-hong-bang-kinh-te-ha-tang-do-thi",
      name: "Phòng Kinh tế, Hạ tầng và Đô thị",
      parentName: "Phường Hồng Bàng",
    });
  });
});
