// The live compliance panel: for the selected phase, the findings it introduces, resolves and leaves
// unchanged (evaluated in the browser on every change), whether the server's own evaluation agrees,
// and checked fix suggestions for the violations left, each with an "apply" button.
import {
  effectOfChange,
  type FixSuggestion,
  type Operation,
  type PlanReport,
  type Snapshot,
  suggestFixes,
} from "@tinhgon/domain";
import { Alert, Badge, Button, Card, Collapse, Empty, Flex, List, Tabs, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { FindingList } from "../components/finding-list.tsx";
import { severityColors } from "../components/finding-list.tsx";
import type { ServerCheck } from "./use-plan-editor.ts";

function ServerCheckTag({ check }: { check: ServerCheck }) {
  const { t } = useTranslation();
  if (check === "idle") return null;
  if (check === "checking")
    return (
      <Tag color="processing" data-testid="server-check">
        {t("plans.serverChecking")}
      </Tag>
    );
  if (check === "agrees")
    return (
      <Tag color="success" data-testid="server-check">
        {t("plans.serverAgrees")}
      </Tag>
    );
  return <Alert type="warning" showIcon data-testid="server-check" title={t("plans.serverDisagrees")} />;
}

function Suggestions({
  structure,
  onApply,
}: {
  structure: Snapshot;
  onApply: (operations: Operation[]) => void;
}) {
  const { t, i18n } = useTranslation();
  // Each suggestion is re-checked by the domain against the structure: it runs only when opened.
  const outcome = useMemo(() => suggestFixes(structure), [structure]);
  if (!outcome.ok) {
    const { message } = outcome.failure;
    return <Alert type="warning" showIcon title={i18n.language === "en" ? message.en : message.vi} />;
  }
  if (outcome.suggestions.length === 0) return <Empty description={t("plans.noSuggestions")} />;
  return (
    <List<FixSuggestion>
      size="small"
      data-testid="suggestions"
      dataSource={outcome.suggestions}
      renderItem={(suggestion) => (
        <List.Item
          actions={[
            <Button
              key="apply"
              size="small"
              type="primary"
              data-testid="apply-suggestion"
              onClick={() => {
                onApply(suggestion.operations);
              }}
            >
              {t("plans.apply")}
            </Button>,
          ]}
        >
          <Flex vertical gap={4}>
            <Typography.Text>
              <Tag>{suggestion.forFinding.ruleId}</Tag>
              {i18n.language === "en" ? suggestion.explanation.en : suggestion.explanation.vi}
            </Typography.Text>
            {suggestion.needsPayrollDecision ? (
              <Tag color="gold">{t("plans.needsPayrollDecision")}</Tag>
            ) : null}
            {suggestion.worsens.length > 0 ? (
              <Tag color="orange">{t("plans.worsens", { count: suggestion.worsens.length })}</Tag>
            ) : null}
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** What the latest edit did to this phase's findings — the "live" part of the panel. */
function LastChange({
  before,
  after,
}: {
  before: PlanReport["phases"][number];
  after: PlanReport["phases"][number];
}) {
  const { t, i18n } = useTranslation();
  const effect = useMemo(() => effectOfChange(before.findings, after.findings), [before, after]);
  const nothing = effect.introduced.length + effect.resolved.length + effect.renumbered.length === 0;
  return (
    <Card
      size="small"
      type="inner"
      title={t("plans.lastChange")}
      data-testid="last-change"
      style={{ marginBottom: 12 }}
    >
      {nothing ? (
        <Typography.Text type="secondary">{t("plans.lastChangeNone")}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {effect.introduced.length > 0 ? (
            <div data-testid="last-change-introduced">
              <Typography.Text strong>
                {t("plans.lastChangeIntroduced", { count: effect.introduced.length })}
              </Typography.Text>
              <FindingList findings={effect.introduced} />
            </div>
          ) : null}
          {effect.resolved.length > 0 ? (
            <div data-testid="last-change-resolved">
              <Typography.Text strong>
                {t("plans.lastChangeResolved", { count: effect.resolved.length })}
              </Typography.Text>
              <FindingList findings={effect.resolved} />
            </div>
          ) : null}
          {effect.renumbered.length > 0 ? (
            <div data-testid="last-change-renumbered">
              <Typography.Text strong>{t("plans.lastChangeRenumbered")}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {effect.renumbered.map(({ before: old, after: now }) => (
                  <li key={`${old.ruleId}:${old.subject.id}:${old.severity}`}>
                    <Tag>{now.ruleId}</Tag>
                    {i18n.language === "en" ? now.message.en : now.message.vi} ({String(old.actual)}/
                    {String(old.limit)} → {String(now.actual)}/{String(now.limit)})
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Flex>
      )}
    </Card>
  );
}

export function CompliancePanel({
  report,
  previous,
  phaseIndex,
  structure,
  serverCheck,
  onApplySuggestion,
}: {
  report: PlanReport;
  /** The evaluation before the latest change. */
  previous: PlanReport | undefined;
  phaseIndex: number;
  /** The structure after the selected phase, for the suggestions. */
  structure: Snapshot | undefined;
  serverCheck: ServerCheck;
  /** Absent when the plan may not be changed here: no fix suggestions are offered. */
  onApplySuggestion: ((operations: Operation[]) => void) | undefined;
}) {
  const { t } = useTranslation();
  const phase = report.phases[phaseIndex];
  if (!phase) return null;
  // Comparable only when the latest change kept the phases as they were (not an added or removed phase).
  const before = previous?.phases.length === report.phases.length ? previous.phases[phaseIndex] : undefined;
  const tabs = [
    { key: "introduced", findings: phase.introduced, empty: t("plans.noneIntroduced") },
    { key: "resolved", findings: phase.resolved, empty: t("plans.noneResolved") },
    { key: "unchanged", findings: phase.unchanged, empty: t("plans.noneUnchanged") },
  ] as const;
  return (
    <Card
      title={t("plans.live")}
      data-testid="compliance-panel"
      extra={<ServerCheckTag check={serverCheck} />}
      styles={{ body: { paddingTop: 8 } }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t("plans.liveFor", { name: phase.name, ruleSet: phase.ruleSet })}
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 8 }} data-testid="phase-summary">
        {(["violations", "transitional", "warnings", "info"] as const).map((key) => (
          <Tag
            key={key}
            color={severityColors[key === "violations" ? "violation" : key === "warnings" ? "warning" : key]}
            data-testid={`phase-count-${key}`}
          >
            {t(`severity.${key === "violations" ? "violation" : key === "warnings" ? "warning" : key}`)}:{" "}
            {phase.summary[key]}
          </Tag>
        ))}
      </Flex>
      {before ? <LastChange before={before} after={phase} /> : null}
      <Tabs
        items={tabs.map((tab) => ({
          key: tab.key,
          label: (
            <span data-testid={`tab-${tab.key}`}>
              {t(`plans.${tab.key}`, { count: tab.findings.length })}{" "}
              {tab.key === "introduced" && tab.findings.length > 0 ? <Badge status="error" /> : null}
            </span>
          ),
          children: (
            <div data-testid={`findings-${tab.key}`}>
              {tab.findings.length === 0 ? (
                <Typography.Text type="secondary">{tab.empty}</Typography.Text>
              ) : (
                <FindingList findings={tab.findings} />
              )}
            </div>
          ),
        }))}
      />
      {structure && onApplySuggestion && phase.summary.violations > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: "suggestions",
              label: <span data-testid="suggestions-toggle">{t("plans.suggestionsFor")}</span>,
              children: <Suggestions structure={structure} onApply={onApplySuggestion} />,
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
