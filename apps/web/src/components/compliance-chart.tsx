// Violations and warnings per agency or district as horizontal bars (names are long, so they go on the
// vertical axis). Loaded lazily: recharts is only fetched when a chart is shown.
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatNumber } from "../i18n/index.ts";
import type { ComplianceRow } from "@tinhgon/domain";

// Red and amber that stay distinguishable for the common colour-vision deficiencies, with the legend.
const violationColour = "#c62828";
const warningColour = "#e69f00";

export default function ComplianceChart({
  rows,
  onOpen,
}: {
  rows: readonly ComplianceRow[];
  onOpen: (row: ComplianceRow) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = (value: unknown) =>
    typeof value === "number" ? formatNumber(value, i18n.language) : String(value);
  const height = Math.max(160, rows.length * 30 + 70);
  return (
    <div
      data-testid="compliance-chart"
      role="img"
      aria-label={t("overview.chartLabel")}
      style={{ width: "100%", height }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={[...rows]}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          onClick={(state) => {
            const index = Number(state.activeTooltipIndex);
            const row = Number.isInteger(index) ? rows[index] : undefined;
            if (row) onOpen(row);
          }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={format} />
          <YAxis type="category" dataKey="name" width={260} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={format} />
          <Legend />
          <Bar
            dataKey="violations"
            name={t("severity.violation")}
            stackId="findings"
            fill={violationColour}
          />
          <Bar
            dataKey="warnings"
            name={t("severity.warning")}
            stackId="findings"
            fill={warningColour}
            maxBarSize={22}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
