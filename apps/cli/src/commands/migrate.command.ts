// `tinhgon migrate FILE` — a tinhgon.snapshot/1 or tinhgon.plan/1 document as the current version
// (tinhgon.snapshot/2, tinhgon.plan/2; ADR 0036), printed on standard output. The document is read by the
// same parsers as `check` and `plan` (migration, then the strict schema), so what it prints is a valid
// /2 document with the format's defaults written out; a /2 document is printed the same way. Exit 0, or 2
// with every problem and its JSON path on standard error (formats.md: 2 is invalid input or usage).
import { parseArgs } from "node:util";

import { parseJson, parsePlan, parseSnapshot, type ParseResult } from "@tinhgon/domain";

import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "../io.ts";
import { readDocumentFile, usageError } from "./command-support.ts";

const USAGE = "npx tinhgon migrate SNAPSHOT.json|PLAN.json";

export async function runMigrate(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: {} });
  } catch (error) {
    return usageError(io, error, USAGE);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    const reason =
      file === undefined
        ? { vi: "Thiếu tên tệp cần chuyển đổi.", en: "missing the file to migrate" }
        : { vi: `Chỉ chuyển đổi một tệp mỗi lần; thừa: ${extra.join(" ")}.`, en: "one file at a time" };
    return usageError(io, reason, USAGE);
  }
  const document = await readDocumentFile(io, file, parseEither);
  if (document === undefined) return EXIT_INVALID_INPUT;
  io.out(`${JSON.stringify(document, null, 2)}\n`);
  return EXIT_OK;
}

/** A plan when the document says it is one (any tinhgon.plan/… format), a snapshot otherwise. */
function parseEither(text: string): ParseResult<unknown> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const format = (json.value as { format?: unknown } | null)?.format;
  const isPlan = typeof format === "string" && format.startsWith("tinhgon.plan/");
  return isPlan ? parsePlan(json.value) : parseSnapshot(json.value);
}
