// The plan editor (/phuong-an/:id): phases on a timeline with their dates and rule packs, the selected
// phase's operations with a form per operation, undo/redo, and a compliance panel that updates on every
// change (the domain evaluates the plan in the browser; the server confirms after each save). Charts of
// the selected phase below; export of the plan as tinhgon.plan/2 JSON, the phase's before/after table as
// Excel and the plan's dossier (plan/plan-documents.tsx). The review panel (Thẩm định) carries the
// workflow; the editor is read-only unless the user owns the plan and it is a draft or returned (the
// server refuses any other edit with PLAN_LOCKED or FORBIDDEN).
import {
  applyPlan,
  describePhaseOperations,
  isoDateSchema,
  type PlanEditError,
  textSchema,
} from "@tinhgon/domain";
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Col,
  Dropdown,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Space,
  Steps,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import {
  type ComponentProps,
  lazy,
  memo,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from "react";
import { useTranslation } from "react-i18next";

import { mayDiscussPlan, mayEditPlan } from "../auth/abilities.ts";
import { useSession } from "../auth/session.tsx";
import { ApiError, Loading } from "../components/query-state.tsx";
import { formatDate } from "../i18n/index.ts";
import { downloadText, fileSlug } from "../lib/file-name.ts";
import { hrefWith, Link, navigate, pagePaths, useLocation } from "../lib/router.tsx";
import { zodRule } from "../lib/zod-form.ts";
import type { CommentTarget } from "../plan/comment-target.ts";
import { CompliancePanel } from "../plan/compliance-panel.tsx";
import { type OperationKind, OperationFormModal, operationKinds } from "../plan/operation-form.tsx";
import { OperationList } from "../plan/operation-list.tsx";
import { PlanDocuments } from "../plan/plan-documents.tsx";
import { EditingNotice, PlanUnavailable } from "../plan/plan-notices.tsx";
import { CommentModal } from "../plan/review-comments.tsx";
import { ReviewPanel, useReviewViolations } from "../plan/review-panel.tsx";
import { PlanStatusTag } from "../plan/status-tag.tsx";
import { type PlanEditor, usePlanEditor } from "../plan/use-plan-editor.ts";
import { useReviewStatus, useReviewSteps } from "../plan/use-review.ts";

const PlanCharts = lazy(() => import("../plan/plan-charts.tsx"));

/**
 * The charts follow an edit one render later (useDeferredValue): the compliance panel shows the new
 * findings first, and the charts — the slow part of a render (recharts) — catch up without holding it.
 */
const MemoisedPlanCharts = memo(PlanCharts);
function DeferredPlanCharts({ plan, evaluation, phaseIndex }: ComponentProps<typeof PlanCharts>) {
  // Unchanged (deferred) inputs are the same objects as last time, so the memoised charts skip that render.
  return (
    <MemoisedPlanCharts
      plan={useDeferredValue(plan)}
      evaluation={useDeferredValue(evaluation)}
      phaseIndex={useDeferredValue(phaseIndex)}
    />
  );
}

const phaseNameSchema = textSchema(300);

interface PhaseValues {
  name: string;
  effectiveDate: string;
}

function PhaseModal({
  title,
  initial,
  onSubmit,
  onClose,
}: {
  title: string;
  initial: PhaseValues;
  onSubmit: (values: PhaseValues) => PlanEditError | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<PhaseValues>();
  const [refusal, setRefusal] = useState<PlanEditError | null>(null);
  return (
    <Modal
      open
      title={title}
      okText={t("plans.save")}
      cancelText={t("plans.cancel")}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PhaseValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        data-testid="phase-form"
        onFinish={(values) => {
          const refused = onSubmit(values);
          if (refused) setRefusal(refused);
          else onClose();
        }}
      >
        <Form.Item name="name" label={t("plans.phaseName")} rules={[zodRule(phaseNameSchema)]}>
          <Input />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t("plans.phaseDate")} rules={[zodRule(isoDateSchema)]}>
          <Input type="date" data-testid="phase-date" />
        </Form.Item>
        {refusal ? (
          <Alert
            type="error"
            showIcon
            title={i18n.language === "en" ? refusal.message.en : refusal.message.vi}
          />
        ) : null}
      </Form>
    </Modal>
  );
}

function SaveStatus({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { save } = editor;
  if (!save) return null;
  if (save.status === "saving") return <Tag color="processing">{t("plans.saving")}</Tag>;
  if (save.status === "saved")
    return (
      <Tag color="success" data-testid="save-status">
        {t("plans.saved")} · {t("plans.version", { version: save.version })}
      </Tag>
    );
  return null;
}

function stepStatus(index: number, selected: number): "process" | "finish" | "wait" {
  if (index === selected) return "process";
  return index < selected ? "finish" : "wait";
}

type OpenForm =
  | { type: "operation"; kind: OperationKind; operationIndex: number | undefined }
  | { type: "phase"; phaseIndex: number | undefined };

export default function PlanEditorPage({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const { message } = AntApp.useApp();
  const { params } = useLocation();
  const { actor } = useSession();
  const editor = usePlanEditor(planId);
  const steps = useReviewSteps(planId);
  const review = useReviewStatus(planId);
  const violations = useReviewViolations(planId);
  const { plan, report, outcome } = editor;
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [commenting, setCommenting] = useState<CommentTarget | null>(null);
  const storedPlan = editor.stored.data;
  const editable = storedPlan !== undefined && mayEditPlan(actor, storedPlan);

  // The review status is polled: when it reports a newer version (a decision, a step taken elsewhere),
  // the plan itself is fetched again, which locks or unlocks the editor.
  const reviewedVersion = review.data?.version;
  const storedVersion = storedPlan?.version;
  const refetchStored = editor.stored.refetch;
  useEffect(() => {
    if (reviewedVersion !== undefined && storedVersion !== undefined && reviewedVersion > storedVersion)
      void refetchStored();
  }, [reviewedVersion, storedVersion, refetchStored]);
  const requestedPhase = Number(params.get("phase") ?? "0");
  const phaseCount = plan?.phases.length ?? 0;
  const phaseIndex =
    Number.isInteger(requestedPhase) && requestedPhase >= 0 && requestedPhase < phaseCount
      ? requestedPhase
      : 0;
  const selectPhase = (index: number) => {
    navigate(hrefWith(globalThis.location.pathname, { phase: index === 0 ? null : String(index) }), {
      replace: true,
    });
  };

  const applied = useMemo(() => (plan ? applyPlan(plan) : undefined), [plan]);
  const structureAfter = applied?.ok ? applied.phases[phaseIndex]?.snapshot : undefined;
  const descriptions = useMemo(
    () => (plan ? describePhaseOperations(plan, phaseIndex) : []),
    [plan, phaseIndex],
  );

  const apply = (edits: Parameters<PlanEditor["edit"]>[0]): PlanEditError | undefined => {
    const move = editor.edit(edits);
    return move && !move.ok ? move.error : undefined;
  };
  const refuse = (error: PlanEditError | undefined) => {
    if (error) void message.error(language === "en" ? error.message.en : error.message.vi);
  };

  // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y), as in every editor — but not while typing in a field, and not
  // in a plan the user may not change.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!editable || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.closest("input, textarea, [contenteditable=true]") || target.closest(".ant-modal"))
      )
        return;
      const key = event.key.toLowerCase();
      const move =
        key === "z" && !event.shiftKey
          ? editor.undo
          : (key === "z" && event.shiftKey) || key === "y"
            ? editor.redo
            : undefined;
      if (!move) return;
      event.preventDefault();
      const result = move();
      if (result && !result.ok) refuse(result.error);
    };
    globalThis.addEventListener("keydown", onKey);
    return () => {
      globalThis.removeEventListener("keydown", onKey);
    };
  });

  if (editor.stored.isPending) return <Loading label={t("plans.editorLoading")} />;
  if (editor.stored.isError)
    return <PlanUnavailable error={editor.stored.error} onRetry={editor.stored.refetch} />;
  if (!plan) return <Loading label={t("plans.editorLoading")} />;

  const stored = editor.stored.data;
  const discuss = mayDiscussPlan(actor, stored);
  const phase = plan.phases[phaseIndex];
  const scopeName =
    stored.districtKey !== null
      ? t("plans.scopeDistrict", {
          name:
            plan.baseline.districts.find((district) => district.id === stored.districtKey)?.name ??
            stored.districtKey,
        })
      : stored.agencyKey !== null
        ? t("plans.scopeDistrict", {
            name:
              plan.baseline.agencies.find((agency) => agency.id === stored.agencyKey)?.name ??
              stored.agencyKey,
          })
        : t("plans.scopeProvince", { name: plan.baseline.province.name });

  return (
    <Flex vertical gap={16} data-testid="plan-editor">
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space orientation="vertical" size={2}>
            <Link href={pagePaths.plans}>← {t("plans.backToList")}</Link>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-title">
                {plan.title}
              </Typography.Title>
              <PlanStatusTag status={stored.status} />
            </Flex>
            <Typography.Text type="secondary">{scopeName}</Typography.Text>
          </Space>
          <Space wrap>
            {editable ? <SaveStatus editor={editor} /> : null}
            {editable ? (
              <>
                <Tooltip title={t("plans.undoHint")}>
                  <Button
                    disabled={!editor.canUndo}
                    onClick={() => {
                      const result = editor.undo();
                      if (result && !result.ok) refuse(result.error);
                    }}
                    data-testid="undo"
                  >
                    {t("plans.undo")}
                  </Button>
                </Tooltip>
                <Tooltip title={t("plans.redoHint")}>
                  <Button
                    disabled={!editor.canRedo}
                    onClick={() => {
                      const result = editor.redo();
                      if (result && !result.ok) refuse(result.error);
                    }}
                    data-testid="redo"
                  >
                    {t("plans.redo")}
                  </Button>
                </Tooltip>
              </>
            ) : null}
            <Button
              data-testid="export-plan"
              onClick={() => {
                downloadText(
                  `${fileSlug(plan.title, "phuong-an")}.plan.json`,
                  `${JSON.stringify(plan, null, 2)}\n`,
                  "application/json",
                );
              }}
            >
              {t("plans.export")}
            </Button>
            <PlanDocuments
              planId={planId}
              stored={stored}
              phaseIndex={phaseIndex}
              phaseName={phase?.name ?? ""}
            />
          </Space>
        </Flex>
        {editor.saveErrorDetails ? (
          <div style={{ marginTop: 12 }} data-testid="save-error">
            <ApiError error={editor.save?.status === "failed" ? editor.save.error : undefined} />
          </div>
        ) : null}
      </Card>

      <EditingNotice actor={actor} stored={stored} />

      <ReviewPanel
        actor={actor}
        stored={stored}
        plan={plan}
        steps={steps}
        saving={editor.save?.status === "saving"}
        onComment={setCommenting}
      />

      <Card
        title={t("plans.phases")}
        extra={
          editable ? (
            <Space wrap>
              <Button
                onClick={() => {
                  setOpen({ type: "phase", phaseIndex });
                }}
                data-testid="edit-phase"
              >
                {t("plans.editPhase")}
              </Button>
              <Button
                onClick={() => {
                  setOpen({ type: "phase", phaseIndex: undefined });
                }}
                data-testid="add-phase"
              >
                {t("plans.addPhase")}
              </Button>
              <Popconfirm
                title={t("plans.removePhaseConfirm", { name: phase?.name ?? "" })}
                okText={t("plans.removePhase")}
                cancelText={t("plans.cancel")}
                disabled={plan.phases.length <= 1}
                onConfirm={() => {
                  const refused = apply([{ kind: "removePhase", phaseIndex }]);
                  refuse(refused);
                  if (!refused) selectPhase(Math.max(0, phaseIndex - 1));
                }}
              >
                <Button danger disabled={plan.phases.length <= 1}>
                  {t("plans.removePhase")}
                </Button>
              </Popconfirm>
            </Space>
          ) : undefined
        }
      >
        <Steps
          data-testid="phase-steps"
          current={phaseIndex + 1}
          onChange={(step) => {
            if (step > 0) selectPhase(step - 1);
          }}
          items={[
            {
              title: t("plans.baseline"),
              content: t("plans.baselineDescription", {
                date: formatDate(plan.baseline.asOf, i18n.language),
                ruleSet: report?.baseline.ruleSet ?? "—",
              }),
              disabled: true,
              status: "finish",
            },
            ...plan.phases.map((candidate, index) => ({
              title: <span data-testid={`phase-step-${index}`}>{candidate.name}</span>,
              content: t("plans.phaseDescription", {
                date: formatDate(candidate.effectiveDate, i18n.language),
                ruleSet: report?.phases[index]?.ruleSet ?? "—",
              }),
              status: stepStatus(index, phaseIndex),
            })),
          ]}
        />
      </Card>

      {outcome && !outcome.ok ? (
        <Alert
          type="error"
          showIcon
          title={t("plans.evaluationFailed", {
            message:
              "operationError" in outcome
                ? outcome.operationError.message[language]
                : outcome.ruleSetFailure.message[language],
          })}
        />
      ) : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={t("plans.operations", { name: phase?.name ?? "" })}
            data-testid="operations"
            extra={
              editable ? (
                <Dropdown
                  trigger={["click"]}
                  menu={{
                    items: operationKinds.map((kind) => ({
                      key: kind,
                      label: <span data-testid={`add-${kind}`}>{t(`plans.op.${kind}`)}</span>,
                    })),
                    onClick: ({ key }) => {
                      setOpen({ type: "operation", kind: key as OperationKind, operationIndex: undefined });
                    },
                  }}
                >
                  <Button type="primary" data-testid="add-operation">
                    {t("plans.addOperation")}
                  </Button>
                </Dropdown>
              ) : undefined
            }
          >
            <OperationList
              operations={phase?.operations ?? []}
              descriptions={descriptions}
              actions={{
                ...(editable
                  ? {
                      edit: {
                        move: (from, to) => {
                          refuse(apply([{ kind: "moveOperation", phaseIndex, from, to }]));
                        },
                        open: (index) => {
                          const operation = phase?.operations[index];
                          if (operation)
                            setOpen({ type: "operation", kind: operation.op, operationIndex: index });
                        },
                        remove: (index) => {
                          refuse(apply([{ kind: "removeOperation", phaseIndex, operationIndex: index }]));
                        },
                      },
                    }
                  : {}),
                ...(discuss
                  ? {
                      comment: (index) => {
                        setCommenting({ kind: "operation", phaseIndex, operationIndex: index });
                      },
                    }
                  : {}),
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          {report ? (
            <CompliancePanel
              report={report}
              previous={editor.previousReport}
              phaseIndex={phaseIndex}
              structure={structureAfter}
              serverCheck={editor.serverCheck}
              onApplySuggestion={
                editable
                  ? (operations) => {
                      const refused = apply(
                        operations.map((operation) => ({
                          kind: "addOperation" as const,
                          phaseIndex,
                          operation,
                        })),
                      );
                      refuse(refused);
                      if (!refused) void message.success(t("plans.applied"));
                    }
                  : undefined
              }
            />
          ) : null}
        </Col>
      </Row>

      {outcome?.ok ? (
        <Card title={t("plans.charts")}>
          <Typography.Paragraph type="secondary">
            {t("plans.chartFor", { name: phase?.name ?? "" })}
          </Typography.Paragraph>
          <Suspense fallback={<Loading />}>
            <DeferredPlanCharts plan={plan} evaluation={outcome.evaluation} phaseIndex={phaseIndex} />
          </Suspense>
        </Card>
      ) : null}

      {commenting ? (
        <CommentModal
          planId={planId}
          plan={plan}
          violations={violations}
          initialTarget={commenting}
          steps={steps}
          onClose={() => {
            setCommenting(null);
          }}
        />
      ) : null}
      {editable && open?.type === "operation" ? (
        <OperationFormModal
          plan={plan}
          phaseIndex={phaseIndex}
          operationIndex={open.operationIndex}
          kind={open.kind}
          onSubmit={(operation) =>
            apply([
              open.operationIndex === undefined
                ? { kind: "addOperation", phaseIndex, operation }
                : { kind: "replaceOperation", phaseIndex, operationIndex: open.operationIndex, operation },
            ])
          }
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
      {editable && open?.type === "phase" ? (
        <PhaseModal
          title={open.phaseIndex === undefined ? t("plans.addPhase") : t("plans.editPhase")}
          initial={
            open.phaseIndex === undefined
              ? {
                  name: t("plans.newPhaseName", { number: plan.phases.length + 1 }),
                  effectiveDate: plan.phases.at(-1)?.effectiveDate ?? plan.baseline.asOf,
                }
              : { name: phase?.name ?? "", effectiveDate: phase?.effectiveDate ?? plan.baseline.asOf }
          }
          onSubmit={(values) => {
            if (open.phaseIndex === undefined) {
              const refused = apply([{ kind: "insertPhase", phase: { ...values, operations: [] } }]);
              if (!refused) selectPhase(plan.phases.length);
              return refused;
            }
            return apply([{ kind: "updatePhase", phaseIndex: open.phaseIndex, changes: values }]);
          }}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
    </Flex>
  );
}
