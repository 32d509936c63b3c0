// What a finding's `limit` is, for the people reading it: a legal maximum or minimum, or a threshold
// worth a second look. D-DEP-01's per-division warning compares with 3 although the decree sets no
// per-division cap (ADR 0006): calling that number "tối đa" would misstate the law. One place decides,
// for the CLI's report and the web app alike.
import type { Finding } from "./finding.schema.ts";

export type LimitNature = "max" | "min" | "threshold";

export function limitNature(finding: Finding): LimitNature | undefined {
  if (finding.limit === undefined) return undefined;
  if (finding.severity === "warning" && finding.ruleId === "D-DEP-01" && finding.subject.type === "division")
    return "threshold";
  return finding.limitKind;
}
