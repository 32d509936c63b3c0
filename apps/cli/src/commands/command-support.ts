import { readFile, writeFile } from "node:fs/promises";

import { formatInputProblem, type ParseResult } from "@tinhgon/domain";

import { type CliIo, EXIT_INVALID_INPUT } from "../io.ts";

/** Explains a usage mistake in Vietnamese (with Node's English detail for an unknown option). */
export function usageError(io: CliIo, reason: unknown, usage: string): number {
  const text =
    reason instanceof Error
      ? `Câu lệnh không hợp lệ: ${reason.message}`
      : typeof reason === "object" && reason !== null && "vi" in reason && "en" in reason
        ? `${String(reason.vi)} (${String(reason.en)})`
        : "Câu lệnh không hợp lệ.";
  io.err(`${text}\nCách dùng (usage): ${usage}\n`);
  return EXIT_INVALID_INPUT;
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** Why a file could not be read, in Vietnamese (and English). */
function readFailure(error: unknown): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return "không tìm thấy tệp (file not found)";
    case "EISDIR":
      return "đây là thư mục, không phải tệp (is a directory)";
    case "EACCES":
      return "không có quyền đọc tệp (permission denied)";
    default:
      return "không đọc được tệp (cannot read the file)";
  }
}

/** Reads an input file; on failure explains it in Vietnamese (and English) and returns undefined. */
export async function readInputFile(io: CliIo, path: string): Promise<string | undefined> {
  try {
    return await io.readFile(path);
  } catch (error) {
    io.err(`${path}: ${readFailure(error)}\n`);
    return undefined;
  }
}

/**
 * Reads a snapshot or plan file and parses it with the domain's parser; on failure prints each problem
 * with its JSON path (formats.md: exit 2 follows) and returns undefined.
 */
export async function readDocumentFile<T>(
  io: CliIo,
  path: string,
  parse: (text: string) => ParseResult<T>,
): Promise<T | undefined> {
  const text = await readInputFile(io, path);
  if (text === undefined) return undefined;
  const parsed = parse(text);
  if (parsed.ok) return parsed.value;
  io.err(`${path}: dữ liệu không hợp lệ (invalid input):\n`);
  for (const problem of parsed.problems) io.err(`  ${formatInputProblem(problem)}\n`);
  return undefined;
}

/** Reads a binary input file (a workbook); on failure explains it and returns undefined. */
export async function readInputBytes(io: CliIo, path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    io.err(`${path}: ${readFailure(error)}\n`);
    return undefined;
  }
}

/** Writes an output file; on failure explains it in Vietnamese (and English) and returns false. */
export async function writeOutputFile(io: CliIo, path: string, data: string | Uint8Array): Promise<boolean> {
  try {
    await writeFile(path, data);
    return true;
  } catch (error) {
    const reason =
      errorCode(error) === "ENOENT"
        ? "thư mục chứa tệp không tồn tại (the folder does not exist)"
        : errorCode(error) === "EACCES"
          ? "không có quyền ghi (permission denied)"
          : errorCode(error) === "EISDIR"
            ? "đây là thư mục, không phải tệp (is a directory)"
            : "không ghi được tệp (cannot write the file)";
    io.err(`${path}: ${reason}\n`);
    return false;
  }
}
