// Placeholder while the page is built (issue 6); replaced in the same change set.
import { Card } from "antd";
import { useTranslation } from "react-i18next";

import type { SnapshotRef } from "../lib/scope.ts";

export default function PlansPage({ provinceCode, snapshotId }: SnapshotRef) {
  const { t } = useTranslation();
  return (
    <Card
      title={t("plans.title")}
      data-props={[provinceCode, snapshotId].join(" ")}
      data-testid="plans-page"
    />
  );
}
