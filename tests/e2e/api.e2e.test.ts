// The three scripted procedures over real HTTP, exactly as another system calls them: tRPC over HTTP
// without a transformer, JSON as is (issue 4 §4). `snapshot.import` is a mutation (POST, the input as the
// body), `snapshot.export` and `compliance.check` are queries (GET, the input URL-encoded in `?input=`).
// Oracles: the parsed example documents, examples/expected/*.check.json (exactly what the CLI's
// `check --json` prints) and the error contract (app code, bilingual message, problems, no stack, no SQL).
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { repositoryRoot } from "@tinhgon/db";
import { generateSyntheticProvince, parseSnapshot } from "@tinhgon/domain";
import { createLogger, parseServerEnv, startApplication, type RunningApplication } from "@tinhgon/server";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { z } from "zod";

import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { TEST_AUTH_SECRET } from "../support/seeded-app.ts";
import { createUser, signIn } from "../support/session.ts";

let database: TestDatabase;
let app: RunningApplication;
/** The session of the user the calls are made as (another system signs in as a user too). */
let cookie = "";
/** The Sở Nội vụ of Hải Phòng (province 31), and of the generated province 13. */
const reviewer31 = {
  email: "thamdinh@hai-phong.test",
  name: "Thẩm định Hải Phòng",
  role: "provincial_reviewer" as const,
  provinceCode: "31",
};
const generated = generateSyntheticProvince({ index: 12 });
const reviewerGenerated = {
  email: "thamdinh@mo-phong.test",
  name: "Thẩm định tỉnh mô phỏng",
  role: "provincial_reviewer" as const,
  provinceCode: generated.province.code,
};

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startApplication(
    parseServerEnv({
      DATABASE_URL: database.url,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      NO_SEED: "true",
      AUTH_SECRET: TEST_AUTH_SECRET,
    }),
    () => undefined,
    createLogger({ level: "silent" }),
  );
  await createUser(database.url, reviewer31);
  await createUser(database.url, reviewerGenerated);
  cookie = await signIn(app.url, reviewer31.email);
});

afterAll(async () => {
  await app.stop();
  await database.drop();
});

function readJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(repositoryRoot, ...path), "utf8")) as unknown;
}

/** The document as the server stores it: the parsed input (defaults filled in), through JSON. */
function storedForm(document: unknown): unknown {
  const parsed = parseSnapshot(document);
  if (!parsed.ok) throw new Error(`test input is not a valid snapshot: ${JSON.stringify(parsed.problems)}`);
  return JSON.parse(JSON.stringify(parsed.value)) as unknown;
}

interface HttpAnswer {
  status: number;
  contentType: string | null;
  text: string;
  body: unknown;
}

async function answerOf(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Left undefined: the assertions on `body` then say the answer was not JSON.
  }
  return { status: response.status, contentType: response.headers.get("content-type"), text, body };
}

/** A mutation: POST with the input as the JSON body. */
async function post(procedure: string, input: unknown): Promise<HttpAnswer> {
  return answerOf(
    await fetch(`${app.url}/trpc/${procedure}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", cookie },
      body: JSON.stringify(input),
    }),
  );
}

/** A query: GET with the input URL-encoded in `input`. */
async function get(procedure: string, input?: unknown): Promise<HttpAnswer> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return answerOf(await fetch(`${app.url}/trpc/${procedure}${query}`, { headers: { cookie } }));
}

const dataOf = (answer: HttpAnswer): unknown =>
  z.strictObject({ result: z.object({ data: z.unknown() }) }).parse(answer.body).result.data;

const importAnswerSchema = z.strictObject({
  result: z.strictObject({ data: z.strictObject({ id: z.uuid() }) }),
});

const localizedSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const errorAnswerSchema = z.strictObject({
  error: z.strictObject({
    message: z.string(),
    code: z.number(),
    data: z.strictObject({
      code: z.string(),
      httpStatus: z.number(),
      path: z.string().optional(),
      appCode: z.string(),
      message: localizedSchema,
      problems: z.array(z.strictObject({ path: z.string(), message: localizedSchema })).nullable(),
    }),
  }),
});
type ErrorAnswer = z.infer<typeof errorAnswerSchema>["error"];

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...keysOf(item)]);
}

/** The app's error shape, and no stack trace, SQL or source location anywhere in the answer. */
function noInternals(answer: HttpAnswer): void {
  expect(answer.contentType).toContain("application/json");
  errorAnswerSchema.parse(answer.body);
  expect(keysOf(answer.body)).not.toContain("stack");
  expect(answer.text).not.toMatch(/\n\s+at |\\n\s+at /);
  expect(answer.text).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE|FROM|prisma|Prisma|pg_|postgres)\b/);
  expect(answer.text).not.toMatch(/node_modules|\.ts:\d+/);
}

/** An error answer with the expected status and app code, and nothing internal in it. */
function errorOf(answer: HttpAnswer, status: number, appCode: string): ErrorAnswer {
  expect(answer.status).toBe(status);
  noInternals(answer);
  const { error } = errorAnswerSchema.parse(answer.body);
  expect(error.data.httpStatus).toBe(status);
  expect(error.data.appCode).toBe(appCode);
  return error;
}

const catHaiJson = readJson("examples", "cat-hai-2021.snapshot.json");

describe("snapshot.import, snapshot.export and compliance.check over HTTP", () => {
  let catHaiId = "";

  it("POST snapshot.import with { name, document } answers 200 and { result: { data: { id } } }", async () => {
    const answer = await post("snapshot.import", { name: "Cát Hải 30/06/2021", document: catHaiJson });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain("application/json");
    catHaiId = importAnswerSchema.parse(answer.body).result.data.id;
  });

  it("GET snapshot.export?input={id} answers the document", async () => {
    const answer = await get("snapshot.export", { id: catHaiId });
    expect(answer.status).toBe(200);
    expect(dataOf(answer)).toStrictEqual(storedForm(catHaiJson));
  });

  it("GET compliance.check?input={snapshotId} answers exactly what `tinhgon check --json` prints", async () => {
    const answer = await get("compliance.check", { snapshotId: catHaiId });
    expect(answer.status).toBe(200);
    expect(dataOf(answer)).toStrictEqual(readJson("examples", "expected", "cat-hai-2021.check.json"));
  });

  it("GET compliance.check?input={document} (a small document) answers the CLI's output for it", async () => {
    const answer = await get("compliance.check", { document: readJson("examples", "rs-2014.snapshot.json") });
    expect(answer.status).toBe(200);
    expect(dataOf(answer)).toStrictEqual(readJson("examples", "expected", "rs-2014.check.json"));

    const chosen = await get("compliance.check", { snapshotId: catHaiId, ruleSet: "RS-2014" });
    expect(chosen.status).toBe(200);
    expect(z.object({ ruleSet: z.string() }).parse(dataOf(chosen)).ruleSet).toBe("RS-2014");
  });

  it("a generated province: import, export, re-import under another name, export — identical", async () => {
    const province = generated;
    const haiPhongSession = cookie;
    cookie = await signIn(app.url, reviewerGenerated.email);
    onTestFinished(() => {
      cookie = haiPhongSession;
    });
    const first = importAnswerSchema.parse(
      (await post("snapshot.import", { name: "Mô phỏng 13", document: province })).body,
    ).result.data.id;
    const exported = dataOf(await get("snapshot.export", { id: first }));
    expect(exported).toStrictEqual(storedForm(province));

    const second = importAnswerSchema.parse(
      (await post("snapshot.import", { name: "Mô phỏng 13 (bản sao)", document: exported })).body,
    ).result.data.id;
    expect(second).not.toBe(first);
    expect(dataOf(await get("snapshot.export", { id: second }))).toStrictEqual(exported);

    // Importing under the first name again replaces it in place.
    const again = importAnswerSchema.parse(
      (await post("snapshot.import", { name: "Mô phỏng 13", document: exported })).body,
    ).result.data.id;
    expect(again).toBe(first);
  });
});

describe("errors over HTTP", () => {
  let provinceId = "";

  beforeAll(async () => {
    importAnswerSchema.parse(
      (await post("snapshot.import", { name: "Cát Hải — lỗi", document: catHaiJson })).body,
    );
    // The generated province's data are its own Sở Nội vụ's.
    const haiPhongSession = cookie;
    cookie = await signIn(app.url, reviewerGenerated.email);
    provinceId = importAnswerSchema.parse(
      (
        await post("snapshot.import", {
          name: "Mô phỏng 13 — kiểm tra",
          document: generated,
        })
      ).body,
    ).result.data.id;
    cookie = haiPhongSession;
  });

  it("a bad document → 400, DOCUMENT_INVALID, bilingual problems with their paths, nothing internal", async () => {
    const broken = readJson("examples", "cat-hai-2021.snapshot.json") as {
      districts: { divisions: Record<string, unknown>[] }[];
    };
    const division = broken.districts[0]?.divisions[3];
    if (!division) throw new Error("the example has no fourth division");
    division.payroll = -1;
    division.head = "Nguyễn Văn A";

    const listed = dataOf(await get("snapshot.list"));
    const error = errorOf(
      await post("snapshot.import", { name: "Tài liệu hỏng", document: broken }),
      400,
      "DOCUMENT_INVALID",
    );
    expect(error.code).toBe(-32600);
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.path).toBe("snapshot.import");
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.data.problems?.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(["districts[0].divisions[3].payroll", "districts[0].divisions[3].head"]),
    );
    expect(dataOf(await get("snapshot.list"))).toStrictEqual(listed);

    const checked = errorOf(
      await get("compliance.check", { document: { format: "tinhgon.snapshot/9" } }),
      400,
      "DOCUMENT_INVALID",
    );
    expect(checked.data.problems?.map((problem) => problem.path)).toEqual(["format"]);
  });

  it("bad input to a procedure → 400 INPUT_INVALID naming the field", async () => {
    const error = errorOf(await get("snapshot.export", { id: "khong-phai-uuid" }), 400, "INPUT_INVALID");
    expect(error.data.problems?.map((problem) => problem.path)).toEqual(["id"]);
    errorOf(await post("snapshot.import", { name: "", document: catHaiJson }), 400, "INPUT_INVALID");
    errorOf(await get("compliance.check", { snapshotId: "x" }), 400, "INPUT_INVALID");
  });

  it("an unknown snapshot → 404 SNAPSHOT_NOT_FOUND; an unknown rule pack → 400 UNKNOWN_RULE_PACK", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    errorOf(await get("snapshot.export", { id }), 404, "SNAPSHOT_NOT_FOUND");
    errorOf(await get("compliance.check", { snapshotId: id }), 404, "SNAPSHOT_NOT_FOUND");
    errorOf(
      await get("compliance.check", {
        document: readJson("examples", "rs-2014.snapshot.json"),
        ruleSet: "RS-1999",
      }),
      400,
      "UNKNOWN_RULE_PACK",
    );
  });

  it("an unknown procedure → 404 NOT_FOUND", async () => {
    errorOf(await get("snapshot.nothing", { id: "x" }), 404, "NOT_FOUND");
    errorOf(await post("snapshot.nothing", { id: "x" }), 404, "NOT_FOUND");
  });

  it("a body that is not JSON → 400 INPUT_INVALID", async () => {
    const answer = await answerOf(
      await fetch(`${app.url}/trpc/snapshot.import`, {
        method: "POST",
        headers: { "Content-Type": "application/json", cookie },
        body: '{ "name": "hỏng", "document": ',
      }),
    );
    errorOf(answer, 400, "INPUT_INVALID");
  });

  it("a document the database cannot store is refused without revealing SQL or a stack", async () => {
    const document = readJson("examples", "rs-2014.snapshot.json") as { agencies: Record<string, unknown>[] };
    const agency = document.agencies[0];
    if (!agency) throw new Error("the example has no agency");
    agency.name = "Sở\u0000Nội vụ";
    const answer = await post("snapshot.import", { name: "Ký tự NUL", document });
    // Refused by the schema before the database sees it, as a field-level error; nothing of the
    // database's own vocabulary may reach the client.
    errorOf(answer, 400, "DOCUMENT_INVALID");
    noInternals(answer);
    expect(answer.text).not.toMatch(/invalid byte sequence|UTF8|0x00/);
    expect(errorAnswerSchema.parse(answer.body).error.message).not.toMatch(/byte|encoding/);
  });

  it("a client mistake in the HTTP method or media type is not reported as a server error", async () => {
    const cases = [
      {
        what: "GET on a mutation",
        answer: await get("snapshot.import", { name: "x", document: {} }),
        status: 405,
      },
      {
        what: "POST without a JSON content type",
        answer: await answerOf(
          await fetch(`${app.url}/trpc/snapshot.import`, {
            method: "POST",
            body: JSON.stringify({ name: "x", document: {} }),
          }),
        ),
        status: 415,
      },
    ];
    for (const { what, answer, status } of cases) {
      expect(answer.status, what).toBe(status);
      // tRPC labels its 415 answer text/plain although the body is its JSON error: check the body.
      noInternals(status === 415 ? { ...answer, contentType: "application/json" } : answer);
      const { error } = errorAnswerSchema.parse(answer.body);
      // A caller's HTTP mistake is an input problem, never labelled a server failure.
      expect(error.data.appCode, what).not.toBe("INTERNAL");
      expect(error.data.message.en, what).not.toBe("Internal error.");
    }
  });

  it("a province-sized document can be checked over HTTP", async () => {
    const province = generated;
    const haiPhongSession = cookie;
    cookie = await signIn(app.url, reviewerGenerated.email);
    onTestFinished(() => {
      cookie = haiPhongSession;
    });
    const expected = storedForm(province);
    const viaGet = await get("compliance.check", { document: province });
    const viaPost = await post("compliance.check", { document: province });
    // A province's document does not fit in a URL (GET answers 431), so the server accepts the query
    // as a POST (tRPC's method override).
    expect(viaGet.status).toBe(431);
    expect(viaPost.status).toBe(200);
    const answer = viaPost;
    const stored = dataOf(await get("snapshot.export", { id: provinceId }));
    expect(stored).toStrictEqual(expected);
    expect(dataOf(answer)).toStrictEqual(dataOf(await get("compliance.check", { snapshotId: provinceId })));
  });
});
