// The review workflow (docs/adr/0026): submit (locks the plan, pins the rule packs), start review,
// comment, return with a reason, approve through the compliance gate (an override reason per
// violation, never one's own submission), withdraw, and revise an approved plan as a new plan. Each
// step is one transaction with its audit event (repositories.transitionPlan).
import { createHash } from "node:crypto";

import type { PlanCommentRecord, PlanRoundRecord, StoredPlan, WorkflowStep } from "@tinhgon/db";
import {
  checkComplianceGate,
  compareRounds,
  describeRulePack,
  evaluatePlan,
  type Finding,
  findingKey,
  type Plan,
  type PlanReport,
  type PlanStatus,
  nextStatus,
  type RoundChanges,
  toPlanReport,
  type ViolationOverride,
  violationsToOverride,
  type WorkflowAction,
} from "@tinhgon/domain";

import { auditMeta, type Context } from "../context.ts";
import { AppError, notFound } from "../errors.ts";
import { loadStoredPlan, visiblePlan } from "./plan.service.ts";

export interface PinnedRulePack {
  /** "baseline" or the phase's 0-based index. */
  step: "baseline" | number;
  ruleSet: string;
  /** SHA-256 of the pack's rules and dated parameters as listed (describeRulePack). */
  fingerprint: string;
}

export type CommentTarget =
  | { kind: "plan" }
  | { kind: "phase"; phaseIndex: number }
  | { kind: "operation"; phaseIndex: number; operationIndex: number }
  | { kind: "finding"; findingKey: string };

function fingerprintOf(ruleSet: string): string {
  return createHash("sha256")
    .update(JSON.stringify(describeRulePack(ruleSet) ?? null))
    .digest("hex");
}

function reportOf(plan: Plan): PlanReport {
  const outcome = evaluatePlan(plan);
  if (outcome.ok) return toPlanReport(outcome.evaluation);
  if ("operationError" in outcome)
    throw new AppError("PLAN_OPERATION_INVALID", outcome.operationError.message);
  throw new AppError(outcome.ruleSetFailure.code, outcome.ruleSetFailure.message);
}

function pinsOf(report: PlanReport): PinnedRulePack[] {
  return [
    {
      step: "baseline" as const,
      ruleSet: report.baseline.ruleSet,
      fingerprint: fingerprintOf(report.baseline.ruleSet),
    },
    ...report.phases.map((phase, index) => ({
      step: index,
      ruleSet: phase.ruleSet,
      fingerprint: fingerprintOf(phase.ruleSet),
    })),
  ];
}

/** Pins that no longer match the packs the server evaluates with (a pack changed since submission). */
function changedPins(pinned: unknown, report: PlanReport): PinnedRulePack[] {
  const now = pinsOf(report);
  const list = Array.isArray(pinned) ? (pinned as PinnedRulePack[]) : [];
  return list.filter((pin) => {
    const current = now.find((candidate) => candidate.step === pin.step);
    return current?.ruleSet !== pin.ruleSet || current.fingerprint !== pin.fingerprint;
  });
}

export interface ReviewStatus {
  id: string;
  title: string;
  status: PlanStatus;
  version: number;
  revisionOf: string | null;
  rounds: Omit<PlanRoundRecord, "document">[];
  comments: PlanCommentRecord[];
  /** The violations an approval must give a reason for (empty: the plan complies). */
  violations: Finding[];
  violationKeys: string[];
  /** What changed since the previous submission (from round 2 on), or since the last one while editing. */
  changesSinceLastRound: (RoundChanges & { fromRound: number; toRound: number | "current" }) | null;
  /** Pinned rule packs that changed since the submission: approval is refused until resubmitted. */
  rulePacksChanged: PinnedRulePack[];
}

export async function reviewStatus(context: Context, id: string): Promise<ReviewStatus> {
  const stored = await loadStoredPlan(context, id);
  const rounds = await context.repositories.listPlanRounds(id);
  const comments = await context.repositories.listPlanComments(id);
  const report = reportOf(stored.document);
  const violations = violationsToOverride(report);
  const last = rounds.at(-1);
  const open = last?.decision === null ? last : undefined;
  let changesSinceLastRound: ReviewStatus["changesSinceLastRound"] = null;
  if (open && rounds.length >= 2) {
    const previous = rounds[rounds.length - 2];
    if (previous)
      changesSinceLastRound = {
        ...compareRounds(
          { plan: previous.document, report: reportOf(previous.document) },
          { plan: open.document, report: reportOf(open.document) },
        ),
        fromRound: previous.round,
        toRound: open.round,
      };
  } else if (!open && last && (stored.status === "returned" || stored.status === "draft")) {
    changesSinceLastRound = {
      ...compareRounds(
        { plan: last.document, report: reportOf(last.document) },
        { plan: stored.document, report },
      ),
      fromRound: last.round,
      toRound: "current",
    };
  }
  return {
    id: stored.id,
    title: stored.title,
    status: stored.status,
    version: stored.version,
    revisionOf: stored.revisionOf,
    rounds: rounds.map(({ document: _document, ...round }) => round),
    comments,
    violations,
    violationKeys: violations.map(findingKey),
    changesSinceLastRound,
    rulePacksChanged: open ? changedPins(open.rulePacks, report) : [],
  };
}

function refusedTransition(from: PlanStatus, action: WorkflowAction): AppError {
  const outcome = nextStatus(from, action);
  return new AppError(
    "WORKFLOW_STATE",
    outcome.ok ? { vi: "Không thực hiện được.", en: "Not possible." } : outcome.message,
  );
}

async function runStep(
  context: Context,
  input: { id: string; version: number },
  decide: (stored: StoredPlan, rounds: PlanRoundRecord[]) => WorkflowStep<AppError>,
): Promise<StoredPlan> {
  const outcome = await context.repositories.transitionPlan<AppError>(
    input.id,
    input.version,
    decide,
    auditMeta(context),
  );
  switch (outcome.status) {
    case "saved":
      return visiblePlan(context, outcome.plan);
    case "not_found":
      throw notFound("PLAN_NOT_FOUND", input.id);
    case "conflict":
      throw new AppError("PLAN_VERSION_CONFLICT", {
        vi: `Phương án vừa được thay đổi (phiên bản hiện tại ${String(outcome.currentVersion)}, bạn đang xem phiên bản ${String(input.version)}). Tải lại phương án rồi thực hiện lại.`,
        en: `The plan has just changed (now version ${String(outcome.currentVersion)}; you were looking at version ${String(input.version)}). Reload it and try again.`,
      });
    case "refused":
      throw outcome.error;
  }
}

function actorOf(context: Context) {
  const actor = context.actor;
  if (!actor) throw new AppError("UNAUTHENTICATED", { vi: "Bạn cần đăng nhập.", en: "Sign in first." });
  return actor;
}

export function submitPlan(context: Context, input: { id: string; version: number }): Promise<StoredPlan> {
  const actor = actorOf(context);
  return runStep(context, input, (stored) => {
    const to = nextStatus(stored.status, "submit");
    if (!to.ok) return { ok: false, error: refusedTransition(stored.status, "submit") };
    let report: PlanReport;
    try {
      report = reportOf(stored.document);
    } catch (error) {
      return { ok: false, error: error as AppError };
    }
    return { ok: true, status: to.to, submit: { rulePacks: pinsOf(report), submittedBy: actor.userId } };
  });
}

export function withdrawPlan(context: Context, input: { id: string; version: number }): Promise<StoredPlan> {
  const actor = actorOf(context);
  return runStep(context, input, (stored, rounds) => {
    const to = nextStatus(stored.status, "withdraw");
    if (!to.ok) return { ok: false, error: refusedTransition(stored.status, "withdraw") };
    const open = rounds.at(-1)?.decision === null;
    return {
      ok: true,
      status: to.to,
      ...(open
        ? {
            decide: {
              decision: "withdrawn" as const,
              decidedBy: actor.userId,
              reason: null,
              overrides: null,
            },
          }
        : {}),
    };
  });
}

export function startReview(context: Context, input: { id: string; version: number }): Promise<StoredPlan> {
  return runStep(context, input, (stored) => {
    const to = nextStatus(stored.status, "start_review");
    return to.ok
      ? { ok: true, status: to.to }
      : { ok: false, error: refusedTransition(stored.status, "start_review") };
  });
}

function fourEyes(actorId: string, rounds: PlanRoundRecord[]): AppError | undefined {
  if (rounds.at(-1)?.submittedBy !== actorId) return undefined;
  return new AppError("FOUR_EYES", {
    vi: "Bạn đã trình phương án này nên không tự thẩm định được: một chuyên viên khác của Sở Nội vụ thẩm định.",
    en: "You submitted this plan, so you cannot review it yourself: another reviewer must.",
  });
}

export function returnPlan(
  context: Context,
  input: {
    id: string;
    version: number;
    reason: string;
    comments?: { target: CommentTarget; body: string }[] | undefined;
  },
): Promise<StoredPlan> {
  const actor = actorOf(context);
  return runStep(context, input, (stored, rounds) => {
    const to = nextStatus(stored.status, "return");
    if (!to.ok) return { ok: false, error: refusedTransition(stored.status, "return") };
    const denied = fourEyes(actor.userId, rounds);
    if (denied) return { ok: false, error: denied };
    const author = { authorId: actor.userId, authorName: actor.name, authorRole: actor.role };
    return {
      ok: true,
      status: to.to,
      decide: { decision: "returned", decidedBy: actor.userId, reason: input.reason, overrides: null },
      comments: [
        { ...author, target: { kind: "plan" }, body: input.reason },
        ...(input.comments ?? []).map((comment) => ({
          ...author,
          target: comment.target,
          body: comment.body,
        })),
      ],
    };
  });
}

export function approvePlan(
  context: Context,
  input: { id: string; version: number; overrides: ViolationOverride[] },
): Promise<StoredPlan> {
  const actor = actorOf(context);
  return runStep(context, input, (stored, rounds) => {
    const to = nextStatus(stored.status, "approve");
    if (!to.ok) return { ok: false, error: refusedTransition(stored.status, "approve") };
    const denied = fourEyes(actor.userId, rounds);
    if (denied) return { ok: false, error: denied };
    let report: PlanReport;
    try {
      report = reportOf(stored.document);
    } catch (error) {
      return { ok: false, error: error as AppError };
    }
    const changed = changedPins(rounds.at(-1)?.rulePacks, report);
    if (changed.length > 0)
      return {
        ok: false,
        error: new AppError("COMPLIANCE_GATE", {
          vi: `Quy định áp dụng đã thay đổi kể từ khi trình (${changed.map((pin) => pin.ruleSet).join(", ")}): trả lại để đơn vị kiểm tra và trình lại.`,
          en: `The rules in force changed since submission (${changed.map((pin) => pin.ruleSet).join(", ")}): return the plan so it is checked and submitted again.`,
        }),
      };
    const gate = checkComplianceGate(report, input.overrides);
    if (!gate.ok)
      return {
        ok: false,
        error: new AppError("COMPLIANCE_GATE", gate.message, {
          problems: gate.missing.map((finding) => ({
            path: `overrides[${findingKey(finding)}]`,
            message: {
              vi: `${finding.ruleId}: cần lý do chấp thuận (${finding.message.vi})`,
              en: `${finding.ruleId}: an override reason is needed (${finding.message.en})`,
            },
          })),
        }),
      };
    const violations = violationsToOverride(report);
    return {
      ok: true,
      status: to.to,
      decide: {
        decision: "approved",
        decidedBy: actor.userId,
        reason: null,
        overrides: input.overrides.map((override) => ({
          ...override,
          ruleId: violations.find((finding) => findingKey(finding) === override.findingKey)?.ruleId ?? null,
        })),
      },
    };
  });
}

export async function commentOnPlan(
  context: Context,
  input: { id: string; target: CommentTarget; body: string },
): Promise<PlanCommentRecord> {
  const actor = actorOf(context);
  const stored = await loadStoredPlan(context, input.id);
  const problem = targetProblem(stored.document, input.target);
  if (problem) throw new AppError("INPUT_INVALID", problem);
  const saved = await context.repositories.addPlanComment(
    input.id,
    {
      authorId: actor.userId,
      authorName: actor.name,
      authorRole: actor.role,
      target: input.target,
      body: input.body,
    },
    auditMeta(context),
  );
  if (!saved) throw notFound("PLAN_NOT_FOUND", input.id);
  return saved;
}

function targetProblem(plan: Plan, target: CommentTarget): { vi: string; en: string } | undefined {
  if (target.kind === "plan" || target.kind === "finding") return undefined;
  const phase = plan.phases[target.phaseIndex];
  if (!phase)
    return {
      vi: `Phương án không có giai đoạn số ${String(target.phaseIndex + 1)}: chọn lại nơi góp ý.`,
      en: `The plan has no phase ${String(target.phaseIndex + 1)}: choose where to comment again.`,
    };
  if (target.kind === "operation" && !phase.operations[target.operationIndex])
    return {
      vi: `Giai đoạn "${phase.name}" không có thao tác số ${String(target.operationIndex + 1)}: chọn lại nơi góp ý.`,
      en: `Phase "${phase.name}" has no operation ${String(target.operationIndex + 1)}: choose where to comment again.`,
    };
  return undefined;
}

/** An approved plan never changes: a change is a new draft that references it. */
export async function revisePlan(context: Context, input: { id: string }): Promise<StoredPlan> {
  const actor = actorOf(context);
  const stored = await loadStoredPlan(context, input.id);
  if (stored.status !== "approved")
    throw new AppError("WORKFLOW_STATE", {
      vi: "Chỉ tạo phiên bản điều chỉnh từ phương án đã phê duyệt; phương án này vẫn sửa trực tiếp được (hoặc đang chờ thẩm định).",
      en: "Only an approved plan is revised as a new version; this one can be changed directly (or is awaiting review).",
    });
  const created = await context.repositories.createPlan(
    {
      districtKey: stored.districtKey,
      agencyKey: stored.agencyKey,
      createdBy: actor.userId,
      revisionOf: stored.id,
      document: stored.document,
    },
    auditMeta(context),
  );
  return visiblePlan(context, created);
}

export async function planAudit(context: Context, input: { id: string }) {
  await loadStoredPlan(context, input.id);
  return context.repositories.listAuditEvents({ planId: input.id });
}
