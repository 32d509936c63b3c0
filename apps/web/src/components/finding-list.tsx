// One finding explained: severity, rule id, the message in the UI language, the numbers, the citation,
// the confidence when it is not CONFIRMED, and the interpretation we adopted with its ADR.
import { daysBetween, type Finding, limitNature, type Severity } from "@tinhgon/domain";
import { Alert, Card, Flex, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { formatDate, formatNumber } from "../i18n/index.ts";

export const severityColors: Record<Severity, string> = {
  violation: "red",
  transitional: "purple",
  warning: "orange",
  info: "blue",
};

const severityOrder: Record<Severity, number> = { violation: 0, transitional: 1, warning: 2, info: 3 };

function FindingNumbers({ finding }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  if (finding.actual === undefined) return null;
  const actual = formatNumber(finding.actual, i18n.language);
  if (finding.limit === undefined)
    return <Typography.Text strong>{t("finding.actualOnly", { actual })}</Typography.Text>;
  const limit = formatNumber(finding.limit, i18n.language);
  const nature = limitNature(finding);
  const key =
    nature === "max"
      ? "finding.actualMax"
      : nature === "min"
        ? "finding.actualMin"
        : nature === "threshold"
          ? "finding.actualThreshold"
          : "finding.actualLimit";
  return <Typography.Text strong>{t(key, { actual, limit })}</Typography.Text>;
}

/** A transitional surplus's deadline, counted down from today (the deadline is the last day allowed). */
function FindingDeadline({ deadline }: { deadline: string }) {
  const { t, i18n } = useTranslation();
  // Today in the user's own calendar (a UTC date would be yesterday in Việt Nam before 07:00).
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, "0"))
    .join("-");
  const days = daysBetween(today, deadline);
  const date = formatDate(deadline, i18n.language);
  const text =
    days > 0
      ? t("finding.deadlineLeft", { date, days: formatNumber(days, i18n.language) })
      : days === 0
        ? t("finding.deadlineToday", { date })
        : t("finding.deadlinePassed", { date, days: formatNumber(-days, i18n.language) });
  return (
    <Tag color={days >= 0 ? "purple" : "red"} data-testid="finding-deadline">
      {text}
    </Tag>
  );
}

export function FindingCard({ finding }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  return (
    <Card size="small" data-testid="finding">
      <Space orientation="vertical" size={6} style={{ width: "100%" }}>
        <Flex gap={8} wrap align="center">
          <Tag color={severityColors[finding.severity]}>{t(`severity.${finding.severity}`)}</Tag>
          <Tag data-testid="finding-rule">
            {t("finding.rule")} {finding.ruleId}
          </Tag>
          <FindingNumbers finding={finding} />
          {finding.deadline ? <FindingDeadline deadline={finding.deadline} /> : null}
          {finding.confidence === "CONFIRMED" ? null : (
            <Tag color="gold" title={t("finding.confidence")}>
              {t(`confidence.${finding.confidence}`)}
            </Tag>
          )}
        </Flex>
        <Typography.Text>{finding.message[language]}</Typography.Text>
        <Typography.Text type="secondary" data-testid="finding-citation">
          {t("finding.citation")}: {finding.citation}
        </Typography.Text>
        {finding.interpretation ? (
          <Alert
            type="info"
            data-testid="finding-interpretation"
            title={t("finding.interpretation")}
            description={
              <Space orientation="vertical" size={2}>
                <span>{finding.interpretation.note[language]}</span>
                <Typography.Text type="secondary">
                  {t("finding.adr")}: <Typography.Text code>{finding.interpretation.adr}</Typography.Text>
                </Typography.Text>
              </Space>
            }
          />
        ) : null}
      </Space>
    </Card>
  );
}

/** Findings in order of severity (violations first), then by rule id. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const sorted = [...findings].sort(
    (a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.ruleId.localeCompare(b.ruleId),
  );
  return (
    <Space orientation="vertical" size={8} style={{ width: "100%" }}>
      {sorted.map((finding, index) => (
        <FindingCard key={`${finding.ruleId}-${finding.severity}-${index}`} finding={finding} />
      ))}
    </Space>
  );
}
