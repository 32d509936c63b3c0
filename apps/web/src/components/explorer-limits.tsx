// The limits in force for the selected node (org.limits), even when it complies: what it counts, the
// value now against the maximum, minimum or warning threshold, the rule id and the citation — e.g.
// "Cấp phó: 3 / tối đa 3 (Điều 6 Nghị định 24/2014/NĐ-CP … — P-DEP-02)".
import { useQuery } from "@tanstack/react-query";
import type { ApplicableLimit } from "@tinhgon/domain";
import { Alert, Flex, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { formatDate, formatNumber } from "../i18n/index.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ErrorAlert, Loading } from "./query-state.tsx";

/** "3 / tối đa 3", "4 / tối thiểu 5", "2 / ngưỡng cảnh báo 3" in the UI language. */
export function LimitNumbers({ limit }: { limit: ApplicableLimit }) {
  const { t, i18n } = useTranslation();
  const actual = formatNumber(limit.actual, i18n.language);
  const value = formatNumber(limit.limit, i18n.language);
  return <>{t(`organisation.limits.${limit.nature}`, { actual, limit: value })}</>;
}

export function LimitLine({ limit }: { limit: ApplicableLimit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  return (
    <Space orientation="vertical" size={2} style={{ width: "100%" }} data-testid="limit">
      <Space wrap size={8}>
        <Typography.Text strong>{t(`organisation.limits.measure.${limit.measure}`)}:</Typography.Text>
        <Typography.Text strong data-testid="limit-numbers">
          <LimitNumbers limit={limit} />
        </Typography.Text>
        <Tag color={limit.exceeded ? (limit.nature === "threshold" ? "orange" : "red") : "green"}>
          {t(limit.exceeded ? "organisation.limits.exceeded" : "organisation.limits.within")}
        </Tag>
        <Tag data-testid="limit-rule">{limit.ruleId}</Tag>
        {limit.confidence === "CONFIRMED" ? null : (
          <Tag color="gold">{t(`confidence.${limit.confidence}`)}</Tag>
        )}
      </Space>
      <Typography.Text type="secondary">{limit.title[language]}</Typography.Text>
      <Typography.Text type="secondary" data-testid="limit-citation">
        {t("finding.citation")}: {limit.citation} — {limit.ruleId}
      </Typography.Text>
      {limit.nature === "threshold" ? (
        <Typography.Text type="secondary" italic>
          {t("organisation.limits.thresholdNote")}
        </Typography.Text>
      ) : null}
      {limit.interpretation ? (
        <Typography.Text type="secondary">
          {t("finding.interpretation")}: {limit.interpretation.note[language]} (
          <Typography.Text code>{limit.interpretation.adr}</Typography.Text>)
        </Typography.Text>
      ) : null}
    </Space>
  );
}

export function ExplorerLimits({ snapshotId, id }: { snapshotId: string; id: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const limits = useQuery(trpc.org.limits.queryOptions({ snapshotId, id }));
  if (limits.isPending) return <Loading label={t("organisation.limits.loading")} />;
  if (limits.isError) return <ErrorAlert error={limits.error} onRetry={limits.refetch} />;
  const { ruleSet, rulesDate } = limits.data;
  return (
    <div data-testid="node-limits">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t("organisation.limits.ruleSet", { ruleSet, date: formatDate(rulesDate, i18n.language) })}
      </Typography.Paragraph>
      {limits.data.limits.length === 0 ? (
        <Alert type="info" showIcon title={t("organisation.limits.none", { ruleSet })} />
      ) : (
        <Flex vertical gap={8}>
          {limits.data.limits.map((limit) => (
            <div
              key={`${limit.ruleId}-${limit.measure}`}
              style={{ border: "1px solid #d9d9d9", borderRadius: 6, padding: "8px 12px" }}
            >
              <LimitLine limit={limit} />
            </div>
          ))}
        </Flex>
      )}
    </div>
  );
}
