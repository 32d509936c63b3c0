// Phương án: the plans the user may read (an officer's own unit's, all of the province for reviewers and
// viewers) with their review status; a new plan from the data set in view for the one scope the user
// may draft for (their district or sở; the whole province for the Department's reviewers), and import
// of a tinhgon.plan/1 or /2 file into that scope (the domain migrates /1). The editor is /phuong-an/:id.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type InputProblem,
  isoDateSchema,
  parsePlan,
  type PlanStatus,
  type Snapshot,
  textSchema,
} from "@tinhgon/domain";
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
  Space,
  Table,
  Typography,
  Upload,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { mayDeletePlan, type PlanScope, planScopeFor, planScopeInput } from "../auth/abilities.ts";
import { useSession } from "../auth/session.tsx";
import { ApiError, ErrorAlert, Loading, useErrorMessage } from "../components/query-state.tsx";
import { formatDate, formatNumber } from "../i18n/index.ts";
import { Link, navigate, planPath } from "../lib/router.tsx";
import type { SnapshotRef } from "../lib/scope.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-form.ts";
import { PlanStatusTag } from "../plan/status-tag.tsx";

const titleSchema = textSchema(300);

interface CreateValues {
  title: string;
  phaseName: string;
  phaseDate: string;
}

/** "Huyện Cát Hải", "Sở Nội vụ" or "Toàn tỉnh", from the data set's names (the key when not in it). */
export function scopeName(
  scope: { districtKey: string | null; agencyKey: string | null },
  document: Snapshot | undefined,
  wholeProvince: string,
): string {
  if (scope.districtKey !== null)
    return (
      document?.districts.find((district) => district.id === scope.districtKey)?.name ?? scope.districtKey
    );
  if (scope.agencyKey !== null)
    return document?.agencies.find((agency) => agency.id === scope.agencyKey)?.name ?? scope.agencyKey;
  return wholeProvince;
}

function scopeKeys(scope: PlanScope): { districtKey: string | null; agencyKey: string | null } {
  return {
    districtKey: scope.kind === "district" ? scope.id : null,
    agencyKey: scope.kind === "agency" ? scope.id : null,
  };
}

function CreatePlanModal({
  provinceCode,
  snapshotId,
  scope,
  open,
  onClose,
}: {
  provinceCode: string;
  snapshotId: string;
  /** The one scope the user may draft a plan for (the server refuses any other). */
  scope: PlanScope;
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
      ...planScopeInput(scope),
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
          <Form.Item label={t("plans.fieldScope")} extra={t("plans.fieldScopeFixed")}>
            <Typography.Text strong data-testid="plan-scope">
              {scopeName(scopeKeys(scope), document, t("plans.wholeProvince"))}
            </Typography.Text>
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

/** The problems of a plan file, each with the field it is about, in the UI language. */
function FileProblems({ problems }: { problems: readonly InputProblem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t("plans.importProblems", { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.slice(0, 50).map((problem) => (
            <li key={`${problem.path}:${problem.message.en}`}>
              <Typography.Text code>{problem.path || "/"}</Typography.Text>{" "}
              {i18n.language === "en" ? problem.message.en : problem.message.vi}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Import of a plan file into the user's own scope (the file's baseline must be of their province). */
function ImportPlanButton({ scope }: { scope: PlanScope }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const importPlan = useMutation(trpc.plan.import.mutationOptions());
  const [problem, setProblem] = useState<
    { error: unknown } | { text: string } | { problems: InputProblem[] } | null
  >(null);

  const read = async (file: File) => {
    setProblem(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setProblem({ text: t("plans.importNotJson", { file: file.name }) });
      return;
    }
    // Checked here first with the domain's own parser: the server needs a valid file to know which
    // province it is about (for the permission check) before it can list what is wrong with it.
    const parsed = parsePlan(document);
    if (!parsed.ok) {
      setProblem({ problems: parsed.problems });
      return;
    }
    try {
      const plan = await importPlan.mutateAsync({ document, ...planScopeInput(scope) });
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
      ) : "problems" in problem ? (
        <div data-testid="import-error">
          <FileProblems problems={problem.problems} />
        </div>
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
  const { actor } = useSession();
  const messageOf = useErrorMessage();
  const scope = planScopeFor(actor);
  const plans = useQuery(trpc.plan.list.queryOptions({ provinceCode }));
  const tree = useQuery(trpc.org.tree.queryOptions({ provinceCode, snapshotId }));
  const remove = useMutation(trpc.plan.delete.mutationOptions());
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title={t("plans.listTitle")}
      data-testid="plans-page"
      extra={
        scope ? (
          <Button
            type="primary"
            onClick={() => {
              setCreating(true);
            }}
            data-testid="create-plan"
          >
            {t("plans.create")}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={16}>
        {scope ? (
          <ImportPlanButton scope={scope} />
        ) : (
          <Typography.Text type="secondary" data-testid="plans-read-only">
            {t("plans.readOnlyList")}
          </Typography.Text>
        )}
        {plans.isPending ? (
          <Loading />
        ) : plans.isError ? (
          <ErrorAlert error={plans.error} onRetry={plans.refetch} />
        ) : plans.data.length === 0 ? (
          <Empty description={scope ? t("plans.listEmpty") : t("plans.listEmptyReadOnly")} />
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
                key: "scope",
                render: (_value, plan) => scopeName(plan, tree.data?.document, t("plans.wholeProvince")),
              },
              {
                title: t("plans.colStatus"),
                dataIndex: "status",
                render: (status: PlanStatus) => <PlanStatusTag status={status} />,
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
                render: (_, plan) =>
                  mayDeletePlan(actor, plan) ? (
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
                              void message.error(messageOf(error));
                            },
                          },
                        );
                      }}
                    >
                      <Button size="small" danger aria-label={t("plans.deleteOf", { title: plan.title })}>
                        {t("plans.delete")}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        )}
      </Flex>
      {scope ? (
        <CreatePlanModal
          provinceCode={provinceCode}
          snapshotId={snapshotId}
          scope={scope}
          open={creating}
          onClose={() => {
            setCreating(false);
          }}
        />
      ) : null}
    </Card>
  );
}
