// People per group against the payroll: the civil-servant groups stacked in one bar, the assigned payroll
// in another (also drawn as a dashed line across), the support positions (labour contracts, JP-05) in a
// third. Every bar has a legend entry and exact numbers in its tooltip. Loaded lazily (recharts).
import { type PositionScheme, payrollComparisonSeries } from "@tinhgon/domain";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatNumber } from "../i18n/index.ts";
import { chartColours } from "./chart-palette.ts";

const series = [
  { key: "leadership", colour: chartColours.after },
  { key: "professional", colour: chartColours.ok },
  { key: "shared_professional", colour: chartColours.info },
  { key: "payroll", colour: chartColours.before },
  { key: "support", colour: chartColours.warning },
] as const;

export default function PositionsPayrollChart({ scheme }: { scheme: PositionScheme }) {
  const { t, i18n } = useTranslation();
  const rows = payrollComparisonSeries(scheme).map((row) => ({
    name: t(`positions.payrollChart.${row.key}`),
    ...row.values,
  }));
  const format = (value: unknown) =>
    typeof value === "number" ? formatNumber(value, i18n.language) : String(value);
  const label = (key: (typeof series)[number]["key"]) =>
    key === "payroll" ? t("positions.payrollChart.payrollSeries") : t(`positionGroup.${key}`);
  return (
    <div data-testid="positions-payroll-chart" style={{ width: "100%", height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 16, right: 32, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={format} />
          <YAxis type="category" dataKey="name" width={170} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={format} />
          {/* In the order of the groups (Decree 62/2020 Art. 5), not alphabetically. */}
          <Legend itemSorter={null} />
          {series.map(({ key, colour }) => (
            <Bar
              key={key}
              dataKey={key}
              name={label(key)}
              stackId="people"
              fill={colour}
              maxBarSize={32}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine
            x={scheme.payroll}
            stroke={chartColours.limit}
            strokeDasharray="6 4"
            label={{
              value: `${t("positions.payrollChart.payrollSeries")} ${format(scheme.payroll)}`,
              position: "top",
              fill: chartColours.limit,
              fontSize: 12,
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
