// The loading and error states every page shows the same way: errors as the translated message of the
// API's appCode (lib/errors.ts), never raw JSON.
import { Alert, Button, Spin } from "antd";
import { useTranslation } from "react-i18next";

import { errorCodeOf } from "../lib/errors.ts";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Spin description={label ?? t("common.loading")}>
      <div style={{ height: 96 }} />
    </Spin>
  );
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t(`errors.${errorCodeOf(error)}`)}
      action={
        onRetry ? (
          <Button size="small" onClick={() => void onRetry()}>
            {t("errors.retry")}
          </Button>
        ) : undefined
      }
    />
  );
}
