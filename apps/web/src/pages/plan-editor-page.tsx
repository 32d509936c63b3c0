// Placeholder while the page is built (issue 6); replaced in the same change set.
import { Card } from "antd";
import { useTranslation } from "react-i18next";

export default function PlanEditorPage({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return <Card title={t("plans.title")} data-props={[planId].join(" ")} data-testid="plan-editor-page" />;
}
