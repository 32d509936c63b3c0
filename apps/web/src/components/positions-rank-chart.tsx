// The rank structure over non-leadership civil servants (JP-03) as horizontal bars of percentages, each
// labelled with its exact share and its tooltip with the number of people. Loaded lazily (recharts).
import type { PositionScheme } from "@tinhgon/domain";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatNumber } from "../i18n/index.ts";
import { chartColours } from "./chart-palette.ts";
import { rankLabel } from "./positions-labels.ts";

export default function PositionsRankChart({ structure }: { structure: PositionScheme["rankStructure"] }) {
  const { t, i18n } = useTranslation();
  const rows = structure.map((entry) => ({
    name: rankLabel(t, entry.rank),
    count: entry.count,
    percent: entry.percent,
  }));
  const percent = (value: unknown) =>
    typeof value === "number" ? `${formatNumber(value, i18n.language)}%` : String(value);
  const height = Math.max(140, rows.length * 44 + 60);
  return (
    <div data-testid="positions-rank-chart" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={percent} />
          <YAxis type="category" dataKey="name" width={220} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(_value, _name, item) => {
              const row = item.payload as (typeof rows)[number];
              return [
                t("positions.rankChart.tooltip", {
                  count: formatNumber(row.count, i18n.language),
                  percent: formatNumber(row.percent, i18n.language),
                }),
                t("positions.rankChart.percent"),
              ];
            }}
          />
          <Bar
            dataKey="percent"
            name={t("positions.rankChart.percent")}
            fill={chartColours.after}
            maxBarSize={28}
            isAnimationActive={false}
          >
            <LabelList dataKey="percent" position="right" formatter={percent} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
