// The explorer's panel for the commune level (snapshot/2): a commune-level unit (xã, phường, đặc khu)
// with its phòng and Trung tâm phục vụ hành chính công, or one of those organisations. Read from the
// snapshot document the tree was built from (the commune level is not edited here); the limits come
// from org.limits (the rule pack's own, e.g. C26-DEP-01's 2 × organisations) and the findings from
// compliance.check, as for every other node.
import { useQuery } from "@tanstack/react-query";
import {
  type Commune,
  type CommuneOrganisation,
  communeFunctionNames,
  type Finding,
  formatDateVi,
  type Snapshot,
} from "@tinhgon/domain";
import { Card, Descriptions, Table, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { formatNumber } from "../i18n/index.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ExplorerLimits } from "./explorer-limits.tsx";
import { NodeFindings, PositionsTable, ReorganisedOn } from "./explorer-node-parts.tsx";
import { ExplorerStaff } from "./explorer-staff.tsx";
import { ErrorAlert, Loading } from "./query-state.tsx";

export type CommuneNode =
  | { type: "commune"; node: Commune }
  | { type: "communeOrganisation"; node: CommuneOrganisation; commune: Commune };

/** The commune-level unit or organisation with this id in the document, if it is one. */
export function findCommuneNode(document: Snapshot, id: string): CommuneNode | undefined {
  for (const commune of document.communes) {
    if (commune.id === id) return { type: "commune", node: commune };
    const organisation = commune.organisations.find((candidate) => candidate.id === id);
    if (organisation) return { type: "communeOrganisation", node: organisation, commune };
  }
  return undefined;
}

function FunctionTags({ organisation }: { organisation: CommuneOrganisation }) {
  if (organisation.functions.length === 0) return <>—</>;
  return (
    <>
      {organisation.functions.map((code) => (
        <Tag key={code}>{communeFunctionNames[code]}</Tag>
      ))}
    </>
  );
}

function organisationTypeLabel(organisation: CommuneOrganisation): string {
  return organisation.type === "service_centre" ? "nodeType.serviceCentre" : "nodeType.communeDivision";
}

function CommuneDescriptions({ found }: { found: CommuneNode }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const items: { key: string; label: string; children: ReactNode }[] = [];
  if (found.type === "commune") {
    const { node } = found;
    items.push(
      { key: "type", label: t("explorer.communeType"), children: t(`communeType.${node.type}`) },
      ...(node.type === "special_zone"
        ? [
            {
              key: "urbanEconomy",
              label: t("explorer.urbanEconomy"),
              children: node.urbanEconomy ? t("explorer.yes") : t("explorer.no"),
            },
          ]
        : []),
      {
        key: "organisations",
        label: t("explorer.organisationCount"),
        children: number(node.organisations.length),
      },
      {
        key: "payroll",
        label: t("explorer.payroll"),
        children: number(node.organisations.reduce((sum, organisation) => sum + organisation.payroll, 0)),
      },
      {
        key: "deputies",
        label: t("explorer.deputies"),
        children: number(node.organisations.reduce((sum, organisation) => sum + organisation.deputies, 0)),
      },
    );
  } else {
    const { node } = found;
    items.push(
      { key: "type", label: t("explorer.type"), children: t(organisationTypeLabel(node)) },
      { key: "parent", label: t("explorer.belongsTo"), children: found.commune.name },
      { key: "payroll", label: t("explorer.payroll"), children: number(node.payroll) },
      { key: "deputies", label: t("explorer.deputies"), children: number(node.deputies) },
    );
    if (node.type === "division") {
      items.push({
        key: "functions",
        label: t("explorer.functions"),
        children: <FunctionTags organisation={node} />,
      });
    }
    if (node.reorganisedOn) {
      items.push({
        key: "reorganisedOn",
        label: t("explorer.reorganised"),
        children: <ReorganisedOn date={node.reorganisedOn} />,
      });
    }
  }
  return <Descriptions bordered size="small" column={1} items={items} data-testid="node-details" />;
}

/** The unit's phòng and service centre, each opening its own panel. */
function CommuneOrganisations({ commune, onOpen }: { commune: Commune; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <Table<CommuneOrganisation>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={commune.organisations}
      data-testid="commune-organisations"
      columns={[
        {
          title: t("overview.name"),
          dataIndex: "name",
          render: (name: string, organisation) => (
            <Typography.Link
              onClick={() => {
                onOpen(organisation.id);
              }}
              data-testid="commune-organisation"
            >
              {name}
            </Typography.Link>
          ),
        },
        {
          title: t("explorer.type"),
          key: "type",
          render: (_value: unknown, organisation) => t(organisationTypeLabel(organisation)),
        },
        {
          title: t("explorer.functions"),
          key: "functions",
          render: (_value: unknown, organisation) => <FunctionTags organisation={organisation} />,
        },
        {
          title: t("explorer.payroll"),
          dataIndex: "payroll",
          align: "right",
          render: (value: number) => number(value),
        },
        {
          title: t("explorer.deputies"),
          dataIndex: "deputies",
          align: "right",
          render: (value: number) => number(value),
        },
        {
          title: t("explorer.reorganisedColumn"),
          dataIndex: "reorganisedOn",
          render: (date: string | undefined) => (date ? formatDateVi(date) : "—"),
        },
      ]}
    />
  );
}

function Findings({ snapshotId, id }: { snapshotId: string; id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const check = useQuery(trpc.compliance.check.queryOptions({ snapshotId }));
  if (check.isPending) return <Loading label={t("overview.complianceLoading")} />;
  if (check.isError) return <ErrorAlert error={check.error} onRetry={check.refetch} />;
  const findings: Finding[] = check.data.findings.filter((finding) => finding.subject.id === id);
  return <NodeFindings findings={findings} />;
}

export function CommuneDetail({
  snapshotId,
  found,
  onOpen,
}: {
  snapshotId: string;
  found: CommuneNode;
  /** Opens another node of the tree (an organisation of the unit). */
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { node } = found;
  const section = (title: string) => (
    <Typography.Title level={5} style={{ marginTop: 20 }}>
      {title}
    </Typography.Title>
  );
  return (
    <Card
      title={<span data-testid="node-title">{node.name}</span>}
      extra={
        found.type === "commune" ? (
          <Tag color="geekblue" data-testid="commune-type">
            {t(`communeType.${found.node.type}`)}
          </Tag>
        ) : null
      }
      data-testid="node-detail"
    >
      <CommuneDescriptions found={found} />
      {found.type === "commune" ? (
        <>
          {section(t("explorer.organisations"))}
          <CommuneOrganisations commune={found.node} onOpen={onOpen} />
        </>
      ) : null}
      {section(t("organisation.limits.title"))}
      <ExplorerLimits snapshotId={snapshotId} id={node.id} />
      {found.type === "communeOrganisation" ? (
        <>
          {section(t("explorer.positions"))}
          <PositionsTable positions={found.node.positions} />
          {found.node.staff && found.node.staff.length > 0 ? (
            <>
              {section(t("organisation.staff.title"))}
              <ExplorerStaff staff={found.node.staff} positions={found.node.positions} />
            </>
          ) : null}
        </>
      ) : null}
      {section(t("explorer.findings"))}
      <Findings snapshotId={snapshotId} id={node.id} />
    </Card>
  );
}
