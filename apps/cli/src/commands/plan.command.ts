// `tinhgon plan PLAN.json [--json]` — a restructuring plan evaluated like a reform (formats.md): the
// baseline and each phase under the rule pack in force on its date, with the findings each phase
// introduces and resolves. Exit 1 when any phase still has a violation.
import { parseArgs } from "node:util";

import {
  evaluatePlan,
  type Finding,
  formatInputProblem,
  parsePlanText,
  type PlanEvaluation,
} from "@tinhgon/domain";

import { formatDateVi, formatFinding, formatFindingGroups, formatSummaryLine } from "../format.ts";
import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK, EXIT_VIOLATIONS } from "../io.ts";
import { readInputFile, usageError } from "./command-support.ts";

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
  const text = await readInputFile(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const plan = parsePlanText(text);
  if (!plan.ok) {
    io.err(`${file}: dữ liệu không hợp lệ (invalid input):\n`);
    for (const problem of plan.problems) io.err(`  ${formatInputProblem(problem)}\n`);
    return EXIT_INVALID_INPUT;
  }
  const outcome = evaluatePlan(plan.value);
  if (!outcome.ok) {
    if ("operationError" in outcome) {
      const error = outcome.operationError;
      io.err(
        `${file}: thao tác không áp dụng được (operation cannot apply):\n  ${error.path}: ${error.message.vi}\n  (${error.message.en})\n`,
      );
    } else {
      io.err(
        `${outcome.ruleSetFailure.step}: ${outcome.ruleSetFailure.message.vi}\n(${outcome.ruleSetFailure.message.en})\n`,
      );
    }
    return EXIT_INVALID_INPUT;
  }
  const { evaluation } = outcome;
  if (parsed.values.json) io.out(`${JSON.stringify(toPlanReport(evaluation), null, 2)}\n`);
  else io.out(formatPlanReport(plan.value.title, evaluation));
  return evaluation.phases.some((phase) => phase.summary.violations > 0) ? EXIT_VIOLATIONS : EXIT_OK;
}

/** formats.md's `plan --json` shape, plus each step's `summary` and each phase's `unchanged`. */
export function toPlanReport(evaluation: PlanEvaluation) {
  return {
    phases: evaluation.phases.map((phase) => ({
      name: phase.name,
      effectiveDate: phase.effectiveDate,
      ruleSet: phase.ruleSet,
      findings: phase.findings,
      introduced: phase.introduced,
      resolved: phase.resolved,
      unchanged: phase.unchanged,
      summary: phase.summary,
    })),
    baseline: {
      ruleSet: evaluation.baseline.ruleSet,
      findings: evaluation.baseline.findings,
      summary: evaluation.baseline.summary,
    },
  };
}

function list(title: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${title}: không có.\n`;
  return `${title} (${findings.length}):\n${findings.map(formatFinding).join("\n")}\n`;
}

function formatPlanReport(title: string, evaluation: PlanEvaluation): string {
  const parts = [
    `Tinh Gọn — đánh giá phương án: ${title}`,
    "",
    `HIỆN TRẠNG (${formatDateVi(evaluation.baseline.asOf)}, bộ quy tắc ${evaluation.baseline.ruleSet})`,
    formatFindingGroups(evaluation.baseline.findings),
    formatSummaryLine(evaluation.baseline.summary),
  ];
  for (const phase of evaluation.phases) {
    parts.push(
      "",
      `${phase.name.toUpperCase()} (hiệu lực ${formatDateVi(phase.effectiveDate)}, bộ quy tắc ${phase.ruleSet})`,
      list("Phát sinh", phase.introduced),
      list("Đã khắc phục", phase.resolved),
      `Không đổi: ${phase.unchanged.length} phát hiện.`,
      formatSummaryLine(phase.summary),
    );
  }
  return `${parts.join("\n")}\n`;
}
