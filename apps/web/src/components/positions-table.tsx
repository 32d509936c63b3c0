// The scheme's positions under the four groups of Decree 62/2020 Art. 5 (each group a row with its
// people, its positions below it by rank), with the total, and edit and delete actions.
import { DeleteOutlined, EditOutlined } from "@ant-design/icons";
import { groupSchemePositions, type PositionScheme, type SchemePosition } from "@tinhgon/domain";
import { Button, Popconfirm, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { formatNumber } from "../i18n/index.ts";
import { rankLabel } from "./positions-labels.ts";

type Row =
  | { key: string; kind: "group"; group: SchemePosition["group"]; count: number; children?: Row[] }
  | { key: string; kind: "position"; position: SchemePosition };

export interface PositionActions {
  onEdit: (position: SchemePosition) => void;
  /** Resolves when the deletion is done (or has failed and said so). */
  onDelete: (position: SchemePosition) => Promise<unknown>;
}

export function PositionsTable({
  scheme,
  actions,
}: {
  scheme: PositionScheme;
  /** Absent for users who may not change the positions: no actions column. */
  actions: PositionActions | undefined;
}) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const showFilled = scheme.totals.filled !== null;

  const rows: Row[] = groupSchemePositions(scheme).map((entry) => ({
    key: `group:${entry.group}`,
    kind: "group",
    group: entry.group,
    count: entry.count,
    ...(entry.positions.length > 0
      ? {
          children: entry.positions.map((position): Row => ({
            key: position.id,
            kind: "position",
            position,
          })),
        }
      : {}),
  }));

  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="positions-table"
      rowClassName={(row) => (row.kind === "group" ? "positions-group-row" : "")}
      expandable={{
        expandedRowKeys: rows.map((row) => row.key).filter((key) => !collapsed.includes(key)),
        onExpand: (expanded, row) => {
          setCollapsed((current) =>
            expanded ? current.filter((key) => key !== row.key) : [...current, row.key],
          );
        },
      }}
      columns={[
        {
          key: "title",
          title: t("positions.table.position"),
          render: (_value, row) =>
            row.kind === "group" ? (
              <Typography.Text strong data-testid={`positions-group-${row.group}`}>
                {t(`positionGroup.${row.group}`)}
                {row.children ? null : (
                  <Typography.Text type="secondary"> — {t("positions.table.emptyGroup")}</Typography.Text>
                )}
              </Typography.Text>
            ) : (
              row.position.title
            ),
        },
        {
          key: "rank",
          title: t("positions.table.rank"),
          render: (_value, row) => (row.kind === "group" ? null : rankLabel(t, row.position.rank)),
        },
        {
          key: "count",
          title: t("positions.table.count"),
          align: "right",
          width: 100,
          render: (_value, row) =>
            row.kind === "group" ? (
              <Typography.Text strong data-testid={`positions-group-count-${row.group}`}>
                {number(row.count)}
              </Typography.Text>
            ) : (
              number(row.position.count)
            ),
        },
        ...(showFilled
          ? [
              {
                key: "filled",
                title: t("positions.table.filled"),
                align: "right" as const,
                width: 110,
                render: (_value: unknown, row: Row) => {
                  if (row.kind === "group" || row.position.filled === null) return null;
                  const over = row.position.filled - row.position.count;
                  // Placed beyond the approved count (JP-06): said in words, not only in red.
                  return over > 0 ? (
                    <Typography.Text type="danger">
                      {t("positions.table.filledOver", {
                        filled: number(row.position.filled),
                        over: number(over),
                      })}
                    </Typography.Text>
                  ) : (
                    number(row.position.filled)
                  );
                },
              },
            ]
          : []),
        ...(actions
          ? [
              {
                key: "actions",
                title: t("positions.table.actions"),
                width: 190,
                render: (_value: unknown, row: Row) =>
                  row.kind === "group" ? null : (
                    <PositionActionButtons position={row.position} actions={actions} />
                  ),
              },
            ]
          : []),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t("positions.table.total")}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <Typography.Text strong data-testid="positions-total">
              {number(scheme.totals.positions)}
            </Typography.Text>
          </Table.Summary.Cell>
          {showFilled ? (
            <Table.Summary.Cell index={3} align="right">
              <Typography.Text strong>{number(scheme.totals.filled ?? 0)}</Typography.Text>
            </Table.Summary.Cell>
          ) : null}
          {actions ? <Table.Summary.Cell index={showFilled ? 4 : 3} /> : null}
        </Table.Summary.Row>
      )}
    />
  );
}

/** Edit and delete for one position (with a confirmation before deleting). */
function PositionActionButtons({
  position,
  actions,
}: {
  position: SchemePosition;
  actions: PositionActions;
}) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Button
        size="small"
        icon={<EditOutlined />}
        aria-label={t("positions.table.editOf", { title: position.title })}
        data-testid={`position-edit-${position.id}`}
        onClick={() => {
          actions.onEdit(position);
        }}
      >
        {t("positions.table.edit")}
      </Button>
      <Popconfirm
        title={t("positions.table.deleteConfirm", { title: position.title })}
        description={t("positions.table.deleteDescription")}
        okText={t("positions.table.deleteOk")}
        cancelText={t("positions.table.cancel")}
        okButtonProps={{ danger: true }}
        // antd waits for a returned promise: the OK button spins until the deletion is done.
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above
        onConfirm={() => actions.onDelete(position)}
      >
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t("positions.table.deleteOf", { title: position.title })}
          data-testid={`position-delete-${position.id}`}
        >
          {t("positions.table.delete")}
        </Button>
      </Popconfirm>
    </Space>
  );
}
