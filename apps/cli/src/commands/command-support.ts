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

/** Reads an input file; on failure explains it in Vietnamese (and English) and returns undefined. */
export async function readInputFile(io: CliIo, path: string): Promise<string | undefined> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    const reason =
      code === "ENOENT"
        ? "không tìm thấy tệp (file not found)"
        : code === "EISDIR"
          ? "đây là thư mục, không phải tệp (is a directory)"
          : code === "EACCES"
            ? "không có quyền đọc tệp (permission denied)"
            : "không đọc được tệp (cannot read the file)";
    io.err(`${path}: ${reason}\n`);
    return undefined;
  }
}
