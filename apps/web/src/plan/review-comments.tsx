// The review's comment thread (author, role, date, round and what each comment is about) and the form
// to comment on the plan, a phase, an operation or a finding. The editor's "Góp ý" buttons open the
// form with their target chosen.
import { type Finding, type Plan, textSchema } from "@tinhgon/domain";
import { App as AntApp, Flex, Form, Input, List, Modal, Select, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { ApiError } from "../components/query-state.tsx";
import { formatDateTime } from "../i18n/index.ts";
import { zodRule } from "../lib/zod-form.ts";
import {
  type CommentTarget,
  commentTargetChoices,
  describeCommentTarget,
  parseCommentTarget,
  type TargetDescription,
  targetValue,
} from "./comment-target.ts";
import type { ReviewStatus, ReviewSteps } from "./use-review.ts";

const commentBodySchema = textSchema(5000);

function useTargetText(): (description: TargetDescription) => string {
  const { t } = useTranslation();
  return (description) => t(`review.comments.${description.key}`, description.values);
}

/** A role's name; the server stores the role's code with each comment. */
function useRoleName(): (role: string) => string {
  const { t } = useTranslation();
  return (role) => t(`auth.role.${role}`, { defaultValue: role });
}

export function CommentThread({ review, plan }: { review: ReviewStatus; plan: Plan }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const targetText = useTargetText();
  const roleName = useRoleName();
  const comments = [...review.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (comments.length === 0)
    return <Typography.Text type="secondary">{t("review.comments.empty")}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid="comment-list"
      dataSource={comments}
      renderItem={(comment) => (
        <List.Item data-testid="comment">
          <Flex vertical gap={4} style={{ width: "100%" }}>
            <Flex gap={8} wrap align="baseline">
              <Typography.Text strong data-testid="comment-author">
                {comment.authorName}
              </Typography.Text>
              <Typography.Text type="secondary">{roleName(comment.authorRole)}</Typography.Text>
              <Typography.Text type="secondary">
                {formatDateTime(comment.createdAt, i18n.language)}
              </Typography.Text>
              <Tag>
                {comment.round > 0
                  ? t("review.comments.round", { round: comment.round })
                  : t("review.comments.beforeSubmission")}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" data-testid="comment-target">
              {targetText(describeCommentTarget(parseCommentTarget(comment.target), plan, language))}
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }} data-testid="comment-body">
              {comment.body}
            </Typography.Paragraph>
          </Flex>
        </List.Item>
      )}
    />
  );
}

interface CommentValues {
  target: string;
  body: string;
}

export function CommentModal({
  planId,
  plan,
  violations,
  initialTarget,
  steps,
  onClose,
}: {
  planId: string;
  plan: Plan;
  violations: readonly Finding[];
  initialTarget: CommentTarget;
  steps: ReviewSteps;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CommentValues>();
  const targetText = useTargetText();
  const mutation = steps.comment;
  const choices = useMemo(
    () => commentTargetChoices(plan, violations, language),
    [plan, violations, language],
  );
  const groups = (["groupPlan", "groupPhases", "groupOperations", "groupFindings"] as const)
    .map((group) => ({
      label: t(`review.comments.${group}`),
      options: choices
        .filter((choice) => choice.group === group)
        .map((choice) => ({ value: choice.value, label: targetText(choice.description) })),
    }))
    .filter((group) => group.options.length > 0);

  return (
    <Modal
      open
      width={640}
      title={t("review.comments.modalTitle")}
      okText={t("review.comments.send")}
      cancelText={t("review.confirm.cancel")}
      okButtonProps={{ "data-testid": "comment-send" }}
      confirmLoading={mutation.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CommentValues>
        form={form}
        layout="vertical"
        data-testid="comment-form"
        initialValues={{ target: targetValue(initialTarget), body: "" }}
        onFinish={(values) => {
          const target = choices.find((choice) => choice.value === values.target)?.target ?? initialTarget;
          mutation.mutate(
            { id: planId, target, body: commentBodySchema.parse(values.body) },
            {
              onSuccess: () => {
                void message.success(t("review.done.comment"));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item name="target" label={t("review.comments.target")}>
          <Select
            aria-label={t("review.comments.target")}
            data-testid="comment-target-select"
            options={groups}
            showSearch={{ optionFilterProp: "label" }}
          />
        </Form.Item>
        <Form.Item
          name="body"
          label={t("review.comments.body")}
          extra={t("review.comments.bodyHelp")}
          rules={[zodRule(commentBodySchema)]}
        >
          <Input.TextArea rows={4} data-testid="comment-body-input" />
        </Form.Item>
      </Form>
      {mutation.isError ? <ApiError error={mutation.error} /> : null}
    </Modal>
  );
}
