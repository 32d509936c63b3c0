// Placeholder while the page is built (issue 6); replaced in the same change set.
import { Card } from "antd";
import { useTranslation } from "react-i18next";

export default function RulesPage({
  provinceCode,
  snapshotId,
}: {
  provinceCode: string | undefined;
  snapshotId: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t("rules.title")}
      data-props={[provinceCode, snapshotId].join(" ")}
      data-testid="rules-page"
    />
  );
}
