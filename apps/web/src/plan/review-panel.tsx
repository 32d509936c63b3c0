// The "Thẩm định" panel of the plan editor: the status and the workflow steps the user may take, what
// changed since the last round (first, for a reviewer re-reading a resubmitted plan), the violations an
// approval must answer for, the comments, the rounds and the audit trail.
import type { Actor, Plan } from "@tinhgon/domain";
import { Badge, Button, Card, Collapse, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { mayDiscussPlan } from "../auth/abilities.ts";
import { FindingList } from "../components/finding-list.tsx";
import { ErrorAlert, Loading } from "../components/query-state.tsx";
import { Link, planPath } from "../lib/router.tsx";
import { AuditLog } from "./audit-log.tsx";
import type { CommentTarget } from "./comment-target.ts";
import { ReviewActions } from "./review-actions.tsx";
import { CommentThread } from "./review-comments.tsx";
import { ReviewRounds } from "./review-history.tsx";
import { RoundChangesCard } from "./round-changes.tsx";
import { PlanStatusTag } from "./status-tag.tsx";
import { type ReviewSteps, type StoredPlan, useReviewStatus } from "./use-review.ts";

export function ReviewPanel({
  actor,
  stored,
  plan,
  steps,
  saving,
  onComment,
}: {
  actor: Actor;
  stored: StoredPlan;
  /** The plan as shown (with the user's latest edits), to describe what comments are about. */
  plan: Plan;
  steps: ReviewSteps;
  saving: boolean;
  onComment: (target: CommentTarget) => void;
}) {
  const { t } = useTranslation();
  const review = useReviewStatus(stored.id);
  const discuss = mayDiscussPlan(actor, stored);

  const header = (
    <Flex gap={8} align="center" wrap>
      <span>{t("review.title")}</span>
      <PlanStatusTag status={stored.status} testId="review-status" />
      <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>
        {t("review.version", { version: stored.version })}
      </Typography.Text>
    </Flex>
  );
  if (review.isPending)
    return (
      <Card title={header} data-testid="review-panel">
        <Loading label={t("review.loading")} />
      </Card>
    );
  if (review.isError)
    return (
      <Card title={header} data-testid="review-panel">
        <ErrorAlert error={review.error} onRetry={review.refetch} />
      </Card>
    );

  const data = review.data;
  const names = new Map<string, string>([
    ...data.comments.map((comment) => [comment.authorId, comment.authorName] as const),
    [actor.userId, actor.name],
  ]);
  const underReview = stored.status === "submitted" || stored.status === "in_review";

  return (
    <Card title={header} data-testid="review-panel">
      <Flex vertical gap={16}>
        {stored.revisionOf ? (
          <Typography.Text type="secondary">
            {t("review.revisionOf")}{" "}
            <Link href={planPath(stored.revisionOf)}>{t("review.openOriginal")}</Link>
          </Typography.Text>
        ) : null}
        <ReviewActions actor={actor} stored={stored} review={data} steps={steps} saving={saving} />
        {data.changesSinceLastRound ? <RoundChangesCard changes={data.changesSinceLastRound} /> : null}
        {underReview || data.violations.length > 0 ? (
          <Collapse
            size="small"
            defaultActiveKey={underReview && data.violations.length > 0 ? ["violations"] : []}
            items={[
              {
                key: "violations",
                label: (
                  <span data-testid="review-violations-toggle">
                    {t("review.violations.title", { count: data.violations.length })}
                  </span>
                ),
                children:
                  data.violations.length === 0 ? (
                    <Typography.Text>{t("review.violations.none")}</Typography.Text>
                  ) : (
                    <div data-testid="review-violations">
                      <FindingList findings={data.violations} />
                    </div>
                  ),
              },
            ]}
          />
        ) : null}
        <Flex vertical gap={8} data-testid="review-comments">
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Title level={4} style={{ margin: 0, fontSize: 16 }}>
              {t("review.comments.title", { count: data.comments.length })}
            </Typography.Title>
            {discuss ? (
              <Button
                data-testid="comment-add"
                onClick={() => {
                  onComment({ kind: "plan" });
                }}
              >
                {t("review.comments.add")}
              </Button>
            ) : null}
          </Flex>
          <CommentThread review={data} plan={plan} />
        </Flex>
        <Collapse
          size="small"
          items={[
            {
              key: "rounds",
              label: (
                <span data-testid="review-rounds-toggle">
                  {t("review.rounds.title", { count: data.rounds.length })}{" "}
                  {data.rounds.at(-1)?.decision === null ? <Badge status="processing" /> : null}
                </span>
              ),
              children: <ReviewRounds rounds={data.rounds} names={names} />,
            },
            {
              key: "audit",
              label: <span data-testid="audit-toggle">{t("review.audit.title")}</span>,
              // Mounted (and fetched) only when opened.
              children: <AuditLog planId={stored.id} title={stored.title} names={names} />,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

/** The violations of the current review status, for the comment form's choices. */
export function useReviewViolations(planId: string) {
  const review = useReviewStatus(planId);
  return review.data?.violations ?? [];
}
