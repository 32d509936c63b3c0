// Any of the domain's chart-ready series (ChartData) as a recharts chart: bars per series, some series
// drawn as markers or lines (a limit), an optional vertical reference line (a deadline). Labels come
// from the data in the UI language; tooltips show the exact numbers.
import type { ChartData } from "@tinhgon/domain";
import { useTranslation } from "react-i18next";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { chartColours } from "../components/chart-palette.ts";
import { formatNumber } from "../i18n/index.ts";

const seriesColours: Record<string, string> = {
  before: chartColours.before,
  after: chartColours.after,
  deputies: chartColours.after,
  limit: chartColours.limit,
  surplus: chartColours.violation,
  units: chartColours.neutral,
  surplusDeputies: chartColours.warning,
  violations: chartColours.violation,
  transitional: chartColours.transitional,
  warnings: chartColours.warning,
  info: chartColours.info,
};
const fallbackColours = [chartColours.after, chartColours.warning, chartColours.ok, chartColours.info];

export interface SeriesChartProps {
  data: ChartData;
  /** Series drawn as markers (a limit per category) instead of bars. */
  markerKeys?: readonly string[];
  /** Series drawn as lines joining the categories (a quantity over years). */
  lineKeys?: readonly string[];
  /** Categories along the horizontal axis whatever their number (years read left to right). */
  categoriesAcross?: boolean;
  /** A vertical line at one category, with its label (the deadline year). */
  reference?: { category: string; label: string } | undefined;
  testId: string;
}

export default function SeriesChart({
  data,
  markerKeys = [],
  lineKeys = [],
  categoriesAcross = false,
  reference,
  testId,
}: SeriesChartProps) {
  const { i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const rows = data.categories.map((category, index) => {
    const row: Record<string, string | number | null> = {
      category,
      label: data.categoryLabels[index]?.[language] ?? category,
    };
    for (const series of data.series) {
      const value = series.values[index];
      row[series.key] = value === undefined || Number.isNaN(value) ? null : value;
    }
    return row;
  });
  // Long unit names read better on a vertical axis.
  const horizontal =
    !categoriesAcross && (rows.length > 6 || rows.some((row) => String(row.label).length > 18));
  const height = horizontal ? Math.max(180, rows.length * 34 + 80) : 300;
  const format = (value: unknown) =>
    typeof value === "number" ? formatNumber(value, i18n.language) : typeof value === "string" ? value : "—";
  const colour = (key: string, index: number) =>
    seriesColours[key] ?? fallbackColours[index % fallbackColours.length] ?? chartColours.neutral;

  return (
    <div style={{ width: "100%", height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={{ top: 12, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tickFormatter={format} />
              <YAxis type="category" dataKey="label" width={240} interval={0} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} tickFormatter={format} />
            </>
          )}
          <Tooltip formatter={format} />
          <Legend />
          {data.series.map((series, index) => {
            const name = series.label[language];
            if (markerKeys.includes(series.key)) {
              return (
                <Line
                  key={series.key}
                  dataKey={series.key}
                  name={name}
                  stroke={colour(series.key, index)}
                  strokeWidth={0}
                  legendType="diamond"
                  dot={{ r: 6, stroke: colour(series.key, index), strokeWidth: 3, fill: "#fff" }}
                  activeDot={false}
                  isAnimationActive={false}
                  connectNulls={false}
                  fill={colour(series.key, index)}
                />
              );
            }
            if (lineKeys.includes(series.key)) {
              return (
                <Line
                  key={series.key}
                  type="stepAfter"
                  dataKey={series.key}
                  name={name}
                  stroke={colour(series.key, index)}
                  strokeWidth={2}
                  isAnimationActive={false}
                />
              );
            }
            return (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={name}
                fill={colour(series.key, index)}
                maxBarSize={28}
                isAnimationActive={false}
              />
            );
          })}
          {reference ? (
            <ReferenceLine
              {...(horizontal ? { y: reference.category } : { x: reference.category })}
              stroke={chartColours.limit}
              strokeDasharray="6 3"
              strokeWidth={2}
              label={{ value: reference.label, position: "top", fill: chartColours.limit, fontSize: 12 }}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
