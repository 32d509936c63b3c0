// What a run prints: a table (Vietnamese / English) for a person, or with `--json` exactly one JSON
// object on stdout for a machine. Each figure says its goal and whether it is met; a skipped figure says
// why; a figure that failed says how. Nothing here decides the exit code (a benchmark is not a test).
import { cpus, loadavg, totalmem } from "node:os";

import { type Figure, goalMet, goalText, isSkipped, type FigureOutcome } from "./figure.ts";
import { round } from "./timing.ts";

export type FigureReport =
  | { figure: Figure; seconds: number; outcome: FigureOutcome }
  | { figure: Figure; seconds: number; error: string };

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  memoryGb: number;
  date: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
}

export function describeMachine(): MachineInfo {
  const processors = cpus();
  return {
    cpus: processors.length,
    cpuModel: processors[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((value) => round(value, 2)),
  };
}

function figureJson(report: FigureReport): Record<string, unknown> {
  const { figure } = report;
  const base = { unit: figure.unit, goal: { ...figure.goal, text: goalText(figure.goal) } };
  if ("error" in report)
    return {
      value: null,
      ...base,
      met: null,
      error: report.error,
      detail: {},
      seconds: round(report.seconds, 1),
    };
  const { outcome } = report;
  if (isSkipped(outcome))
    return {
      value: null,
      ...base,
      met: null,
      skipped: outcome.skipped,
      detail: outcome.detail ?? {},
      seconds: round(report.seconds, 1),
    };
  return {
    value: round(outcome.value, 4),
    ...base,
    met: goalMet(figure.goal, outcome),
    detail: outcome.detail,
    seconds: round(report.seconds, 1),
  };
}

export function toJson(reports: readonly FigureReport[], machine: MachineInfo, seconds: number): string {
  return JSON.stringify({
    figures: Object.fromEntries(reports.map((report) => [report.figure.name, figureJson(report)])),
    machine,
    durationSeconds: round(seconds, 1),
  });
}

function formatValue(value: number, digits: number): string {
  return new Intl.NumberFormat("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

function cells(report: FigureReport): string[] {
  const { figure } = report;
  const goal = goalText(figure.goal);
  if ("error" in report) return [figure.name, "—", figure.unit, goal, "lỗi / error"];
  const { outcome } = report;
  if (isSkipped(outcome)) return [figure.name, "—", figure.unit, goal, "bỏ qua / skipped"];
  const met = goalMet(figure.goal, outcome);
  return [
    figure.name,
    formatValue(outcome.value, figure.digits ?? 2),
    figure.unit,
    goal,
    met ? "✓ đạt / met" : "✗ chưa đạt / not met",
  ];
}

/** Columns on a terminal: Vietnamese letters are precomposed (NFC), one UTF-16 unit each. */
function columns(text: string): number {
  return text.normalize("NFC").length;
}

function pad(text: string, width: number, right: boolean): string {
  const length = columns(text);
  const space = " ".repeat(Math.max(0, width - length));
  return right ? space + text : text + space;
}

export function toTable(reports: readonly FigureReport[], machine: MachineInfo, seconds: number): string {
  const header = ["Chỉ số / Figure", "Giá trị / Value", "Đơn vị / Unit", "Mục tiêu / Goal", "Đạt / Met"];
  const rows = reports.map(cells);
  const widths = header.map((title, column) =>
    Math.max(columns(title), ...rows.map((row) => columns(row[column] ?? ""))),
  );
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => pad(cell, widths[column] ?? 0, column === 1)).join("  ");
  const lines = [
    "Tinh Gọn — hiệu năng (issue #9) / performance, đo trong một lần chạy / measured in one run",
    `${String(machine.cpus)} CPU (${machine.cpuModel}), Node ${machine.node}, ${machine.date}, tải / load ${machine.loadAverageAtStart.join(" ")}`,
    "",
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map(line),
    "",
  ];
  for (const report of reports) {
    const title = `${report.figure.name}: ${report.figure.title.vi} / ${report.figure.title.en}`;
    if ("error" in report) lines.push(`${title}\n  lỗi / error: ${report.error}`);
    else if (isSkipped(report.outcome)) lines.push(`${title}\n  bỏ qua / skipped: ${report.outcome.skipped}`);
    else lines.push(title);
  }
  lines.push(
    "",
    `Thời gian chạy / duration: ${round(seconds, 1).toString()} s. Chi tiết / details: npm run bench -- --json`,
  );
  return lines.join("\n");
}
