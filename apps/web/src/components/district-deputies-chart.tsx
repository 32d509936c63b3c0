// The district's deputies in total against its cap (the pack's pool: D-DEP-01, D25-DEP-01): one bar for
// the number now, a reference line at the limit. Loaded lazily (recharts), drawn inside a ChartFrame.
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatNumber } from "../i18n/index.ts";
import { chartColours } from "./chart-palette.ts";

export default function DistrictDeputiesChart({
  actual,
  limit,
  ruleId,
}: {
  actual: number;
  /** The cap on the total, when the rule set has one. */
  limit: number | undefined;
  ruleId: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const format = (value: unknown) =>
    typeof value === "number" ? formatNumber(value, i18n.language) : String(value);
  const label = t("organisation.district.totalDeputies");
  const over = limit !== undefined && actual > limit;
  const domainMax = Math.max(actual, limit ?? 0);
  return (
    <div data-testid="district-deputies-bars" style={{ width: "100%", height: 170 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={[{ name: label, actual }]}
          layout="vertical"
          margin={{ top: 24, right: 48, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            domain={[0, Math.ceil(domainMax * 1.15) || 1]}
            tickFormatter={format}
          />
          <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
          <Tooltip formatter={format} />
          <Bar
            dataKey="actual"
            name={t("organisation.district.actualSeries")}
            maxBarSize={48}
            // Drawn at once: a screenshot or PNG taken right away shows the real length.
            isAnimationActive={false}
            fill={over ? chartColours.violation : chartColours.ok}
          />
          {limit === undefined ? null : (
            <ReferenceLine
              x={limit}
              stroke={chartColours.limit}
              strokeWidth={2}
              strokeDasharray="6 3"
              label={{
                value: t("organisation.district.limitLine", { limit: format(limit), ruleId }),
                position: "top",
                fill: chartColours.neutral,
                fontSize: 12,
              }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
