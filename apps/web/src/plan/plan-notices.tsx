// Notices of the plan editor: why the plan cannot be changed here (or, returned, what to do), and why
// it cannot be opened at all (another unit's plan, a deleted one).
import type { Actor } from "@tinhgon/domain";
import { Alert, Button, Flex, Result } from "antd";
import { useTranslation } from "react-i18next";

import { ownsPlan, reviewsPlan } from "../auth/abilities.ts";
import { ErrorAlert } from "../components/query-state.tsx";
import { errorCodeOf } from "../lib/errors.ts";
import { navigate, pagePaths } from "../lib/router.tsx";
import type { StoredPlan } from "./use-review.ts";

/** Why the plan cannot be changed here (or, returned, why it should be): shown above the editor. */
export function EditingNotice({ actor, stored }: { actor: Actor; stored: StoredPlan }) {
  const { t } = useTranslation();
  let text: string | undefined;
  if (ownsPlan(actor, stored)) {
    if (stored.status !== "draft") text = t(`review.notice.${stored.status}`);
  } else {
    text = reviewsPlan(actor, stored) ? t("review.notice.reviewer") : t("review.notice.readOnly");
  }
  if (!text) return null;
  return (
    <Alert
      type={stored.status === "returned" && ownsPlan(actor, stored) ? "warning" : "info"}
      showIcon
      title={text}
      data-testid="read-only-notice"
    />
  );
}

/** The plan could not be opened: no access (another unit's plan), not found, or another failure. */
export function PlanUnavailable({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  const known =
    code === "FORBIDDEN"
      ? "forbidden"
      : code === "NOT_FOUND" || code === "PLAN_NOT_FOUND"
        ? "notFound"
        : undefined;
  if (!known) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Result
      status={known === "forbidden" ? "403" : "404"}
      title={<span data-testid="plan-unavailable">{t(`review.${known}.title`)}</span>}
      // The page's own explanation: the server's FORBIDDEN message is generic ("this action").
      subTitle={t(`review.${known}.description`)}
      extra={
        <Flex justify="center">
          <Button
            type="primary"
            onClick={() => {
              navigate(pagePaths.plans);
            }}
          >
            {t("review.backToList")}
          </Button>
        </Flex>
      }
    />
  );
}
