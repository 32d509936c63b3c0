// Adding and editing a job position in a modal form validated field by field with the domain's schemas
// (positionSchema for a new position, positionChangesSchema for an edit), so the message next to a field
// is the one the server would give. After a save the scheme, the findings and the tree are fetched again.
import { useMutation } from "@tanstack/react-query";
import {
  type InputProblem,
  positionChangesSchema,
  positionGroupSchema,
  positionSchema,
  rankCodeSchema,
  type SchemePosition,
  type Snapshot,
  suggestPositionId,
} from "@tinhgon/domain";
import { Alert, App as AntApp, Form, Input, InputNumber, Modal, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { errorDetailsOf } from "../lib/errors.ts";
import { useRefreshAfterSnapshotEdit } from "../lib/refresh.ts";
import { useTRPC } from "../lib/trpc.ts";
import { parseFormValues, zodRule } from "../lib/zod-form.ts";
import { rankLabel } from "./positions-labels.ts";
import { useErrorMessage } from "./query-state.tsx";

const fieldNames = ["title", "group", "rank", "count"] as const;
type FieldName = (typeof fieldNames)[number];

interface FormValues {
  title?: string;
  group?: SchemePosition["group"];
  rank?: SchemePosition["rank"];
  count?: number | null;
}

/** The form field a problem's path ends in ("…positions[3].count" → "count"), if any. */
function fieldOf(problem: InputProblem): FieldName | undefined {
  const last = /([A-Za-z]+)$/.exec(problem.path)?.[1];
  return fieldNames.find((name) => name === last);
}

export type PositionFormTarget =
  { kind: "create"; holderId: string; holderName: string } | { kind: "edit"; position: SchemePosition };

export function PositionFormModal({
  snapshotId,
  expectedVersion,
  document,
  target,
  onClose,
}: {
  snapshotId: string;
  /** The data set's version the form was opened on: the server refuses the edit if it has changed since. */
  expectedVersion: number;
  /** The snapshot in view, to give a new position an id no other entry uses. */
  document: Snapshot;
  target: PositionFormTarget;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { message } = AntApp.useApp();
  const refresh = useRefreshAfterSnapshotEdit("positions");
  const [form] = Form.useForm<FormValues>();
  const [problems, setProblems] = useState<InputProblem[]>([]);
  const language = i18n.language === "en" ? "en" : "vi";

  const messageOf = useErrorMessage();
  const onError = (error: unknown) => {
    const found = errorDetailsOf(error).problems;
    setProblems(found);
    form.setFields(
      found.flatMap((problem) => {
        const name = fieldOf(problem);
        return name ? [{ name, errors: [problem.message[language]] }] : [];
      }),
    );
    void message.error(t("positions.form.failed", { reason: messageOf(error) }));
  };
  const onSaved = async (key: "created" | "updated", title: string) => {
    await refresh();
    void message.success(t(`positions.form.${key}`, { title }));
    onClose();
  };
  const create = useMutation(trpc.positions.create.mutationOptions({ onError }));
  const update = useMutation(trpc.positions.update.mutationOptions({ onError }));

  const initialValues: FormValues =
    target.kind === "edit"
      ? {
          title: target.position.title,
          group: target.position.group,
          rank: target.position.rank ?? undefined,
          count: target.position.count,
        }
      : { group: "professional", rank: "01.003", count: 1 };

  const submit = async () => {
    setProblems([]);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue();
    const fields = {
      title: values.title,
      group: values.group,
      rank: values.rank ?? null,
      count: values.count,
    };
    if (target.kind === "create") {
      const position = parseFormValues(
        positionSchema,
        {
          id: suggestPositionId(document, target.holderId, values.title ?? ""),
          ...fields,
        },
        form,
      );
      if (!position) return;
      await create.mutateAsync({ snapshotId, expectedVersion, holderId: target.holderId, position }).then(
        () => onSaved("created", position.title),
        () => undefined,
      );
    } else {
      const changes = parseFormValues(positionChangesSchema, fields, form);
      if (!changes) return;
      await update.mutateAsync({ snapshotId, expectedVersion, id: target.position.id, changes }).then(
        () => onSaved("updated", changes.title ?? target.position.title),
        () => undefined,
      );
    }
  };

  return (
    <Modal
      open
      title={
        target.kind === "create"
          ? t("positions.form.addTitle", { holder: target.holderName })
          : t("positions.form.editTitle", { title: target.position.title })
      }
      okText={t("positions.form.save")}
      cancelText={t("positions.form.cancel")}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ "data-testid": "position-form-save" }}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        data-testid="position-form"
        onFinish={() => void submit()}
      >
        <Form.Item
          name="title"
          label={t("positions.form.title")}
          rules={[zodRule(positionSchema.shape.title)]}
          validateFirst
        >
          <Input placeholder={t("positions.form.titlePlaceholder")} maxLength={300} autoFocus />
        </Form.Item>
        <Form.Item
          name="group"
          label={t("positions.form.group")}
          rules={[zodRule(positionSchema.shape.group)]}
        >
          <Select
            options={positionGroupSchema.options.map((group) => ({
              value: group,
              label: t(`positionGroup.${group}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="rank"
          label={t("positions.form.rank")}
          rules={[zodRule(rankCodeSchema.nullable().optional())]}
        >
          <Select
            allowClear
            placeholder={t("positions.form.rankPlaceholder")}
            options={rankCodeSchema.options.map((rank) => ({ value: rank, label: rankLabel(t, rank) }))}
          />
        </Form.Item>
        <Form.Item
          name="count"
          label={t("positions.form.count")}
          rules={[zodRule(positionSchema.shape.count)]}
        >
          {/* No min: a negative number is shown as the schema's error next to the field, not clamped away. */}
          <InputNumber style={{ width: 160 }} />
        </Form.Item>
        {/* Enter in a field submits the form. */}
        <button type="submit" hidden aria-hidden />
      </Form>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="position-form-problems"
          title={t("errors.EDIT_INVALID")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((problem, index) => (
                <li key={`${problem.path}-${String(index)}`}>
                  {t("positions.form.problem", { field: problem.path, message: problem.message[language] })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Modal>
  );
}
