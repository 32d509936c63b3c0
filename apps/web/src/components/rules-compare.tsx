// One structure under two rule packs (compliance.compare): the data set in view or a plan of the province
// (after its last phase), packs A and B; counts by severity side by side (table and chart) and the
// findings that appear, disappear and remain, each explained by FindingCard. The choices live in the URL
// (?packA=…&packB=…&source=plan&comparePlan=…) so a comparison can be bookmarked and shared.
import { skipToken, useQuery } from "@tanstack/react-query";
import { type Finding, type RuleSetComparison, rulePackDescriptors, type Severity } from "@tinhgon/domain";
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Empty,
  Flex,
  Row,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { SwapOutlined } from "@ant-design/icons";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

import { formatDate, formatNumber } from "../i18n/index.ts";
import { hrefWith, navigate, useLocation } from "../lib/router.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { FindingList, severityColors } from "./finding-list.tsx";
import { ErrorAlert, Loading } from "./query-state.tsx";

const RulesCompareChart = lazy(() => import("./rules-compare-chart.tsx"));

type Source = "snapshot" | "plan";

const packIds = rulePackDescriptors.map((descriptor) => descriptor.id);
/** By default the two newest packs, older first: "what changed with the latest law?". */
const defaultPair: [string, string] = [
  packIds[packIds.length - 2] ?? packIds[0] ?? "",
  packIds[packIds.length - 1] ?? "",
];

function packOrDefault(value: string | null, fallback: string): string {
  return value !== null && packIds.some((id) => id === value) ? value : fallback;
}

function outsideWindow(ruleSet: string, asOf: string): boolean {
  const descriptor = rulePackDescriptors.find((candidate) => candidate.id === ruleSet);
  if (!descriptor) return false;
  return (
    asOf < descriptor.effectiveFrom || (descriptor.effectiveTo !== null && asOf > descriptor.effectiveTo)
  );
}

function CountsTable({ comparison }: { comparison: RuleSetComparison }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const [a, b] = comparison.ruleSets;
  return (
    <Card
      title={t("rules.compare.countsTitle")}
      data-testid="rules-compare-counts"
      style={{ height: "100%" }}
    >
      <Table
        size="small"
        rowKey="severity"
        pagination={false}
        dataSource={comparison.bySeverity}
        columns={[
          {
            title: t("rules.compare.severity"),
            key: "severity",
            render: (_, row) => (
              <Tag color={severityColors[row.severity]}>{t(`severity.${row.severity}`)}</Tag>
            ),
          },
          {
            title: a,
            key: "first",
            align: "right",
            render: (_, row) => (
              <span data-testid={`compare-count-${row.severity}-a`}>{number(row.first)}</span>
            ),
          },
          {
            title: b,
            key: "second",
            align: "right",
            render: (_, row) => (
              <span data-testid={`compare-count-${row.severity}-b`}>{number(row.second)}</span>
            ),
          },
          {
            title: t("rules.compare.change"),
            key: "change",
            align: "right",
            render: (_, row) => {
              const delta = row.second - row.first;
              return delta === 0 ? "0" : `${delta > 0 ? "+" : "−"}${number(Math.abs(delta))}`;
            },
          },
        ]}
      />
    </Card>
  );
}

function countsText(
  comparison: RuleSetComparison,
  side: "first" | "second",
  t: (key: string) => string,
  language: string,
) {
  return comparison.bySeverity
    .map((row) => `${t(`severity.${row.severity}`)} ${formatNumber(row[side], language)}`)
    .join(", ");
}

function FindingGroups({ comparison }: { comparison: RuleSetComparison }) {
  const { t, i18n } = useTranslation();
  const [a, b] = comparison.ruleSets;
  const groups: { key: "appeared" | "disappeared" | "remained"; findings: Finding[] }[] = [
    { key: "appeared", findings: comparison.appeared },
    { key: "disappeared", findings: comparison.disappeared },
    { key: "remained", findings: comparison.remained },
  ];
  const severities: Severity[] = ["violation", "transitional", "warning", "info"];
  return (
    <Collapse
      data-testid="rules-compare-groups"
      defaultActiveKey={["appeared", "disappeared"]}
      items={groups.map((group) => ({
        key: group.key,
        label: (
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{t(`rules.compare.${group.key}`, { a, b })}</Typography.Text>
            <Tag data-testid={`compare-${group.key}-count`}>
              {formatNumber(group.findings.length, i18n.language)}
            </Tag>
            {severities
              .filter((severity) => group.findings.some((finding) => finding.severity === severity))
              .map((severity) => (
                <Tag key={severity} color={severityColors[severity]}>
                  {t(`severity.${severity}`)}{" "}
                  {formatNumber(
                    group.findings.filter((finding) => finding.severity === severity).length,
                    i18n.language,
                  )}
                </Tag>
              ))}
          </Flex>
        ),
        children: (
          <Space
            orientation="vertical"
            size={8}
            style={{ width: "100%" }}
            data-testid={`compare-${group.key}`}
          >
            <Typography.Text type="secondary">
              {t(`rules.compare.${group.key}Help`, { a, b })}
            </Typography.Text>
            {group.findings.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("rules.compare.none")} />
            ) : (
              <FindingList findings={group.findings} />
            )}
          </Space>
        ),
      }))}
    />
  );
}

function ComparisonView({ comparison }: { comparison: RuleSetComparison }) {
  const { t, i18n } = useTranslation();
  const [a, b] = comparison.ruleSets;
  const { structure } = comparison;
  const date = formatDate(structure.asOf, i18n.language);
  const language = i18n.language === "en" ? "en" : "vi";
  return (
    <Flex vertical gap={16} data-testid="rules-compare-result">
      <Typography.Text data-testid="rules-compare-structure">
        {structure.kind === "snapshot"
          ? t("rules.compare.structureSnapshot", { date })
          : t("rules.compare.structurePlan", { step: structure.stepName[language], date })}
      </Typography.Text>
      {[...new Set(comparison.ruleSets)]
        .filter((ruleSet) => outsideWindow(ruleSet, structure.asOf))
        .map((ruleSet) => (
          <Alert
            key={ruleSet}
            type="info"
            showIcon
            title={t("rules.compare.outsideWindow", { date, pack: ruleSet })}
          />
        ))}
      {a === b ? <Alert type="warning" showIcon title={t("rules.compare.samePack")} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <CountsTable comparison={comparison} />
        </Col>
        <Col xs={24} xl={14}>
          <ChartFrame
            title={t("rules.compare.chartTitle", { a, b })}
            description={t("rules.compare.chartDescription", {
              a,
              b,
              aCounts: countsText(comparison, "first", t, i18n.language),
              bCounts: countsText(comparison, "second", t, i18n.language),
            })}
            testId="rules-compare-chart-frame"
          >
            <Suspense fallback={<Loading />}>
              <RulesCompareChart rows={comparison.bySeverity} ruleSets={comparison.ruleSets} />
            </Suspense>
          </ChartFrame>
        </Col>
      </Row>
      <FindingGroups comparison={comparison} />
    </Flex>
  );
}

export function RulesCompare({
  provinceCode,
  snapshotId,
}: {
  provinceCode: string | undefined;
  snapshotId: string | undefined;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { pathname, params } = useLocation();
  const first = packOrDefault(params.get("packA"), defaultPair[0]);
  const second = packOrDefault(params.get("packB"), defaultPair[1]);
  const source: Source = params.get("source") === "plan" ? "plan" : "snapshot";
  const planId = params.get("comparePlan") ?? undefined;
  const set = (changes: Record<string, string | null>) => {
    navigate(hrefWith(pathname, changes), { replace: true });
  };

  const plans = useQuery(
    trpc.plan.list.queryOptions(source === "plan" && provinceCode ? { provinceCode } : skipToken),
  );
  const ruleSets: [string, string] = [first, second];
  const input =
    source === "plan"
      ? planId
        ? { planId, ruleSets }
        : skipToken
      : snapshotId
        ? { snapshotId, ruleSets }
        : skipToken;
  const comparison = useQuery(trpc.compliance.compare.queryOptions(input));
  const packOptions = packIds.map((id) => ({ value: id, label: id }));

  return (
    <Flex vertical gap={16} data-testid="rules-compare">
      <Typography.Paragraph style={{ margin: 0, maxWidth: 900 }}>
        {t("rules.compare.intro")}
      </Typography.Paragraph>
      <Card size="small">
        <Flex gap={16} wrap align="center">
          <Space size={6}>
            <Typography.Text>{t("rules.compare.source")}</Typography.Text>
            <Segmented<Source>
              data-testid="rules-compare-source"
              value={source}
              onChange={(value) => {
                set({ source: value === "plan" ? "plan" : null });
              }}
              options={[
                { value: "snapshot", label: t("rules.compare.sourceSnapshot") },
                { value: "plan", label: t("rules.compare.sourcePlan") },
              ]}
            />
          </Space>
          {source === "plan" ? (
            <Select
              aria-label={t("rules.compare.plan")}
              data-testid="rules-compare-plan"
              style={{ minWidth: 320 }}
              loading={plans.isPending && provinceCode !== undefined}
              placeholder={
                plans.isPending ? t("rules.compare.plansLoading") : t("rules.compare.planPlaceholder")
              }
              value={planId}
              options={(plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.title }))}
              onChange={(value: string) => {
                set({ comparePlan: value });
              }}
            />
          ) : null}
          <Space size={6}>
            <Typography.Text>{t("rules.compare.first")}</Typography.Text>
            <Select
              aria-label={t("rules.compare.first")}
              data-testid="rules-compare-a"
              style={{ width: 130 }}
              value={first}
              options={packOptions}
              onChange={(value: string) => {
                set({ packA: value });
              }}
            />
          </Space>
          <Button
            icon={<SwapOutlined />}
            aria-label={t("rules.compare.swap")}
            title={t("rules.compare.swap")}
            data-testid="rules-compare-swap"
            onClick={() => {
              set({ packA: second, packB: first });
            }}
          />
          <Space size={6}>
            <Typography.Text>{t("rules.compare.second")}</Typography.Text>
            <Select
              aria-label={t("rules.compare.second")}
              data-testid="rules-compare-b"
              style={{ width: 130 }}
              value={second}
              options={packOptions}
              onChange={(value: string) => {
                set({ packB: value });
              }}
            />
          </Space>
        </Flex>
      </Card>
      {source === "snapshot" && !snapshotId ? (
        <Alert type="info" showIcon title={t("rules.compare.noSnapshot")} />
      ) : source === "plan" && !planId && plans.isError ? (
        <ErrorAlert error={plans.error} onRetry={plans.refetch} />
      ) : source === "plan" && !planId && plans.isSuccess && plans.data.length === 0 ? (
        <Alert type="info" showIcon title={t("rules.compare.noPlans")} data-testid="rules-compare-no-plans" />
      ) : source === "plan" && !planId ? (
        <Alert type="info" showIcon title={t("rules.compare.choosePlan")} />
      ) : comparison.isError ? (
        <ErrorAlert error={comparison.error} onRetry={comparison.refetch} />
      ) : comparison.isPending ? (
        <Loading label={t("rules.compare.loading")} />
      ) : (
        <ComparisonView comparison={comparison.data} />
      )}
    </Flex>
  );
}
