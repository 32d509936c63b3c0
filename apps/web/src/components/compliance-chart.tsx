// Violations and warnings per agency or district as horizontal bars (names are long, so they go on the
// vertical axis). Loaded lazily: recharts is only fetched when a chart is shown. Drawn inside a
// ChartFrame (title, screen-reader description, PNG download) by the overview.
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { ComplianceRow } from "@tinhgon/domain";

import { formatNumber } from "../i18n/index.ts";
import { severityColours } from "./chart-palette.ts";

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
    <div data-testid="compliance-chart" style={{ width: "100%", height }}>
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
            fill={severityColours.violation}
          />
          <Bar
            dataKey="warnings"
            name={t("severity.warning")}
            stackId="findings"
            fill={severityColours.warning}
            maxBarSize={22}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
