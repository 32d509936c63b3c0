// The tRPC API through createCaller on a real PostgreSQL database (never a mock): import → tree → check →
// export round trips, field-level errors that leave the database unchanged, rule-pack selection, units,
// search, edits, concurrency and the job-position scheme. Oracles: the parsed input document, the pure
// domain engine (what `npx tinhgon check --json` prints), examples/expected/*.check.json and numbers
// worked out by hand from examples/cat-hai-2021.snapshot.json.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";

import { AppError, type AppErrorCode } from "@tinhgon/api";
import {
  buildHaiPhongSnapshot,
  createDatabase,
  createRepositories,
  type Database,
  DEMO_2026_SNAPSHOT_NAME,
  DEMO_REARRANGED_SNAPSHOT_NAME,
  DEMO_SNAPSHOT_NAME,
  repositoryRoot,
  seedDemoDataIfEmpty,
} from "@tinhgon/db";
import {
  type CheckReport,
  evaluateSnapshot,
  generateSyntheticProvince,
  type OrganisationNode,
  parseSnapshot,
  type Position,
  type Snapshot,
  type StaffMember,
  toCheckReport,
} from "@tinhgon/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { type Caller, callersFor, ownerCaller } from "../support/callers.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function readJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(repositoryRoot, ...path), "utf8")) as unknown;
}

function parsedOrThrow(document: unknown): Snapshot {
  const parsed = parseSnapshot(document);
  if (!parsed.ok) throw new Error(`test input is not a valid snapshot: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** What the CLI prints for the document (`tinhgon check --json`): the pure engine, no database. */
function cliReport(snapshot: Snapshot, ruleSet?: string): CheckReport {
  const outcome = evaluateSnapshot(snapshot, ruleSet === undefined ? {} : { ruleSet });
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return toCheckReport(outcome.result);
}

/** The stored form of a document: empty `positions` / `staff` lists are not kept. */
function withoutEmptyDetail(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyDetail);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key, item]) =>
          !((key === "positions" || key === "staff") && Array.isArray(item) && item.length === 0),
      )
      .map(([key, item]) => [key, withoutEmptyDetail(item)]),
  );
}

/** A deep copy through JSON, as a document arrives from a file or over HTTP. */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A plain mutable JSON tree, for breaking documents on purpose. */
type JsonObject = Record<string, unknown>;

function objectAt(root: unknown, path: readonly (string | number)[]): JsonObject {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) throw new Error(`no ${String(segment)} in path`);
    current = (current as Record<string | number, unknown>)[segment];
  }
  if (typeof current !== "object" || current === null) throw new Error(`${path.join(".")} is not an object`);
  return current as JsonObject;
}

interface Refusal {
  trpcCode: string;
  cause: unknown;
}

/** The TRPCError a call is refused with (fails the test when the call succeeds). */
async function refusalOf(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Error && error.name === "TRPCError" && "code" in error) {
      return { trpcCode: String(error.code), cause: error.cause };
    }
    throw error;
  }
  throw new Error("expected the call to be refused, but it succeeded");
}

/** The AppError behind a refused call, after checking the tRPC code it was mapped to. */
async function appErrorOf(
  call: Promise<unknown>,
  trpcCode: string,
  appCode: AppErrorCode,
): Promise<AppError> {
  const refusal = await refusalOf(call);
  expect(refusal.trpcCode).toBe(trpcCode);
  expect(refusal.cause).toBeInstanceOf(AppError);
  if (!(refusal.cause instanceof AppError)) throw new Error("the cause is not an AppError");
  expect(refusal.cause.code).toBe(appCode);
  expect(refusal.cause.localized.vi.length).toBeGreaterThan(0);
  expect(refusal.cause.localized.en.length).toBeGreaterThan(0);
  return refusal.cause;
}

/** The positions and staff of an agency, unit or division (a district has none of its own). */
function detailOf(found: OrganisationNode): { positions?: Position[]; staff?: StaffMember[] } {
  if (found.type === "district") throw new Error(`"${found.node.id}" is a district`);
  return found.node;
}

function problemPaths(error: AppError): string[] {
  return error.problems.map((problem) => problem.path);
}

const catHaiJson = readJson("examples", "cat-hai-2021.snapshot.json");
const catHai = parsedOrThrow(catHaiJson);

let cleanDatabase: TestDatabase;
let seededDatabase: TestDatabase;
let clean: Database;
let seeded: Database;
let api: Caller;
let seededApi: Caller;
let cleanCallers: ReturnType<typeof callersFor>;
let seededCallers: ReturnType<typeof callersFor>;
/** Edits made by the officer of the unit they touch. */
let editor: ReturnType<typeof ownerCaller>;

beforeAll(async () => {
  [cleanDatabase, seededDatabase] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  clean = createDatabase({ url: cleanDatabase.url });
  seeded = createDatabase({ url: seededDatabase.url });
  cleanCallers = callersFor(createRepositories(clean));
  seededCallers = callersFor(createRepositories(seeded));
  // The Sở Nội vụ of Hải Phòng imports and reads; edits are made by the unit's own officer below.
  api = cleanCallers.reviewer("31");
  seededApi = seededCallers.reviewer("31");
  editor = ownerCaller(createRepositories(seeded));
  expect(await seedDemoDataIfEmpty(seeded)).toEqual({ seeded: true });
});

afterAll(async () => {
  await Promise.all([clean.$disconnect(), seeded.$disconnect()]);
  await Promise.all([cleanDatabase.drop(), seededDatabase.drop()]);
});

describe("import → tree → check → export round trip", () => {
  it("Cát Hải example: tree, check and export give back the document; a re-import exports identically", async () => {
    const { id } = await api.snapshot.import({ name: "Cát Hải 30/06/2021", document: catHaiJson });
    expect(id).toMatch(uuidPattern);

    const tree = await api.org.tree({ provinceCode: "31" });
    expect(tree.snapshotId).toBe(id);
    expect(tree.name).toBe("Cát Hải 30/06/2021");
    expect(tree.document).toStrictEqual(withoutEmptyDetail(catHai));

    const stored = await api.compliance.check({ snapshotId: id });
    expect(stored).toStrictEqual(await api.compliance.check({ document: catHaiJson }));
    expect(stored).toStrictEqual(cliReport(catHai));
    expect(stored).toEqual(readJson("examples", "expected", "cat-hai-2021.check.json"));

    const exported = await api.snapshot.export({ id });
    expect(exported).toStrictEqual(withoutEmptyDetail(catHai));
    const again = await api.snapshot.import({ name: "Cát Hải (bản sao)", document: jsonCopy(exported) });
    expect(again.id).not.toBe(id);
    expect(await api.snapshot.export({ id: again.id })).toStrictEqual(exported);
  });

  it("a generated province (index 5): the same round trip, and the check equals the CLI's", async () => {
    const province = generateSyntheticProvince({ index: 5 });
    const input = jsonCopy(province);
    // The generated province's own Sở Nội vụ.
    const api = cleanCallers.reviewer(province.province.code);
    const { id } = await api.snapshot.import({ name: "Mô phỏng 06", document: input });
    expect(id).toMatch(uuidPattern);

    const tree = await api.org.tree({ provinceCode: province.province.code });
    expect(tree).toStrictEqual({
      snapshotId: id,
      name: "Mô phỏng 06",
      version: 1,
      document: withoutEmptyDetail(province),
    });

    const report = await api.compliance.check({ snapshotId: id });
    expect(report).toStrictEqual(cliReport(province));
    expect(report).toStrictEqual(await api.compliance.check({ document: input }));

    const exported = await api.snapshot.export({ id });
    expect(exported).toStrictEqual(withoutEmptyDetail(province));
    const copy = await api.snapshot.import({ name: "Mô phỏng 06 (bản sao)", document: jsonCopy(exported) });
    expect(await api.snapshot.export({ id: copy.id })).toStrictEqual(exported);
  });

  it("importing under an existing name replaces the snapshot (same id, new content), never duplicates", async () => {
    const original = await api.snapshot.import({ name: "Cát Hải — thay thế", document: catHaiJson });
    const before = await api.snapshot.list({ provinceCode: "31" });
    const changed = jsonCopy(catHai);
    const kinhTe = objectAt(changed, ["districts", 0, "divisions", 10]);
    kinhTe.payroll = 13;
    kinhTe.deputies = 2;
    changed.asOf = "2021-07-01";

    const { id } = await api.snapshot.import({ name: "Cát Hải — thay thế", document: changed });
    expect(id).toBe(original.id);
    const after = await api.snapshot.list({ provinceCode: "31" });
    expect(after).toHaveLength(before.length);
    expect(after.filter((snapshot) => snapshot.name === "Cát Hải — thay thế")).toHaveLength(1);

    const exported = await api.snapshot.export({ id });
    expect(exported).toStrictEqual(withoutEmptyDetail(parsedOrThrow(changed)));
    expect(exported.asOf).toBe("2021-07-01");
    expect(await api.compliance.check({ snapshotId: id })).toStrictEqual(cliReport(parsedOrThrow(changed)));
  });

  it("a name differing only by surrounding spaces or Unicode normalisation is the same snapshot", async () => {
    const count = (await api.snapshot.list()).length;
    const nfc = "Cát Hải — chuẩn hóa";
    const first = await api.snapshot.import({ name: nfc, document: catHaiJson });
    const second = await api.snapshot.import({ name: `  ${nfc.normalize("NFD")}  `, document: catHaiJson });
    expect(second.id).toBe(first.id);
    const list = await api.snapshot.list();
    expect(list).toHaveLength(count + 1);
    expect(list.find((snapshot) => snapshot.id === first.id)?.name).toBe(nfc);
  });

  it("org.tree: the latest snapshot of a province by date, a named one, or a clear refusal", async () => {
    // In the seeded database Hải Phòng has three snapshots; the city after the 2025 re-arrangement
    // (01/03/2026, snapshot/2 with its commune level) is the latest.
    const snapshots = await seededApi.snapshot.list({ provinceCode: "31" });
    const latest = await seededApi.org.tree({ provinceCode: "31" });
    expect(latest.name).toBe(DEMO_2026_SNAPSHOT_NAME);
    expect(latest.document.asOf).toBe("2026-03-01");
    expect(latest.document.format).toBe("tinhgon.snapshot/2");
    expect(latest.document.communes.map((commune) => commune.name)).toContain("Đặc khu Cát Hải");
    const demo = snapshots.find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME);
    expect(demo).toBeDefined();
    const named = await seededApi.org.tree({ provinceCode: "31", snapshotId: demo?.id });
    expect(named.document).toStrictEqual(withoutEmptyDetail(buildHaiPhongSnapshot()));

    // Another province's structure is not Hải Phòng's reviewer's to read; its own reviewer is told
    // what is missing.
    await appErrorOf(seededApi.org.tree({ provinceCode: "01" }), "FORBIDDEN", "FORBIDDEN");
    const haNoi = seededCallers.reviewer("01");
    await appErrorOf(haNoi.org.tree({ provinceCode: "01" }), "NOT_FOUND", "PROVINCE_NOT_FOUND");
    await appErrorOf(
      haNoi.org.tree({ provinceCode: "01", snapshotId: demo?.id }),
      "NOT_FOUND",
      "SNAPSHOT_NOT_FOUND",
    );
  });
});

describe("snapshot.delete", () => {
  it("removes one snapshot and nothing else", async () => {
    const keep = await api.snapshot.import({ name: "Giữ lại", document: catHaiJson });
    const kept = await api.snapshot.export({ id: keep.id });
    const { id } = await api.snapshot.import({ name: "Xóa đi", document: catHaiJson });
    const count = (await api.org.provinces()).find((row) => row.code === "31")?.snapshotCount ?? 0;

    expect(await api.snapshot.delete({ id })).toEqual({ deleted: true });
    expect((await api.snapshot.list()).map((snapshot) => snapshot.id)).not.toContain(id);
    expect((await api.org.provinces()).find((row) => row.code === "31")?.snapshotCount).toBe(count - 1);
    await appErrorOf(api.snapshot.export({ id }), "NOT_FOUND", "SNAPSHOT_NOT_FOUND");
    await appErrorOf(api.org.unit({ snapshotId: id, id: "cat-hai" }), "NOT_FOUND", "SNAPSHOT_NOT_FOUND");
    await appErrorOf(api.snapshot.delete({ id }), "NOT_FOUND", "SNAPSHOT_NOT_FOUND");
    expect(await api.snapshot.export({ id: keep.id })).toStrictEqual(kept);
  });
});

describe("bad documents: field-level errors, nothing written", () => {
  const province = generateSyntheticProvince({ index: 5 });
  const name = "Mô phỏng 06 — bản gốc";
  let existingId = "";
  let api: Caller;

  beforeAll(async () => {
    api = cleanCallers.reviewer(province.province.code);
    existingId = (await api.snapshot.import({ name, document: province })).id;
  });

  /** Everything a refused import could have touched. */
  async function databaseState(): Promise<unknown> {
    return {
      list: await api.snapshot.list(),
      provinces: await api.org.provinces(),
      content: await api.snapshot.export({ id: existingId }),
    };
  }

  const cases: { title: string; path: string; breakIt: (document: JsonObject) => void }[] = [
    {
      title: "a negative payroll",
      path: "agencies[0].units[0].payroll",
      breakIt: (document) => {
        objectAt(document, ["agencies", 0, "units", 0]).payroll = -1;
      },
    },
    {
      title: "an unknown field",
      path: "agencies[0].units[0].payrol",
      breakIt: (document) => {
        objectAt(document, ["agencies", 0, "units", 0]).payrol = 5;
      },
    },
    {
      title: "a wrong format version",
      path: "format",
      breakIt: (document) => {
        // /1 and /2 are read (ADR 0036); a version from the future is not.
        document.format = "tinhgon.snapshot/3";
      },
    },
    {
      title: "a duplicate id",
      path: "districts[1].id",
      breakIt: (document) => {
        objectAt(document, ["districts", 1]).id = objectAt(document, ["districts", 0]).id;
      },
    },
    {
      title: "a date that does not exist",
      path: "asOf",
      breakIt: (document) => {
        document.asOf = "2021-02-30";
      },
    },
    {
      title: "a staff member placed in another unit's position",
      path: "districts[0].divisions[0].staff[0].positionId",
      breakIt: (document) => {
        objectAt(document, ["districts", 0, "divisions", 1]).positions = [
          { id: "vi-tri-khac", title: "Chuyên viên", group: "professional", count: 1 },
        ];
        objectAt(document, ["districts", 0, "divisions", 0]).staff = [
          {
            id: "cb-1",
            fullName: "Nguyễn Văn A",
            birthDate: "1980-01-01",
            gender: "male",
            positionId: "vi-tri-khac",
            role: "staff",
          },
        ];
      },
    },
  ];

  it.each(cases)("$title → BAD_REQUEST / DOCUMENT_INVALID naming $path", async ({ path, breakIt }) => {
    const before = await databaseState();

    const broken = jsonCopy(province) as unknown as JsonObject;
    breakIt(broken);
    // Under the existing name (it must not be replaced) and under a new name (nothing may be created).
    for (const target of [name, "Tài liệu hỏng"]) {
      const error = await appErrorOf(
        api.snapshot.import({ name: target, document: broken }),
        "BAD_REQUEST",
        "DOCUMENT_INVALID",
      );
      expect(problemPaths(error)).toContain(path);
      for (const problem of error.problems) {
        expect(problem.message.vi.length).toBeGreaterThan(0);
        expect(problem.message.en.length).toBeGreaterThan(0);
      }
    }
    const checked = await appErrorOf(
      api.compliance.check({ document: broken }),
      "BAD_REQUEST",
      "DOCUMENT_INVALID",
    );
    expect(problemPaths(checked)).toContain(path);

    expect(await databaseState()).toStrictEqual(before);
  });

  it("a document of a new province that is refused creates no province", async () => {
    const provinces = await api.org.provinces();
    const broken = jsonCopy(province) as unknown as JsonObject;
    objectAt(broken, ["province"]).code = "777";
    objectAt(broken, ["agencies", 2]).deputies = 1.5;
    const error = await appErrorOf(
      api.snapshot.import({ name: "Tỉnh mới", document: broken }),
      "BAD_REQUEST",
      "DOCUMENT_INVALID",
    );
    expect(problemPaths(error)).toEqual(["agencies[2].deputies"]);
    expect(await api.org.provinces()).toStrictEqual(provinces);
  });

  it("a document that is not an object, and an empty name, are refused as bad requests", async () => {
    const error = await appErrorOf(
      api.snapshot.import({ name: "Không phải tài liệu", document: "hello" }),
      "BAD_REQUEST",
      "DOCUMENT_INVALID",
    );
    expect(error.problems).toHaveLength(1);
    const blank = await refusalOf(api.snapshot.import({ name: "   ", document: catHaiJson }));
    expect(blank.trpcCode).toBe("BAD_REQUEST");
    expect(blank.cause).not.toBeInstanceOf(AppError);
  });

  // Values PostgreSQL could not store (an int4 overflow, NUL, a lone surrogate) are refused by the
  // document schema, field by field, before anything reaches the database.
  const unstorable: { title: string; path: string; breakIt: (document: JsonObject) => void }[] = [
    {
      title: "a payroll beyond 32-bit integers",
      path: "agencies[0].units[0].payroll",
      breakIt: (document) => {
        objectAt(document, ["agencies", 0, "units", 0]).payroll = 3_000_000_000;
      },
    },
    {
      title: "a name with a NUL character",
      path: "agencies[0].name",
      breakIt: (document) => {
        objectAt(document, ["agencies", 0]).name = "Sở\u0000Nội vụ";
      },
    },
    {
      title: "a name with a lone surrogate",
      path: "agencies[0].name",
      breakIt: (document) => {
        objectAt(document, ["agencies", 0]).name = "Sở \uD800 Nội vụ";
      },
    },
  ];

  it.each(unstorable)(
    "$title is refused with a field-level error, nothing written",
    async ({ path, breakIt }) => {
      const before = await databaseState();
      const broken = jsonCopy(province) as unknown as JsonObject;
      breakIt(broken);
      const refusal = await refusalOf(api.snapshot.import({ name, document: broken }));
      expect(await databaseState()).toStrictEqual(before);
      expect(refusal.trpcCode).toBe("BAD_REQUEST");
      expect(refusal.cause).toBeInstanceOf(AppError);
      expect(refusal.cause instanceof AppError ? problemPaths(refusal.cause) : []).toContain(path);
    },
  );
});

describe("compliance.check: rule packs and references", () => {
  it("RS-2014 asked for on a 2021 snapshot is the pack used", async () => {
    const province = generateSyntheticProvince({ index: 5 });
    const api = cleanCallers.reviewer(province.province.code);
    const { id } = await api.snapshot.import({ name: "Mô phỏng 06 — RS-2014", document: province });
    const report = await api.compliance.check({ snapshotId: id, ruleSet: "RS-2014" });
    expect(report.ruleSet).toBe("RS-2014");
    expect(report).toStrictEqual(cliReport(province, "RS-2014"));
    expect(report).not.toStrictEqual(await api.compliance.check({ snapshotId: id }));
    expect(await api.compliance.check({ document: catHaiJson, ruleSet: "RS-2014" })).toStrictEqual(
      cliReport(catHai, "RS-2014"),
    );
  });

  it("an unknown rule pack → UNKNOWN_RULE_PACK; a document dated before any pack → NO_RULE_PACK_FOR_DATE", async () => {
    await appErrorOf(
      api.compliance.check({ document: catHaiJson, ruleSet: "RS-1999" }),
      "BAD_REQUEST",
      "UNKNOWN_RULE_PACK",
    );
    // Before Decree 24/2014 took effect; 2026 dates are RS-2026's.
    const earlier = { ...jsonCopy(catHai), asOf: "2014-05-19" };
    await appErrorOf(api.compliance.check({ document: earlier }), "BAD_REQUEST", "NO_RULE_PACK_FOR_DATE");
    const chosen = await api.compliance.check({ document: earlier, ruleSet: "RS-2020" });
    expect(chosen).toStrictEqual(cliReport(parsedOrThrow(earlier), "RS-2020"));
    const later = { ...jsonCopy(catHai), asOf: "2026-01-15" };
    expect((await api.compliance.check({ document: later })).ruleSet).toBe("RS-2026");
  });

  it("an unknown snapshot id → SNAPSHOT_NOT_FOUND; a malformed one → BAD_REQUEST from input validation", async () => {
    await appErrorOf(api.compliance.check({ snapshotId: randomUUID() }), "NOT_FOUND", "SNAPSHOT_NOT_FOUND");
    await appErrorOf(api.snapshot.export({ id: randomUUID() }), "NOT_FOUND", "SNAPSHOT_NOT_FOUND");
    const malformed = await refusalOf(api.compliance.check({ snapshotId: "not-a-uuid" }));
    expect(malformed.trpcCode).toBe("BAD_REQUEST");
    expect(malformed.cause).not.toBeInstanceOf(AppError);
    const both = await refusalOf(api.compliance.check({ snapshotId: randomUUID(), document: catHaiJson }));
    expect(both.trpcCode).toBe("BAD_REQUEST");
  });
});

/** The Hải Phòng demo snapshot of the seeded database. */
async function demoSnapshotId(): Promise<string> {
  const found = (await seededApi.snapshot.list({ provinceCode: "31" })).find(
    (snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME,
  );
  if (!found) throw new Error("the demo snapshot was not seeded");
  return found.id;
}

describe("org.unit and org.search on the seeded Hải Phòng data", () => {
  it("lists the seeded province", async () => {
    expect(await seededApi.org.provinces()).toEqual([
      { code: "31", name: "Thành phố Hải Phòng", class: "I", mergedFrom: 1, snapshotCount: 3 },
    ]);
  });

  it("finds an agency, an agency's unit, a chi cục's phòng, a district and a division", async () => {
    const snapshotId = await demoSnapshotId();

    const agency = await seededApi.org.unit({ snapshotId, id: "hp-so-noi-vu" });
    expect(agency.type).toBe("agency");
    expect(agency.node.name).toBe("Sở Nội vụ");

    const unit = await seededApi.org.unit({ snapshotId, id: "hp-so-noi-vu-p1" });
    expect(unit).toMatchObject({
      type: "unit",
      node: { id: "hp-so-noi-vu-p1", type: "division", name: "Phòng Tổ chức, biên chế" },
      agency: { id: "hp-so-noi-vu" },
      parentUnitId: null,
    });

    const chiCucPhong = await seededApi.org.unit({ snapshotId, id: "hp-so-noi-vu-van-thu-p1" });
    expect(chiCucPhong).toMatchObject({
      type: "unit",
      node: { id: "hp-so-noi-vu-van-thu-p1", type: "division", name: "Phòng Quản lý văn thư, lưu trữ" },
      agency: { id: "hp-so-noi-vu" },
      parentUnitId: "hp-so-noi-vu-van-thu",
    });

    const district = await seededApi.org.unit({ snapshotId, id: "cat-hai" });
    expect(district.type).toBe("district");
    expect(district.node).toStrictEqual(withoutEmptyDetail(catHai.districts[0]));

    const division = await seededApi.org.unit({ snapshotId, id: "cat-hai-kinh-te" });
    expect(division).toMatchObject({ type: "division", district: { id: "cat-hai" } });
    expect(division.node).toStrictEqual(catHai.districts[0]?.divisions[10]);

    await appErrorOf(seededApi.org.unit({ snapshotId, id: "khong-co-don-vi-nay" }), "NOT_FOUND", "NOT_FOUND");
    await appErrorOf(
      seededApi.org.unit({ snapshotId: randomUUID(), id: "hp-so-noi-vu" }),
      "NOT_FOUND",
      "SNAPSHOT_NOT_FOUND",
    );
  });

  it("search is case- and accent-insensitive", async () => {
    const snapshotId = await demoSnapshotId();
    const soNoiVu = { type: "agency", id: "hp-so-noi-vu", name: "Sở Nội vụ", parentName: null };
    expect(await seededApi.org.search({ snapshotId, query: "so noi vu" })).toEqual([soNoiVu]);
    expect(await seededApi.org.search({ snapshotId, query: "SỞ NỘI VỤ" })).toEqual([soNoiVu]);
    expect(await seededApi.org.search({ snapshotId, query: "Sở  nội   VU" })).toEqual([soNoiVu]);
    expect(await seededApi.org.search({ snapshotId, query: "cat hai" })).toEqual([
      { type: "district", id: "cat-hai", name: "Huyện Cát Hải", parentName: null },
    ]);
    expect(await seededApi.org.search({ snapshotId, query: "ĐỒ SƠN" })).toEqual([
      { type: "district", id: "do-son", name: "Quận Đồ Sơn", parentName: null },
    ]);
    // A chi cục and the phòng inside it, both with the sở they belong to.
    expect(await seededApi.org.search({ snapshotId, query: "dan so - ke hoach" })).toEqual([
      {
        type: "unit",
        id: "hp-so-y-te-dan-so",
        name: "Chi cục Dân số - Kế hoạch hóa gia đình",
        parentName: "Sở Y tế",
      },
      {
        type: "unit",
        id: "hp-so-y-te-dan-so-p1",
        name: "Phòng Dân số - Kế hoạch hóa gia đình",
        parentName: "Sở Y tế",
      },
    ]);
    const divisions = await seededApi.org.search({ snapshotId, query: "phong noi vu", limit: 5 });
    expect(divisions).toHaveLength(5);
    for (const hit of divisions) {
      expect(hit.type).toBe("division");
      expect(hit.name.startsWith("Phòng Nội vụ")).toBe(true);
      expect(hit.parentName).not.toBeNull();
    }
  });

  it("search is scoped to its snapshot and treats LIKE wildcards as text", async () => {
    const rearranged = (await seededApi.snapshot.list({ provinceCode: "31" })).find(
      (snapshot) => snapshot.name === DEMO_REARRANGED_SNAPSHOT_NAME,
    );
    expect(rearranged).toBeDefined();
    expect(await seededApi.org.search({ snapshotId: rearranged?.id ?? "", query: "so noi vu" })).toEqual([]);
    const snapshotId = await demoSnapshotId();
    expect(await seededApi.org.search({ snapshotId, query: "   " })).toEqual([]);
    // LIKE's wildcards in a query are literal characters.
    expect(await seededApi.org.search({ snapshotId, query: "%" })).toEqual([]);
    expect(await seededApi.org.search({ snapshotId, query: "_" })).toEqual([]);
  });
});

describe("edits of a stored snapshot", () => {
  let workId = "";

  beforeAll(async () => {
    // A working copy, so the demo snapshot the other tests read stays as seeded.
    workId = (await seededApi.snapshot.import({ name: "Bản làm việc", document: buildHaiPhongSnapshot() }))
      .id;
  });

  /** Runs a call that must be refused and checks the stored snapshot did not change at all. */
  async function refusedWithoutChange(
    call: () => Promise<unknown>,
    trpcCode: string,
    appCode: AppErrorCode,
  ): Promise<AppError> {
    const before = await seededApi.snapshot.export({ id: workId });
    const listed = await seededApi.snapshot.list();
    const error = await appErrorOf(call(), trpcCode, appCode);
    expect(await seededApi.snapshot.export({ id: workId })).toStrictEqual(before);
    expect(await seededApi.snapshot.list()).toStrictEqual(listed);
    return error;
  }

  async function unitsOf(agencyId: string): Promise<string[]> {
    const { document } = await seededApi.org.tree({ provinceCode: "31", snapshotId: workId });
    return document.agencies.find((agency) => agency.id === agencyId)?.units.map((unit) => unit.id) ?? [];
  }

  it("createUnit: a phòng under the sở, a phòng inside a chi cục; a non-chi-cục parent → INVALID_PARENT", async () => {
    const returned = await editor.org.createUnit({
      snapshotId: workId,
      agencyId: "hp-so-noi-vu",
      parentUnitId: null,
      unit: { id: "hp-so-noi-vu-p9", type: "division", name: "Phòng Thí điểm", payroll: 8, deputies: 1 },
    });
    // The edit answers with the data set as its officer sees it (other units' staff lists hidden).
    expect(returned).toStrictEqual(
      await seededCallers.agencyOfficer("hp-so-noi-vu").snapshot.export({ id: workId }),
    );
    expect((await unitsOf("hp-so-noi-vu")).at(-1)).toBe("hp-so-noi-vu-p9");
    expect(await seededApi.org.unit({ snapshotId: workId, id: "hp-so-noi-vu-p9" })).toMatchObject({
      type: "unit",
      node: { name: "Phòng Thí điểm", payroll: 8, deputies: 1 },
      parentUnitId: null,
    });

    await editor.org.createUnit({
      snapshotId: workId,
      agencyId: "hp-so-noi-vu",
      parentUnitId: "hp-so-noi-vu-van-thu",
      unit: {
        id: "hp-so-noi-vu-van-thu-p9",
        type: "division",
        name: "Phòng Số hóa tài liệu",
        payroll: 5,
        deputies: 1,
      },
    });
    expect(await seededApi.org.unit({ snapshotId: workId, id: "hp-so-noi-vu-van-thu-p9" })).toMatchObject({
      type: "unit",
      node: { type: "division", name: "Phòng Số hóa tài liệu" },
      parentUnitId: "hp-so-noi-vu-van-thu",
    });

    const unit = {
      id: "hp-so-noi-vu-x1",
      type: "division" as const,
      name: "Phòng X",
      payroll: 5,
      deputies: 1,
    };
    for (const parentUnitId of [
      "hp-so-noi-vu-p1",
      "hp-so-noi-vu-thanh-tra",
      "khong-co",
      "hp-so-y-te-dan-so",
    ]) {
      await refusedWithoutChange(
        () => editor.org.createUnit({ snapshotId: workId, agencyId: "hp-so-noi-vu", parentUnitId, unit }),
        "BAD_REQUEST",
        "INVALID_PARENT",
      );
    }
    await refusedWithoutChange(
      () =>
        editor.org.createUnit({
          snapshotId: workId,
          agencyId: "hp-so-noi-vu",
          parentUnitId: "hp-so-noi-vu-van-thu",
          unit: { ...unit, type: "office" },
        }),
      "BAD_REQUEST",
      "INVALID_PARENT",
    );
    await refusedWithoutChange(
      () => editor.org.createUnit({ snapshotId: workId, agencyId: "khong-co", parentUnitId: null, unit }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
  });

  it("a duplicate id → EDIT_INVALID with a problem naming it; the snapshot is unchanged", async () => {
    const error = await refusedWithoutChange(
      () =>
        editor.org.createUnit({
          snapshotId: workId,
          agencyId: "hp-so-tu-phap",
          parentUnitId: null,
          unit: { id: "hp-so-noi-vu-p1", type: "division", name: "Phòng trùng mã", payroll: 5, deputies: 1 },
        }),
      "BAD_REQUEST",
      "EDIT_INVALID",
    );
    expect(
      error.problems.some((problem) => problem.message.en.includes('duplicate id "hp-so-noi-vu-p1"')),
    ).toBe(true);

    const division = await refusedWithoutChange(
      () =>
        editor.org.createDivision({
          snapshotId: workId,
          districtId: "an-lao",
          division: {
            id: "an-lao-noi-vu",
            name: "Phòng trùng",
            functions: ["DAN_TOC"],
            payroll: 4,
            deputies: 1,
          },
        }),
      "BAD_REQUEST",
      "EDIT_INVALID",
    );
    expect(
      division.problems.some((problem) => problem.message.en.includes('duplicate id "an-lao-noi-vu"')),
    ).toBe(true);

    const position = await refusedWithoutChange(
      () =>
        editor.positions.create({
          snapshotId: workId,
          holderId: "cat-hai-noi-vu",
          position: {
            id: "cat-hai-vp-ke-toan",
            title: "Kế toán",
            group: "shared_professional",
            rank: null,
            count: 1,
          },
        }),
      "BAD_REQUEST",
      "EDIT_INVALID",
    );
    expect(
      position.problems.some((problem) => problem.message.en.includes('duplicate id "cat-hai-vp-ke-toan"')),
    ).toBe(true);

    const functions = await refusedWithoutChange(
      () =>
        editor.org.updateDivision({
          snapshotId: workId,
          id: "an-lao-y-te",
          changes: { functions: ["Y_TE", "Y_TE"] },
        }),
      "BAD_REQUEST",
      "EDIT_INVALID",
    );
    expect(problemPaths(functions).some((path) => path.endsWith(".functions[1]"))).toBe(true);
  });

  it("updateUnit: payroll and deputies show in the tree and in the findings (P-DEP-02 over the band)", async () => {
    const id = "hp-so-noi-vu-p1";
    const depFindings = (report: CheckReport) =>
      report.findings.filter((finding) => finding.ruleId === "P-DEP-02" && finding.subject.id === id);

    await editor.org.updateUnit({ snapshotId: workId, id, changes: { payroll: 12, deputies: 2 } });
    expect(await seededApi.org.unit({ snapshotId: workId, id })).toMatchObject({
      node: { payroll: 12, deputies: 2 },
    });
    expect(depFindings(await seededApi.compliance.check({ snapshotId: workId }))).toEqual([]);

    // Class I, payroll 9–14: at most 2 deputies.
    await editor.org.updateUnit({
      snapshotId: workId,
      id,
      changes: { deputies: 3, name: "Phòng Tổ chức cán bộ" },
    });
    const { document } = await seededApi.org.tree({ provinceCode: "31", snapshotId: workId });
    expect(document.agencies[0]?.units.find((unit) => unit.id === id)).toMatchObject({
      name: "Phòng Tổ chức cán bộ",
      payroll: 12,
      deputies: 3,
    });
    const report = await seededApi.compliance.check({ snapshotId: workId });
    expect(depFindings(report)).toEqual([
      expect.objectContaining({
        ruleId: "P-DEP-02",
        severity: "violation",
        subject: { type: "unit", id },
        actual: 3,
        limit: 2,
        limitKind: "max",
      }),
    ]);
    expect(report).toStrictEqual(cliReport(document));

    await refusedWithoutChange(
      () => editor.org.updateUnit({ snapshotId: workId, id, changes: { specialisedScope: false } }),
      "BAD_REQUEST",
      "EDIT_INVALID",
    );
    await refusedWithoutChange(
      () => editor.org.updateUnit({ snapshotId: workId, id: "khong-co", changes: { payroll: 1 } }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    const negative = await refusalOf(
      editor.org.updateUnit({ snapshotId: workId, id, changes: { payroll: -1 } }),
    );
    expect(negative.trpcCode).toBe("BAD_REQUEST");
    await appErrorOf(
      editor.org.updateUnit({ snapshotId: randomUUID(), id, changes: { payroll: 1 } }),
      "NOT_FOUND",
      "SNAPSHOT_NOT_FOUND",
    );
  });

  it("createUnit: a new chi cục with its phòng in one call", async () => {
    await editor.org.createUnit({
      snapshotId: workId,
      agencyId: "hp-so-xay-dung",
      parentUnitId: null,
      unit: {
        id: "hp-so-xay-dung-giam-dinh",
        type: "sub_department",
        name: "Chi cục Giám định xây dựng",
        payroll: 15,
        deputies: 2,
        units: [
          {
            id: "hp-so-xay-dung-giam-dinh-p1",
            type: "division",
            name: "Phòng Giám định",
            payroll: 6,
            deputies: 1,
          },
        ],
      },
    });
    const chiCuc = await seededApi.org.unit({ snapshotId: workId, id: "hp-so-xay-dung-giam-dinh" });
    // The chi cục's defaults (P-EST-03 a, b) are stored and given back.
    expect(chiCuc.node).toMatchObject({
      type: "sub_department",
      specialisedScope: true,
      delegatedAuthority: true,
    });
    expect(await seededApi.org.unit({ snapshotId: workId, id: "hp-so-xay-dung-giam-dinh-p1" })).toMatchObject(
      {
        type: "unit",
        parentUnitId: "hp-so-xay-dung-giam-dinh",
      },
    );
    await editor.org.updateUnit({
      snapshotId: workId,
      id: "hp-so-xay-dung-giam-dinh",
      changes: { specialisedScope: false },
    });
    expect(
      (await seededApi.org.unit({ snapshotId: workId, id: "hp-so-xay-dung-giam-dinh" })).node,
    ).toMatchObject({
      specialisedScope: false,
      delegatedAuthority: true,
    });
  });

  it("deleteUnit of the division holding an agency's office functions clears the reference", async () => {
    const document = {
      format: "tinhgon.snapshot/1",
      asOf: "2021-06-30",
      province: { code: "95", name: "Tỉnh Thử", class: "II" },
      agencies: [
        {
          id: "so-tu-phap",
          kind: "TU_PHAP",
          name: "Sở Tư pháp",
          payroll: 30,
          deputies: 2,
          officeFunctionsUnitId: "so-tu-phap-tong-hop",
          units: [
            { id: "so-tu-phap-tong-hop", type: "division", name: "Phòng Tổng hợp", payroll: 8, deputies: 1 },
            { id: "so-tu-phap-p2", type: "division", name: "Phòng Bổ trợ tư pháp", payroll: 7, deputies: 1 },
          ],
        },
      ],
    };
    const { id } = await seededCallers
      .reviewer("95")
      .snapshot.import({ name: "Chức năng văn phòng", document });
    expect(
      (await seededCallers.reviewer("95").org.unit({ snapshotId: id, id: "so-tu-phap" })).node,
    ).toMatchObject({
      officeFunctionsUnitId: "so-tu-phap-tong-hop",
    });
    await editor.org.deleteUnit({ snapshotId: id, id: "so-tu-phap-tong-hop" });
    const exported = await seededCallers.reviewer("95").snapshot.export({ id });
    expect(exported.agencies[0]).toMatchObject({
      officeFunctionsUnitId: null,
      units: [{ id: "so-tu-phap-p2" }],
    });
    expect(await seededCallers.reviewer("95").compliance.check({ snapshotId: id })).toStrictEqual(
      cliReport(exported),
    );
  });

  it("deleteUnit removes a unit, and a chi cục with its phòng", async () => {
    await editor.org.deleteUnit({ snapshotId: workId, id: "hp-so-noi-vu-p9" });
    expect(await unitsOf("hp-so-noi-vu")).not.toContain("hp-so-noi-vu-p9");
    await appErrorOf(
      seededApi.org.unit({ snapshotId: workId, id: "hp-so-noi-vu-p9" }),
      "NOT_FOUND",
      "NOT_FOUND",
    );

    await editor.org.deleteUnit({ snapshotId: workId, id: "hp-so-noi-vu-van-thu" });
    expect(await unitsOf("hp-so-noi-vu")).not.toContain("hp-so-noi-vu-van-thu");
    await appErrorOf(
      seededApi.org.unit({ snapshotId: workId, id: "hp-so-noi-vu-van-thu-p1" }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    expect(await seededApi.org.search({ snapshotId: workId, query: "van thu" })).toEqual([]);

    await refusedWithoutChange(
      () => editor.org.deleteUnit({ snapshotId: workId, id: "hp-so-noi-vu-p9" }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
  });

  it("createDivision, updateDivision, deleteDivision", async () => {
    const divisionsOf = async (districtId: string) => {
      const { document } = await seededApi.org.tree({ provinceCode: "31", snapshotId: workId });
      return document.districts.find((district) => district.id === districtId)?.divisions ?? [];
    };
    const count = (await divisionsOf("an-lao")).length;

    await editor.org.createDivision({
      snapshotId: workId,
      districtId: "an-lao",
      division: {
        id: "an-lao-dan-toc",
        name: "Phòng Dân tộc",
        functions: ["DAN_TOC"],
        payroll: 5,
        deputies: 1,
      },
    });
    expect((await divisionsOf("an-lao")).at(-1)).toStrictEqual({
      id: "an-lao-dan-toc",
      name: "Phòng Dân tộc",
      functions: ["DAN_TOC"],
      payroll: 5,
      deputies: 1,
    });

    await editor.org.updateDivision({
      snapshotId: workId,
      id: "an-lao-dan-toc",
      changes: { payroll: 7, deputies: 2, functions: ["DAN_TOC", "NOI_VU"], name: "Phòng Dân tộc - Nội vụ" },
    });
    expect(await seededApi.org.unit({ snapshotId: workId, id: "an-lao-dan-toc" })).toMatchObject({
      type: "division",
      node: { name: "Phòng Dân tộc - Nội vụ", functions: ["DAN_TOC", "NOI_VU"], payroll: 7, deputies: 2 },
      district: { id: "an-lao" },
    });
    expect(await seededApi.org.search({ snapshotId: workId, query: "dan toc - noi vu" })).toEqual([
      { type: "division", id: "an-lao-dan-toc", name: "Phòng Dân tộc - Nội vụ", parentName: "Huyện An Lão" },
    ]);

    await editor.org.deleteDivision({ snapshotId: workId, id: "an-lao-dan-toc" });
    expect(await divisionsOf("an-lao")).toHaveLength(count);
    await refusedWithoutChange(
      () => editor.org.deleteDivision({ snapshotId: workId, id: "an-lao-dan-toc" }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    await refusedWithoutChange(
      () =>
        editor.org.createDivision({
          snapshotId: workId,
          districtId: "khong-co",
          division: { id: "moi", name: "Phòng mới", functions: [], payroll: 1, deputies: 0 },
        }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
  });

  it("positions.update changes only the fields it is given", async () => {
    const position = {
      id: "cat-hai-tp-chuyen-vien",
      title: "Chuyên viên tư pháp",
      group: "professional" as const,
      rank: "01.003" as const,
      count: 2,
    };
    await editor.positions.create({ snapshotId: workId, holderId: "cat-hai-tu-phap", position });
    await editor.positions.update({
      snapshotId: workId,
      id: position.id,
      changes: { title: "Chuyên viên pháp chế" },
    });
    const node = detailOf(await seededApi.org.unit({ snapshotId: workId, id: "cat-hai-tu-phap" }));
    // A change names only what it changes: the rank stays.
    expect(node.positions).toStrictEqual([{ ...position, title: "Chuyên viên pháp chế" }]);
  });

  it("positions: create, update, delete (deleting un-places its staff)", async () => {
    await editor.positions.create({
      snapshotId: workId,
      holderId: "cat-hai-noi-vu",
      position: {
        id: "cat-hai-nv-chuyen-vien",
        title: "Chuyên viên nội vụ",
        group: "professional",
        rank: "01.003",
        count: 3,
      },
    });
    await editor.positions.update({
      snapshotId: workId,
      id: "cat-hai-nv-chuyen-vien",
      changes: { count: 4, rank: "01.003" },
    });
    expect(
      detailOf(await seededApi.org.unit({ snapshotId: workId, id: "cat-hai-noi-vu" })).positions,
    ).toStrictEqual([
      {
        id: "cat-hai-nv-chuyen-vien",
        title: "Chuyên viên nội vụ",
        group: "professional",
        rank: "01.003",
        count: 4,
      },
    ]);
    // Holders of every kind: an agency and a phòng inside a chi cục.
    for (const holderId of ["hp-so-tu-phap", "hp-so-y-te-dan-so-p1"]) {
      await editor.positions.create({
        snapshotId: workId,
        holderId,
        position: {
          id: `${holderId}-vt1`,
          title: "Chuyên viên",
          group: "professional",
          rank: null,
          count: 2,
        },
      });
      expect(
        detailOf(await seededApi.org.unit({ snapshotId: workId, id: holderId })).positions,
      ).toStrictEqual([
        { id: `${holderId}-vt1`, title: "Chuyên viên", group: "professional", rank: null, count: 2 },
      ]);
    }

    await editor.positions.delete({ snapshotId: workId, id: "cat-hai-vp-tong-hop" });
    const office = detailOf(await seededApi.org.unit({ snapshotId: workId, id: "cat-hai-van-phong" }));
    expect(office.positions?.map((position) => position.id)).not.toContain("cat-hai-vp-tong-hop");
    const placement = Object.fromEntries(
      (office.staff ?? []).map((member) => [member.id, member.positionId]),
    );
    expect(placement).toEqual({
      "cat-hai-cb-001": "cat-hai-vp-chanh-van-phong",
      "cat-hai-cb-002": "cat-hai-vp-pho-chanh-van-phong",
      "cat-hai-cb-003": "cat-hai-vp-pho-chanh-van-phong",
      "cat-hai-cb-004": "cat-hai-vp-pho-chanh-van-phong",
      "cat-hai-cb-005": null,
      "cat-hai-cb-006": null,
      "cat-hai-cb-007": "cat-hai-vp-ke-toan",
      "cat-hai-cb-008": "cat-hai-vp-van-thu",
    });
    const scheme = await seededApi.positions.scheme({ snapshotId: workId, holderId: "cat-hai-van-phong" });
    expect(scheme.totals).toEqual({ positions: 9, civilServantPositions: 7, filled: 6 });

    await refusedWithoutChange(
      () => editor.positions.update({ snapshotId: workId, id: "khong-co", changes: { count: 1 } }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    await refusedWithoutChange(
      () => editor.positions.delete({ snapshotId: workId, id: "cat-hai-vp-tong-hop" }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    await refusedWithoutChange(
      () =>
        editor.positions.create({
          snapshotId: workId,
          holderId: "khong-co",
          position: { id: "vt-moi", title: "Chuyên viên", group: "professional", rank: null, count: 1 },
        }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
  });
});

describe("concurrency", () => {
  it("8 concurrent createUnit calls on one snapshot: all 8 units are there (no lost update)", async () => {
    const province = generateSyntheticProvince({ index: 5 });
    const api = cleanCallers.reviewer(province.province.code);
    const editor = ownerCaller(createRepositories(clean));
    const { id } = await api.snapshot.import({ name: "Đồng thời", document: province });
    const agencyId = "t06-so-2";
    const ids = Array.from({ length: 8 }, (_, index) => `${agencyId}-moi-${index + 1}`);
    const before = (await api.org.unit({ snapshotId: id, id: agencyId })).node;
    if (!("units" in before)) throw new Error("not an agency");

    const results = await Promise.allSettled(
      ids.map((unitId, index) =>
        editor.org.createUnit({
          snapshotId: id,
          agencyId,
          parentUnitId: null,
          unit: { id: unitId, type: "division", name: `Phòng mới ${index + 1}`, payroll: 5, deputies: 1 },
        }),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array.from({ length: 8 }, () => "fulfilled"));
    const after = (await api.org.unit({ snapshotId: id, id: agencyId })).node;
    if (!("units" in after)) throw new Error("not an agency");
    const unitIds = after.units.map((unit) => unit.id);
    expect(unitIds).toHaveLength(before.units.length + 8);
    expect(unitIds).toEqual(expect.arrayContaining(ids));
    expect(unitIds.slice(0, before.units.length)).toEqual(before.units.map((unit) => unit.id));
  });

  it("5 concurrent imports of one name: one snapshot whose content is exactly one of the inputs", async () => {
    const base = generateSyntheticProvince({ index: 7 });
    const api = cleanCallers.reviewer(base.province.code);
    const variants = Array.from({ length: 5 }, (_, index): Snapshot => {
      const variant = jsonCopy(base);
      variant.asOf = `2021-0${index + 1}-15`;
      const agency = variant.agencies[0];
      const lastDistrict = variant.districts.at(-1);
      const lastDivision = lastDistrict?.divisions.at(-1);
      if (!agency || !lastDivision) throw new Error("the generated province is empty");
      agency.payroll += 100 + index;
      lastDivision.payroll = 40 + index;
      return variant;
    });
    const results = await Promise.all(
      variants.map((document) => api.snapshot.import({ name: "Nhập đồng thời", document })),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(1);

    const named = (await api.snapshot.list({ provinceCode: base.province.code })).filter(
      (snapshot) => snapshot.name === "Nhập đồng thời",
    );
    expect(named).toHaveLength(1);
    const exported = await api.snapshot.export({ id: named[0]?.id ?? "" });
    const matches = variants.filter((variant) => isDeepStrictEqual(exported, withoutEmptyDetail(variant)));
    expect(matches).toHaveLength(1);
  });

  it("concurrent first imports of different names of a new province all succeed", async () => {
    const base = generateSyntheticProvince({ index: 9 });
    const api = cleanCallers.reviewer(base.province.code);
    const names = ["Bản A", "Bản B", "Bản C", "Bản D"];
    const results = await Promise.allSettled(
      names.map((name) => api.snapshot.import({ name, document: base })),
    );
    expect(results.map((result) => result.status)).toEqual(names.map(() => "fulfilled"));
    const listed = await api.snapshot.list({ provinceCode: base.province.code });
    expect(listed.map((snapshot) => snapshot.name).sort()).toEqual(names);
    expect((await api.org.provinces()).filter((row) => row.code === base.province.code)).toEqual([
      expect.objectContaining({ snapshotCount: 4 }),
    ]);
  });
});

describe("positions.scheme", () => {
  let snapshotId = "";

  beforeAll(async () => {
    snapshotId = (await api.snapshot.import({ name: "Cát Hải — vị trí việc làm", document: catHaiJson })).id;
  });

  it("a division with positions and staff (Văn phòng HĐND và UBND of Cát Hải)", async () => {
    const scheme = await api.positions.scheme({ snapshotId, holderId: "cat-hai-van-phong" });
    expect(scheme.holder).toEqual({
      type: "division",
      id: "cat-hai-van-phong",
      name: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    });
    expect(scheme.payroll).toBe(12);
    expect(scheme.byGroup).toEqual([
      { group: "leadership", count: 4 },
      { group: "professional", count: 4 },
      { group: "shared_professional", count: 2 },
      { group: "support", count: 2 },
    ]);
    expect(scheme.byRank).toEqual([
      { rank: "01.002", count: 1 },
      { rank: "01.003", count: 7 },
      { rank: "01.004", count: 2 },
      { rank: "01.005", count: 2 },
    ]);
    expect(scheme.totals).toEqual({ positions: 12, civilServantPositions: 10, filled: 8 });
    // Over professional and shared professional positions only: 4 × 01.003, 2 × 01.004.
    expect(scheme.rankStructure).toEqual([
      { rank: "01.003", count: 4, percent: 66.7 },
      { rank: "01.004", count: 2, percent: 33.3 },
    ]);
    expect(scheme.positions.map((position) => [position.id, position.filled])).toEqual([
      ["cat-hai-vp-chanh-van-phong", 1],
      ["cat-hai-vp-pho-chanh-van-phong", 3],
      ["cat-hai-vp-tong-hop", 2],
      ["cat-hai-vp-tiep-cong-dan", 0],
      ["cat-hai-vp-ke-toan", 1],
      ["cat-hai-vp-van-thu", 1],
      ["cat-hai-vp-phuc-vu", 0],
    ]);
  });

  it("Phòng Kinh tế: an over-filled position shows in its filled count", async () => {
    const scheme = await api.positions.scheme({ snapshotId, holderId: "cat-hai-kinh-te" });
    expect(scheme.totals).toEqual({ positions: 11, civilServantPositions: 11, filled: 10 });
    expect(
      scheme.positions.find((position) => position.id === "cat-hai-kt-xay-dung-giao-thong"),
    ).toMatchObject({
      count: 2,
      filled: 3,
    });
    expect(scheme.rankStructure).toEqual([
      { rank: "01.003", count: 5, percent: 83.3 },
      { rank: "01.004", count: 1, percent: 16.7 },
    ]);
  });

  it("a whole district adds up its divisions", async () => {
    const scheme = await api.positions.scheme({ snapshotId, holderId: "cat-hai" });
    expect(scheme.holder).toEqual({ type: "district", id: "cat-hai", name: "Huyện Cát Hải" });
    expect(scheme.payroll).toBe(78);
    expect(scheme.positions).toHaveLength(13);
    expect(scheme.byGroup).toEqual([
      { group: "leadership", count: 9 },
      { group: "professional", count: 9 },
      { group: "shared_professional", count: 3 },
      { group: "support", count: 2 },
    ]);
    expect(scheme.byRank).toEqual([
      { rank: "01.002", count: 2 },
      { rank: "01.003", count: 16 },
      { rank: "01.004", count: 3 },
      { rank: "01.005", count: 2 },
    ]);
    expect(scheme.totals).toEqual({ positions: 23, civilServantPositions: 21, filled: 18 });
    expect(scheme.rankStructure).toEqual([
      { rank: "01.003", count: 9, percent: 75 },
      { rank: "01.004", count: 3, percent: 25 },
    ]);
    const percentTotal = scheme.rankStructure.reduce((sum, entry) => sum + entry.percent, 0);
    expect(percentTotal).toBeCloseTo(100, 0);
  });

  it("a division without positions or staff list, and an unknown holder", async () => {
    const scheme = await api.positions.scheme({ snapshotId, holderId: "cat-hai-noi-vu" });
    expect(scheme).toMatchObject({
      payroll: 6,
      positions: [],
      byRank: [],
      totals: { positions: 0, civilServantPositions: 0, filled: null },
      rankStructure: [],
    });
    expect(scheme.byGroup.every((entry) => entry.count === 0)).toBe(true);
    await appErrorOf(api.positions.scheme({ snapshotId, holderId: "khong-co" }), "NOT_FOUND", "NOT_FOUND");
  });
});
