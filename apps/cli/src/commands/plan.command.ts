// `tinhgon plan PLAN.json [--json]` — a restructuring plan evaluated like a reform (formats.md): the
// baseline and each phase under the rule pack in force on its date, with the findings each phase
// introduces and resolves. Exit 1 when any phase still has a violation.
import { parseArgs } from "node:util";

import {
  evaluatePlan,
  type Finding,
  parsePlanText,
  type PlanEvaluation,
  toPlanReport,
} from "@tinhgon/domain";

import {
  formatCommuneLevel,
  formatDateVi,
  formatFinding,
  formatFindingGroups,
  formatSummaryLine,
} from "../format.ts";
import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK, EXIT_VIOLATIONS } from "../io.ts";
import { readDocumentFile, usageError } from "./command-support.ts";

const usage = "npx tinhgon plan PLAN.json [--json]";

export async function runPlan(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: "boolean", default: false } },
    });
  } catch (error) {
    return usageError(io, error, usage);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    return usageError(
      io,
      { vi: "Cần đúng một tệp phương án (PLAN.json).", en: "exactly one plan file" },
      usage,
    );
  }
  const plan = await readDocumentFile(io, file, parsePlanText);
  if (plan === undefined) return EXIT_INVALID_INPUT;
  const outcome = evaluatePlan(plan);
  if (!outcome.ok) {
    if ("operationError" in outcome) {
      const error = outcome.operationError;
      io.err(
        `${file}: thao tác không áp dụng được (operation cannot apply):\n  ${error.path}: ${error.message.vi}\n  (${error.message.en})\n`,
      );
    } else {
      const failure = outcome.ruleSetFailure;
      io.err(
        `${file}: không có bộ quy tắc cho ngày của bước "${failure.step}" (no rule set for this step's date):\n  ${failure.path}: ${failure.message.vi}\n  (${failure.message.en})\n`,
      );
    }
    return EXIT_INVALID_INPUT;
  }
  const { evaluation } = outcome;
  if (parsed.values.json) io.out(`${JSON.stringify(toPlanReport(evaluation), null, 2)}\n`);
  else io.out(formatPlanReport(plan.title, evaluation, formatCommuneLevel(plan.baseline)));
  return evaluation.phases.some((phase) => phase.summary.violations > 0) ? EXIT_VIOLATIONS : EXIT_OK;
}

function list(title: string, findings: readonly Finding[], asOf: string): string {
  if (findings.length === 0) return `${title}: không có.\n`;
  return `${title} (${findings.length}):\n${findings.map((finding) => formatFinding(finding, asOf)).join("\n")}\n`;
}

function formatPlanReport(title: string, evaluation: PlanEvaluation, communeLevel?: string): string {
  const parts = [
    `Tinh Gọn — đánh giá phương án: ${title}`,
    ...(communeLevel === undefined ? [] : [communeLevel]),
    "",
    `HIỆN TRẠNG (${formatDateVi(evaluation.baseline.asOf)}, bộ quy tắc ${evaluation.baseline.ruleSet})`,
    formatFindingGroups(evaluation.baseline.findings, evaluation.baseline.asOf),
    formatSummaryLine(evaluation.baseline.summary),
  ];
  for (const phase of evaluation.phases) {
    parts.push(
      "",
      `${phase.name.toUpperCase()} (hiệu lực ${formatDateVi(phase.effectiveDate)}, bộ quy tắc ${phase.ruleSet})`,
      list("Phát sinh", phase.introduced, phase.asOf),
      list("Đã khắc phục", phase.resolved, phase.asOf),
      // The violations carried over are what makes the exit code 1: they are shown, not only counted;
      // so are the transitional ones, whose deadline is running.
      list(
        "Vi phạm chưa khắc phục",
        phase.unchanged.filter((finding) => finding.severity === "violation"),
        phase.asOf,
      ),
      list(
        "Chuyển tiếp, đang trong thời hạn",
        phase.unchanged.filter((finding) => finding.severity === "transitional"),
        phase.asOf,
      ),
      `Không đổi: ${phase.unchanged.length} phát hiện.`,
      formatSummaryLine(phase.summary),
    );
  }
  return `${parts.join("\n")}\n`;
}
