// `tinhgon check SNAPSHOT.json [--rule-set ID] [--json]` — the compliance gate (formats.md).
import { parseArgs } from "node:util";

import { evaluateSnapshot, parseSnapshotText, selectRulePack, toCheckReport } from "@tinhgon/domain";

import { formatDateVi, formatFindingGroups, formatPackHeading, formatSummaryLine } from "../format.ts";
import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK, EXIT_VIOLATIONS } from "../io.ts";
import { readDocumentFile, usageError } from "./command-support.ts";

export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { "rule-set": { type: "string" }, json: { type: "boolean", default: false } },
    });
  } catch (error) {
    return usageError(io, error, "npx tinhgon check SNAPSHOT.json [--rule-set RS-2020] [--json]");
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    const reason =
      file === undefined
        ? { vi: "Thiếu tên tệp cơ cấu tổ chức (SNAPSHOT.json).", en: "missing the snapshot file" }
        : { vi: `Chỉ kiểm tra một tệp mỗi lần; thừa: ${extra.join(" ")}.`, en: "one file at a time" };
    return usageError(io, reason, "npx tinhgon check SNAPSHOT.json [--rule-set RS-2020] [--json]");
  }

  const snapshot = await readDocumentFile(io, file, parseSnapshotText);
  if (snapshot === undefined) return EXIT_INVALID_INPUT;
  const outcome = evaluateSnapshot(snapshot, {
    ...(parsed.values["rule-set"] === undefined ? {} : { ruleSet: parsed.values["rule-set"] }),
  });
  if (!outcome.ok) {
    io.err(`${outcome.failure.message.vi}\n(${outcome.failure.message.en})\n`);
    return EXIT_INVALID_INPUT;
  }
  const { result } = outcome;
  if (parsed.values.json) {
    io.out(`${JSON.stringify(toCheckReport(result), null, 2)}
`);
  } else {
    const selected = selectRulePack(result.asOf, result.ruleSet);
    const heading = selected.ok ? formatPackHeading(selected.descriptor) : result.ruleSet;
    io.out(
      [
        `Tinh Gọn — kiểm tra cơ cấu tổ chức: ${snapshot.province.name}`,
        `Ngày áp dụng: ${formatDateVi(result.asOf)}`,
        `Bộ quy tắc: ${heading}`,
        "",
        formatFindingGroups(result.findings),
        formatSummaryLine(result.summary),
        "",
      ].join("\n"),
    );
  }
  return result.summary.violations > 0 ? EXIT_VIOLATIONS : EXIT_OK;
}
