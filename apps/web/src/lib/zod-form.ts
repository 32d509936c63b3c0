// Forms are validated by the same zod schemas as the server (packages/domain), with the domain's
// bilingual messages: the user sees the message in the UI language next to the field it is about.
import { type InputProblem, problemsFromIssue } from "@tinhgon/domain";
import type { FormInstance } from "antd";
import type { Rule } from "antd/es/form";
import type { z } from "zod";

import { i18next } from "../i18n/index.ts";

function localized(problem: InputProblem): string {
  return i18next.language === "en" ? problem.message.en : problem.message.vi;
}

// The domain's messages say "missing" only when the input is reported as absent.
const parseOptions = { reportInput: true } as const;

/** An antd Form rule checking one field's value against the field's schema (e.g. `schema.shape.payroll`). */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: (_rule, value: unknown) => {
      const result = schema.safeParse(value, parseOptions);
      if (result.success) return Promise.resolve();
      const [problem] = result.error.issues.flatMap(problemsFromIssue);
      return Promise.reject(new Error(problem ? localized(problem) : ""));
    },
  };
}

export interface FieldProblem {
  /** The field's name path in the form, e.g. ["payroll"] or ["functions", 1]. */
  name: (string | number)[];
  errors: string[];
}

/** Every problem of `values` against `schema`, grouped by form field (whole-form problems under []). */
export function fieldProblems(schema: z.ZodType, values: unknown): FieldProblem[] {
  const result = schema.safeParse(values, parseOptions);
  if (result.success) return [];
  const byField = new Map<string, FieldProblem>();
  const add = (path: readonly PropertyKey[], message: string) => {
    const name = path.filter((part) => typeof part !== "symbol");
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  };
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      // Reported at each unknown field, not at the object holding it.
      for (const [index, problem] of problemsFromIssue(issue).entries()) {
        add([...issue.path, issue.keys[index] ?? ""], localized(problem));
      }
    } else {
      add(issue.path, localized(problemsFromIssue(issue)[0] ?? { path: "", message: { vi: "", en: "" } }));
    }
  }
  return [...byField.values()];
}

/**
 * Parses `values` with `schema`; on failure marks each field in `form` with its messages and returns
 * undefined, so the caller sends nothing to the server.
 */
export function parseFormValues<Schema extends z.ZodType>(
  schema: Schema,
  values: unknown,
  form: FormInstance,
): z.infer<Schema> | undefined {
  const result = schema.safeParse(values, parseOptions);
  if (result.success) return result.data;
  form.setFields(fieldProblems(schema, values));
  return undefined;
}
