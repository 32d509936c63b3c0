// One rule pack browsed: its window and instruments, its rules (searchable: id, title, citation, reading;
// accents optional) and its dated parameters. The data is the domain's describeRulePack — the same facts
// `tinhgon rules` prints — computed in the browser: the packs are code, no server round trip needed.
import { type ParameterListing, type RuleListing, type RulePackListing, toSearchKey } from "@tinhgon/domain";
import { Card, Descriptions, Flex, Input, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { formatDate } from "../i18n/index.ts";
import { severityColors } from "./finding-list.tsx";

type Language = "vi" | "en";

function ruleSearchKey(rule: RuleListing): string {
  return toSearchKey(
    [
      rule.id,
      rule.title.vi,
      rule.title.en,
      rule.citation,
      rule.interpretation?.note.vi ?? "",
      rule.interpretation?.note.en ?? "",
    ].join(" "),
  );
}

export function RulePackWindow({ listing }: { listing: RulePackListing }) {
  const { t, i18n } = useTranslation();
  const { descriptor } = listing;
  const from = formatDate(descriptor.effectiveFrom, i18n.language);
  return (
    <Descriptions column={1} bordered size="small" data-testid="rules-pack-summary">
      <Descriptions.Item label={t("rules.window")}>
        <span data-testid="rules-pack-window">
          {descriptor.effectiveTo === null
            ? t("rules.windowOpen", { from })
            : t("rules.windowClosed", { from, to: formatDate(descriptor.effectiveTo, i18n.language) })}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t("rules.instruments")}>
        <Space orientation="vertical" size={0}>
          {descriptor.instruments.map((instrument) => (
            <span key={instrument}>{instrument}</span>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t("rules.levels")}>
        {descriptor.levels.map((level) => t(`rules.level.${level}`)).join(", ")}
      </Descriptions.Item>
      <Descriptions.Item label={t("rules.size")}>
        {t("rules.sizeValue", { rules: listing.rules.length, parameters: listing.parameters.length })}
      </Descriptions.Item>
    </Descriptions>
  );
}

function RuleCell({
  rule,
  language,
  followedUp,
}: {
  rule: RuleListing;
  language: Language;
  /** The pack has transition rules that follow its deputy-quota rules (RS-2014 has none). */
  followedUp: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text strong>{rule.title[language]}</Typography.Text>
      {rule.deputyQuota && followedUp ? (
        <Typography.Text type="secondary">{t("rules.deputyQuota")}</Typography.Text>
      ) : null}
      {rule.interpretation ? (
        <div data-testid="rule-interpretation">
          <Typography.Text type="secondary">
            {t("rules.interpretation")}: {rule.interpretation.note[language]}
          </Typography.Text>{" "}
          <Typography.Text type="secondary">
            ({t("rules.adr")}: <Typography.Text code>{rule.interpretation.adr}</Typography.Text>)
          </Typography.Text>
        </div>
      ) : null}
    </Space>
  );
}

function RulesTable({ listing }: { listing: RulePackListing }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === "en" ? "en" : "vi";
  const [query, setQuery] = useState("");
  const keyed = useMemo(
    () => listing.rules.map((rule, index) => ({ rule, index, key: ruleSearchKey(rule) })),
    [listing],
  );
  const followedUp = listing.rules.some((rule) => rule.scope === "follow-up");
  const wanted = toSearchKey(query);
  const shown = wanted === "" ? keyed : keyed.filter((entry) => entry.key.includes(wanted));

  return (
    <Card title={t("rules.rulesTitle")} data-testid="rules-table-card">
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t("rules.search")}
          placeholder={t("rules.search")}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
          style={{ maxWidth: 480 }}
          data-testid="rules-search"
        />
        <Typography.Text type="secondary" data-testid="rules-search-count">
          {t("rules.searchCount", { count: shown.length, total: keyed.length })}
        </Typography.Text>
      </Flex>
      <Table
        size="small"
        data-testid="rules-table"
        // A pack may list one id twice (P-EST-02: the office's minimum and its functions): key by position.
        rowKey={(entry) => String(entry.index)}
        dataSource={shown}
        pagination={false}
        locale={{ emptyText: t("rules.noRuleMatch", { query }) }}
        columns={[
          {
            title: t("rules.column.id"),
            key: "id",
            width: 110,
            render: (_, entry) => <Tag data-testid="rule-id">{entry.rule.id}</Tag>,
          },
          {
            title: t("rules.column.rule"),
            key: "rule",
            render: (_, entry) => <RuleCell rule={entry.rule} language={language} followedUp={followedUp} />,
          },
          {
            title: t("rules.column.severity"),
            key: "severity",
            width: 130,
            render: (_, entry) => (
              <Space size={[0, 4]} wrap>
                {entry.rule.severities.map((severity) => (
                  <Tag key={severity} color={severityColors[severity]}>
                    {t(`severity.${severity}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t("rules.column.scope"),
            key: "scope",
            width: 160,
            render: (_, entry) => t(`rules.scope.${entry.rule.scope}`),
          },
          {
            title: t("rules.column.citation"),
            key: "citation",
            render: (_, entry) => <span data-testid="rule-citation">{entry.rule.citation}</span>,
          },
          {
            title: t("rules.column.confidence"),
            key: "confidence",
            width: 140,
            render: (_, entry) => (
              <Tag color={entry.rule.confidence === "CONFIRMED" ? "green" : "gold"}>
                {t(`confidence.${entry.rule.confidence}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}

interface ParameterRow {
  key: string;
  parameter: ParameterListing;
  value: ParameterListing["values"][number];
}

function ParametersTable({ listing }: { listing: RulePackListing }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === "en" ? "en" : "vi";
  const rows: ParameterRow[] = listing.parameters.flatMap((parameter) =>
    parameter.values.map((value, index) => ({ key: `${parameter.id}#${String(index)}`, parameter, value })),
  );
  return (
    <Card title={t("rules.parametersTitle")} data-testid="parameters-card">
      <Table<ParameterRow>
        size="small"
        data-testid="parameters-table"
        rowKey="key"
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: t("rules.column.parameter"),
            key: "parameter",
            render: (_, row) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>{row.parameter.description[language]}</Typography.Text>
                <Typography.Text type="secondary" code>
                  {row.parameter.id}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t("rules.column.value"),
            key: "value",
            render: (_, row) => <span data-testid="parameter-value">{row.value.text[language]}</span>,
          },
          {
            title: t("rules.column.from"),
            key: "from",
            width: 110,
            render: (_, row) => formatDate(row.value.from, i18n.language),
          },
          {
            title: t("rules.column.to"),
            key: "to",
            width: 120,
            render: (_, row) =>
              row.value.to === null ? t("rules.openEnded") : formatDate(row.value.to, i18n.language),
          },
          {
            title: t("rules.column.citation"),
            key: "citation",
            render: (_, row) => row.value.citation,
          },
          {
            title: t("rules.column.usedBy"),
            key: "usedBy",
            width: 150,
            render: (_, row) => (
              <Space size={[0, 4]} wrap>
                {row.parameter.ruleIds.map((id) => (
                  <Tag key={id}>{id}</Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function RulePackBrowser({ listing }: { listing: RulePackListing }) {
  return (
    <Flex vertical gap={16} data-testid="rules-pack" data-pack={listing.descriptor.id}>
      <RulePackWindow listing={listing} />
      <RulesTable key={listing.descriptor.id} listing={listing} />
      <ParametersTable listing={listing} />
    </Flex>
  );
}
