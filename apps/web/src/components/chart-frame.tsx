// Every chart sits in this frame: a title, the chart itself described for screen readers, and a
// "download PNG" button so the chart can go into a report. html-to-image renders the DOM (the SVG and
// recharts' HTML legend) to a PNG without a server round trip and without any network resource.
import { DownloadOutlined } from "@ant-design/icons";
import { App as AntApp, Button, Card } from "antd";
import { type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { fileSlug } from "../lib/file-name.ts";

/** A file name safe on every OS, from a chart's title: "Cấp phó/giới hạn" → "cap-pho-gioi-han.png". */
export function pngFileName(title: string): string {
  return `${fileSlug(title, "bieu-do")}.png`;
}

export function ChartFrame({
  title,
  description,
  testId,
  extra,
  children,
}: {
  title: string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  description: string;
  testId: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const chart = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    if (!chart.current) return;
    setBusy(true);
    try {
      const { toPng } = await import("html-to-image");
      const url = await toPng(chart.current, { backgroundColor: "#ffffff", pixelRatio: 2 });
      const link = document.createElement("a");
      link.href = url;
      link.download = pngFileName(title);
      link.click();
    } catch {
      void message.error(t("charts.downloadFailed"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        <>
          {extra}
          <Button
            icon={<DownloadOutlined />}
            loading={busy}
            onClick={() => void download()}
            data-testid={`${testId}-download`}
            aria-label={t("charts.downloadPngOf", { title })}
          >
            {t("charts.downloadPng")}
          </Button>
        </>
      }
    >
      <div ref={chart} role="img" aria-label={description} style={{ background: "#fff" }}>
        {children}
      </div>
    </Card>
  );
}
