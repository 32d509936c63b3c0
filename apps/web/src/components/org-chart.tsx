// The org chart: the explorer's tree (lib/org-tree.ts) drawn as boxes with name, payroll and deputies —
// province at the top, then the sở and the districts as branches with their units below. Plain HTML and
// CSS (../print.css), printable on A4 or A3 landscape: the paper size is the user's choice, written as
// an @page rule while the chart is shown; "In sơ đồ" opens the browser's print dialog.
import "../print.css";

import { PrinterOutlined } from "@ant-design/icons";
import { Button, Flex, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { formatDate, formatNumber } from "../i18n/index.ts";
import type { OrgTreeNode } from "../lib/org-tree.ts";

export const paperSizes = ["A3", "A4"] as const;
export type PaperSize = (typeof paperSizes)[number];

/** The @page rule for the chosen paper, always landscape (a chart is wider than it is tall). */
export function pageRule(paper: PaperSize): string {
  return `@page { size: ${paper} landscape; margin: 10mm; }`;
}

function Box({
  node,
  head,
  selected,
  onOpen,
}: {
  node: OrgTreeNode;
  head?: boolean;
  selected: string | null;
  onOpen: (key: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const { figures } = node;
  const classes = [
    "org-chart-box",
    head ? "org-chart-box-head" : "",
    selected === node.key ? "org-chart-box-selected" : "",
  ];
  const clickable = node.kind !== "province" && node.kind !== "group";
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(" ")}
      data-testid="org-chart-box"
      data-key={node.key}
      disabled={!clickable}
      onClick={() => {
        onOpen(node.key);
      }}
    >
      <span className="org-chart-name">{node.title}</span>
      {figures ? (
        <span className="org-chart-figures">
          {figures.summed
            ? `${t("organisation.chart.summedPayroll", { count: number(figures.payroll) })} · ${t("organisation.chart.summedDeputies", { count: number(figures.deputies) })}`
            : `${t("organisation.chart.payroll", { count: number(figures.payroll) })} · ${t("organisation.chart.deputies", { count: number(figures.deputies) })}`}
        </span>
      ) : null}
    </button>
  );
}

function Children({
  nodes,
  selected,
  onOpen,
}: {
  nodes: readonly OrgTreeNode[];
  selected: string | null;
  onOpen: (key: string) => void;
}) {
  if (nodes.length === 0) return null;
  return (
    <ul className="org-chart-children">
      {nodes.map((child) => (
        <li key={child.key}>
          <Box node={child} selected={selected} onOpen={onOpen} />
          <Children nodes={child.children} selected={selected} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

export function OrgChart({
  nodes,
  snapshotName,
  asOf,
  selected,
  onOpen,
}: {
  /** The tree of buildOrgTree: one province node with its groups. */
  nodes: readonly OrgTreeNode[];
  snapshotName: string;
  asOf: string;
  selected: string | null;
  onOpen: (key: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [paper, setPaper] = useState<PaperSize>("A3");
  const [root] = nodes;
  if (!root) return null;
  return (
    <div>
      <style>{pageRule(paper)}</style>
      <Flex className="no-print" justify="flex-end" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Space>
          <Typography.Text>{t("organisation.chart.paper")}</Typography.Text>
          <Select<PaperSize>
            aria-label={t("organisation.chart.paper")}
            data-testid="org-chart-paper"
            value={paper}
            onChange={setPaper}
            style={{ width: 130 }}
            options={paperSizes.map((size) => ({
              value: size,
              label: t("organisation.chart.landscape", { size }),
            }))}
          />
        </Space>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          data-testid="org-chart-print"
          onClick={() => {
            globalThis.print();
          }}
        >
          {t("organisation.chart.print")}
        </Button>
      </Flex>
      <div
        className="org-chart"
        data-testid="org-chart"
        data-paper={paper}
        role="group"
        aria-label={t("organisation.chart.label", { province: root.title })}
      >
        <div className="org-chart-print-only">
          <strong>{t("organisation.chart.label", { province: root.title })}</strong>
          <div>
            {t("organisation.chart.printedOn", { date: formatDate(asOf, i18n.language), name: snapshotName })}
          </div>
        </div>
        <div className="org-chart-root">
          <Box node={root} head selected={selected} onOpen={onOpen} />
        </div>
        {root.children.map((group) => (
          <section key={group.key} className="org-chart-group">
            <h3 className="org-chart-group-title">{group.title}</h3>
            <div className="org-chart-branches">
              {group.children.map((branch) => (
                <div key={branch.key} className="org-chart-branch">
                  <Box node={branch} head selected={selected} onOpen={onOpen} />
                  <Children nodes={branch.children} selected={selected} onOpen={onOpen} />
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
