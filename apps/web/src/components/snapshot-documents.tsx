// The data set's documents on the Cơ cấu tổ chức page: "Nhập từ Excel" (the import dialog), "Xuất Excel"
// (the whole data set in the import layout, to edit and import back) and "Xuất bảng" (the structure and
// findings tables as the app shows them, in the UI language).
import { UploadOutlined } from "@ant-design/icons";
import { Button, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentFiles } from "../lib/use-documents.ts";
import { DownloadButton } from "./download-button.tsx";
import { XlsxImportDialog } from "./xlsx-import-dialog.tsx";

export function SnapshotDocuments({
  provinceCode,
  snapshotId,
  snapshotName,
}: {
  provinceCode: string;
  snapshotId: string;
  snapshotName: string;
}) {
  const { t } = useTranslation();
  const files = useDocumentFiles();
  const [importing, setImporting] = useState(false);
  return (
    <Space wrap className="no-print" data-testid="snapshot-documents">
      <Button
        icon={<UploadOutlined />}
        onClick={() => {
          setImporting(true);
        }}
        data-testid="xlsx-import-open"
      >
        {t("documents.import.open")}
      </Button>
      <DownloadButton
        label={t("documents.export.snapshotXlsx")}
        title={t("documents.export.snapshotXlsxHint")}
        testId="export-snapshot-xlsx"
        produce={() => files.snapshotWorkbook(snapshotId)}
      />
      <DownloadButton
        label={t("documents.export.snapshotTables")}
        title={t("documents.export.snapshotTablesHint")}
        testId="export-snapshot-tables"
        produce={() => files.snapshotTables(snapshotId, ["structure", "findings"])}
      />
      {importing ? (
        <XlsxImportDialog
          provinceCode={provinceCode}
          snapshotId={snapshotId}
          snapshotName={snapshotName}
          onClose={() => {
            setImporting(false);
          }}
        />
      ) : null}
    </Space>
  );
}
