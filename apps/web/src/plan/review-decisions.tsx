// The reviewer's two decisions, each in a modal: "Trả lại" with a required reason, and "Phê duyệt" with
// an override reason for every violation left (the compliance gate) — or a simple confirmation when the
// plan complies. Reasons are checked in the form before anything is sent; the server checks again.
import { type Finding, textSchema, violationOverrideSchema } from "@tinhgon/domain";
import { Alert, App as AntApp, Flex, Form, Input, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { FindingCard } from "../components/finding-list.tsx";
import { ApiError } from "../components/query-state.tsx";
import type { Rule } from "antd/es/form";
import type { ReviewSteps } from "./use-review.ts";

/** review.return's minimum (packages/api's review router; the domain has no schema for it yet). */
export const returnReasonMinLength = 5;
/** violationOverrideSchema's minimum, said in the message (its own issue only says "too short"). */
const overrideReasonMinLength = 10;

const reasonTextSchema = textSchema(5000);

/** A reason rule: valid per `accepts`; otherwise the message says how many characters are still needed. */
function reasonRule(accepts: (value: string) => boolean, tooShort: (count: number) => string): Rule {
  return {
    validator: (_rule, value: string | undefined) =>
      accepts(value ?? "")
        ? Promise.resolve()
        : Promise.reject(new Error(tooShort((value ?? "").trim().length))),
  };
}

export function ReturnModal({
  planId,
  version,
  steps,
  onClose,
}: {
  planId: string;
  version: number;
  steps: ReviewSteps;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const mutation = steps.returnPlan;
  const min = returnReasonMinLength;
  return (
    <Modal
      open
      title={t("review.returnModal.title")}
      okText={t("review.returnModal.submit")}
      cancelText={t("review.confirm.cancel")}
      okButtonProps={{ danger: true, ...({ "data-testid": "return-submit" } as Record<string, string>) }}
      confirmLoading={mutation.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        data-testid="return-form"
        onFinish={({ reason }) => {
          mutation.mutate(
            { id: planId, version, reason: reason.trim() },
            {
              onSuccess: () => {
                void message.success(t("review.done.return"));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item
          name="reason"
          label={t("review.returnModal.reason")}
          extra={t("review.returnModal.reasonHelp", { min })}
          rules={[
            reasonRule(
              (value) => reasonTextSchema.safeParse(value).success && value.trim().length >= min,
              (count) => t("review.returnModal.reasonTooShort", { min, count }),
            ),
          ]}
        >
          <Input.TextArea rows={4} data-testid="return-reason" />
        </Form.Item>
      </Form>
      {mutation.isError ? <ApiError error={mutation.error} /> : null}
    </Modal>
  );
}

export function ApproveModal({
  planId,
  title,
  version,
  violations,
  violationKeys,
  steps,
  onClose,
}: {
  planId: string;
  title: string;
  version: number;
  /** review.status's violations, each to be answered with a reason; keys in the same order. */
  violations: readonly Finding[];
  violationKeys: readonly string[];
  steps: ReviewSteps;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reasons: string[] }>();
  const mutation = steps.approve;
  const min = overrideReasonMinLength;

  const approve = (reasons: readonly string[]) => {
    const overrides = violationKeys.map((findingKey, index) =>
      violationOverrideSchema.parse({ findingKey, reason: reasons[index] ?? "" }),
    );
    mutation.mutate(
      { id: planId, version, overrides },
      {
        onSuccess: () => {
          void message.success(t("review.done.approve"));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      width={violations.length > 0 ? 760 : 520}
      title={t("review.approveModal.title")}
      okText={t("review.approveModal.submit")}
      cancelText={t("review.confirm.cancel")}
      okButtonProps={{ "data-testid": "approve-submit" }}
      confirmLoading={mutation.isPending}
      onOk={() => {
        if (violations.length === 0) approve([]);
        else form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {violations.length === 0 ? (
        <Typography.Paragraph data-testid="approve-no-violations">
          {t("review.approveModal.noViolations", { title })}
        </Typography.Paragraph>
      ) : (
        <Form<{ reasons: string[] }>
          form={form}
          layout="vertical"
          data-testid="approve-form"
          onFinish={({ reasons }) => {
            approve(reasons);
          }}
        >
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t("review.approveModal.violations", { count: violations.length, min })}
          />
          {violations.map((finding, index) => (
            <Flex vertical gap={8} key={violationKeys[index] ?? index} style={{ marginBottom: 16 }}>
              <FindingCard finding={finding} />
              <Form.Item
                name={["reasons", index]}
                label={t("review.approveModal.reason", { ruleId: finding.ruleId })}
                rules={[
                  reasonRule(
                    (value) =>
                      violationOverrideSchema.shape.reason.safeParse(value).success &&
                      reasonTextSchema.safeParse(value).success,
                    (count) => t("review.approveModal.reasonTooShort", { min, count }),
                  ),
                ]}
              >
                <Input.TextArea rows={2} data-testid={`approve-reason-${String(index)}`} />
              </Form.Item>
            </Flex>
          ))}
        </Form>
      )}
      {mutation.isError ? <ApiError error={mutation.error} showPaths={false} /> : null}
    </Modal>
  );
}
