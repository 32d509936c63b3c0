// `tinhgon dossier PLAN.json -o OUT_DIR [--pdf] [--date YYYY-MM-DD] [--comments COMMENTS.json]` — the plan's
// official dossier (issue #8): Tờ trình, Đề án, dự thảo Quyết định and Báo cáo tiếp thu, giải trình as
// .docx files, and as PDF with --pdf (LibreOffice). Prints the path of each file written.
// Exit codes: 0 the files are written; 2 an invalid plan, comments file or option, a plan that does not
// apply, or a PDF that could not be made (the DOCX files are written first and stay).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";

import {
  buildDossier,
  convertDocxToPdf,
  type DossierComment,
  type GeneratedFile,
  isDocumentError,
} from "@tinhgon/documents";
import { formatInputProblem, isoDateSchema, parsePlanText, problemsFromIssue } from "@tinhgon/domain";
import { z } from "zod";

import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "../io.ts";
import { readDocumentFile, readInputFile, usageError } from "./command-support.ts";

const usage =
  "npx tinhgon dossier PLAN.json -o OUT_DIR [--pdf] [--date YYYY-MM-DD] [--comments COMMENTS.json]";

/** The review comments file: an array of comments as the API exports them (contract DossierComment). */
const commentsSchema = z.array(
  z.strictObject({
    round: z.number().int().min(1),
    authorName: z.string(),
    authorRole: z.string(),
    target: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("plan") }),
      z.strictObject({ kind: z.literal("phase"), phaseIndex: z.number().int().min(0) }),
      z.strictObject({
        kind: z.literal("operation"),
        phaseIndex: z.number().int().min(0),
        operationIndex: z.number().int().min(0),
      }),
      z.strictObject({ kind: z.literal("finding"), findingKey: z.string().min(1) }),
    ]),
    body: z.string(),
    createdAt: z.string().min(1),
  }),
);

/** Today in the local time zone, as the date printed on the documents when --date is not given. */
function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readComments(io: CliIo, path: string): Promise<DossierComment[] | undefined> {
  const text = await readInputFile(io, path);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.err(
      `${path}: không phải JSON hợp lệ (invalid JSON): ${error instanceof Error ? error.message : ""}\n`,
    );
    return undefined;
  }
  const parsed = commentsSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    io.err(`${path}: danh sách góp ý không hợp lệ (invalid comments):\n`);
    for (const issue of parsed.error.issues)
      for (const problem of problemsFromIssue(issue)) io.err(`  ${formatInputProblem(problem)}\n`);
    return undefined;
  }
  return parsed.data;
}

async function writeAll(io: CliIo, folder: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const path = join(folder, file.fileName);
    await writeFile(path, file.bytes);
    io.out(`${path}\n`);
  }
}

export async function runDossier(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        pdf: { type: "boolean", default: false },
        date: { type: "string" },
        comments: { type: "string" },
      },
    });
  } catch (error) {
    return usageError(io, error, usage);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    return usageError(
      io,
      { vi: "Cần đúng một tệp phương án (PLAN.json).", en: "exactly one plan file" },
      usage,
    );
  const out = parsed.values.out;
  if (out === undefined)
    return usageError(io, { vi: "Thiếu thư mục đích -o OUT_DIR.", en: "missing -o OUT_DIR" }, usage);
  const date = parsed.values.date ?? today();
  if (!isoDateSchema.safeParse(date).success)
    return usageError(
      io,
      { vi: `--date phải là một ngày dạng YYYY-MM-DD (nhận "${date}").`, en: "--date must be YYYY-MM-DD" },
      usage,
    );

  const plan = await readDocumentFile(io, file, parsePlanText);
  if (plan === undefined) return EXIT_INVALID_INPUT;
  let comments: DossierComment[] = [];
  if (parsed.values.comments !== undefined) {
    const read = await readComments(io, parsed.values.comments);
    if (read === undefined) return EXIT_INVALID_INPUT;
    comments = read;
  }

  let documents: GeneratedFile[];
  try {
    documents = await buildDossier({ plan, date, comments });
  } catch (error) {
    if (!isDocumentError(error)) throw error;
    io.err(
      `${file}: không lập được hồ sơ (cannot build the dossier):\n  ${error.path ?? ""}: ${error.localized.vi}\n  (${error.localized.en})\n`,
    );
    return EXIT_INVALID_INPUT;
  }
  await mkdir(out, { recursive: true });
  await writeAll(io, out, documents);
  if (!parsed.values.pdf) return EXIT_OK;
  try {
    await writeAll(io, out, await convertDocxToPdf(documents));
  } catch (error) {
    if (!isDocumentError(error)) throw error;
    io.err(`Không tạo được PDF (${error.code}): ${error.localized.vi}\n(${error.localized.en})\n`);
    return EXIT_INVALID_INPUT;
  }
  return EXIT_OK;
}
