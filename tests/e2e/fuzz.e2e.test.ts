// Fuzzing the API over real HTTP: the application as `npm start` runs it, signed in as the Cát Hải officer
// and as the province's reviewer (and the administrator for its own procedures); every procedure of the
// router (enumerated, not listed here) receives fast-check-generated inputs — arbitrary JSON, and valid
// sample inputs (support/procedure-samples.ts) with a field removed, replaced by an odd value (huge or
// NUL-laden strings, broken Unicode, negative or huge numbers, deep nesting, wrong types), wrapped, or
// joined by an unknown key — as a GET query (POST when the URL would be too long) or a POST mutation.
// Before that, a deterministic sweep puts a NUL character (then a lone surrogate) in every text field.
// Oracles: never a 5xx; always JSON, with an app code and a {vi, en} message on error; no stack trace
// or SQL text; no partial write (a refused call appends no audit event, an accepted mutation exactly
// one); the audit chain still verifies at the end. The seed is fixed and printed for reproduction.
import { appRouter, type Policy } from "@tinhgon/api";
import { createDatabase, createRepositories, DEMO_SNAPSHOT_NAME } from "@tinhgon/db";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import {
  createSampleFixture,
  type FixtureCall,
  procedureSamples,
  readOnlyMutations,
  type Target,
  type TargetName,
  targets,
} from "../support/procedure-samples.ts";
import { startSeededApp, type SeededApp } from "../support/seeded-app.ts";
import { createUser, demoEmails, signIn } from "../support/session.ts";

/** The fixed seed: change it to explore, quote it to reproduce (fast-check also prints it on failure). */
const SEED = 20_260_530;
/** Generated inputs per procedure (both users together). */
const RUNS_PER_PROCEDURE = 12;

// tRPC keeps a flat map of the procedures by path ("plan.edit"); its declared type is the nested one.
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: "query" | "mutation" | "subscription" } }
>;
const procedurePaths = Object.keys(procedures).sort();

/** Who the fuzzer signs in as (the administrator only for the administrators' procedures). */
type Fuzzer = "catHaiOfficer" | "reviewer" | "admin";
/** Who makes the samples' records: also a sở's officer, and a second reviewer (four eyes). */
type Identity = Fuzzer | "noiVuOfficer" | "secondReviewer";
/** Users the demo data lacks, made as an administrator would. */
const NOI_VU_EMAIL = "canbo.sonoivu@thu-nghiem.local";
const SECOND_REVIEWER_EMAIL = "thamdinh2@thu-nghiem.local";

let seeded: SeededApp;
let baseUrl = "";
let auditClient: pg.Client;
let demoSnapshotId = "";
const cookies = new Map<Identity, string>();

// ---------------------------------------------------------------------------------------------------
// HTTP: the raw answer, so that a non-JSON body or a stack trace is seen as it is.
// ---------------------------------------------------------------------------------------------------
interface Answer {
  method: "GET" | "POST";
  status: number;
  contentType: string;
  text: string;
}

/** Longest query URL sent as GET; a longer input is POSTed (the server allows it for queries, as a browser would need). */
const MAX_GET_URL = 6_000;

async function send(
  kind: "query" | "mutation",
  path: string,
  input: unknown,
  cookie: string,
): Promise<Answer> {
  const json = input === undefined ? undefined : JSON.stringify(input);
  const query = json === undefined ? "" : `?input=${encodeURIComponent(json)}`;
  const useGet = kind === "query" && query.length <= MAX_GET_URL;
  const response = useGet
    ? await fetch(`${baseUrl}/trpc/${path}${query}`, { headers: { cookie } })
    : await fetch(`${baseUrl}/trpc/${path}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        ...(json === undefined ? {} : { body: json }),
      });
  return {
    method: useGet ? "GET" : "POST",
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    text: await response.text(),
  };
}

const errorBodySchema = z.object({
  error: z.object({
    message: z.string(),
    data: z.object({
      appCode: z.string().min(1),
      message: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    }),
  }),
});
const successBodySchema = z.object({ result: z.object({ data: z.unknown() }) });

/** Text that must never reach a client: stack frames, file paths, ORM and SQL messages. */
const leaks: readonly [string, RegExp][] = [
  ["a stack frame", /(?:\n|\\n)\s*at \S/],
  ["a stack frame", /\bat (?:async )?[\w.$<>[\]]+ \((?:file:\/\/|\/|node:)/],
  ["a source position", /\.(?:ts|js|mjs|cjs):\d+:\d+/],
  ["node_modules", /node_modules/],
  ["Prisma", /prisma/i],
  ["SQL", /\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/],
  [
    "a PostgreSQL message",
    /relation "|violates (?:foreign key|unique|not-null|check) constraint|syntax error at or near/,
  ],
];

/** What is wrong with an answer; empty when it keeps the contract. */
function contractProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${String(answer.status)}`);
  for (const [what, pattern] of leaks) if (pattern.test(answer.text)) problems.push(`the body shows ${what}`);
  if (!answer.contentType.startsWith("application/json"))
    problems.push(`content type "${answer.contentType}"`);
  let body: unknown;
  try {
    body = JSON.parse(answer.text) as unknown;
  } catch {
    problems.push("the body is not JSON");
    return problems;
  }
  if (answer.status === 200) {
    if (!successBodySchema.safeParse(body).success) problems.push("a 200 without a result");
  } else if (!errorBodySchema.safeParse(body).success) {
    problems.push("an error without appCode and a {vi, en} message");
  }
  return problems;
}

async function auditEvents(): Promise<number> {
  const result = await auditClient.query<{ count: string }>(
    "SELECT count(*)::text AS count FROM audit_event",
  );
  return Number(result.rows[0]?.count ?? "0");
}

// ---------------------------------------------------------------------------------------------------
// Valid sample inputs: the shared sample table, with records made over HTTP by the demo users.
// ---------------------------------------------------------------------------------------------------
function ownerIdentity(target: Target): Identity {
  if (target.districtKey === "cat-hai" && target.provinceCode === "31") return "catHaiOfficer";
  if (target.agencyKey === "hp-so-noi-vu" && target.provinceCode === "31") return "noiVuOfficer";
  if (target.name === "province") return "reviewer";
  throw new Error(`no signed-in user owns ${target.name}`);
}

const resultSchema = z.object({ result: z.object({ data: z.unknown() }) });

const fixtureCall: FixtureCall = async (role, target, kind, path, input) => {
  // Review steps of the fixture are a second reviewer's: the fuzzed reviewer may own province-wide plans.
  const identity = role === "reviewer" ? "secondReviewer" : ownerIdentity(target);
  const answer = await send(kind, path, input, cookies.get(identity) ?? "");
  if (answer.status !== 200)
    throw new Error(`fixture ${path} as ${identity}: HTTP ${String(answer.status)} ${answer.text}`);
  return resultSchema.parse(JSON.parse(answer.text)).result.data;
};

let counter = 0;
const unique = () => `f${(counter++).toString(36)}`;

interface Base {
  identity: Fuzzer;
  input: unknown;
}

/** The scope each user's samples name: its own where the sample allows it, a plan to review for a reviewer. */
function preferredTargets(identity: Fuzzer, policy: Policy): readonly TargetName[] {
  if (identity === "catHaiOfficer") return ["catHai", "none", "province", "noiVu"];
  if (policy === "review_plan") return ["catHai", "province"];
  return ["province", "none", "catHai", "noiVu"];
}

const baseInputs = new Map<string, Promise<Base[]>>();

/** Valid inputs of a procedure for each fuzzing user, with records made for this procedure (once). */
function sampleInputs(path: string): Promise<Base[]> {
  let bases = baseInputs.get(path);
  if (!bases) {
    bases = makeSampleInputs(path);
    baseInputs.set(path, bases);
  }
  return bases;
}

async function makeSampleInputs(path: string): Promise<Base[]> {
  const variants = procedureSamples[path];
  if (!variants) throw new Error(`${path} has no samples in support/procedure-samples.ts`);
  const fixture = createSampleFixture({ call: fixtureCall, snapshotId: () => demoSnapshotId, unique });
  const bases: Base[] = [];
  for (const variant of variants) {
    const fuzzers: readonly Fuzzer[] =
      variant.policy === "admin" ? ["admin", "reviewer"] : ["catHaiOfficer", "reviewer"];
    for (const identity of fuzzers) {
      const name = preferredTargets(identity, variant.policy).find((candidate) =>
        variant.targets.includes(candidate),
      );
      if (name === undefined) continue;
      bases.push({ identity, input: await variant.input(fixture, targets[name]) });
    }
  }
  return bases;
}

// ---------------------------------------------------------------------------------------------------
// Generated inputs.
// ---------------------------------------------------------------------------------------------------
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function deepNesting(depth: number): Json {
  let value: Json = "đáy";
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Values that break naive code: sizes, control characters, broken Unicode, edge numbers, odd types. */
const oddValues: readonly Json[] = [
  "",
  " ",
  "\u0000",
  "Phòng\u0000Nội vụ",
  "x".repeat(100_000),
  "Đ".repeat(5_000),
  "\uD800",
  "\uDFFF lạc",
  "🇻🇳".repeat(500),
  "\u202Eđảo chiều",
  "../../etc/passwd",
  "%00",
  "{{7*7}}",
  "null",
  "2021-02-30",
  "9999-12-31",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-4fff-bfff-ffffffffffff",
  -1,
  -2_147_483_649,
  0.5,
  -0.000001,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  true,
  false,
  null,
  [],
  {},
  [null],
  { "": null },
  JSON.parse('{"__proto__": {"polluted": true}}') as Json,
  { constructor: { prototype: { polluted: true } } },
  deepNesting(64),
  deepNesting(3_000),
  Array.from({ length: 10_000 }, (_, index) => index),
];

type Mutation =
  | { kind: "remove" }
  | { kind: "replace"; value: Json }
  | { kind: "wrap"; inArray: boolean }
  | { kind: "unknownKey"; key: string; value: Json };

const keyArbitrary = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("__proto__", "constructor", "prototype", "id", "snapshotId", "version", "toString"),
);

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "remove" as const }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(...oddValues).map((value) => ({ kind: "replace" as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .jsonValue({ maxDepth: 3 })
      .map((value) => ({ kind: "replace" as const, value: value as Json })),
  },
  { weight: 1, arbitrary: fc.boolean().map((inArray) => ({ kind: "wrap" as const, inArray })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(keyArbitrary, fc.jsonValue({ maxDepth: 2 }))
      .map(([key, value]) => ({ kind: "unknownKey" as const, key, value: value as Json })),
  },
);

/** Every place in a JSON value: the paths to the root, its members, and theirs. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (typeof value === "object" && value !== null)
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return here;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) current = (current as Record<string | number, unknown> | undefined)?.[step];
  return current;
}

function mutate(base: unknown, path: readonly (string | number)[], mutation: Mutation): unknown {
  const apply = (value: unknown): unknown => {
    switch (mutation.kind) {
      case "remove":
        return undefined;
      case "replace":
        return mutation.value;
      case "wrap":
        return mutation.inArray ? [value] : { value };
      case "unknownKey":
        return typeof value === "object" && value !== null && !Array.isArray(value)
          ? Object.defineProperty({ ...value }, mutation.key, {
              value: mutation.value,
              enumerable: true,
              configurable: true,
              writable: true,
            })
          : { [mutation.key]: mutation.value };
    }
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (depth === path.length) return apply(value);
    const step = path[depth];
    if (Array.isArray(value) && typeof step === "number") {
      const copy = [...(value as unknown[])];
      const inner = walk(copy[step], depth + 1);
      if (inner === undefined) copy.splice(step, 1);
      else copy[step] = inner;
      return copy;
    }
    if (typeof value === "object" && value !== null && typeof step === "string") {
      const entries = Object.entries(value);
      const inner = walk(entries.find(([key]) => key === step)?.[1], depth + 1);
      // (Object.fromEntries defines "__proto__" as an own key, as JSON.parse on the server does.)
      return Object.fromEntries(
        inner === undefined
          ? entries.filter(([key]) => key !== step)
          : entries.map(([key, item]) => [key, key === step ? inner : item]),
      );
    }
    return value;
  };
  return walk(base, 0);
}

interface Case {
  identity: Fuzzer;
  input: unknown;
  /** How the input was made, for the failure report. */
  origin: string;
}

function caseArbitrary(bases: readonly Base[]): fc.Arbitrary<Case> {
  const fuzzers: Fuzzer[] =
    bases.length > 0 ? [...new Set(bases.map((base) => base.identity))] : ["catHaiOfficer", "reviewer"];
  const identity = fc.constantFrom(...fuzzers);
  const arbitrary = fc
    .record({ identity, input: fc.jsonValue({ maxDepth: 4 }) })
    .map(({ identity: who, input }): Case => ({ identity: who, input, origin: "arbitrary JSON" }));
  if (bases.length === 0) return arbitrary;
  const base = fc.constantFrom(...bases);
  const mutated = base.chain(({ identity: who, input }) =>
    fc.tuple(fc.constantFrom(...pathsOf(input)), mutationArbitrary).map(([path, mutation]): Case => ({
      identity: who,
      input: mutate(input, path, mutation),
      origin: `sample with ${mutation.kind} at ${JSON.stringify(path)}`,
    })),
  );
  return fc.oneof(
    { weight: 2, arbitrary },
    { weight: 7, arbitrary: mutated },
    {
      weight: 1,
      arbitrary: base.map(({ identity: who, input }): Case => ({ identity: who, input, origin: "sample" })),
    },
  );
}

function summary(input: unknown): string {
  const text = input === undefined ? "undefined" : JSON.stringify(input);
  return text.length > 300 ? `${text.slice(0, 300)}… (${String(text.length)} characters)` : text;
}

// ---------------------------------------------------------------------------------------------------

beforeAll(async () => {
  console.info(`fuzz.e2e: fast-check seed ${String(SEED)}, ${String(RUNS_PER_PROCEDURE)} runs per procedure`);
  seeded = await startSeededApp();
  baseUrl = seeded.app.url;
  auditClient = new pg.Client({ connectionString: seeded.database.url });
  await auditClient.connect();
  await createUser(seeded.database.url, {
    email: NOI_VU_EMAIL,
    name: "Cán bộ Sở Nội vụ (thử nghiệm)",
    role: "agency_officer",
    provinceCode: "31",
    agencyKey: "hp-so-noi-vu",
  });
  await createUser(seeded.database.url, {
    email: SECOND_REVIEWER_EMAIL,
    name: "Chuyên viên thẩm định thứ hai (thử nghiệm)",
    role: "provincial_reviewer",
    provinceCode: "31",
  });
  cookies.set("catHaiOfficer", await signIn(baseUrl, demoEmails.catHaiOfficer));
  cookies.set("admin", await signIn(baseUrl, demoEmails.admin));
  cookies.set("reviewer", await signIn(baseUrl, demoEmails.reviewer));
  cookies.set("noiVuOfficer", await signIn(baseUrl, NOI_VU_EMAIL));
  cookies.set("secondReviewer", await signIn(baseUrl, SECOND_REVIEWER_EMAIL));
  const list = await fixtureCall("reviewer", targets.province, "query", "snapshot.list", {
    provinceCode: "31",
  });
  demoSnapshotId =
    z
      .array(z.object({ id: z.string(), name: z.string() }))
      .parse(list)
      .find((snapshot) => snapshot.name === DEMO_SNAPSHOT_NAME)?.id ?? "";
  expect(demoSnapshotId).not.toBe("");
});

afterAll(async () => {
  await auditClient.end();
  await seeded.app.stop();
  await seeded.database.drop();
});

describe("text fields", () => {
  // Every text field of every sample with a NUL character, then (where that is refused) with a lone
  // surrogate: a deterministic sweep (the property below stops at a procedure's first failure), so a
  // report names every field that is not guarded. Neither is text a person typed.
  it("a NUL character or a broken surrogate in any text field is refused as input, never a 500", async () => {
    const failures: string[] = [];
    for (const path of procedurePaths) {
      const kind = procedures[path]?._def.type;
      if (kind !== "query" && kind !== "mutation") continue;
      for (const { identity, input } of await sampleInputs(path)) {
        const stringPaths = pathsOf(input).filter((place) => typeof valueAt(input, place) === "string");
        // Inside a document, a few fields are enough: the domain's parser checks them all alike.
        const inDocument = stringPaths.filter((place) => place.includes("document")).slice(0, 3);
        for (const place of [
          ...stringPaths.filter((candidate) => !candidate.includes("document")),
          ...inDocument,
        ]) {
          const original = String(valueAt(input, place));
          for (const [what, poison] of [
            ["NUL", "\u0000"],
            ["lone surrogate", "\uD800"],
          ] as const) {
            const poisoned = mutate(input, place, { kind: "replace", value: `${original}${poison}` });
            const before = await auditEvents();
            const answer = await send(kind, path, poisoned, cookies.get(identity) ?? "");
            const appended = (await auditEvents()) - before;
            const problems = contractProblems(answer);
            const writes = kind === "mutation" && !readOnlyMutations.has(path);
            if (appended !== (writes && answer.status === 200 ? 1 : 0))
              problems.push(`${String(appended)} audit events appended`);
            if (problems.length > 0) {
              failures.push(
                `${path} ${JSON.stringify(place)} + ${what} as ${identity}: ${problems.join("; ")} — ${answer.text.slice(0, 160)}`,
              );
              break; // one report per field
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("every procedure survives generated input over HTTP", () => {
  it.each(procedurePaths)("%s", async (path) => {
    const kind = procedures[path]?._def.type;
    if (kind !== "query" && kind !== "mutation") throw new Error(`${path} is a ${String(kind)}`);
    const bases = await sampleInputs(path);
    await fc.assert(
      fc.asyncProperty(caseArbitrary(bases), async ({ identity, input, origin }) => {
        const before = await auditEvents();
        const answer = await send(kind, path, input, cookies.get(identity) ?? "");
        const appended = (await auditEvents()) - before;
        const problems = contractProblems(answer);
        const expected = kind === "mutation" && answer.status === 200 ? 1 : 0;
        if (appended !== expected)
          problems.push(
            `${String(appended)} audit events appended (HTTP ${String(answer.status)}), expected ${String(expected)}`,
          );
        if (problems.length > 0)
          throw new Error(
            `${path} as ${identity} (${answer.method}, ${origin}): ${problems.join("; ")}\n` +
              `input: ${summary(input)}\nanswer: HTTP ${String(answer.status)} ${answer.text.slice(0, 600)}`,
          );
      }),
      { seed: SEED, numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
    );
  });
});

describe("afterwards", () => {
  it("leaves an intact audit chain", async () => {
    const db = createDatabase({ url: seeded.database.url });
    try {
      const verification = await createRepositories(db).verifyAuditChain();
      expect(verification).toMatchObject({ ok: true });
    } finally {
      await db.$disconnect();
    }
  });
});
