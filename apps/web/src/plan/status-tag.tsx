// A plan's review status as a coloured tag with its name (colour is never the only signal). Preset
// colours whose text passes WCAG AA on their own background (antd's "processing" and "gold" do not).
import { type PlanStatus, statusLabel } from "@tinhgon/domain";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const statusColors: Record<PlanStatus, string> = {
  draft: "default",
  submitted: "blue",
  in_review: "purple",
  returned: "warning",
  approved: "success",
  withdrawn: "default",
};

export function PlanStatusTag({ status, testId }: { status: PlanStatus; testId?: string }) {
  const { i18n } = useTranslation();
  const label = statusLabel[status];
  return (
    <Tag color={statusColors[status]} data-testid={testId ?? "plan-status"} data-status={status}>
      {i18n.language === "en" ? label.en : label.vi}
    </Tag>
  );
}
