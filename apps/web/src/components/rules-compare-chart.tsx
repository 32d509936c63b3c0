// Findings by severity under rule pack A and rule pack B as grouped bars (A grey, B blue: the palette's
// before/after), with exact numbers on the bars and in the tooltip. Loaded lazily (recharts).
import type { SeverityComparisonRow } from "@tinhgon/domain";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatNumber } from "../i18n/index.ts";
import { chartColours } from "./chart-palette.ts";

export default function RulesCompareChart({
  rows,
  ruleSets,
}: {
  rows: readonly SeverityComparisonRow[];
  ruleSets: readonly [string, string];
}) {
  const { t, i18n } = useTranslation();
  const data = rows.map((row) => ({
    name: t(`severity.${row.severity}`),
    first: row.first,
    second: row.second,
  }));
  const format = (value: unknown) =>
    typeof value === "number" ? formatNumber(value, i18n.language) : String(value);
  return (
    <div data-testid="rules-compare-chart" style={{ width: "100%", height: 300 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} tickFormatter={format} />
          <Tooltip formatter={format} />
          <Legend />
          <Bar dataKey="first" name={ruleSets[0]} fill={chartColours.before} isAnimationActive={false}>
            <LabelList dataKey="first" position="top" formatter={format} />
          </Bar>
          <Bar dataKey="second" name={ruleSets[1]} fill={chartColours.after} isAnimationActive={false}>
            <LabelList dataKey="second" position="top" formatter={format} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
