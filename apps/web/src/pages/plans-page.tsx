// Phương án: the province's plans, a new plan from the data set in view (the whole province or one
// district), and import of a tinhgon.plan/1 file. The editor is /phuong-an/:id.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isoDateSchema, textSchema } from "@tinhgon/domain";
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ErrorAlert, Loading } from "../components/query-state.tsx";
import { formatDate, formatNumber } from "../i18n/index.ts";
import { errorDetailsOf } from "../lib/errors.ts";
import { Link, navigate, planPath } from "../lib/router.tsx";
import type { SnapshotRef } from "../lib/scope.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-form.ts";

const titleSchema = textSchema(300);

interface CreateValues {
  title: string;
  scope: string;
  phaseName: string;
  phaseDate: string;
}

/** The whole province is the empty scope; a district is its id. */
const WHOLE_PROVINCE = "";

function CreatePlanModal({
  provinceCode,
  snapshotId,
  open,
  onClose,
}: {
  provinceCode: string;
  snapshotId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreateValues>();
  const tree = useQuery(trpc.org.tree.queryOptions({ provinceCode, snapshotId }));
  const create = useMutation(trpc.plan.create.mutationOptions());
  const document = tree.data?.document;

  // The fields were checked by their schemas (zodRule) before onFinish runs; the server checks again.
  const submit = async (values: CreateValues) => {
    const input = {
      snapshotId,
      title: values.title,
      ...(values.scope ? { districtId: values.scope } : {}),
      firstPhase: { name: values.phaseName, effectiveDate: values.phaseDate },
    };
    try {
      const plan = await create.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.plan.list.pathKey() });
      void message.success(t("plans.created"));
      onClose();
      navigate(planPath(plan.id));
    } catch {
      // Shown below the form from create.error.
    }
  };

  return (
    <Modal
      open={open}
      title={t("plans.createTitle")}
      okText={t("plans.create")}
      cancelText={t("plans.cancel")}
      confirmLoading={create.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {tree.isPending ? (
        <Loading />
      ) : tree.isError ? (
        <ErrorAlert error={tree.error} onRetry={tree.refetch} />
      ) : (
        <Form<CreateValues>
          form={form}
          layout="vertical"
          data-testid="create-plan-form"
          initialValues={{
            title: "",
            scope: document?.districts[0]?.id ?? WHOLE_PROVINCE,
            phaseName: t("plans.defaultPhaseName"),
            phaseDate: document?.asOf ?? "",
          }}
          onFinish={(values) => void submit(values)}
        >
          <Typography.Paragraph type="secondary">
            {t("plans.createFrom", {
              name: `${tree.data.name} (${formatDate(tree.data.document.asOf, i18n.language)})`,
            })}
          </Typography.Paragraph>
          <Form.Item name="title" label={t("plans.fieldTitle")} rules={[zodRule(titleSchema)]}>
            <Input data-testid="plan-title-input" />
          </Form.Item>
          <Form.Item name="scope" label={t("plans.fieldScope")} extra={t("plans.fieldScopeHelp")}>
            <Select
              data-testid="plan-scope-select"
              aria-label={t("plans.fieldScope")}
              showSearch={{ optionFilterProp: "label" }}
              options={[
                { value: WHOLE_PROVINCE, label: t("plans.wholeProvince") },
                ...(document?.districts ?? []).map((district) => ({
                  value: district.id,
                  label: district.name,
                })),
              ]}
            />
          </Form.Item>
          <Form.Item name="phaseName" label={t("plans.fieldPhaseName")} rules={[zodRule(titleSchema)]}>
            <Input />
          </Form.Item>
          <Form.Item name="phaseDate" label={t("plans.fieldPhaseDate")} rules={[zodRule(isoDateSchema)]}>
            <Input type="date" data-testid="plan-date-input" />
          </Form.Item>
          {create.isError ? <ApiError error={create.error} /> : null}
        </Form>
      )}
    </Modal>
  );
}

/** An API error: the translated code, the server's explanation and every field problem. */
export function ApiError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const details = errorDetailsOf(error);
  const pick = (text: { vi: string; en: string }) => (i18n.language === "en" ? text.en : text.vi);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={details.message ? pick(details.message) : t(`errors.${details.code}`)}
      description={
        details.problems.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {details.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message.en}`}>
                <Typography.Text code>{problem.path}</Typography.Text> {pick(problem.message)}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

function ImportPlanButton() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const importPlan = useMutation(trpc.plan.import.mutationOptions());
  const [problem, setProblem] = useState<{ error: unknown } | { text: string } | null>(null);

  const read = async (file: File) => {
    setProblem(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setProblem({ text: t("plans.importNotJson", { file: file.name }) });
      return;
    }
    try {
      const plan = await importPlan.mutateAsync({ document });
      await queryClient.invalidateQueries({ queryKey: trpc.plan.list.pathKey() });
      void message.success(t("plans.imported", { title: plan.title }));
      navigate(planPath(plan.id));
    } catch (error) {
      setProblem({ error });
    }
  };

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Upload
        accept=".json,application/json"
        showUploadList={false}
        beforeUpload={(file) => {
          void read(file);
          return false;
        }}
      >
        <Button loading={importPlan.isPending} data-testid="import-plan">
          {importPlan.isPending ? t("plans.importing") : t("plans.import")}
        </Button>
      </Upload>
      {problem === null ? null : "text" in problem ? (
        <Alert type="error" showIcon title={problem.text} data-testid="import-error" />
      ) : (
        <div data-testid="import-error">
          <ApiError error={problem.error} />
        </div>
      )}
    </Space>
  );
}

export default function PlansPage({ provinceCode, snapshotId }: SnapshotRef) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const plans = useQuery(trpc.plan.list.queryOptions({ provinceCode }));
  const tree = useQuery(trpc.org.tree.queryOptions({ provinceCode, snapshotId }));
  const remove = useMutation(trpc.plan.delete.mutationOptions());
  const [creating, setCreating] = useState(false);
  const districtNames = new Map(
    (tree.data?.document.districts ?? []).map((district) => [district.id, district.name]),
  );

  return (
    <Card
      title={t("plans.listTitle")}
      data-testid="plans-page"
      extra={
        <Button
          type="primary"
          onClick={() => {
            setCreating(true);
          }}
          data-testid="create-plan"
        >
          {t("plans.create")}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <ImportPlanButton />
        {plans.isPending ? (
          <Loading />
        ) : plans.isError ? (
          <ErrorAlert error={plans.error} onRetry={plans.refetch} />
        ) : plans.data.length === 0 ? (
          <Empty description={t("plans.listEmpty")} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            data-testid="plans-table"
            dataSource={plans.data}
            columns={[
              {
                title: t("plans.colTitle"),
                dataIndex: "title",
                render: (title: string, plan) => <Link href={planPath(plan.id)}>{title}</Link>,
              },
              {
                title: t("plans.colScope"),
                dataIndex: "districtKey",
                render: (districtKey: string | null) =>
                  districtKey === null
                    ? t("plans.wholeProvince")
                    : (districtNames.get(districtKey) ?? districtKey),
              },
              {
                title: t("plans.colVersion"),
                dataIndex: "version",
                align: "right",
                render: (version: number) => formatNumber(version, i18n.language),
              },
              {
                title: t("plans.colUpdated"),
                dataIndex: "updatedAt",
                render: (updatedAt: string) => formatDate(updatedAt.slice(0, 10), i18n.language),
              },
              {
                title: "",
                key: "actions",
                render: (_, plan) => (
                  <Popconfirm
                    title={t("plans.deleteConfirm", { title: plan.title })}
                    okText={t("plans.delete")}
                    cancelText={t("plans.cancel")}
                    onConfirm={() => {
                      remove.mutate(
                        { id: plan.id },
                        {
                          onSuccess: () => {
                            void queryClient.invalidateQueries({ queryKey: trpc.plan.list.pathKey() });
                            void message.success(t("plans.deleted"));
                          },
                          onError: (error) => {
                            void message.error(t(`errors.${errorDetailsOf(error).code}`));
                          },
                        },
                      );
                    }}
                  >
                    <Button size="small" danger>
                      {t("plans.delete")}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </Flex>
      <CreatePlanModal
        provinceCode={provinceCode}
        snapshotId={snapshotId}
        open={creating}
        onClose={() => {
          setCreating(false);
        }}
      />
    </Card>
  );
}
