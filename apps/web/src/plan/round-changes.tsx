// "Những thay đổi kể từ vòng trước": what the owner changed between two submissions (phases added,
// removed or changed, operations added and removed in words) and the findings that change introduced
// or resolved — so that a reviewer re-reads only what is new.
import { Alert, Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { FindingList } from "../components/finding-list.tsx";
import { formatDate } from "../i18n/index.ts";
import type { ReviewStatus } from "./use-review.ts";

type RoundChanges = NonNullable<ReviewStatus["changesSinceLastRound"]>;
type PhaseChange = RoundChanges["phases"][number];

function PhaseChangeItem({ phase }: { phase: PhaseChange }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const date = (iso: string | undefined) => (iso ? formatDate(iso, i18n.language) : "—");
  const heading =
    phase.status === "added"
      ? t("review.changes.phaseAdded", { name: phase.name, date: date(phase.effectiveDate) })
      : phase.status === "removed"
        ? t("review.changes.phaseRemoved", { name: phase.name })
        : t("review.changes.phaseChanged", { name: phase.name });
  const details = [
    ...(phase.previousName !== undefined
      ? [t("review.changes.renamed", { previous: phase.previousName })]
      : []),
    ...(phase.previousEffectiveDate !== undefined
      ? [
          t("review.changes.redated", {
            previous: date(phase.previousEffectiveDate),
            date: date(phase.effectiveDate),
          }),
        ]
      : []),
  ];
  return (
    <li data-testid="round-change-phase" data-status={phase.status}>
      <Typography.Text strong>{heading}</Typography.Text>
      {details.length > 0 ? <Typography.Text>: {details.join("; ")}</Typography.Text> : null}
      {phase.operationsAdded.length + phase.operationsRemoved.length > 0 ? (
        <ul style={{ margin: "4px 0", paddingInlineStart: 20 }}>
          {phase.operationsAdded.map((text, index) => (
            <li key={`added-${String(index)}`} data-testid="round-change-added">
              {t("review.changes.operationAdded", { text: text[language] })}
            </li>
          ))}
          {phase.operationsRemoved.map((text, index) => (
            <li key={`removed-${String(index)}`} data-testid="round-change-removed">
              {t("review.changes.operationRemoved", { text: text[language] })}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function RoundChangesCard({ changes }: { changes: RoundChanges }) {
  const { t } = useTranslation();
  const title =
    changes.toRound === "current"
      ? t("review.changes.titleCurrent", { from: changes.fromRound })
      : t("review.changes.title", { from: changes.fromRound, to: changes.toRound });
  const changedPhases = changes.phases.filter((phase) => phase.status !== "unchanged");
  return (
    <Card size="small" type="inner" title={title} data-testid="round-changes">
      {changes.identical ? (
        <Typography.Text>{t("review.changes.identical")}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {changes.titleChanged ? (
            <Typography.Text>{t("review.changes.titleChanged")}</Typography.Text>
          ) : null}
          {changes.baselineChanged ? (
            <Alert type="warning" showIcon title={t("review.changes.baselineChanged")} />
          ) : null}
          {changedPhases.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {changedPhases.map((phase) => (
                <PhaseChangeItem key={`${phase.status}-${String(phase.index)}`} phase={phase} />
              ))}
            </ul>
          ) : null}
          {changes.findingsIntroduced.length > 0 ? (
            <div data-testid="round-findings-introduced">
              <Typography.Text strong>
                {t("review.changes.findingsIntroduced", { count: changes.findingsIntroduced.length })}
              </Typography.Text>
              <FindingList findings={changes.findingsIntroduced} />
            </div>
          ) : null}
          {changes.findingsResolved.length > 0 ? (
            <div data-testid="round-findings-resolved">
              <Typography.Text strong>
                {t("review.changes.findingsResolved", { count: changes.findingsResolved.length })}
              </Typography.Text>
              <FindingList findings={changes.findingsResolved} />
            </div>
          ) : null}
          {changes.findingsIntroduced.length + changes.findingsResolved.length === 0 ? (
            <Typography.Text type="secondary">{t("review.changes.noFindingChange")}</Typography.Text>
          ) : null}
        </Flex>
      )}
    </Card>
  );
}
