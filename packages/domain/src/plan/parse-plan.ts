// Reading a plan document: the format version first, then the strict schema (baseline included), then
// the baseline's references. Operations are checked when they are applied.
import { type InputProblem, type ParseResult, problemsFromIssue } from "../snapshot/input-problem.ts";
import { READABLE_SNAPSHOT_FORMATS, upgradeSnapshotDocument } from "../snapshot/migrate-snapshot.ts";
import { findReferenceProblems, formatVersionProblem, parseJson } from "../snapshot/parse-snapshot.ts";
import { SNAPSHOT_FORMAT_V1 } from "../snapshot/snapshot.schema.ts";
import { PLAN_FORMAT, PLAN_FORMAT_V1, type Plan, planSchema } from "./plan.schema.ts";

/** A tinhgon.plan/2 document, or a /1 plan migrated to /2 (its baseline migrated to tinhgon.snapshot/2). */
export function parsePlan(input: unknown): ParseResult<Plan> {
  const upgraded = upgradePlanDocument(input);
  if (!upgraded.ok) return upgraded;
  const result = planSchema.safeParse(upgraded.value, { reportInput: true });
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

/** The plan as a /2 document (not yet validated): the version, the baseline's version, /1's limits. */
function upgradePlanDocument(input: unknown): ParseResult<unknown> {
  const format = (input as { format?: unknown } | null)?.format;
  const versionProblem = format === PLAN_FORMAT_V1 ? undefined : formatVersionProblem(input, PLAN_FORMAT);
  if (versionProblem) {
    const isSnapshot = (READABLE_SNAPSHOT_FORMATS as readonly unknown[]).includes(format);
    const hint: InputProblem = isSnapshot
      ? {
          path: "format",
          message: {
            vi: `đây là một cơ cấu tổ chức (${String(format)}), không phải phương án; dùng "npx tinhgon check"`,
            en: `this is a snapshot (${String(format)}), not a plan; use "npx tinhgon check"`,
          },
        }
      : versionProblem;
    return { ok: false, problems: [hint] };
  }
  const plan = input as Record<string, unknown>;
  if (!("baseline" in plan)) return { ok: true, value: plan }; // the schema names the missing field
  const problems: InputProblem[] = [];
  if (format === PLAN_FORMAT_V1) {
    const baselineFormat = (plan.baseline as { format?: unknown } | null)?.format;
    if (
      baselineFormat !== SNAPSHOT_FORMAT_V1 &&
      (READABLE_SNAPSHOT_FORMATS as readonly unknown[]).includes(baselineFormat)
    ) {
      problems.push({
        path: "baseline.format",
        message: {
          vi: `phương án ${PLAN_FORMAT_V1} có cơ cấu gốc ${SNAPSHOT_FORMAT_V1}; đổi "format" của phương án thành "${PLAN_FORMAT}"`,
          en: `a ${PLAN_FORMAT_V1} plan has a ${SNAPSHOT_FORMAT_V1} baseline; change the plan's "format" to "${PLAN_FORMAT}"`,
        },
      });
    }
    problems.push(...communeOperationsIn(plan.phases));
  }
  const baseline = upgradeSnapshotDocument(plan.baseline, "baseline.");
  if (!baseline.ok) problems.push(...baseline.problems);
  if (problems.length > 0 || !baseline.ok) return { ok: false, problems };
  return { ok: true, value: { ...plan, format: PLAN_FORMAT, baseline: baseline.document } };
}

/** plan/1 knows no commune level: a `create` with `commune` is a /2 operation. */
function communeOperationsIn(phases: unknown): InputProblem[] {
  if (!Array.isArray(phases)) return [];
  return phases.flatMap((phase: unknown, phaseIndex) => {
    const operations = (phase as { operations?: unknown } | null)?.operations;
    if (!Array.isArray(operations)) return [];
    return operations.flatMap((operation: unknown, operationIndex) =>
      typeof operation === "object" && operation !== null && "commune" in operation
        ? [
            {
              path: `phases[${phaseIndex}].operations[${operationIndex}].commune`,
              message: {
                vi: `trường này chỉ có từ định dạng "${PLAN_FORMAT}"; đổi "format" của phương án thành "${PLAN_FORMAT}"`,
                en: `this field exists only from "${PLAN_FORMAT}"; change the plan's "format" to "${PLAN_FORMAT}"`,
              },
            },
          ]
        : [],
    );
  });
}
