// The workflow buttons a user is offered for a plan in its current status (domain: nextStatus): the
// owner submits, withdraws or revises an approved plan; a reviewer starts the review, returns or
// approves (never a round they submitted themselves: four eyes). Steps that cannot go wrong quietly ask
// for a confirmation; returning and approving open their forms (review-decisions.tsx).
import { type Actor, nextStatus, type WorkflowAction } from "@tinhgon/domain";
import { Alert, App as AntApp, Button, Flex, Popconfirm, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ownsPlan, reviewsPlan } from "../auth/abilities.ts";
import { useErrorMessage } from "../components/query-state.tsx";
import { errorCodeOf } from "../lib/errors.ts";
import { navigate, planPath } from "../lib/router.tsx";
import { ApproveModal, ReturnModal } from "./review-decisions.tsx";
import type { ReviewStatus, ReviewSteps, StoredPlan } from "./use-review.ts";

/** Refusals meaning "the plan moved on since you loaded it": the page reloads it. */
const staleCodes = new Set(["PLAN_VERSION_CONFLICT", "WORKFLOW_STATE", "PLAN_LOCKED"]);

type TestIdProps = Record<`data-${string}`, string>;
const testId = (id: string): TestIdProps => ({ "data-testid": id });

function ConfirmedStep({
  label,
  confirm,
  testIdName,
  danger,
  primary,
  disabled,
  loading,
  onConfirm,
}: {
  label: string;
  confirm: string;
  testIdName: string;
  danger?: boolean;
  primary?: boolean;
  disabled?: boolean;
  loading: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={t("review.confirm.ok")}
      cancelText={t("review.confirm.cancel")}
      okButtonProps={{ danger, ...testId(`${testIdName}-confirm`) }}
      onConfirm={onConfirm}
      disabled={disabled}
    >
      <Button
        type={primary ? "primary" : "default"}
        danger={danger}
        disabled={disabled}
        loading={loading}
        data-testid={testIdName}
      >
        {label}
      </Button>
    </Popconfirm>
  );
}

export function ReviewActions({
  actor,
  stored,
  review,
  steps,
  saving,
}: {
  actor: Actor;
  stored: StoredPlan;
  review: ReviewStatus;
  steps: ReviewSteps;
  /** An edit is still being saved: a step now would name an older version. */
  saving: boolean;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const messageOf = useErrorMessage();
  const [open, setOpen] = useState<"return" | "approve" | null>(null);
  const { status, version, id } = stored;
  const possible = (action: WorkflowAction) => nextStatus(status, action).ok;
  const owner = ownsPlan(actor, stored);
  const reviewer = reviewsPlan(actor, stored);
  const ownRound = review.rounds.at(-1)?.submittedBy === actor.userId;
  const rulesChanged = review.rulePacksChanged.map((pin) => pin.ruleSet).join(", ");

  const handlers = (done: string) => ({
    onSuccess: () => {
      void message.success(done);
    },
    onError: (error: unknown) => {
      void message.error(t("review.failed", { reason: messageOf(error) }));
      if (staleCodes.has(errorCodeOf(error))) void steps.reload();
    },
  });

  const buttons = [];
  if (owner && possible("submit")) {
    buttons.push(
      <ConfirmedStep
        key="submit"
        primary
        label={review.rounds.length > 0 ? t("review.action.resubmit") : t("review.action.submit")}
        confirm={t("review.confirm.submit")}
        testIdName="workflow-submit"
        disabled={saving}
        loading={steps.submit.isPending}
        onConfirm={() => {
          steps.submit.mutate({ id, version }, handlers(t("review.done.submit")));
        }}
      />,
    );
  }
  if (reviewer && possible("start_review") && status === "submitted") {
    buttons.push(
      <ConfirmedStep
        key="start"
        primary
        label={t("review.action.startReview")}
        confirm={t("review.confirm.startReview")}
        testIdName="workflow-start-review"
        loading={steps.startReview.isPending}
        onConfirm={() => {
          steps.startReview.mutate({ id, version }, handlers(t("review.done.startReview")));
        }}
      />,
    );
  }
  if (reviewer && possible("return")) {
    const button = (
      <Button
        key="return"
        danger
        disabled={ownRound}
        data-testid="workflow-return"
        onClick={() => {
          setOpen("return");
        }}
      >
        {t("review.action.return")}
      </Button>
    );
    buttons.push(
      ownRound ? (
        <Tooltip key="return" title={t("review.fourEyes")}>
          {button}
        </Tooltip>
      ) : (
        button
      ),
    );
  }
  if (reviewer && possible("approve")) {
    const blocked = ownRound || rulesChanged !== "";
    const button = (
      <Button
        key="approve"
        type="primary"
        disabled={blocked}
        data-testid="workflow-approve"
        onClick={() => {
          setOpen("approve");
        }}
      >
        {t("review.action.approve")}
      </Button>
    );
    buttons.push(
      blocked ? (
        <Tooltip
          key="approve"
          title={ownRound ? t("review.fourEyes") : t("review.rulePacksChanged", { packs: rulesChanged })}
        >
          {button}
        </Tooltip>
      ) : (
        button
      ),
    );
  }
  if (owner && possible("withdraw")) {
    buttons.push(
      <ConfirmedStep
        key="withdraw"
        danger
        label={t("review.action.withdraw")}
        confirm={t("review.confirm.withdraw", { title: stored.title })}
        testIdName="workflow-withdraw"
        disabled={saving}
        loading={steps.withdraw.isPending}
        onConfirm={() => {
          steps.withdraw.mutate({ id, version }, handlers(t("review.done.withdraw")));
        }}
      />,
    );
  }
  if (owner && status === "approved") {
    buttons.push(
      <ConfirmedStep
        key="revise"
        primary
        label={t("review.action.revise")}
        confirm={t("review.confirm.revise")}
        testIdName="workflow-revise"
        loading={steps.revise.isPending}
        onConfirm={() => {
          steps.revise.mutate(
            { id },
            {
              onSuccess: (created) => {
                void message.success(t("review.done.revise"));
                navigate(planPath(created.id));
              },
              onError: handlers("").onError,
            },
          );
        }}
      />,
    );
  }

  return (
    <Flex vertical gap={8}>
      {reviewer && ownRound && (possible("approve") || possible("return")) ? (
        <Alert type="info" showIcon title={t("review.fourEyes")} />
      ) : null}
      {reviewer && rulesChanged !== "" ? (
        <Alert type="warning" showIcon title={t("review.rulePacksChanged", { packs: rulesChanged })} />
      ) : null}
      {buttons.length > 0 ? (
        <Flex gap={8} wrap data-testid="workflow-actions">
          {buttons}
        </Flex>
      ) : null}
      {open === "return" ? (
        <ReturnModal
          planId={id}
          version={version}
          steps={steps}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
      {open === "approve" ? (
        <ApproveModal
          planId={id}
          title={stored.title}
          version={version}
          violations={review.violations}
          violationKeys={review.violationKeys}
          steps={steps}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
    </Flex>
  );
}
