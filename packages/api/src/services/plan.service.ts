// Restructuring plans: stored per province or district, every change saved at once with a version
// number; a change based on a stale version is refused ("someone else changed this plan").
import {
  addOperation,
  addPhase,
  applyPlan,
  computePlanDeputyRoadmap,
  type DeputyRoadmap,
  type DeputyRoadmapError,
  type FixSuggestion,
  suggestFixes,
  diffPlan,
  evaluatePlan,
  type PlanDiff,
  type PlanEvaluation,
  type PlanStepError,
  type PlanSummary,
  summarizePlan,
  moveOperation,
  type Operation,
  type PhaseChanges,
  PLAN_FORMAT,
  type Plan,
  type PlanEditResult,
  type PlanReport,
  planReportSchema,
  parsePlan,
  removeOperation,
  removePhase,
  isEditable,
  type PlanEditError,
  type PlanStatus,
  type Snapshot,
  statusLabel,
  toPlanReport,
  withoutHiddenPersonalData,
  updatePhase,
} from "@tinhgon/domain";
import type { PlanListItem, StoredPlan } from "@tinhgon/db";

import { auditMeta, type Context } from "../context.ts";
import { AppError, notFound } from "../errors.ts";
import { planReportKey } from "./plan-report.cache.ts";
import { loadSnapshotOrThrow } from "./snapshot.service.ts";

function oneScopeOnly(): AppError {
  return new AppError("INPUT_INVALID", {
    vi: "Một phương án dành cho một huyện hoặc một sở, không cho cả hai: bỏ chọn một trong hai.",
    en: "A plan is for one district or one agency, not both: clear one of them.",
  });
}

/**
 * A district plan's baseline holds only that district, an agency's plan only that sở: its officer
 * drafts; province-wide rules stay out.
 */
function baselineFor(
  snapshot: Snapshot,
  districtId: string | undefined,
  agencyId: string | undefined,
): Snapshot {
  if (districtId !== undefined && agencyId !== undefined) throw oneScopeOnly();
  if (agencyId !== undefined) {
    const agency = snapshot.agencies.find((candidate) => candidate.id === agencyId);
    if (!agency) throw notFound("NOT_FOUND", agencyId);
    // The commune level is province-wide (C26-ORG-01): a sở's or district's plan holds none of it.
    return {
      ...snapshot,
      province: { ...snapshot.province, agenciesComplete: false, communesComplete: false },
      agencies: [agency],
      districts: [],
      communes: [],
    };
  }
  if (districtId === undefined) return snapshot;
  const district = snapshot.districts.find((candidate) => candidate.id === districtId);
  if (!district) throw notFound("NOT_FOUND", districtId);
  return {
    ...snapshot,
    province: { ...snapshot.province, agenciesComplete: false, communesComplete: false },
    agencies: [],
    districts: [district],
    communes: [],
  };
}

export async function createPlanFromSnapshot(
  context: Context,
  input: {
    snapshotId: string;
    title: string;
    districtId?: string | undefined;
    agencyId?: string | undefined;
    firstPhase: { name: string; effectiveDate: string };
  },
): Promise<StoredPlan> {
  const { snapshot } = await loadSnapshotOrThrow(context, input.snapshotId);
  const document: Plan = {
    format: PLAN_FORMAT,
    title: input.title,
    baseline: baselineFor(snapshot, input.districtId, input.agencyId),
    phases: [{ ...input.firstPhase, operations: [] }],
  };
  return visiblePlan(
    context,
    await context.repositories.createPlan(
      {
        districtKey: input.districtId ?? null,
        agencyKey: input.agencyId ?? null,
        createdBy: context.actor?.userId ?? null,
        document,
      },
      auditMeta(context),
    ),
  );
}

/** The plan as this user may see it: the baseline's staff lists only for its owner and reviewers. */
export function visiblePlan(context: Context, plan: StoredPlan): StoredPlan {
  if (!context.actor) return plan;
  const { snapshot, hidden } = withoutHiddenPersonalData(plan.document.baseline, context.actor);
  return hidden === 0 ? plan : { ...plan, document: { ...plan.document, baseline: snapshot } };
}

/** A tinhgon.plan/2 document (or /1, migrated) validated by the domain, or PLAN_INVALID with every problem. */
export function parsePlanOrThrow(document: unknown): Plan {
  const parsed = parsePlan(document);
  if (parsed.ok) return parsed.value;
  throw new AppError(
    "PLAN_INVALID",
    {
      vi: `Tài liệu phương án không hợp lệ (${parsed.problems.length} lỗi); sửa các trường được nêu rồi gửi lại.`,
      en: `The plan document is not valid (${parsed.problems.length} problems); fix the fields listed and send it again.`,
    },
    { problems: parsed.problems },
  );
}

/**
 * A district's (or sở's) plan holds that district (or sở) only: its officer may not import a plan that
 * re-arranges someone else's units under their own name.
 */
function assertBaselineMatchesScope(
  plan: Plan,
  districtId: string | undefined,
  agencyId: string | undefined,
): void {
  const { agencies, districts, communes } = plan.baseline;
  // The commune level belongs to province-wide plans only (C26-ORG-01).
  const ok =
    districtId !== undefined
      ? agencies.length === 0 &&
        communes.length === 0 &&
        districts.length === 1 &&
        districts[0]?.id === districtId
      : agencyId !== undefined
        ? districts.length === 0 &&
          communes.length === 0 &&
          agencies.length === 1 &&
          agencies[0]?.id === agencyId
        : true;
  if (ok) return;
  const scope = districtId ?? agencyId ?? "";
  throw new AppError(
    "PLAN_INVALID",
    {
      vi: `Phương án nhập cho "${scope}" phải chỉ gồm đơn vị đó trong hiện trạng (baseline); tài liệu này gồm ${String(agencies.length)} sở, ${String(districts.length)} huyện và ${String(communes.length)} xã, phường, đặc khu. Xuất lại phương án của đúng đơn vị rồi nhập.`,
      en: `A plan imported for "${scope}" must hold only that unit in its baseline; this one holds ${String(agencies.length)} agencies, ${String(districts.length)} districts and ${String(communes.length)} commune-level units. Export the right unit's plan and import it.`,
    },
    {
      problems: [
        { path: "baseline", message: { vi: `chỉ được gồm "${scope}"`, en: `must hold only "${scope}"` } },
      ],
    },
  );
}

export async function importPlan(
  context: Context,
  input: { document: unknown; districtId?: string | undefined; agencyId?: string | undefined },
): Promise<StoredPlan> {
  if (input.districtId !== undefined && input.agencyId !== undefined) throw oneScopeOnly();
  const plan = parsePlanOrThrow(input.document);
  assertBaselineMatchesScope(plan, input.districtId, input.agencyId);
  // A stored plan is always one whose every operation applies.
  const applied = applyPlan(plan);
  if (!applied.ok) {
    throw new AppError("PLAN_OPERATION_INVALID", applied.error.message, {
      problems: [{ path: applied.error.path, message: applied.error.message }],
    });
  }
  const stored = await context.repositories.createPlan(
    {
      districtKey: input.districtId ?? null,
      agencyKey: input.agencyId ?? null,
      createdBy: context.actor?.userId ?? null,
      document: plan,
    },
    auditMeta(context),
  );
  return visiblePlan(context, stored);
}

/**
 * The plan's header, read once per procedure call: the permission check's read serves the procedure
 * (outside a call, e.g. a service called directly, it is simply read).
 */
export function loadPlanHeader(context: Context, id: string): Promise<PlanListItem | undefined> {
  const memo = context.planHeaders;
  if (!memo) return context.repositories.loadPlanHeader(id);
  let header = memo.get(id);
  if (!header) {
    header = context.repositories.loadPlanHeader(id);
    memo.set(id, header);
  }
  return header;
}

/** The whole stored plan, for evaluation on the server (never returned as is: see getPlan). */
export async function loadStoredPlan(context: Context, id: string): Promise<StoredPlan> {
  const plan = await context.repositories.loadPlan(id);
  if (!plan) throw notFound("PLAN_NOT_FOUND", id);
  return plan;
}

export async function getPlan(context: Context, id: string): Promise<StoredPlan> {
  return visiblePlan(context, await loadStoredPlan(context, id));
}

/**
 * The plans the user may read: an officer's own district's or agency's, all of the province for its
 * reviewers and viewers.
 */
export function listPlans(
  context: Context,
  input: { provinceCode?: string | undefined },
): Promise<PlanListItem[]> {
  const actor = context.actor;
  if (actor?.provinceCode == null || actor.role === "admin") return Promise.resolve([]);
  if (input.provinceCode !== undefined && input.provinceCode !== actor.provinceCode)
    return Promise.resolve([]);
  const provinceCode = actor.provinceCode;
  // From a read replica when there are some (docs/adr/0031): a list, never the base of a write.
  switch (actor.role) {
    case "district_officer":
      return actor.districtKey === null
        ? Promise.resolve([])
        : context.repositories.replicaReads.listPlans({ provinceCode, districtKey: actor.districtKey });
    case "agency_officer":
      return actor.agencyKey === null
        ? Promise.resolve([])
        : context.repositories.replicaReads.listPlans({ provinceCode, agencyKey: actor.agencyKey });
    case "provincial_reviewer":
    case "viewer":
      return context.repositories.replicaReads.listPlans({ provinceCode });
  }
}

/** Refusal of an edit to a plan that is not the owner's to change (submitted, approved, …). */
export function planLockedError(status: PlanStatus): AppError {
  return new AppError("PLAN_LOCKED", {
    vi: `Phương án đang ở trạng thái "${statusLabel[status].vi}" nên không sửa được. ${
      status === "approved"
        ? "Phương án đã phê duyệt không bao giờ thay đổi: tạo phiên bản mới từ phương án này để điều chỉnh."
        : status === "withdrawn"
          ? "Phương án đã rút: tạo phương án mới nếu cần."
          : "Rút phương án về (hoặc chờ Sở Nội vụ trả lại) rồi sửa."
    }`,
    en: `The plan is "${statusLabel[status].en}" and cannot be changed. ${
      status === "approved"
        ? "An approved plan never changes: create a new version from it to adjust it."
        : status === "withdrawn"
          ? "The plan was withdrawn: create a new plan if needed."
          : "Withdraw it (or wait until it is returned) to change it."
    }`,
  });
}

function throwEditError(error: Extract<PlanEditResult, { ok: false }>["error"]): never {
  throw new AppError(error.code, error.message, {
    problems: error.operationError
      ? [{ path: error.operationError.path, message: error.operationError.message }]
      : [],
  });
}

async function changePlan(
  context: Context,
  id: string,
  version: number,
  edit: (plan: Plan) => PlanEditResult,
): Promise<StoredPlan> {
  const outcome = await context.repositories.updatePlan<PlanEditError | AppError>(
    id,
    version,
    (plan, stored) => {
      if (!isEditable(stored.status)) return { ok: false, error: planLockedError(stored.status) };
      const result = edit(plan);
      return result.ok ? { ok: true, plan: result.plan } : { ok: false, error: result.error };
    },
    auditMeta(context),
  );
  switch (outcome.status) {
    case "saved":
      return visiblePlan(context, outcome.plan);
    case "not_found":
      throw notFound("PLAN_NOT_FOUND", id);
    case "conflict":
      throw new AppError("PLAN_VERSION_CONFLICT", {
        vi: `Người khác vừa thay đổi phương án này (phiên bản hiện tại ${outcome.currentVersion}, bạn đang sửa phiên bản ${version}). Tải lại phương án rồi thực hiện lại thay đổi.`,
        en: `Someone else changed this plan (it is now at version ${outcome.currentVersion}; your change was based on version ${version}). Reload the plan and make your change again.`,
      });
    case "refused":
      if (outcome.error instanceof AppError) throw outcome.error;
      return throwEditError(outcome.error);
  }
}

export const planChanges = {
  addOperation:
    (input: { phaseIndex: number; operation: Operation; at?: number | undefined }) => (plan: Plan) =>
      addOperation(plan, input.phaseIndex, input.operation, input.at),
  removeOperation: (input: { phaseIndex: number; operationIndex: number }) => (plan: Plan) =>
    removeOperation(plan, input.phaseIndex, input.operationIndex),
  moveOperation: (input: { phaseIndex: number; from: number; to: number }) => (plan: Plan) =>
    moveOperation(plan, input.phaseIndex, input.from, input.to),
  updatePhase: (input: { phaseIndex: number; changes: PhaseChanges }) => (plan: Plan) =>
    updatePhase(plan, input.phaseIndex, input.changes),
  addPhase: (input: { name: string; effectiveDate: string }) => (plan: Plan) => addPhase(plan, input),
  removePhase: (input: { phaseIndex: number }) => (plan: Plan) => {
    if (plan.phases.length <= 1) {
      return {
        ok: false as const,
        error: {
          code: "LAST_PHASE" as const,
          message: { vi: "Phương án cần ít nhất một giai đoạn.", en: "A plan needs at least one phase." },
        },
      };
    }
    return removePhase(plan, input.phaseIndex);
  },
};

export function applyPlanChange(
  context: Context,
  input: { id: string; version: number },
  edit: (plan: Plan) => PlanEditResult,
): Promise<StoredPlan> {
  return changePlan(context, input.id, input.version, edit);
}

/** The plan evaluated like a reform, or the error that stops it (an operation, a date without a pack). */
export function evaluatePlanOrThrow(plan: Plan): PlanEvaluation {
  const outcome = evaluatePlan(plan);
  if (outcome.ok) return outcome.evaluation;
  if ("operationError" in outcome)
    throw new AppError("PLAN_OPERATION_INVALID", outcome.operationError.message);
  throw new AppError(outcome.ruleSetFailure.code, outcome.ruleSetFailure.message);
}

async function loadAndEvaluate(
  context: Context,
  id: string,
): Promise<{ plan: Plan; evaluation: PlanEvaluation }> {
  const plan = (await loadStoredPlan(context, id)).document;
  return { plan, evaluation: evaluatePlanOrThrow(plan) };
}

/**
 * The plan's report, evaluated once per stored state of the plan (plan-report.cache.ts): a call reads
 * the plan's header (the permission check's read) and evaluates only a version not seen before.
 */
export async function evaluateStoredPlan(context: Context, id: string): Promise<PlanReport> {
  const header = await loadPlanHeader(context, id);
  if (!header) throw notFound("PLAN_NOT_FOUND", id);
  return context.planReports.reportOf(planReportKey(header), async () => {
    // The plan may have moved on since its header was read: the report is kept under what was evaluated.
    const stored = await loadStoredPlan(context, id);
    // The procedure's output schema, checked here once per version rather than on every read.
    const report = planReportSchema.parse(toPlanReport(evaluatePlanOrThrow(stored.document)));
    return { key: planReportKey(stored), report };
  });
}

function throwStepError(error: PlanStepError | DeputyRoadmapError): never {
  switch (error.code) {
    case "UNKNOWN_PHASE":
      throw new AppError("PHASE_NOT_FOUND", error.message);
    case "PLAN_DOES_NOT_APPLY":
      throw new AppError("PLAN_OPERATION_INVALID", error.message);
    case "INVALID_ROADMAP_OPTIONS":
      throw new AppError("INPUT_INVALID", error.message);
    case "UNKNOWN_RULE_PACK":
      throw new AppError("UNKNOWN_RULE_PACK", error.message);
    case "EVALUATION_MISMATCH":
      throw new Error(error.message.en);
  }
}

/** Per unit before/after and totals, baseline against a phase (the last one by default). */
export async function diffStoredPlan(
  context: Context,
  input: { id: string; phaseIndex?: number | undefined },
): Promise<PlanDiff> {
  const { plan, evaluation } = await loadAndEvaluate(context, input.id);
  const result = diffPlan(
    plan,
    evaluation,
    input.phaseIndex === undefined ? {} : { phaseIndex: input.phaseIndex },
  );
  if (!result.ok) return throwStepError(result.error);
  return result.diff;
}

/** Units, deputies, surplus deputies and violations across baseline → phases (chart-ready). */
export async function summarizeStoredPlan(context: Context, id: string): Promise<PlanSummary> {
  const { plan, evaluation } = await loadAndEvaluate(context, id);
  const result = summarizePlan(plan, evaluation);
  if (!result.ok) return throwStepError(result.error);
  return result.summary;
}

/**
 * Fix suggestions for the structure after a phase (the last one by default, or the baseline): the
 * simplest operations that resolve each violation, each checked to introduce none.
 */
export async function suggestionsForStoredPlan(
  context: Context,
  input: { id: string; phaseIndex?: number | "baseline" | undefined; limit?: number | undefined },
): Promise<FixSuggestion[]> {
  const plan = (await loadStoredPlan(context, input.id)).document;
  const applied = applyPlan(plan);
  if (!applied.ok) throw new AppError("PLAN_OPERATION_INVALID", applied.error.message);
  let structure: Snapshot = plan.baseline;
  if (input.phaseIndex !== "baseline") {
    const index = input.phaseIndex ?? applied.phases.length - 1;
    const phase = applied.phases[index];
    if (!phase) {
      throw new AppError("PHASE_NOT_FOUND", {
        vi: `Không có giai đoạn số ${index + 1}.`,
        en: `There is no phase ${index + 1}.`,
      });
    }
    structure = phase.snapshot;
  }
  const outcome = suggestFixes(structure, input.limit === undefined ? {} : { limit: input.limit });
  if (!outcome.ok) throw new AppError(outcome.failure.code, outcome.failure.message);
  return outcome.suggestions;
}

/** Year-by-year projection of surplus deputies through retirement, from a phase (the last one by default). */
export async function roadmapForStoredPlan(
  context: Context,
  input: {
    id: string;
    phaseIndex?: number | "baseline" | undefined;
    reorgDecisionDate?: string | undefined;
    horizonYears?: number | undefined;
  },
): Promise<DeputyRoadmap> {
  const { plan, evaluation } = await loadAndEvaluate(context, input.id);
  const result = computePlanDeputyRoadmap(plan, evaluation, {
    ...(input.phaseIndex === undefined ? {} : { phaseIndex: input.phaseIndex }),
    ...(input.reorgDecisionDate === undefined ? {} : { reorgDecisionDate: input.reorgDecisionDate }),
    ...(input.horizonYears === undefined ? {} : { horizonYears: input.horizonYears }),
  });
  if (!result.ok) return throwStepError(result.error);
  return result.roadmap;
}

/** Only a draft or a withdrawn plan may be deleted: a plan under review or decided keeps its record. */
export async function deleteStoredPlan(context: Context, id: string): Promise<{ deleted: true }> {
  const outcome = await context.repositories.deletePlan(
    id,
    auditMeta(context),
    (stored) => stored.status === "draft" || stored.status === "withdrawn",
  );
  if (outcome === "not_found") throw notFound("PLAN_NOT_FOUND", id);
  if (outcome === "refused") {
    const plan = await loadStoredPlan(context, id);
    throw new AppError("PLAN_LOCKED", {
      vi: `Phương án đang ở trạng thái "${statusLabel[plan.status].vi}" nên không xóa được: chỉ xóa được bản nháp hoặc phương án đã rút.`,
      en: `The plan is "${statusLabel[plan.status].en}" and cannot be deleted: only drafts and withdrawn plans can.`,
    });
  }
  return { deleted: true };
}
