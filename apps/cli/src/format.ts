// Human-readable (Vietnamese) rendering of findings and rule packs for the terminal.
import { type Finding, limitNature, type RulePackDescriptor, type Severity } from "@tinhgon/domain";

const severityHeadings: Record<Severity, string> = {
  violation: "VI PHẠM",
  transitional: "CHUYỂN TIẾP",
  warning: "CẢNH BÁO",
  info: "THÔNG TIN",
};

const severityOrder: readonly Severity[] = ["violation", "transitional", "warning", "info"];

export function formatDateVi(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day ?? ""}/${month ?? ""}/${year ?? ""}`;
}

export function formatLimit(finding: Finding): string | undefined {
  if (finding.actual === undefined || finding.limit === undefined) return undefined;
  const nature = limitNature(finding);
  const kind = nature === "threshold" ? "ngưỡng cảnh báo" : nature === "min" ? "tối thiểu" : "tối đa";
  return `Thực tế ${finding.actual}; ${kind} ${finding.limit}`;
}

export function formatFinding(finding: Finding): string {
  const lines = [`  [${finding.ruleId}] ${finding.message.vi}`];
  const limit = formatLimit(finding);
  if (limit) lines.push(`      ${limit}.`);
  lines.push(`      Căn cứ: ${finding.citation}.`);
  if (finding.confidence !== "CONFIRMED") lines.push(`      Độ tin cậy của căn cứ: ${finding.confidence}.`);
  if (finding.interpretation) {
    lines.push(
      `      Cách hiểu áp dụng (cần đối chiếu văn bản chính thức): ${finding.interpretation.note.vi} [${finding.interpretation.adr}]`,
    );
  }
  return lines.join("\n");
}

export function formatFindingGroups(findings: readonly Finding[]): string {
  if (findings.length === 0) return "  Không có phát hiện nào: cơ cấu phù hợp với các quy định đã mã hóa.\n";
  const blocks: string[] = [];
  for (const severity of severityOrder) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    blocks.push(`${severityHeadings[severity]} (${group.length})\n${group.map(formatFinding).join("\n")}`);
  }
  return `${blocks.join("\n\n")}\n`;
}

export function formatSummaryLine(summary: {
  violations: number;
  warnings: number;
  transitional: number;
  info: number;
}): string {
  return `Tổng kết: ${summary.violations} vi phạm, ${summary.transitional} chuyển tiếp, ${summary.warnings} cảnh báo, ${summary.info} thông tin.`;
}

export function formatPackHeading(descriptor: RulePackDescriptor): string {
  const window = `${formatDateVi(descriptor.effectiveFrom)} – ${descriptor.effectiveTo === null ? "nay" : formatDateVi(descriptor.effectiveTo)}`;
  return `${descriptor.id} (${window}): ${descriptor.instruments.join("; ")}`;
}
