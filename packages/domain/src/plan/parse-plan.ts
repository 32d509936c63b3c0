// Reading a plan document: the format version first, then the strict schema (baseline included), then
// the baseline's references. Operations are checked when they are applied.
import { type InputProblem, type ParseResult, problemsFromIssue } from "../snapshot/input-problem.ts";
import { findReferenceProblems, formatVersionProblem, parseJson } from "../snapshot/parse-snapshot.ts";
import { PLAN_FORMAT, type Plan, planSchema } from "./plan.schema.ts";

export function parsePlan(input: unknown): ParseResult<Plan> {
  const versionProblem = formatVersionProblem(input, PLAN_FORMAT);
  if (versionProblem) {
    const isSnapshot = (input as { format?: unknown } | null)?.format === "tinhgon.snapshot/1";
    const hint: InputProblem = isSnapshot
      ? {
          path: "format",
          message: {
            vi: `đây là một cơ cấu tổ chức (tinhgon.snapshot/1), không phải phương án; dùng "npx tinhgon check"`,
            en: `this is a snapshot (tinhgon.snapshot/1), not a plan; use "npx tinhgon check"`,
          },
        }
      : versionProblem;
    return { ok: false, problems: [hint] };
  }
  const result = planSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.flatMap(problemsFromIssue),
    };
  }
  const problems = findReferenceProblems(result.data.baseline, "baseline.");
  return problems.length === 0 ? { ok: true, value: result.data } : { ok: false, problems };
}

export function parsePlanText(text: string): ParseResult<Plan> {
  const json = parseJson(text);
  return json.ok ? parsePlan(json.value) : json;
}
