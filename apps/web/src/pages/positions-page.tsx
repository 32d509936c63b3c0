// Vị trí việc làm: the job-position scheme of one agency, unit or district division (chosen in a tree,
// kept in the URL as ?holder=…): positions by the four groups and by rank, the civil-servant positions
// against the payroll (JP-05), the rank structure over non-leadership staff as a chart (JP-03), the
// findings of the job-position rules JP-03 … JP-07, and adding, editing and deleting positions; the data
// set's positions table as Excel.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@tanstack/react-query";
import {
  type OwnerScope,
  comparePositionsWithPayroll,
  defaultPositionHolder,
  findPositionHolderNode,
  jobPositionFindings,
  listPositionHolders,
  type PositionHolderNode,
  type PositionScheme,
  positionHolderSubjectIds,
  type SchemePosition,
  type Snapshot,
} from "@tinhgon/domain";
import { Alert, App as AntApp, Button, Card, Col, Descriptions, Empty, Flex, Row, Typography } from "antd";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { mayEditStructure } from "../auth/abilities.ts";
import { useSession } from "../auth/session.tsx";
import { ChartFrame } from "../components/chart-frame.tsx";
import { DownloadButton } from "../components/download-button.tsx";
import { FindingList } from "../components/finding-list.tsx";
import { PositionsHolderPicker } from "../components/positions-holder-picker.tsx";
import { PositionFormModal, type PositionFormTarget } from "../components/positions-form.tsx";
import { rankLabel } from "../components/positions-labels.ts";
import { PositionsTable } from "../components/positions-table.tsx";
import { ErrorAlert, Loading, useErrorMessage } from "../components/query-state.tsx";
import { formatNumber } from "../i18n/index.ts";
import { useRefreshAfterSnapshotEdit } from "../lib/refresh.ts";
import { hrefWith, navigate, useLocation } from "../lib/router.tsx";
import type { SnapshotRef } from "../lib/scope.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useDocumentFiles } from "../lib/use-documents.ts";

// Recharts is fetched only when a chart is shown.
const PositionsRankChart = lazy(() => import("../components/positions-rank-chart.tsx"));
const PositionsPayrollChart = lazy(() => import("../components/positions-payroll-chart.tsx"));

function PayrollStatement({ scheme }: { scheme: PositionScheme }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const comparison = comparePositionsWithPayroll(scheme);
  const params = {
    civilServants: number(comparison.civilServants),
    payroll: number(comparison.payroll),
    difference: number(comparison.difference),
  };
  // Colour and words together: the label says which side of the payroll the scheme is on.
  const type = comparison.status === "over" ? "error" : comparison.status === "equal" ? "success" : "info";
  return (
    <Alert
      type={type}
      showIcon
      data-testid="positions-payroll"
      data-status={comparison.status}
      title={
        <span>
          <Typography.Text strong>{t(`positions.payroll.${comparison.status}Label`)}: </Typography.Text>
          <span data-testid="positions-payroll-statement">
            {t(`positions.payroll.${comparison.status}`, params)}
          </span>
        </span>
      }
      description={
        <Flex vertical gap={4}>
          <span>{t("positions.payroll.explanation")}</span>
          <span>{t("positions.payroll.support", { count: number(comparison.support) })}</span>
        </Flex>
      }
    />
  );
}

function SchemeTotals({ scheme }: { scheme: PositionScheme }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 3 }}
      items={[
        {
          key: "total",
          label: t("positions.payroll.totalPositions"),
          children: <span data-testid="positions-total-people">{number(scheme.totals.positions)}</span>,
        },
        {
          key: "filled",
          label: t("positions.payroll.filled"),
          children:
            scheme.totals.filled === null
              ? t("positions.payroll.filledUnknown")
              : number(scheme.totals.filled),
        },
        ...scheme.byRank.map((entry) => ({
          key: `rank-${entry.rank ?? "none"}`,
          label: rankLabel(t, entry.rank),
          children: number(entry.count),
        })),
      ]}
    />
  );
}

function RankChart({ scheme }: { scheme: PositionScheme }) {
  const { t, i18n } = useTranslation();
  const parts = scheme.rankStructure
    .map((entry) =>
      t("positions.rankChart.part", {
        rank: rankLabel(t, entry.rank),
        count: formatNumber(entry.count, i18n.language),
        percent: formatNumber(entry.percent, i18n.language),
      }),
    )
    .join("; ");
  return (
    <ChartFrame
      title={t("positions.rankChart.title")}
      description={t("positions.rankChart.description", { holder: scheme.holder.name, parts })}
      testId="positions-rank-frame"
    >
      {scheme.rankStructure.length === 0 ? (
        <Empty description={t("positions.rankChart.empty")} />
      ) : (
        <Suspense fallback={<Loading />}>
          <PositionsRankChart structure={scheme.rankStructure} />
        </Suspense>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t("positions.rankChart.note")}
      </Typography.Paragraph>
    </ChartFrame>
  );
}

function PayrollChart({ scheme }: { scheme: PositionScheme }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const count = (group: SchemePosition["group"]) =>
    number(scheme.byGroup.find((entry) => entry.group === group)?.count ?? 0);
  return (
    <ChartFrame
      title={t("positions.payrollChart.title")}
      description={t("positions.payrollChart.description", {
        holder: scheme.holder.name,
        civilServants: number(scheme.totals.civilServantPositions),
        leadership: count("leadership"),
        professional: count("professional"),
        shared: count("shared_professional"),
        payroll: number(scheme.payroll),
        support: count("support"),
      })}
      testId="positions-payroll-frame"
    >
      <Suspense fallback={<Loading />}>
        <PositionsPayrollChart scheme={scheme} />
      </Suspense>
    </ChartFrame>
  );
}

function HolderFindings({
  snapshotId,
  holders,
  holderId,
}: {
  snapshotId: string;
  holders: readonly PositionHolderNode[];
  holderId: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const check = useQuery(trpc.compliance.check.queryOptions({ snapshotId }));
  const findings = useMemo(
    () =>
      check.data ? jobPositionFindings(check.data.findings, positionHolderSubjectIds(holders, holderId)) : [],
    [check.data, holders, holderId],
  );
  return (
    <Card title={t("positions.findings.title")} data-testid="positions-findings">
      {check.isPending ? (
        <Loading label={t("positions.findings.loading")} />
      ) : check.isError ? (
        <ErrorAlert error={check.error} onRetry={check.refetch} />
      ) : findings.length === 0 ? (
        <Alert type="success" showIcon title={t("positions.findings.none")} />
      ) : (
        <FindingList findings={findings} />
      )}
    </Card>
  );
}

/** Whose a holder's positions are: the sở or the district at the top of its branch of the tree. */
export function holderOwnerScope(
  provinceCode: string,
  holders: readonly PositionHolderNode[],
  holderId: string,
): OwnerScope | undefined {
  const contains = (node: PositionHolderNode): boolean =>
    node.id === holderId || node.children.some(contains);
  const top = holders.find(contains);
  if (!top) return undefined;
  return top.type === "district"
    ? { provinceCode, districtKey: top.id }
    : { provinceCode, agencyKey: top.id };
}

function Scheme({
  snapshotId,
  version,
  document,
  holder,
  editable,
}: {
  snapshotId: string;
  /** The data set's version, named by every edit. */
  version: number;
  document: Snapshot;
  holder: PositionHolderNode;
  /** The user is an officer of the holder's district or sở (nobody else may change its positions). */
  editable: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = AntApp.useApp();
  const messageOf = useErrorMessage();
  const refresh = useRefreshAfterSnapshotEdit("positions");
  const scheme = useQuery(trpc.positions.scheme.queryOptions({ snapshotId, holderId: holder.id }));
  const remove = useMutation(trpc.positions.delete.mutationOptions());
  const [target, setTarget] = useState<PositionFormTarget | null>(null);

  if (scheme.isPending) return <Loading label={t("positions.loadingScheme")} />;
  if (scheme.isError) return <ErrorAlert error={scheme.error} onRetry={scheme.refetch} />;
  const data = scheme.data;

  const addButton =
    holder.aggregate || !editable ? null : (
      <Button
        type="primary"
        icon={<PlusOutlined />}
        data-testid="position-add"
        onClick={() => {
          setTarget({ kind: "create", holderId: holder.id, holderName: holder.name });
        }}
      >
        {t("positions.table.add")}
      </Button>
    );

  const deletePosition = async (position: SchemePosition) => {
    try {
      await remove.mutateAsync({ snapshotId, expectedVersion: version, id: position.id });
      await refresh();
      void message.success(t("positions.form.deleted", { title: position.title }));
    } catch (error) {
      void message.error(t("positions.form.failed", { reason: messageOf(error) }));
    }
  };

  return (
    <Flex vertical gap={16}>
      {holder.aggregate ? <Alert type="info" showIcon title={t("positions.districtNote")} /> : null}
      {data.positions.length === 0 ? (
        <Card data-testid="positions-empty">
          <Empty
            description={
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {t("positions.empty.title", { holder: data.holder.name })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {!editable
                    ? t("positions.empty.readOnly")
                    : holder.aggregate
                      ? t("positions.empty.districtNext")
                      : t("positions.empty.next")}
                </Typography.Text>
              </Flex>
            }
          >
            {addButton}
          </Empty>
        </Card>
      ) : (
        <>
          <Card title={t("positions.payroll.title")}>
            <Flex vertical gap={12}>
              <PayrollStatement scheme={data} />
              <SchemeTotals scheme={data} />
            </Flex>
          </Card>
          <Card title={t("positions.table.title")} extra={addButton}>
            <PositionsTable
              scheme={data}
              actions={
                editable
                  ? {
                      onEdit: (position) => {
                        setTarget({ kind: "edit", position });
                      },
                      onDelete: deletePosition,
                    }
                  : undefined
              }
            />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <RankChart scheme={data} />
            </Col>
            <Col xs={24} xl={12}>
              <PayrollChart scheme={data} />
            </Col>
          </Row>
        </>
      )}
      {target ? (
        <PositionFormModal
          snapshotId={snapshotId}
          expectedVersion={version}
          document={document}
          target={target}
          onClose={() => {
            setTarget(null);
          }}
        />
      ) : null}
    </Flex>
  );
}

export default function PositionsPage({ provinceCode, snapshotId }: SnapshotRef) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const trpc = useTRPC();
  const { pathname, params } = useLocation();
  const tree = useQuery(trpc.org.tree.queryOptions({ provinceCode, snapshotId }));
  const document = tree.data?.document;
  const holders = useMemo(() => (document ? listPositionHolders(document) : []), [document]);
  const files = useDocumentFiles();

  if (tree.isPending) return <Loading />;
  if (tree.isError) return <ErrorAlert error={tree.error} onRetry={tree.refetch} />;
  const { document: loaded } = tree.data;

  const wanted = params.get("holder");
  const holder = wanted ? findPositionHolderNode(holders, wanted) : defaultPositionHolder(holders);

  return (
    <Flex vertical gap={16} data-testid="positions-page">
      <Card
        title={t("positions.title")}
        extra={
          <DownloadButton
            label={t("documents.export.positionsTable")}
            testId="export-positions-table"
            produce={() => files.snapshotTables(snapshotId, ["positions"])}
          />
        }
      >
        <Typography.Paragraph type="secondary">{t("positions.intro")}</Typography.Paragraph>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{t("positions.holder")}</Typography.Text>
          <div style={{ flex: 1, minWidth: 260 }}>
            <PositionsHolderPicker
              holders={holders}
              value={holder?.id}
              onChange={(id) => {
                navigate(hrefWith(pathname, { holder: id }));
              }}
            />
          </div>
        </Flex>
      </Card>
      {holders.length === 0 ? (
        <Alert type="info" showIcon title={t("positions.noHolders")} />
      ) : holder ? (
        <>
          <Scheme
            key={holder.id}
            snapshotId={snapshotId}
            version={tree.data.version}
            document={loaded}
            holder={holder}
            editable={(() => {
              const scope = holderOwnerScope(provinceCode, holders, holder.id);
              return scope !== undefined && mayEditStructure(actor, scope);
            })()}
          />
          <HolderFindings snapshotId={snapshotId} holders={holders} holderId={holder.id} />
        </>
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t("positions.holderMissing")}
          data-testid="positions-holder-missing"
        />
      )}
    </Flex>
  );
}
