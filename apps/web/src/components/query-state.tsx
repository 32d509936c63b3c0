// The loading and error states every page shows the same way: errors as the server's own bilingual
// explanation when it is specific, else the translated message of the API's appCode (lib/errors.ts),
// never raw JSON.
import { Alert, Button, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { errorDetailsOf, serverMessageOf } from "../lib/errors.ts";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Spin description={label ?? t("common.loading")}>
      <div style={{ height: 96 }} />
    </Spin>
  );
}

/** The sentence that explains a failed call to the user, in the UI language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const details = errorDetailsOf(error);
    return serverMessageOf(details, i18n.language) ?? t(`errors.${details.code}`);
  };
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      title={messageOf(error)}
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

/**
 * An API error of an action: the explanation and every field problem the server listed (with the
 * field's path, unless the form already shows which field a problem is about).
 */
export function ApiError({ error, showPaths = true }: { error: unknown; showPaths?: boolean }) {
  const { i18n } = useTranslation();
  const messageOf = useErrorMessage();
  const details = errorDetailsOf(error);
  const pick = (text: { vi: string; en: string }) => (i18n.language === "en" ? text.en : text.vi);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={messageOf(error)}
      description={
        details.problems.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {details.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message.en}`}>
                {showPaths ? <Typography.Text code>{problem.path}</Typography.Text> : null}{" "}
                {pick(problem.message)}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
