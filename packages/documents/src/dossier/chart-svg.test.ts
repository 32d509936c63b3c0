// The pure SVG builder of the dossier's charts: labels wrapped, a round value axis, markers for limits,
// nothing drawn where a unit has no limit, text escaped.
import { describe, expect, it } from "vitest";

import { buildChartSvg, niceScale, wrapLabel } from "./chart-svg.ts";
import type { ChartSpec } from "./dossier-model.ts";

const spec: ChartSpec = {
  id: "deputies-against-limit",
  caption: "Biểu đồ 1. Cấp phó",
  orientation: "horizontal",
  categories: ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Phòng Kinh tế & Hạ tầng"],
  series: [
    { key: "deputies", label: "Cấp phó", values: [3, 4], style: "bar" },
    { key: "limit", label: "Tối đa hoặc ngưỡng", values: [3, null], style: "marker" },
  ],
  valueLabel: "Cấp phó",
};

describe("chart SVG", () => {
  it("wraps a long unit name at spaces into at most two lines", () => {
    expect(wrapLabel("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", 30)).toEqual([
      "Văn phòng Hội đồng nhân dân và",
      "Ủy ban nhân dân",
    ]);
    expect(wrapLabel("một hai ba bốn năm sáu bảy tám", 8)).toEqual(["một hai", "ba bốn…"]);
  });

  it("rounds the value axis up to steps of 1, 2 or 5", () => {
    expect(niceScale(4.3)).toEqual({ max: 5, step: 1 });
    expect(niceScale(21.6)).toEqual({ max: 25, step: 5 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
  });

  it("draws one bar per value, a marker per known limit and escapes the labels", () => {
    const { svg, width, height } = buildChartSvg(spec);
    expect(width).toBe(620);
    expect(height).toBeGreaterThan(100);
    expect(svg).toContain('font-family="Noto Sans, sans-serif"');
    expect(svg).toContain("Phòng Kinh tế &amp; Hạ tầng");
    expect(svg).not.toContain("Kinh tế & Hạ");
    // Two bars (3 and 4) and one marker: the unit with no limit (null) gets none.
    expect(svg.match(/<rect [^>]*fill="#4e79a7"/gu)).toHaveLength(3); // 2 bars + the legend swatch
    expect(svg.match(/<line [^>]*stroke="#c0392b"/gu)).toHaveLength(2); // 1 marker + the legend tick
  });

  it("lays years out vertically", () => {
    const { svg } = buildChartSvg({
      ...spec,
      orientation: "vertical",
      categories: ["2021", "2022"],
      series: [{ key: "deputies", label: "Số cấp phó", values: [20, 18], style: "bar" }],
    });
    expect(svg).toContain(">2021</text>");
    expect(svg).toContain(">2022</text>");
  });
});
