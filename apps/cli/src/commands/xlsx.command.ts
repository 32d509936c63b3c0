// Excel in and out (issue #8):
//   `tinhgon import-xlsx FILE.xlsx -o SNAPSHOT.json [--into BASE.json] [--marked MARKED.xlsx] [--json]`
//   `tinhgon export-xlsx SNAPSHOT.json -o FILE.xlsx`
//   `tinhgon template-xlsx structure|positions|staff -o FILE.xlsx`
// An import writes the snapshot only when the whole workbook is valid; otherwise every problem goes to
// standard error as "Sheet!C12 (Biên chế): message", a copy of the workbook with each bad cell marked is
// written next to the output, and the exit code is 2.
import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

import {
  type CellProblem,
  readSnapshotWorkbook,
  type WorkbookKind,
  writeSnapshotWorkbook,
  writeWorkbookTemplate,
} from "@tinhgon/documents";
import { countSnapshotContents, parseSnapshotText, type Snapshot } from "@tinhgon/domain";

import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "../io.ts";
import { readDocumentFile, readInputBytes, usageError, writeOutputFile } from "./command-support.ts";

const importUsage =
  "npx tinhgon import-xlsx FILE.xlsx -o SNAPSHOT.json [--into BASE.json] [--marked MARKED.xlsx] [--json]";
const exportUsage = "npx tinhgon export-xlsx SNAPSHOT.json -o FILE.xlsx";
const templateUsage = "npx tinhgon template-xlsx structure|positions|staff -o FILE.xlsx";

const kindNames: Record<WorkbookKind, string> = {
  structure: "cơ cấu tổ chức",
  positions: "vị trí việc làm",
  staff: "công chức",
};

/** "Đơn vị!E3 (Biên chế): Biên chế phải là số nguyên ≥ 0 …" — the cell as Excel names it. */
export function formatCellProblem(problem: CellProblem): string {
  const field = problem.field === "" ? "" : ` (${problem.field})`;
  // The message starts with its field so that it reads alone in a cell note; here the field is just before.
  const prefix = `${problem.field}: `;
  const message = problem.message.vi.startsWith(prefix)
    ? problem.message.vi.slice(prefix.length)
    : problem.message.vi;
  return `${problem.sheet}!${problem.column}${problem.row}${field}: ${message}`;
}

/** Where the marked copy goes by default: next to the output, named after the workbook. */
export function defaultMarkedPath(input: string, output: string): string {
  return join(dirname(output), `${basename(input, extname(input))}.loi-nhap-lieu.xlsx`);
}

function counts(snapshot: Snapshot): string {
  const { agencies, units, districts, divisions, positions, staff } = countSnapshotContents(snapshot);
  return (
    `${agencies} sở, ${units} đơn vị thuộc sở, ${districts} quận huyện, ` +
    `${divisions} phòng chuyên môn, ${positions} vị trí việc làm, ${staff} công chức`
  );
}

export async function runImportXlsx(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        into: { type: "string" },
        marked: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return usageError(io, error, importUsage);
  }
  const [file, ...extra] = parsed.positionals;
  const { output, into, json } = parsed.values;
  if (file === undefined || extra.length > 0) {
    return usageError(
      io,
      { vi: "Cần đúng một tệp Excel (FILE.xlsx).", en: "exactly one workbook" },
      importUsage,
    );
  }
  if (output === undefined) {
    return usageError(io, { vi: "Thiếu tệp kết quả -o SNAPSHOT.json.", en: "missing -o" }, importUsage);
  }
  const marked = parsed.values.marked ?? defaultMarkedPath(file, output);
  if (resolve(marked) === resolve(file) || resolve(output) === resolve(file)) {
    return usageError(
      io,
      {
        vi: "Tệp kết quả không được trùng với tệp Excel đầu vào.",
        en: "an output would overwrite the input",
      },
      importUsage,
    );
  }

  const bytes = await readInputBytes(io, file);
  if (bytes === undefined) return EXIT_INVALID_INPUT;
  let base: Snapshot | undefined;
  if (into !== undefined) {
    base = await readDocumentFile(io, into, parseSnapshotText);
    if (base === undefined) return EXIT_INVALID_INPUT;
  }
  const result = await readSnapshotWorkbook(bytes, base === undefined ? {} : { base });

  if (result.ok) {
    if (!(await writeOutputFile(io, output, `${JSON.stringify(result.snapshot, null, 2)}\n`))) {
      return EXIT_INVALID_INPUT;
    }
    if (json) {
      io.out(`${JSON.stringify({ ok: true, kinds: result.kinds, output }, null, 2)}\n`);
    } else {
      const kinds = result.kinds.map((kind) => kindNames[kind]).join(", ");
      io.out(`Đã nhập ${file} (${kinds}) → ${output}: ${counts(result.snapshot)}.\n`);
    }
    return EXIT_OK;
  }

  if (result.kind === "file") {
    io.err(`${file}: ${result.message.vi}\n(${result.message.en})\n`);
    if (json) {
      io.out(
        `${JSON.stringify({ ok: false, kind: "file", code: result.code, message: result.message }, null, 2)}\n`,
      );
    }
    return EXIT_INVALID_INPUT;
  }

  io.err(`${file}: ${result.problems.length} lỗi nhập liệu (invalid input); chưa ghi ${output}:\n`);
  for (const problem of result.problems) io.err(`  ${formatCellProblem(problem)}\n`);
  const written = await writeOutputFile(io, marked, result.markedWorkbook);
  if (written) {
    io.err(
      `Bản sao có đánh dấu các ô lỗi (marked copy): ${marked}\n` +
        "Sửa các ô tô đỏ trên bản sao đó (xem sheet Lỗi nhập liệu) rồi nhập lại.\n",
    );
  }
  if (json) {
    io.out(
      `${JSON.stringify({ ok: false, kind: "rows", problems: result.problems, marked: written ? marked : null }, null, 2)}\n`,
    );
  }
  return EXIT_INVALID_INPUT;
}

function outputOption(args: readonly string[], io: CliIo, usage: string) {
  try {
    const parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { output: { type: "string", short: "o" } },
    });
    return { ok: true as const, positionals: parsed.positionals, output: parsed.values.output };
  } catch (error) {
    return { ok: false as const, code: usageError(io, error, usage) };
  }
}

export async function runExportXlsx(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = outputOption(args, io, exportUsage);
  if (!parsed.ok) return parsed.code;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    return usageError(
      io,
      { vi: "Cần đúng một tệp SNAPSHOT.json.", en: "exactly one snapshot file" },
      exportUsage,
    );
  }
  if (parsed.output === undefined) {
    return usageError(io, { vi: "Thiếu tệp kết quả -o FILE.xlsx.", en: "missing -o" }, exportUsage);
  }
  const snapshot = await readDocumentFile(io, file, parseSnapshotText);
  if (snapshot === undefined) return EXIT_INVALID_INPUT;
  if (!(await writeOutputFile(io, parsed.output, await writeSnapshotWorkbook(snapshot))))
    return EXIT_INVALID_INPUT;
  io.out(`Đã xuất ${snapshot.province.name} (${counts(snapshot)}) → ${parsed.output}\n`);
  return EXIT_OK;
}

function isWorkbookKind(value: string): value is WorkbookKind {
  return value === "structure" || value === "positions" || value === "staff";
}

export async function runTemplateXlsx(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = outputOption(args, io, templateUsage);
  if (!parsed.ok) return parsed.code;
  const [kind, ...extra] = parsed.positionals;
  if (kind === undefined || !isWorkbookKind(kind) || extra.length > 0) {
    return usageError(
      io,
      {
        vi: "Cần chọn một mẫu: structure, positions hoặc staff.",
        en: "choose structure, positions or staff",
      },
      templateUsage,
    );
  }
  if (parsed.output === undefined) {
    return usageError(io, { vi: "Thiếu tệp kết quả -o FILE.xlsx.", en: "missing -o" }, templateUsage);
  }
  if (!(await writeOutputFile(io, parsed.output, await writeWorkbookTemplate(kind))))
    return EXIT_INVALID_INPUT;
  io.out(`Đã tạo mẫu nhập liệu ${kindNames[kind]} → ${parsed.output}\n`);
  return EXIT_OK;
}
