// The plan editor's documents: the before/after table of the selected phase with its findings (Excel,
// for everyone who reads the plan), and "Hồ sơ phương án" — Tờ trình, Đề án, Quyết định, Báo cáo tiếp
// thu giải trình as Word files, all four, or all as PDF — only for those who may see what names people
// (the plan's owner and the province's reviewers; the server refuses anyone else).
import { DownOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Dropdown, Space } from "antd";
import { useTranslation } from "react-i18next";

import { maySeePlanPersonalData, type PlanRecord } from "../auth/abilities.ts";
import { useSession } from "../auth/session.tsx";
import { DownloadButton, useDownload } from "../components/download-button.tsx";
import {
  type DossierFormat,
  type DossierKind,
  dossierKinds,
  useDocumentFiles,
} from "../lib/use-documents.ts";

function DossierMenu({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const files = useDocumentFiles();
  const { busy, run } = useDownload();
  const produce = (key: string, format: DossierFormat, kinds?: DossierKind[]) =>
    run(
      key,
      () => files.dossier(planId, format, kinds),
      t(format === "pdf" ? "documents.dossier.progressPdf" : "documents.dossier.progress"),
    );
  return (
    <Dropdown
      trigger={["click"]}
      disabled={busy !== null}
      menu={{
        items: [
          {
            type: "group",
            key: "docx",
            label: t("documents.dossier.docx"),
            children: dossierKinds.map((kind) => ({
              key: kind,
              label: <span data-testid={`dossier-${kind}`}>{t(`documents.dossier.kind.${kind}`)}</span>,
            })),
          },
          { type: "divider" },
          {
            key: "all-docx",
            label: <span data-testid="dossier-all-docx">{t("documents.dossier.allDocx")}</span>,
          },
          {
            key: "all-pdf",
            label: <span data-testid="dossier-all-pdf">{t("documents.dossier.allPdf")}</span>,
          },
        ],
        onClick: ({ key }) => {
          if (key === "all-docx") void produce(key, "docx");
          else if (key === "all-pdf") void produce(key, "pdf");
          else void produce(key, "docx", [key as DossierKind]);
        },
      }}
    >
      <Button icon={<FileWordOutlined />} loading={busy !== null} data-testid="plan-dossier">
        <Space size={4}>
          {t("documents.dossier.menu")}
          <DownOutlined />
        </Space>
      </Button>
    </Dropdown>
  );
}

export function PlanDocuments({
  planId,
  stored,
  phaseIndex,
  phaseName,
}: {
  planId: string;
  stored: PlanRecord;
  phaseIndex: number;
  phaseName: string;
}) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const files = useDocumentFiles();
  return (
    <>
      <DownloadButton
        label={t("documents.export.planTables")}
        title={t("documents.export.planTablesHint", { phase: phaseName })}
        testId="export-plan-tables"
        produce={() => files.planTables(planId, phaseIndex)}
      />
      {maySeePlanPersonalData(actor, stored) ? <DossierMenu planId={planId} /> : null}
    </>
  );
}
