// A small, pure SVG builder for the dossier's bar charts (ChartSpec): grouped bars with an optional limit
// marker, horizontal for units (long Vietnamese names stay readable on the left) and vertical for years.
// No layout engine measures text here, so widths are estimated from the character count — generous on
// purpose; render-chart.ts rasterises the result with resvg and the system's Noto Sans.
import type { ChartSpec } from "./dossier-model.ts";
import { formatNumber } from "./vietnamese-text.ts";

export interface ChartSvg {
  svg: string;
  /** Size in CSS pixels (96 per inch), the size the picture is laid out at in the document. */
  width: number;
  height: number;
}

export const CHART_FONT = "Noto Sans";
const WIDTH = 620;
const FONT = 14;
/** Average advance of a Noto Sans character as a share of the font size (Vietnamese text, mixed case). */
const CHAR_WIDTH = 0.53;
const barColours = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2"];
const markerColour = "#c0392b";
const ink = "#222222";
const grid = "#d9d9d9";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function textWidth(text: string, size = FONT): number {
  return text.length * size * CHAR_WIDTH;
}

/** Up to `maxLines` lines of at most `maxChars` characters, cut at spaces; the rest ends in "…". */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/u).filter((part) => part !== "")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (candidate.length <= maxChars || current === "") {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1))}…`;
  return kept;
}

/** A round upper bound and step for the value axis: steps of 1, 2 or 5 × 10ⁿ, at most 6 of them. */
export function niceScale(maximum: number): { max: number; step: number } {
  if (!(maximum > 0)) return { max: 1, step: 1 };
  const rough = maximum / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ??
    magnitude * 10;
  const wholeStep = Math.max(1, Math.round(step));
  return { max: Math.ceil(maximum / wholeStep) * wholeStep, step: wholeStep };
}

function text(
  x: number,
  y: number,
  content: string,
  options: { anchor?: "start" | "middle" | "end"; size?: number; weight?: "bold"; fill?: string } = {},
): string {
  const anchor = options.anchor ?? "start";
  const weight = options.weight ? ` font-weight="${options.weight}"` : "";
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${options.size ?? FONT}" text-anchor="${anchor}" fill="${options.fill ?? ink}"${weight}>${escapeXml(content)}</text>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, width).toFixed(1)}" height="${Math.max(0, height).toFixed(1)}" fill="${fill}"/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): string {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" stroke-width="${width}"/>`;
}

interface Styled {
  label: string;
  values: (number | null)[];
  style: "bar" | "marker";
  colour: string;
}

function styledSeries(spec: ChartSpec): Styled[] {
  let bar = 0;
  return spec.series.map((series) => {
    const colour = series.style === "marker" ? markerColour : (barColours[bar % barColours.length] ?? ink);
    if (series.style === "bar") bar += 1;
    return { label: series.label, values: series.values, style: series.style, colour };
  });
}

/** The legend along the top, wrapping to a new row when the width runs out; returns its height. */
function legend(series: readonly Styled[], parts: string[]): number {
  let x = 0;
  let y = 16;
  for (const item of series) {
    const width = 22 + textWidth(item.label) + 18;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      y += 20;
    }
    if (item.style === "bar") parts.push(rect(x, y - 10, 14, 12, item.colour));
    else parts.push(line(x + 7, y - 12, x + 7, y + 3, item.colour, 3));
    parts.push(text(x + 20, y, item.label));
    x += width;
  }
  return y + 14;
}

/** The largest value drawn, with 8 % headroom so the value printed over the tallest bar stays inside. */
function maximumOf(series: readonly Styled[]): number {
  const values = series.flatMap((item) => item.values.filter((value): value is number => value !== null));
  return Math.max(0, ...values) * 1.08;
}

function horizontal(spec: ChartSpec, series: readonly Styled[]): ChartSvg {
  const parts: string[] = [];
  const top = legend(series, parts) + 6;
  const bars = series.filter((item) => item.style === "bar");
  const barHeight = 12;
  const rowHeight = Math.max(38, bars.length * (barHeight + 3) + 16);
  const labelWidth = 250;
  const maxChars = Math.floor(labelWidth / (FONT * CHAR_WIDTH));
  const plotLeft = labelWidth + 10;
  const plotRight = WIDTH - 40;
  const plotHeight = rowHeight * spec.categories.length;
  const { max, step } = niceScale(maximumOf(series));
  const scale = (value: number): number => plotLeft + ((plotRight - plotLeft) * value) / max;

  for (let tick = 0; tick <= max; tick += step) {
    parts.push(line(scale(tick), top, scale(tick), top + plotHeight, grid));
    parts.push(text(scale(tick), top + plotHeight + 16, formatNumber(tick), { anchor: "middle", size: 12 }));
  }
  parts.push(text(plotRight, top + plotHeight + 36, spec.valueLabel, { anchor: "end", size: 12 }));

  spec.categories.forEach((category, index) => {
    const rowTop = top + index * rowHeight;
    const lines = wrapLabel(category, maxChars);
    const firstBaseline = rowTop + rowHeight / 2 - ((lines.length - 1) * 16) / 2 + 5;
    lines.forEach((labelLine, lineIndex) => {
      parts.push(text(labelWidth, firstBaseline + lineIndex * 16, labelLine, { anchor: "end" }));
    });
    const groupTop = rowTop + (rowHeight - bars.length * (barHeight + 3)) / 2;
    bars.forEach((item, barIndex) => {
      const value = item.values[index];
      if (value === null || value === undefined) return;
      const y = groupTop + barIndex * (barHeight + 3);
      parts.push(rect(plotLeft, y, scale(value) - plotLeft, barHeight, item.colour));
      parts.push(text(scale(value) + 4, y + barHeight - 1, formatNumber(value), { size: 12 }));
    });
    for (const item of series) {
      const value = item.values[index];
      if (item.style !== "marker" || value === null || value === undefined) continue;
      parts.push(line(scale(value), rowTop + 3, scale(value), rowTop + rowHeight - 3, item.colour, 3));
    }
  });
  parts.push(line(plotLeft, top, plotLeft, top + plotHeight, ink));
  return finish(parts, top + plotHeight + 46);
}

function vertical(spec: ChartSpec, series: readonly Styled[]): ChartSvg {
  const parts: string[] = [];
  // Room above the plot for the value axis's label, clear of the top tick.
  const top = legend(series, parts) + 24;
  const bars = series.filter((item) => item.style === "bar");
  const plotLeft = 44;
  const plotRight = WIDTH - 10;
  const plotHeight = 220;
  const plotBottom = top + plotHeight;
  const groupWidth = (plotRight - plotLeft) / Math.max(1, spec.categories.length);
  const barWidth = Math.min(26, (groupWidth * 0.8) / Math.max(1, bars.length));
  const { max, step } = niceScale(maximumOf(series));
  const scale = (value: number): number => plotBottom - (plotHeight * value) / max;
  const maxChars = Math.max(4, Math.floor(groupWidth / (12 * CHAR_WIDTH)));

  for (let tick = 0; tick <= max; tick += step) {
    parts.push(line(plotLeft, scale(tick), plotRight, scale(tick), grid));
    parts.push(text(plotLeft - 6, scale(tick) + 4, formatNumber(tick), { anchor: "end", size: 12 }));
  }
  parts.push(text(plotLeft - 30, top - 12, spec.valueLabel, { anchor: "start", size: 12 }));

  let labelLines = 1;
  spec.categories.forEach((category, index) => {
    const centre = plotLeft + groupWidth * (index + 0.5);
    const lines = wrapLabel(category, maxChars, 3);
    labelLines = Math.max(labelLines, lines.length);
    lines.forEach((labelLine, lineIndex) => {
      parts.push(text(centre, plotBottom + 18 + lineIndex * 15, labelLine, { anchor: "middle", size: 12 }));
    });
    const groupLeft = centre - (bars.length * barWidth) / 2;
    bars.forEach((item, barIndex) => {
      const value = item.values[index];
      if (value === null || value === undefined) return;
      const x = groupLeft + barIndex * barWidth;
      parts.push(rect(x + 1, scale(value), barWidth - 2, plotBottom - scale(value), item.colour));
      if (barWidth >= 14)
        parts.push(
          text(x + barWidth / 2, scale(value) - 3, formatNumber(value), { anchor: "middle", size: 11 }),
        );
    });
    for (const item of series) {
      const value = item.values[index];
      if (item.style !== "marker" || value === null || value === undefined) continue;
      const half = Math.max(barWidth * bars.length, 16) / 2 + 4;
      parts.push(line(centre - half, scale(value), centre + half, scale(value), item.colour, 3));
    }
  });
  parts.push(line(plotLeft, plotBottom, plotRight, plotBottom, ink));
  return finish(parts, plotBottom + 18 + labelLines * 15 + 6);
}

function finish(parts: readonly string[], height: number): ChartSvg {
  const rounded = Math.ceil(height);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${rounded}" viewBox="0 0 ${WIDTH} ${rounded}" font-family="${CHART_FONT}, sans-serif">`,
    rect(0, 0, WIDTH, rounded, "#ffffff"),
    ...parts,
    "</svg>",
  ].join("\n");
  return { svg, width: WIDTH, height: rounded };
}

export function buildChartSvg(spec: ChartSpec): ChartSvg {
  const series = styledSeries(spec);
  return spec.orientation === "horizontal" ? horizontal(spec, series) : vertical(spec, series);
}
