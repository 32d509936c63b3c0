// Parts of the explorer's detail panel shared by every kind of node (sở, units, districts, divisions,
// commune-level units and their organisations): the job positions table, the node's findings and the
// date of the decision that last re-arranged it.
import { formatDateVi, type Finding, type Position, rankNames } from "@tinhgon/domain";
import { Alert, Empty, Table } from "antd";
import { useTranslation } from "react-i18next";

import { formatNumber } from "../i18n/index.ts";
import { FindingList } from "./finding-list.tsx";

export function PositionsTable({ positions }: { positions: readonly Position[] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!positions || positions.length === 0) return <Empty description={t("explorer.noPositions")} />;
  return (
    <Table<Position>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...positions]}
      data-testid="positions-table"
      columns={[
        { title: t("explorer.positionTitle"), dataIndex: "title" },
        {
          title: t("explorer.positionGroup"),
          dataIndex: "group",
          render: (group: Position["group"]) => t(`positionGroup.${group}`),
        },
        {
          title: t("explorer.rank"),
          dataIndex: "rank",
          render: (rank: Position["rank"]) => (rank === null ? "—" : `${rankNames[rank]} (${rank})`),
        },
        {
          title: t("explorer.count"),
          dataIndex: "count",
          align: "right",
          width: 100,
          render: (count: number) => formatNumber(count, i18n.language),
        },
      ]}
    />
  );
}

export function NodeFindings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return <Alert type="success" showIcon title={t("explorer.noFindingsForNode")} />;
  return <FindingList findings={findings} />;
}

/**
 * "Sắp xếp theo quyết định có hiệu lực 01/07/2025": the day from which a deputy surplus may be
 * transitional for five years (T-2025-01, T-2026-01). Dates are written dd/mm/yyyy in both languages.
 */
export function ReorganisedOn({ date }: { date: string }) {
  const { t } = useTranslation();
  return (
    <span data-testid="reorganised-on">{t("explorer.reorganisedOn", { date: formatDateVi(date) })}</span>
  );
}
