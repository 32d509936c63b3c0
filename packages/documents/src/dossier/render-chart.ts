// Rasterises a chart's SVG to PNG with resvg (no browser, no canvas): the system's fonts are loaded so the
// Vietnamese labels render with Noto Sans (Debian: fonts-noto-core). The PNG is drawn at 2.5× the layout
// size, about 240 dpi on the page, sharp in print.
import { existsSync } from "node:fs";

import { Resvg } from "@resvg/resvg-js";

import { buildChartSvg, CHART_FONT } from "./chart-svg.ts";
import type { ChartSpec } from "./dossier-model.ts";

export interface ChartPicture {
  png: Uint8Array;
  /** Layout size in CSS pixels (96 per inch). */
  width: number;
  height: number;
}

const ZOOM = 2.5;

/**
 * Scanning every system font costs 0.15–0.3 s per chart (Debian's fonts-noto-core has hundreds): where
 * Noto Sans is at Debian's path, only its two faces are loaded; elsewhere the system's fonts are.
 */
const notoSansFiles = ["Regular", "Bold"].map(
  (face) => `/usr/share/fonts/truetype/noto/NotoSans-${face}.ttf`,
);
const fontOptions = notoSansFiles.every((file) => existsSync(file))
  ? { fontFiles: notoSansFiles, loadSystemFonts: false }
  : { loadSystemFonts: true };

export function renderChartPng(spec: ChartSpec): ChartPicture {
  const { svg, width, height } = buildChartSvg(spec);
  const resvg = new Resvg(svg, {
    font: { ...fontOptions, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    fitTo: { mode: "zoom", value: ZOOM },
    background: "#ffffff",
    logLevel: "off",
  });
  return { png: new Uint8Array(resvg.render().asPng()), width, height };
}
