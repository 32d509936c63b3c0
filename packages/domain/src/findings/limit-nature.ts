// What a finding's `limit` is, for the people reading it: a legal maximum or minimum, or a threshold
// worth a second look. D-DEP-01's (and D25-DEP-01's) per-division warning compares with 3 although the
// decree sets no per-division cap (ADR 0006): calling that number "tối đa" would misstate the law. One
// place decides, for the CLI's report and the web app alike.
import type { Finding } from "./finding.schema.ts";

/** District deputy pools whose per-division warning is a threshold, not a legal maximum. */
const districtPoolRules: ReadonlySet<string> = new Set(["D-DEP-01", "D25-DEP-01"]);

export type LimitNature = "max" | "min" | "threshold";

export function limitNature(finding: Finding): LimitNature | undefined {
  if (finding.limit === undefined) return undefined;
  if (
    finding.severity === "warning" &&
    districtPoolRules.has(finding.ruleId) &&
    finding.subject.type === "division"
  )
    return "threshold";
  return finding.limitKind;
}
