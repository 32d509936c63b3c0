// Human-readable (Vietnamese) rendering of findings and rule packs for the terminal.
import {
  communeTypeText,
  daysBetween,
  type Finding,
  formatDateVi,
  limitNature,
  type RulePackDescriptor,
  type Severity,
  type Snapshot,
} from "@tinhgon/domain";

/** The domain's dd/mm/yyyy, for the commands. */
export { formatDateVi };

const severityHeadings: Record<Severity, string> = {
  violation: "VI PHẠM",
  transitional: "CHUYỂN TIẾP",
  warning: "CẢNH BÁO",
  info: "THÔNG TIN",
};

const severityOrder: readonly Severity[] = ["violation", "transitional", "warning", "info"];

export function formatLimit(finding: Finding): string | undefined {
  if (finding.actual === undefined || finding.limit === undefined) return undefined;
  const nature = limitNature(finding);
  const kind = nature === "threshold" ? "ngưỡng cảnh báo" : nature === "min" ? "tối thiểu" : "tối đa";
  return `Thực tế ${finding.actual}; ${kind} ${finding.limit}`;
}

/** "Hạn chuyển tiếp: 01/07/2030 (còn 1.309 ngày kể từ 30/11/2026)", counted from the structure's date. */
export function formatDeadline(deadline: string, asOf: string | undefined): string {
  const line = `Hạn chuyển tiếp: ${formatDateVi(deadline)}`;
  if (asOf === undefined) return line;
  const days = daysBetween(asOf, deadline);
  const count = (value: number) => value.toLocaleString("vi-VN");
  return days >= 0
    ? `${line} (còn ${count(days)} ngày kể từ ${formatDateVi(asOf)})`
    : `${line} (đã quá hạn ${count(-days)} ngày tính đến ${formatDateVi(asOf)})`;
}

export function formatFinding(finding: Finding, asOf?: string): string {
  const lines = [`  [${finding.ruleId}] ${finding.message.vi}`];
  const limit = formatLimit(finding);
  if (limit) lines.push(`      ${limit}.`);
  if (finding.deadline) lines.push(`      ${formatDeadline(finding.deadline, asOf)}.`);
  lines.push(`      Căn cứ: ${finding.citation}.`);
  if (finding.confidence !== "CONFIRMED") lines.push(`      Độ tin cậy của căn cứ: ${finding.confidence}.`);
  if (finding.interpretation) {
    lines.push(
      `      Cách hiểu áp dụng (cần đối chiếu văn bản chính thức): ${finding.interpretation.note.vi} [${finding.interpretation.adr}]`,
    );
  }
  return lines.join("\n");
}

/** `asOf`: the structure's date, from which a transitional finding's deadline is counted down. */
export function formatFindingGroups(findings: readonly Finding[], asOf?: string): string {
  if (findings.length === 0) return "  Không có phát hiện nào: cơ cấu phù hợp với các quy định đã mã hóa.\n";
  const blocks: string[] = [];
  for (const severity of severityOrder) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    blocks.push(
      `${severityHeadings[severity]} (${group.length})\n${group.map((finding) => formatFinding(finding, asOf)).join("\n")}`,
    );
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

/**
 * "Cấp xã: 2 xã, 1 phường, 1 đặc khu (danh sách đầy đủ)" for a snapshot that lists commune-level units,
 * so a report names what its commune findings are about; undefined when it lists none.
 */
export function formatCommuneLevel(snapshot: Snapshot): string | undefined {
  if (snapshot.communes.length === 0) return undefined;
  const counts = (["commune", "ward", "special_zone"] as const)
    .map((type) => ({ type, count: snapshot.communes.filter((item) => item.type === type).length }))
    .filter(({ count }) => count > 0)
    .map(({ type, count }) => `${count} ${communeTypeText(type).vi}`);
  const complete = snapshot.province.communesComplete ? "danh sách đầy đủ" : "danh sách chưa đầy đủ";
  return `Cấp xã: ${counts.join(", ")} (${complete})`;
}
