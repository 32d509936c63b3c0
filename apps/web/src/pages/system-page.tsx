import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Space, Spin, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { formatDate } from "../i18n/index.ts";
import { errorCodeOf } from "../lib/errors.ts";
import { useTRPC } from "../lib/trpc.ts";

export function SystemPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const health = useQuery(trpc.system.health.queryOptions());

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t("app.name")}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 16 }}>
          {t("app.tagline")}
        </Typography.Text>
        <Typography.Paragraph style={{ marginTop: 12, maxWidth: 820 }}>
          {t("app.description")}
        </Typography.Paragraph>
      </div>

      <Card title={t("health.title")} style={{ maxWidth: 820 }} data-testid="health-card">
        {health.isPending ? (
          <Spin description={t("health.loading")}>
            <div style={{ height: 80 }} />
          </Spin>
        ) : health.isError ? (
          <Alert
            type="error"
            showIcon
            title={t(`errors.${errorCodeOf(health.error)}`)}
            action={
              <Button size="small" onClick={() => void health.refetch()}>
                {t("errors.retry")}
              </Button>
            }
          />
        ) : (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t("health.status")}>
              <Tag color={health.data.status === "ok" ? "green" : "orange"} data-testid="health-status">
                {health.data.status === "ok" ? t("health.statusOk") : t("health.statusDegraded")}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t("health.version")}>{health.data.version}</Descriptions.Item>
            <Descriptions.Item label={t("health.database")}>
              <span data-testid="health-database">
                {health.data.database.reachable
                  ? t("health.databaseReachable", {
                      latency: new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "vi-VN").format(
                        health.data.database.latencyMs ?? 0,
                      ),
                    })
                  : t("health.databaseUnreachable")}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t("health.rulePacks")}>
              <Space orientation="vertical" size={4}>
                {health.data.rulePacks.map((pack) => (
                  <div key={pack.id} data-testid="rule-pack">
                    <Tag color="blue">{pack.id}</Tag>
                    <Typography.Text>{pack.instruments.join("; ")}</Typography.Text>{" "}
                    <Typography.Text type="secondary">
                      (
                      {pack.effectiveTo === null
                        ? t("health.inForceOpen", { from: formatDate(pack.effectiveFrom, i18n.language) })
                        : t("health.inForce", {
                            from: formatDate(pack.effectiveFrom, i18n.language),
                            to: formatDate(pack.effectiveTo, i18n.language),
                          })}
                      )
                    </Typography.Text>
                  </div>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
    </Space>
  );
}
