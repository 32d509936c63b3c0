// `tinhgon check SNAPSHOT.json [--rule-set ID] [--json]` — the compliance gate (formats.md) — and
// `tinhgon check SNAPSHOT.json --compare A,B [--json]`: the same structure under two rule packs.
import { parseArgs } from "node:util";

import {
  compareUnderRulePacks,
  evaluateSnapshot,
  parseSnapshotText,
  type RuleSetComparison,
  selectRulePack,
  type Snapshot,
  toCheckReport,
} from "@tinhgon/domain";

import {
  formatCommuneLevel,
  formatDateVi,
  formatFindingGroups,
  formatPackHeading,
  formatSummaryLine,
} from "../format.ts";
import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK, EXIT_VIOLATIONS } from "../io.ts";
import { readDocumentFile, usageError } from "./command-support.ts";

const USAGE = "npx tinhgon check SNAPSHOT.json [--rule-set RS-2020 | --compare RS-2020,RS-2026] [--json]";

export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        "rule-set": { type: "string" },
        compare: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return usageError(io, error, USAGE);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    const reason =
      file === undefined
        ? { vi: "Thiếu tên tệp cơ cấu tổ chức (SNAPSHOT.json).", en: "missing the snapshot file" }
        : { vi: `Chỉ kiểm tra một tệp mỗi lần; thừa: ${extra.join(" ")}.`, en: "one file at a time" };
    return usageError(io, reason, USAGE);
  }
  const { compare } = parsed.values;
  let ruleSets: [string, string] | undefined;
  if (compare !== undefined) {
    if (parsed.values["rule-set"] !== undefined) {
      return usageError(
        io,
        {
          vi: "Dùng --rule-set hoặc --compare, không dùng cả hai.",
          en: "use either --rule-set or --compare",
        },
        USAGE,
      );
    }
    ruleSets = parseComparedRuleSets(compare);
    if (!ruleSets) {
      return usageError(
        io,
        {
          vi: `--compare cần hai bộ quy tắc khác nhau, cách nhau bởi dấu phẩy (ví dụ RS-2020,RS-2026); nhận được "${compare}".`,
          en: "--compare takes two different rule sets separated by a comma",
        },
        USAGE,
      );
    }
  }

  const snapshot = await readDocumentFile(io, file, parseSnapshotText);
  if (snapshot === undefined) return EXIT_INVALID_INPUT;
  if (ruleSets) return runComparison(io, snapshot, ruleSets, parsed.values.json);
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
    const communeLevel = formatCommuneLevel(snapshot);
    io.out(
      [
        `Tinh Gọn — kiểm tra cơ cấu tổ chức: ${snapshot.province.name}`,
        `Ngày áp dụng: ${formatDateVi(result.asOf)}`,
        `Bộ quy tắc: ${heading}`,
        ...(communeLevel === undefined ? [] : [communeLevel]),
        "",
        formatFindingGroups(result.findings, result.asOf),
        formatSummaryLine(result.summary),
        "",
      ].join("\n"),
    );
  }
  return result.summary.violations > 0 ? EXIT_VIOLATIONS : EXIT_OK;
}

/** "A,B" → [A, B] (two different names, spaces around them ignored); anything else → undefined. */
function parseComparedRuleSets(value: string): [string, string] | undefined {
  const names = value.split(",").map((name) => name.trim());
  const [first, second] = names;
  if (names.length !== 2 || !first || !second || first === second) return undefined;
  return [first, second];
}

/**
 * Exit code: 1 when either pack finds a violation (as `plan` exits 1 for a violation in any phase), so a
 * script can require a structure to comply under both the old and the new law.
 */
function runComparison(
  io: CliIo,
  snapshot: Snapshot,
  [first, second]: [string, string],
  json: boolean,
): number {
  const outcome = compareUnderRulePacks(snapshot, first, second);
  if (!outcome.ok) {
    io.err(`${outcome.failure.message.vi}\n(${outcome.failure.message.en})\n`);
    return EXIT_INVALID_INPUT;
  }
  const { comparison } = outcome;
  if (json) io.out(`${JSON.stringify(comparison, null, 2)}\n`);
  else io.out(formatComparison(snapshot, comparison));
  const violations = comparison.reports.some((report) => report.summary.violations > 0);
  return violations ? EXIT_VIOLATIONS : EXIT_OK;
}

function packHeading(ruleSet: string): string {
  const found = selectRulePack("", ruleSet);
  return found.ok ? formatPackHeading(found.descriptor) : ruleSet;
}

function formatComparison(snapshot: Snapshot, comparison: RuleSetComparison): string {
  const [first, second] = comparison.ruleSets;
  const [firstReport, secondReport] = comparison.reports;
  const section = (title: string, findings: RuleSetComparison["appeared"]) =>
    `${title} (${findings.length})\n${findings.length === 0 ? "  Không có.\n" : formatFindingGroups(findings, comparison.structure.asOf)}`;
  return [
    `Tinh Gọn — so sánh theo hai bộ quy tắc: ${snapshot.province.name}`,
    `Ngày của cơ cấu: ${formatDateVi(comparison.structure.asOf)}`,
    `A: ${packHeading(first)}`,
    `B: ${packHeading(second)}`,
    "",
    section(`CHỈ CÓ THEO ${second} (xuất hiện khi áp dụng B)`, comparison.appeared),
    section(`CHỈ CÓ THEO ${first} (không còn khi áp dụng B)`, comparison.disappeared),
    section("CÓ THEO CẢ HAI (nêu theo B)", comparison.remained),
    `${first}: ${formatSummaryLine(firstReport.summary)}`,
    `${second}: ${formatSummaryLine(secondReport.summary)}`,
    "",
  ].join("\n");
}
