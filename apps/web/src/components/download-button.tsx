// A button that asks the server for a file (an Excel export, a dossier) and saves it: busy while the
// server works, a progress message for long work, and a failure explained in the UI language (the
// server's own bilingual message when it gave one, else the catalogue's message for its code).
import { DownloadOutlined } from "@ant-design/icons";
import { App as AntApp, Button, type ButtonProps } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

import { downloadFiles, type FileDownload } from "../lib/download.ts";
import { useErrorMessage } from "./query-state.tsx";

/** Runs one file request at a time; `busy` names the request running (for its button's spinner). */
export function useDownload() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const messageOf = useErrorMessage();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (
    key: string,
    produce: () => Promise<FileDownload | FileDownload[]>,
    /** Shown while the server works, for what takes more than a moment (the dossier, a PDF). */
    progress?: string,
  ): Promise<void> => {
    if (busy !== null) return;
    setBusy(key);
    const hide = progress ? message.loading({ content: progress, duration: 0 }) : undefined;
    try {
      const produced = await produce();
      await downloadFiles(Array.isArray(produced) ? produced : [produced]);
    } catch (error) {
      // Long enough to read, and to act on (e.g. "download the DOCX instead").
      void message.error({
        content: t("documents.export.failed", { reason: messageOf(error) }),
        duration: 10,
      });
    } finally {
      hide?.();
      setBusy(null);
    }
  };

  return { busy, run };
}

export function DownloadButton({
  label,
  testId,
  produce,
  progress,
  title,
  icon = <DownloadOutlined />,
  type,
  size,
}: {
  label: ReactNode;
  testId: string;
  produce: () => Promise<FileDownload | FileDownload[]>;
  progress?: string;
  /** What the file holds, as a tooltip. */
  title?: string;
  icon?: ReactNode;
  type?: ButtonProps["type"];
  size?: ButtonProps["size"];
}) {
  const { busy, run } = useDownload();
  return (
    <Button
      icon={icon}
      type={type}
      size={size}
      title={title}
      loading={busy !== null}
      aria-busy={busy !== null}
      data-testid={testId}
      onClick={() => void run(testId, produce, progress)}
    >
      {label}
    </Button>
  );
}
