// The plan's review rounds: when each was submitted and by whom, the rule packs it was pinned to, and
// the decision (returned with its reason, approved with the violations accepted, withdrawn).
import { Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { formatDateTime } from "../i18n/index.ts";
import type { ReviewStatus } from "./use-review.ts";

type Round = ReviewStatus["rounds"][number];

/** The rule-set names a round was pinned to (rulePacks is stored as JSON). */
function rulePackNames(rulePacks: unknown): string {
  if (!Array.isArray(rulePacks)) return "—";
  const names = new Set(
    rulePacks.flatMap((pin: unknown) =>
      pin && typeof pin === "object" && "ruleSet" in pin && typeof pin.ruleSet === "string"
        ? [pin.ruleSet]
        : [],
    ),
  );
  return names.size > 0 ? [...names].join(", ") : "—";
}

const decisionColors = { returned: "warning", approved: "success", withdrawn: "default" } as const;

export function ReviewRounds({
  rounds,
  names,
}: {
  rounds: readonly Round[];
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  if (rounds.length === 0)
    return <Typography.Text type="secondary">{t("review.rounds.empty")}</Typography.Text>;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : "—");
  return (
    <Table<Round>
      size="small"
      rowKey="round"
      pagination={false}
      data-testid="review-rounds"
      dataSource={[...rounds]}
      scroll={{ x: true }}
      columns={[
        { title: t("review.rounds.round"), dataIndex: "round", width: 70 },
        { title: t("review.rounds.planVersion"), dataIndex: "planVersion", width: 110 },
        { title: t("review.rounds.submitted"), dataIndex: "submittedAt", render: when },
        {
          title: t("review.rounds.submittedBy"),
          dataIndex: "submittedBy",
          render: (userId: string) => names.get(userId) ?? "—",
        },
        {
          title: t("review.rounds.decision"),
          key: "decision",
          render: (_value, round) =>
            round.decision === null ? (
              <Tag color="blue">{t("review.rounds.pending")}</Tag>
            ) : (
              <Tag color={decisionColors[round.decision]}>{t(`review.rounds.${round.decision}`)}</Tag>
            ),
        },
        { title: t("review.rounds.decided"), dataIndex: "decidedAt", render: when },
        {
          title: t("review.rounds.reason"),
          key: "reason",
          render: (_value, round) => {
            const overrides = Array.isArray(round.overrides) ? round.overrides.length : 0;
            if (round.reason) return round.reason;
            return overrides > 0 ? t("review.rounds.overrides", { count: overrides }) : "—";
          },
        },
        { title: t("review.rounds.rulePacks"), dataIndex: "rulePacks", render: rulePackNames },
      ]}
    />
  );
}
