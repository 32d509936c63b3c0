// "Nhật ký thay đổi": the plan's audit trail (review.audit) as a table — who, when, what, and the
// version and status before and after — with the full events downloadable as JSON for an inspection.
import { useQuery } from "@tanstack/react-query";
import { planStatusSchema, statusLabel } from "@tinhgon/domain";
import { Button, Flex, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { ErrorAlert, Loading } from "../components/query-state.tsx";
import { formatDateTime } from "../i18n/index.ts";
import { downloadText, fileSlug } from "../lib/file-name.ts";
import { type RouterOutputs, useTRPC } from "../lib/trpc.ts";

type AuditEvent = RouterOutputs["review"]["audit"][number];

/** A field of an event's before/after header (planAuditView), when present. */
function field(value: unknown, name: "version" | "status"): unknown {
  return value && typeof value === "object" && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function useStatusName(): (value: unknown) => string | undefined {
  const { i18n } = useTranslation();
  return (value) => {
    const parsed = planStatusSchema.safeParse(value);
    if (!parsed.success) return undefined;
    return i18n.language === "en" ? statusLabel[parsed.data].en : statusLabel[parsed.data].vi;
  };
}

function ChangeSummary({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const statusName = useStatusName();
  const parts: string[] = [];
  const [versionBefore, versionAfter] = [field(event.before, "version"), field(event.after, "version")];
  if (typeof versionAfter === "number") {
    parts.push(
      typeof versionBefore === "number"
        ? t("review.audit.versionChange", { before: versionBefore, after: versionAfter })
        : t("review.audit.created"),
    );
  }
  const [statusBefore, statusAfter] = [
    statusName(field(event.before, "status")),
    statusName(field(event.after, "status")),
  ];
  if (statusBefore && statusAfter && statusBefore !== statusAfter)
    parts.push(t("review.audit.statusChange", { before: statusBefore, after: statusAfter }));
  return <>{parts.length > 0 ? parts.join(" · ") : "—"}</>;
}

export function AuditLog({
  planId,
  title,
  names,
}: {
  planId: string;
  title: string;
  /** Names of the users known to this page (comment authors, the user), by id. */
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const audit = useQuery(trpc.review.audit.queryOptions({ id: planId }));
  if (audit.isPending) return <Loading label={t("review.audit.loading")} />;
  if (audit.isError) return <ErrorAlert error={audit.error} onRetry={audit.refetch} />;
  const events = audit.data;
  const actorName = (event: AuditEvent) => {
    const role = event.actorRole
      ? t(`auth.role.${event.actorRole}`, { defaultValue: event.actorRole })
      : undefined;
    const name = event.actorId ? names.get(event.actorId) : undefined;
    if (name && role) return `${name} (${role})`;
    return name ?? role ?? t("review.audit.unknownActor");
  };
  return (
    <Flex vertical gap={8} data-testid="audit-log">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t("review.audit.intro")}</Typography.Text>
        <Button
          data-testid="audit-export"
          disabled={events.length === 0}
          onClick={() => {
            downloadText(
              `nhat-ky-${fileSlug(title, "phuong-an")}.audit.json`,
              `${JSON.stringify({ planId, events }, null, 2)}\n`,
              "application/json",
            );
          }}
        >
          {t("review.audit.export")}
        </Button>
      </Flex>
      <Table<AuditEvent>
        size="small"
        rowKey="seq"
        data-testid="audit-table"
        dataSource={events}
        pagination={events.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: t("review.audit.empty") }}
        scroll={{ x: true }}
        columns={[
          { title: t("review.audit.seq"), dataIndex: "seq", width: 70 },
          {
            title: t("review.audit.at"),
            dataIndex: "at",
            render: (at: string) => formatDateTime(at, i18n.language),
          },
          { title: t("review.audit.actor"), key: "actor", render: (_value, event) => actorName(event) },
          {
            title: t("review.audit.action"),
            dataIndex: "action",
            render: (action: string) =>
              t(`review.audit.actions.${action.replace(/\./g, "_")}`, { defaultValue: action }),
          },
          {
            title: t("review.audit.change"),
            key: "change",
            render: (_value, event) => <ChangeSummary event={event} />,
          },
        ]}
      />
    </Flex>
  );
}
