// `tinhgon rules [--rule-set ID] [--json]` — the rules of a pack with ids, titles, citations and
// dated parameters: the "legal basis" appendix in machine form.
import { parseArgs } from "node:util";

import { describeRule, findRulePack, rulePacks } from "@tinhgon/domain";

import { formatDateVi, formatPackHeading } from "../format.ts";
import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "../io.ts";
import { usageError } from "./command-support.ts";

export function runRules(args: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: false,
      options: { "rule-set": { type: "string" }, json: { type: "boolean", default: false } },
    });
  } catch (error) {
    return usageError(io, error, "npx tinhgon rules [--rule-set RS-2020] [--json]");
  }
  // Default: the newest pack Tinh Gọn implements.
  const id = parsed.values["rule-set"] ?? rulePacks[rulePacks.length - 1]?.id ?? "";
  const found = findRulePack(id);
  if (!found) {
    io.err(`Không có bộ quy tắc "${id}"; các bộ hiện có: ${rulePacks.map((pack) => pack.id).join(", ")}.\n`);
    return EXIT_INVALID_INPUT;
  }
  const rules = found.pack.rules.map(describeRule);
  if (parsed.values.json) {
    io.out(`${JSON.stringify({ ruleSet: found.descriptor.id, ...found.descriptor, rules }, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines = [`Bộ quy tắc ${formatPackHeading(found.descriptor)}`, ""];
  for (const rule of rules) {
    lines.push(`[${rule.id}] ${rule.title.vi}`);
    lines.push(`    Căn cứ: ${rule.citation} (độ tin cậy: ${rule.confidence})`);
    if (rule.interpretation)
      lines.push(`    Cách hiểu áp dụng: ${rule.interpretation.note.vi} [${rule.interpretation.adr}]`);
    for (const parameter of rule.parameters) {
      for (const value of parameter.values) {
        const window = `${formatDateVi(value.from)} – ${value.to === null ? "nay" : formatDateVi(value.to)}`;
        lines.push(`    • ${parameter.description.vi} (${window}): ${JSON.stringify(value.value)}`);
      }
    }
    lines.push("");
  }
  io.out(lines.join("\n"));
  return EXIT_OK;
}
