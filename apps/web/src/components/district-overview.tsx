// Tổng quan of one district (`/?district=<id>`): its divisions with payroll, deputies and the limit that
// applies to each, its deputies in total against the district cap (a chart), and its open findings.
// Every number and limit comes from the snapshot, org.limits (the rule pack's own limits) and
// compliance.check; nothing is recomputed here.
import { useQueries, useQuery } from "@tanstack/react-query";
import type { ApplicableLimit, Division, Snapshot } from "@tinhgon/domain";
import { Alert, Card, Col, Empty, Flex, Row, Statistic, Table, Tag, Typography } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

import { formatNumber } from "../i18n/index.ts";
import { hrefWith, Link, pagePaths } from "../lib/router.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { LimitNumbers } from "./explorer-limits.tsx";
import { FindingList } from "./finding-list.tsx";
import { ErrorAlert, Loading } from "./query-state.tsx";

const DistrictDeputiesChart = lazy(() => import("./district-deputies-chart.tsx"));

function explorerHref(id: string): string {
  return hrefWith(pagePaths.explorer, { node: id, district: null });
}

function LimitTag({ limit }: { limit: ApplicableLimit | undefined }) {
  if (!limit) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={6} wrap align="center">
      <Tag color={limit.exceeded ? (limit.nature === "threshold" ? "orange" : "red") : "green"}>
        <LimitNumbers limit={limit} />
      </Tag>
      <Typography.Text type="secondary" title={limit.citation}>
        {limit.ruleId}
      </Typography.Text>
    </Flex>
  );
}

export function DistrictOverview({
  document,
  snapshotId,
  districtId,
}: {
  document: Snapshot;
  snapshotId: string;
  districtId: string;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const district = document.districts.find((candidate) => candidate.id === districtId);
  const divisions = district?.divisions ?? [];
  const limits = useQuery({
    ...trpc.org.limits.queryOptions({ snapshotId, id: districtId }),
    enabled: !!district,
  });
  const divisionLimits = useQueries({
    queries: divisions.map((division) => trpc.org.limits.queryOptions({ snapshotId, id: division.id })),
  });
  const check = useQuery(trpc.compliance.check.queryOptions({ snapshotId }));
  const number = (value: number) => formatNumber(value, i18n.language);

  if (!district) return <Alert type="warning" showIcon title={t("organisation.district.notFound")} />;

  const districtLimit = (measure: ApplicableLimit["measure"]) =>
    limits.data?.limits.find((limit) => limit.measure === measure && limit.subject.id === district.id);
  const pool = districtLimit("districtDeputies");
  const count = districtLimit("divisions");
  const totalDeputies = divisions.reduce((sum, division) => sum + division.deputies, 0);
  const totalPayroll = divisions.reduce((sum, division) => sum + division.payroll, 0);
  const limitOfDivision = (index: number) =>
    divisionLimits[index]?.data?.limits.find((limit) => limit.measure === "deputies");

  const ids = new Set([district.id, ...divisions.map((division) => division.id)]);
  // Open findings: violations, transitional cases and warnings (an "info" note is not something to fix).
  const findings =
    check.data?.findings.filter((finding) => ids.has(finding.subject.id) && finding.severity !== "info") ??
    [];

  const stats = [
    { key: "divisionCount", value: divisions.length, limit: count },
    { key: "totalDeputies", value: totalDeputies, limit: pool },
    { key: "totalPayroll", value: totalPayroll, limit: undefined },
  ] as const;

  return (
    <Flex vertical gap={16} data-testid="district-overview">
      <Card
        title={<span data-testid="district-title">{district.name}</span>}
        extra={<Link href={explorerHref(district.id)}>{t("organisation.district.openInExplorer")}</Link>}
      >
        <Row gutter={[16, 16]}>
          {stats.map((stat) => (
            <Col key={stat.key} xs={24} md={8}>
              <Statistic
                title={t(`organisation.district.${stat.key}`)}
                value={stat.value}
                formatter={(value) => (
                  <span data-testid={`district-${stat.key}`}>{number(Number(value))}</span>
                )}
              />
              {stat.limit ? (
                <div data-testid={`district-${stat.key}-limit`}>
                  <LimitTag limit={stat.limit} />
                </div>
              ) : null}
            </Col>
          ))}
        </Row>
        {limits.isError ? <ErrorAlert error={limits.error} onRetry={limits.refetch} /> : null}
      </Card>

      <ChartFrame
        title={t("organisation.district.chartTitle")}
        testId="district-deputies-chart"
        description={
          pool
            ? t("organisation.district.chartDescription", {
                name: district.name,
                actual: number(totalDeputies),
                limit: number(pool.limit),
                ruleId: pool.ruleId,
              })
            : t("organisation.district.chartNoLimit", { name: district.name, actual: number(totalDeputies) })
        }
      >
        {limits.isPending ? (
          <Loading />
        ) : (
          <Suspense fallback={<Loading />}>
            <DistrictDeputiesChart actual={totalDeputies} limit={pool?.limit} ruleId={pool?.ruleId} />
          </Suspense>
        )}
      </ChartFrame>

      <Card title={t("organisation.district.divisions")}>
        <Table<Division>
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="district-divisions"
          dataSource={divisions}
          columns={[
            {
              title: t("organisation.district.division"),
              dataIndex: "name",
              render: (name: string, division) => <Link href={explorerHref(division.id)}>{name}</Link>,
            },
            {
              title: t("organisation.district.payroll"),
              dataIndex: "payroll",
              align: "right",
              render: (value: number) => number(value),
            },
            {
              title: t("organisation.district.deputies"),
              dataIndex: "deputies",
              align: "right",
              sorter: (a, b) => a.deputies - b.deputies,
              render: (value: number) => number(value),
            },
            {
              title: t("organisation.district.limit"),
              key: "limit",
              render: (_value: unknown, _division, index) => <LimitTag limit={limitOfDivision(index)} />,
            },
          ]}
        />
      </Card>

      <Card title={t("organisation.district.findings")} data-testid="district-findings">
        {check.isPending ? (
          <Loading label={t("overview.complianceLoading")} />
        ) : check.isError ? (
          <ErrorAlert error={check.error} onRetry={check.refetch} />
        ) : findings.length === 0 ? (
          <Empty description={t("organisation.district.noFindings")} />
        ) : (
          <FindingList findings={findings} />
        )}
      </Card>
    </Flex>
  );
}
