// The review workflow of a plan (docs/adr/0026): draft → submitted → in_review → returned | approved,
// and withdrawn. Which transitions exist, and what an approval of a plan with violations must record.
import { z } from "zod";

import type { Finding } from "../findings/finding.schema.ts";
import { plainStringSchema, textSchema } from "../snapshot/snapshot.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";
import { findingKey } from "../plan/evaluate-plan.ts";
import type { PlanReport } from "../plan/plan-report.ts";
import { type PlanStatus, planStatuses } from "./plan-status.ts";

export const planStatusSchema = z.enum(planStatuses);

export const workflowActionSchema = z.enum(["submit", "start_review", "return", "approve", "withdraw"]);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

/** Who performs each action: the plan's owner (its district's or agency's officer) or a reviewer. */
export const workflowActor: Record<WorkflowAction, "owner" | "reviewer"> = {
  submit: "owner",
  withdraw: "owner",
  start_review: "reviewer",
  return: "reviewer",
  approve: "reviewer",
};

const transitions: Record<WorkflowAction, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  start_review: { from: ["submitted"], to: "in_review" },
  // A reviewer may decide without a separate "start review" click: submitted counts as under review.
  return: { from: ["submitted", "in_review"], to: "returned" },
  approve: { from: ["submitted", "in_review"], to: "approved" },
  withdraw: { from: ["draft", "submitted", "in_review", "returned"], to: "withdrawn" },
};

export const statusLabel: Record<PlanStatus, LocalizedText> = {
  draft: { vi: "Bản nháp", en: "Draft" },
  submitted: { vi: "Đã trình", en: "Submitted" },
  in_review: { vi: "Đang thẩm định", en: "In review" },
  returned: { vi: "Trả lại để chỉnh sửa", en: "Returned" },
  approved: { vi: "Đã phê duyệt", en: "Approved" },
  withdrawn: { vi: "Đã rút", en: "Withdrawn" },
};

export type TransitionOutcome = { ok: true; to: PlanStatus } | { ok: false; message: LocalizedText };

export function nextStatus(from: PlanStatus, action: WorkflowAction): TransitionOutcome {
  const transition = transitions[action];
  if (transition.from.includes(from)) return { ok: true, to: transition.to };
  const allowed = transition.from.map((status) => statusLabel[status]);
  return {
    ok: false,
    message: {
      vi: `Phương án đang ở trạng thái "${statusLabel[from].vi}": chỉ ${actionLabel[action].vi.toLowerCase()} được khi ở trạng thái ${allowed.map((label) => `"${label.vi}"`).join(" hoặc ")}.`,
      en: `The plan is "${statusLabel[from].en}": "${actionLabel[action].en}" is possible only when it is ${allowed.map((label) => `"${label.en}"`).join(" or ")}.`,
    },
  };
}

export const actionLabel: Record<WorkflowAction, LocalizedText> = {
  submit: { vi: "Trình thẩm định", en: "Submit" },
  start_review: { vi: "Bắt đầu thẩm định", en: "Start review" },
  return: { vi: "Trả lại", en: "Return" },
  approve: { vi: "Phê duyệt", en: "Approve" },
  withdraw: { vi: "Rút phương án", en: "Withdraw" },
};

/** A reviewer's reason for approving despite one violation. */
export const violationOverrideSchema = z.strictObject({
  findingKey: plainStringSchema(500),
  reason: textSchema(2000).refine((reason) => reason.length >= 10, { error: "OVERRIDE_REASON_TOO_SHORT" }),
});
export type ViolationOverride = z.infer<typeof violationOverrideSchema>;

/**
 * The violations an approval must answer for: every violation in the structure after any phase (each
 * phase's structure will exist on its date), once per finding key. A plan without phases answers for
 * its baseline.
 */
export function violationsToOverride(report: PlanReport): Finding[] {
  const states =
    report.phases.length > 0 ? report.phases.map((phase) => phase.findings) : [report.baseline.findings];
  const byKey = new Map<string, Finding>();
  for (const findings of states)
    for (const finding of findings)
      if (finding.severity === "violation" && !byKey.has(findingKey(finding)))
        byKey.set(findingKey(finding), finding);
  return [...byKey.values()];
}

export type ComplianceGate =
  { ok: true } | { ok: false; missing: Finding[]; unknown: string[]; message: LocalizedText };

/** An approval passes the gate when every violation has its own override reason, and no reason names nothing. */
export function checkComplianceGate(
  report: PlanReport,
  overrides: readonly ViolationOverride[],
): ComplianceGate {
  const violations = violationsToOverride(report);
  const given = new Set(overrides.map((override) => override.findingKey));
  const keys = new Set(violations.map(findingKey));
  const missing = violations.filter((finding) => !given.has(findingKey(finding)));
  const unknown = [...given].filter((key) => !keys.has(key));
  if (missing.length === 0 && unknown.length === 0) return { ok: true };
  const ids = missing.map((finding) => finding.ruleId).join(", ");
  return {
    ok: false,
    missing,
    unknown,
    message:
      missing.length > 0
        ? {
            vi: `Phương án còn ${String(missing.length)} vi phạm (${ids}): muốn phê duyệt, ghi lý do chấp thuận cho từng vi phạm, hoặc trả lại để đơn vị chỉnh sửa.`,
            en: `The plan still has ${String(missing.length)} violation(s) (${ids}): to approve it, record a reason for each violation, or return it for changes.`,
          }
        : {
            vi: `Lý do chấp thuận nêu vi phạm không có trong phương án (${unknown.join(", ")}): tải lại kết quả kiểm tra rồi thử lại.`,
            en: `An override names a violation the plan does not have (${unknown.join(", ")}): reload the check and try again.`,
          },
  };
}
