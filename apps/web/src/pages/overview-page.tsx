// Tổng quan: the selected snapshot's totals (computed by the domain) and its compliance by agency, by
// district and by commune-level unit (xã, phường, đặc khu), as a chart and a table that open the unit in
// the explorer. With `?district=<id>` (the scope
// select at the top, or a district's link in the table) it shows that district instead: its divisions,
// its deputies against the district cap and its open findings (components/district-overview.tsx). The
// findings table of the whole data set can be exported as Excel.
import { useQuery } from "@tanstack/react-query";
import { computeStructureTotals, type Snapshot, toSearchKey } from "@tinhgon/domain";
import {
  Alert,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";

import { ChartFrame } from "../components/chart-frame.tsx";
import { DistrictOverview } from "../components/district-overview.tsx";
import { DownloadButton } from "../components/download-button.tsx";
import { severityColors } from "../components/finding-list.tsx";
import { ErrorAlert, Loading } from "../components/query-state.tsx";
import { formatDate, formatNumber } from "../i18n/index.ts";
import { type ComplianceRow, groupFindingsByOwner } from "@tinhgon/domain";
import { hrefWith, Link, navigate, pagePaths, useLocation } from "../lib/router.tsx";
import type { SnapshotRef } from "../lib/scope.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useDocumentFiles } from "../lib/use-documents.ts";

const ComplianceChart = lazy(() => import("../components/compliance-chart.tsx"));

function explorerHref(id: string): string {
  return hrefWith(pagePaths.explorer, { node: id, district: null });
}

function districtHref(id: string | null): string {
  return hrefWith(pagePaths.overview, { district: id });
}

function Totals({ document }: { document: Snapshot }) {
  const { t, i18n } = useTranslation();
  const totals = computeStructureTotals(document);
  const items = [
    { key: "agencies", value: totals.agencies },
    { key: "agencyUnits", value: totals.agencyUnits },
    // The number of districts is a count of the document's list (no domain helper needed for it).
    { key: "districts", value: document.districts.length },
    { key: "divisions", value: totals.divisions },
    // The commune level (snapshot/2), counted from the document's lists like the districts.
    ...(document.communes.length > 0
      ? ([
          { key: "communes", value: document.communes.length },
          { key: "communeOrganisations", value: totals.communeOrganisations },
        ] as const)
      : []),
    { key: "payroll", value: totals.payroll },
    { key: "deputies", value: totals.deputies },
  ];
  return (
    <Card title={t("overview.totals")} data-testid="totals">
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} md={8} xl={4}>
            <Statistic
              title={t(`overview.${item.key}`)}
              value={item.value}
              formatter={(value) => (
                <span data-testid={`total-${item.key}`}>{formatNumber(Number(value), i18n.language)}</span>
              )}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

type Grouping = "agencies" | "districts" | "communes";

const groupingLabels: Record<Grouping, string> = {
  agencies: "overview.byAgency",
  districts: "overview.byDistrict",
  communes: "overview.byCommune",
};

/** The first grouping that has rows: sở, then districts, then the commune level. */
function defaultGrouping(document: Snapshot): Grouping {
  if (document.agencies.length > 0) return "agencies";
  if (document.districts.length > 0) return "districts";
  return document.communes.length > 0 ? "communes" : "agencies";
}

function Compliance({ document, snapshotId }: { document: Snapshot; snapshotId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const check = useQuery(trpc.compliance.check.queryOptions({ snapshotId }));
  const files = useDocumentFiles();
  const [grouping, setGrouping] = useState<Grouping>(() => defaultGrouping(document));

  if (check.isPending)
    return (
      <Card title={t("overview.compliance")}>
        <Loading label={t("overview.complianceLoading")} />
      </Card>
    );
  if (check.isError)
    return (
      <Card title={t("overview.compliance")}>
        <ErrorAlert error={check.error} onRetry={check.refetch} />
      </Card>
    );

  const { summary } = check.data;
  const grouped = groupFindingsByOwner(document, check.data.findings);
  const rows: ComplianceRow[] = grouped[grouping];
  const chartRows = rows.filter((row) => row.violations + row.warnings > 0);
  const provinceWide = grouped.province;
  const number = (value: number) => formatNumber(value, i18n.language);

  const counts = [
    { key: "violation", value: summary.violations },
    { key: "transitional", value: summary.transitional },
    { key: "warning", value: summary.warnings },
    { key: "info", value: summary.info },
  ] as const;

  return (
    <Card
      title={t("overview.compliance")}
      extra={
        <Flex gap={12} align="center" wrap>
          <Typography.Text type="secondary">{check.data.ruleSet}</Typography.Text>
          <DownloadButton
            label={t("documents.export.findingsTable")}
            testId="export-findings-table"
            produce={() => files.snapshotTables(snapshotId, ["findings"])}
          />
        </Flex>
      }
      data-testid="compliance"
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {counts.map((count) => (
          <Col key={count.key} xs={12} md={6}>
            <Statistic
              title={<Tag color={severityColors[count.key]}>{t(`severity.${count.key}`)}</Tag>}
              value={count.value}
              formatter={(value) => <span data-testid={`count-${count.key}`}>{number(Number(value))}</span>}
            />
          </Col>
        ))}
      </Row>
      <ChartFrame
        title={t("overview.chartTitle")}
        testId="compliance-chart-frame"
        description={t("overview.chartDescription", {
          grouping: t(groupingLabels[grouping]),
          count: chartRows.length,
        })}
        extra={
          <Segmented<Grouping>
            value={grouping}
            onChange={setGrouping}
            style={{ marginInlineEnd: 8 }}
            data-testid="compliance-grouping"
            options={(["agencies", "districts", "communes"] as const)
              // The commune level is offered only where the data set has it (snapshot/2).
              .filter((key) => key !== "communes" || grouped.communes.length > 0)
              .map((key) => ({
                value: key,
                label: t(groupingLabels[key]),
                disabled: grouped[key].length === 0,
              }))}
          />
        }
      >
        {chartRows.length === 0 ? (
          <Empty description={t("overview.noFindings")} />
        ) : (
          <Suspense fallback={<Loading />}>
            <ComplianceChart
              rows={chartRows}
              onOpen={(row) => {
                navigate(explorerHref(row.id));
              }}
            />
          </Suspense>
        )}
      </ChartFrame>
      <Table<ComplianceRow>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        data-testid="compliance-table"
        dataSource={rows}
        pagination={false}
        onRow={(row) => ({
          onClick: () => {
            navigate(explorerHref(row.id));
          },
          style: { cursor: "pointer" },
        })}
        columns={[
          {
            title: t("overview.name"),
            dataIndex: "name",
            render: (name: string, row) => <Link href={explorerHref(row.id)}>{name}</Link>,
          },
          ...(grouping === "districts"
            ? [
                {
                  title: t("overview.districtView"),
                  key: "district",
                  render: (_value: unknown, row: ComplianceRow) => (
                    <Link
                      href={districtHref(row.id)}
                      data-testid="open-district-overview"
                      // The row's own click opens the explorer; this link opens the district's overview.
                      onClick={(event) => {
                        event.stopPropagation();
                      }}
                    >
                      {t("overview.openDistrict")}
                    </Link>
                  ),
                },
              ]
            : []),
          ...(["violations", "transitional", "warnings", "info"] as const).map((key) => ({
            title: t(`severity.${key === "violations" ? "violation" : key === "warnings" ? "warning" : key}`),
            dataIndex: key,
            align: "right" as const,
            sorter: (a: ComplianceRow, b: ComplianceRow) => a[key] - b[key],
            render: (value: number) => number(value),
          })),
        ]}
      />
      {provinceWide.violations + provinceWide.warnings + provinceWide.transitional + provinceWide.info > 0 ? (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          title={t("overview.provinceWide")}
          description={counts
            .map((count) => {
              const value =
                count.key === "violation"
                  ? provinceWide.violations
                  : count.key === "warning"
                    ? provinceWide.warnings
                    : provinceWide[count.key];
              return `${t(`severity.${count.key}`)}: ${number(value)}`;
            })
            .join(" · ")}
        />
      ) : null}
    </Card>
  );
}

function ScopeSelect({ document, districtId }: { document: Snapshot; districtId: string | null }) {
  const { t } = useTranslation();
  if (document.districts.length === 0) return null;
  return (
    <Flex align="center" gap={8}>
      <Typography.Text>{t("organisation.district.scope")}</Typography.Text>
      <Select<string>
        aria-label={t("organisation.district.scope")}
        data-testid="overview-scope"
        // Accent-insensitive, like the explorer's search: "cat hai" finds "Huyện Cát Hải".
        showSearch={{
          filterOption: (input, option) =>
            toSearchKey(typeof option?.label === "string" ? option.label : "").includes(toSearchKey(input)),
        }}
        style={{ minWidth: 260 }}
        value={districtId ?? ""}
        onChange={(value) => {
          navigate(districtHref(value === "" ? null : value));
        }}
        options={[
          { value: "", label: t("organisation.district.wholeProvince") },
          ...document.districts.map((district) => ({ value: district.id, label: district.name })),
        ]}
      />
    </Flex>
  );
}

export function OverviewPage({ provinceCode, snapshotId }: SnapshotRef) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const districtId = useLocation().params.get("district");
  const tree = useQuery(trpc.org.tree.queryOptions({ provinceCode, snapshotId }));
  if (tree.isPending) return <Loading />;
  if (tree.isError) return <ErrorAlert error={tree.error} onRetry={tree.refetch} />;
  const { document } = tree.data;
  return (
    <Flex vertical gap={16} data-testid="overview-page">
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {t("overview.title")}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t("overview.subtitle", {
              province: document.province.name,
              name: tree.data.name,
              date: formatDate(document.asOf, i18n.language),
            })}
          </Typography.Text>
        </div>
        <ScopeSelect document={document} districtId={districtId} />
      </Flex>
      {districtId ? (
        <DistrictOverview
          key={`${snapshotId}-${districtId}`}
          document={document}
          snapshotId={snapshotId}
          districtId={districtId}
        />
      ) : (
        <>
          <Totals document={document} />
          <Compliance key={snapshotId} document={document} snapshotId={snapshotId} />
        </>
      )}
    </Flex>
  );
}
