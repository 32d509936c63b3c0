// Cơ cấu tổ chức: the tree of the selected snapshot with an accent-insensitive search, and a detail
// panel for the selected node (org.unit): the limits that apply with their citations (org.limits), its
// job positions, its staff, the findings about it, and buttons to edit, add and delete. The commune level
// (xã, phường, đặc khu and their organisations, snapshot/2) has its own read-only panel
// (components/explorer-commune.tsx). `?view=chart` shows the same tree as a printable org chart. Above
// either view: the data set's Excel import and exports.
import { useQuery } from "@tanstack/react-query";
import {
  agencyKindNames,
  districtFunctionNames,
  type OrganisationNode,
  type Snapshot,
} from "@tinhgon/domain";
import { Card, Col, Descriptions, Flex, Input, Row, Segmented, Tag, Tree, Typography } from "antd";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { CommuneDetail, findCommuneNode } from "../components/explorer-commune.tsx";
import { ExplorerEditActions } from "../components/explorer-edit.tsx";
import { ExplorerLimits } from "../components/explorer-limits.tsx";
import { ExplorerStaff } from "../components/explorer-staff.tsx";
import { NodeFindings, PositionsTable, ReorganisedOn } from "../components/explorer-node-parts.tsx";
import { OrgChart } from "../components/org-chart.tsx";
import { ErrorAlert, Loading } from "../components/query-state.tsx";
import { SnapshotDocuments } from "../components/snapshot-documents.tsx";
import { formatNumber } from "../i18n/index.ts";
import { ancestorKeys, buildOrgTree, filterOrgTree, type OrgTreeNode } from "../lib/org-tree.ts";
import { hrefWith, navigate, useLocation } from "../lib/router.tsx";
import type { SnapshotRef } from "../lib/scope.ts";
import { useTRPC } from "../lib/trpc.ts";

function NodeDescriptions({ found }: { found: OrganisationNode }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const yesNo = (value: boolean) => (value ? t("explorer.yes") : t("explorer.no"));
  const items: { key: string; label: string; children: ReactNode }[] = [];
  const reorganisedOn = "reorganisedOn" in found.node ? found.node.reorganisedOn : undefined;
  switch (found.type) {
    case "agency":
      items.push(
        { key: "type", label: t("explorer.type"), children: t("nodeType.agency") },
        { key: "kind", label: t("explorer.kind"), children: agencyKindNames[found.node.kind] },
        { key: "payroll", label: t("explorer.payroll"), children: number(found.node.payroll) },
        { key: "deputies", label: t("explorer.deputies"), children: number(found.node.deputies) },
        { key: "units", label: t("explorer.unitCount"), children: number(found.node.units.length) },
      );
      break;
    case "unit":
      items.push(
        { key: "type", label: t("explorer.type"), children: t(`nodeType.${found.node.type}`) },
        { key: "parent", label: t("explorer.belongsTo"), children: found.agency.name },
        { key: "payroll", label: t("explorer.payroll"), children: number(found.node.payroll) },
        { key: "deputies", label: t("explorer.deputies"), children: number(found.node.deputies) },
      );
      if (found.node.type === "sub_department") {
        items.push({
          key: "units",
          label: t("explorer.unitCount"),
          children: number(found.node.units.length),
        });
      }
      break;
    case "district":
      items.push(
        { key: "type", label: t("explorer.districtType"), children: t(`districtType.${found.node.type}`) },
        { key: "island", label: t("explorer.island"), children: yesNo(found.node.island) },
        {
          key: "divisions",
          label: t("explorer.divisionCount"),
          children: number(found.node.divisions.length),
        },
      );
      break;
    case "division":
      items.push(
        { key: "type", label: t("explorer.type"), children: t("nodeType.districtDivision") },
        { key: "parent", label: t("explorer.belongsTo"), children: found.district.name },
        { key: "payroll", label: t("explorer.payroll"), children: number(found.node.payroll) },
        { key: "deputies", label: t("explorer.deputies"), children: number(found.node.deputies) },
        {
          key: "functions",
          label: t("explorer.functions"),
          children: found.node.functions.map((code) => <Tag key={code}>{districtFunctionNames[code]}</Tag>),
        },
      );
      break;
  }
  if (reorganisedOn) {
    items.push({
      key: "reorganisedOn",
      label: t("explorer.reorganised"),
      children: <ReorganisedOn date={reorganisedOn} />,
    });
  }
  return <Descriptions bordered size="small" column={1} items={items} data-testid="node-details" />;
}

function NodeDetail({
  provinceCode,
  snapshotId,
  version,
  id,
  document,
}: {
  provinceCode: string;
  snapshotId: string;
  /** The data set's version, for the edit forms (edits name the version they were based on). */
  version: number;
  id: string;
  document: Snapshot;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const unit = useQuery(trpc.org.unit.queryOptions({ snapshotId, id }));
  const check = useQuery(trpc.compliance.check.queryOptions({ snapshotId }));
  if (unit.isPending) return <Loading label={t("explorer.detailLoading")} />;
  if (unit.isError) return <ErrorAlert error={unit.error} onRetry={unit.refetch} />;
  const found = unit.data;
  const positions = found.type === "district" ? undefined : found.node.positions;
  const staff = found.type === "district" ? undefined : found.node.staff;
  return (
    <Card
      title={<span data-testid="node-title">{found.node.name}</span>}
      extra={
        <ExplorerEditActions
          provinceCode={provinceCode}
          snapshotId={snapshotId}
          version={version}
          document={document}
          found={found}
        />
      }
      data-testid="node-detail"
    >
      <NodeDescriptions found={found} />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t("organisation.limits.title")}
      </Typography.Title>
      <ExplorerLimits snapshotId={snapshotId} id={id} />
      {found.type === "district" ? null : (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t("explorer.positions")}
          </Typography.Title>
          <PositionsTable positions={positions} />
        </>
      )}
      {staff && staff.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t("organisation.staff.title")}
          </Typography.Title>
          <ExplorerStaff staff={staff} positions={positions} />
        </>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t("explorer.findings")}
      </Typography.Title>
      {check.isPending ? (
        <Loading label={t("overview.complianceLoading")} />
      ) : check.isError ? (
        <ErrorAlert error={check.error} onRetry={check.refetch} />
      ) : (
        <NodeFindings findings={check.data.findings.filter((finding) => finding.subject.id === id)} />
      )}
    </Card>
  );
}

function ProvinceDetail({ document }: { document: Snapshot }) {
  const { t } = useTranslation();
  return (
    <Card title={document.province.name}>
      <Typography.Paragraph>
        {t("explorer.provinceSummary", {
          agencies: document.agencies.length,
          districts: document.districts.length,
        })}
      </Typography.Paragraph>
      {document.communes.length > 0 ? (
        <Typography.Paragraph data-testid="communes-summary">
          {t("explorer.communesSummary", { count: document.communes.length })}
          {document.province.communesComplete ? null : ` ${t("explorer.communesIncomplete")}`}
        </Typography.Paragraph>
      ) : null}
      <Typography.Text type="secondary">{t("explorer.selectPrompt")}</Typography.Text>
    </Card>
  );
}

function toAntTree(
  nodes: readonly OrgTreeNode[],
): { key: string; title: string; selectable: boolean; children: ReturnType<typeof toAntTree> }[] {
  return nodes.map((node) => ({
    key: node.key,
    title: node.title,
    selectable: node.kind !== "group" && node.kind !== "province",
    children: toAntTree(node.children),
  }));
}

type ExplorerView = "tree" | "chart";

export function ExplorerPage({ provinceCode, snapshotId }: SnapshotRef) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { params } = useLocation();
  const selected = params.get("node");
  const view: ExplorerView = params.get("view") === "chart" ? "chart" : "tree";
  const tree = useQuery(trpc.org.tree.queryOptions({ provinceCode, snapshotId }));
  const [query, setQuery] = useState("");
  const [expanded, setExpanded] = useState<string[] | null>(null);

  const document = tree.data?.document;
  const nodes = useMemo(
    () =>
      document
        ? buildOrgTree(document, {
            agencies: t("explorer.groupAgencies", { count: document.agencies.length }),
            districts: t("explorer.groupDistricts", { count: document.districts.length }),
            communes: t("explorer.groupCommunes", { count: document.communes.length }),
            communeType: (type, count) => t(`explorer.groupCommuneType.${type}`, { count }),
          })
        : [],
    [document, t],
  );
  const filtered = useMemo(() => filterOrgTree(nodes, query), [nodes, query]);
  // Until the user expands or collapses by hand: the root and the path to the selected node.
  const defaultExpanded = useMemo(
    () => ["province", ...(selected ? [...ancestorKeys(nodes, selected), selected] : [])],
    [nodes, selected],
  );
  const expandedKeys = query.trim()
    ? [...filtered.expandedKeys, ...(expanded ?? [])]
    : (expanded ?? defaultExpanded);

  if (tree.isPending) return <Loading />;
  if (tree.isError) return <ErrorAlert error={tree.error} onRetry={tree.refetch} />;
  const { document: loaded } = tree.data;
  const communeNode = selected ? findCommuneNode(loaded, selected) : undefined;

  const select = (key: string) => {
    navigate(hrefWith(globalThis.location.pathname, { node: key }));
    setExpanded((current) => {
      const base = current ?? defaultExpanded;
      return base.includes(key) ? base : [...base, ...ancestorKeys(nodes, key), key];
    });
  };

  const viewSwitch = (
    <Segmented<ExplorerView>
      aria-label={t("organisation.chart.viewLabel")}
      data-testid="explorer-view"
      value={view}
      onChange={(next) => {
        navigate(hrefWith(globalThis.location.pathname, { view: next === "chart" ? "chart" : null }));
      }}
      options={[
        { value: "tree", label: t("organisation.chart.tree") },
        { value: "chart", label: t("organisation.chart.chart") },
      ]}
    />
  );

  const documents = (
    <SnapshotDocuments provinceCode={provinceCode} snapshotId={snapshotId} snapshotName={tree.data.name} />
  );

  if (view === "chart") {
    return (
      <Flex vertical gap={16} data-testid="explorer-page">
        <Flex className="no-print" justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t("organisation.title")}
          </Typography.Title>
          <Flex gap={8} wrap align="center">
            {documents}
            {viewSwitch}
          </Flex>
        </Flex>
        <Card>
          <OrgChart
            nodes={nodes}
            snapshotName={tree.data.name}
            asOf={loaded.asOf}
            selected={selected}
            onOpen={(key) => {
              navigate(hrefWith(globalThis.location.pathname, { node: key, view: null }));
            }}
          />
        </Card>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="explorer-page">
      <Flex justify="flex-end">{documents}</Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={t("explorer.title")} extra={viewSwitch}>
            <Input.Search
              allowClear
              aria-label={t("explorer.search")}
              placeholder={t("explorer.search")}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
              }}
              data-testid="explorer-search"
              style={{ marginBottom: 12 }}
            />
            {query.trim() ? (
              <Typography.Text type="secondary" style={{ display: "block", marginBottom: 8 }}>
                {filtered.matches === 0
                  ? t("explorer.noMatch")
                  : t("explorer.searchResults", { count: filtered.matches })}
              </Typography.Text>
            ) : null}
            <nav aria-label={t("explorer.treeLabel")}>
              <Tree
                data-testid="org-tree"
                treeData={toAntTree(filtered.nodes)}
                expandedKeys={expandedKeys}
                onExpand={(keys) => {
                  setExpanded(keys.map(String));
                }}
                selectedKeys={selected ? [selected] : []}
                // A click on the selected node keeps it selected (and opens it) rather than clearing the panel.
                onSelect={(_keys, info) => {
                  select(info.node.key);
                }}
                blockNode
              />
            </nav>
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          {selected && communeNode ? (
            <CommuneDetail key={selected} snapshotId={snapshotId} found={communeNode} onOpen={select} />
          ) : selected ? (
            <NodeDetail
              key={selected}
              provinceCode={provinceCode}
              snapshotId={snapshotId}
              version={tree.data.version}
              id={selected}
              document={loaded}
            />
          ) : (
            <ProvinceDetail document={loaded} />
          )}
        </Col>
      </Row>
    </Flex>
  );
}
