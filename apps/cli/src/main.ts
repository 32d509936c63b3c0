// `npx tinhgon …` — the command-line interface (contract in ../shared/domain/formats.md).
// Exit codes: 0 no violation, 1 at least one violation, 2 invalid input or usage. Nothing else.
import { readFile } from "node:fs/promises";

import { rulePackDescriptors } from "@tinhgon/domain";

import packageJson from "../package.json" with { type: "json" };
import { runAudit } from "./commands/audit.command.ts";
import { runCheck } from "./commands/check.command.ts";
import { runGenerate } from "./commands/generate.command.ts";
import { runMigrate } from "./commands/migrate.command.ts";
import { runPlan } from "./commands/plan.command.ts";
import { runRules } from "./commands/rules.command.ts";
import { type CliIo, EXIT_INVALID_INPUT, EXIT_OK } from "./io.ts";

export { EXIT_INVALID_INPUT, EXIT_OK, EXIT_VIOLATIONS } from "./io.ts";
export type { CliIo } from "./io.ts";

export const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, "utf8"),
};

const usage = `Tinh Gọn ${packageJson.version} — kiểm tra cơ cấu tổ chức theo quy định pháp luật

Cách dùng (usage):
  npx tinhgon check SNAPSHOT.json [--rule-set RS-2020] [--json]
                                   kiểm tra một cơ cấu tổ chức (check a snapshot)
  npx tinhgon check SNAPSHOT.json --compare RS-2020,RS-2026 [--json]
                                   so sánh theo hai bộ quy tắc (compare under two rule sets)
  npx tinhgon plan PLAN.json [--json]
                                   đánh giá một phương án sắp xếp theo từng giai đoạn (evaluate a plan)
  npx tinhgon dossier PLAN.json -o OUT_DIR [--pdf] [--date YYYY-MM-DD] [--comments COMMENTS.json]
                                   lập hồ sơ phương án: tờ trình, đề án, dự thảo quyết định, báo cáo
                                   tiếp thu (.docx; --pdf thêm bản PDF, cần LibreOffice; ngày mặc định
                                   là hôm nay) (the plan's dossier as DOCX, and PDF)
  npx tinhgon migrate SNAPSHOT.json|PLAN.json
                                   chuyển tài liệu định dạng /1 sang định dạng hiện hành (snapshot/2,
                                   plan/2), in ra màn hình (print a /1 document as /2)
  npx tinhgon rules [--rule-set RS-2020] [--json]

                                   các quy tắc của một bộ, kèm căn cứ và tham số (a pack's rules)
  npx tinhgon rule-sets            liệt kê các bộ quy tắc pháp lý (list the rule packs)
  npx tinhgon generate --provinces 63 --out DIR [--seed 2020]
                                   tạo dữ liệu mô phỏng tất định (deterministic synthetic snapshots)

  npx tinhgon import-xlsx FILE.xlsx -o SNAPSHOT.json [--into BASE.json] [--marked MARKED.xlsx] [--json]
                                   nhập cơ cấu, vị trí việc làm, công chức từ Excel; có lỗi thì
                                   ghi bản sao đánh dấu ô lỗi (import a workbook)
  npx tinhgon export-xlsx SNAPSHOT.json -o FILE.xlsx
                                   xuất cơ cấu tổ chức ra Excel (export a snapshot to Excel)
  npx tinhgon template-xlsx structure|positions|staff -o FILE.xlsx
                                   tạo mẫu nhập liệu Excel trống (an empty Excel template)

  npx tinhgon audit verify [--database-url URL] [--json]
                                   kiểm tra chuỗi băm của nhật ký kiểm toán (verify the audit trail)
  npx tinhgon audit export --plan ID
                                   xuất nhật ký của một phương án (a plan's audit events as JSON)

  npx tinhgon --version            in phiên bản (print the version)
  npx tinhgon --help               hướng dẫn này (this help)

Mã thoát (exit codes): 0 không vi phạm; 1 có vi phạm; 2 dữ liệu vào hoặc câu lệnh không hợp lệ.
`;

export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(usage);
        return EXIT_OK;
      case "--version":
      case "-v":
        io.out(`${packageJson.version}\n`);
        return EXIT_OK;
      case "check":
        return await runCheck(rest, io);
      case "plan":
        return await runPlan(rest, io);
      case "dossier": {
        // Loaded on demand: the dossier pulls in docx and resvg (a native module) that no other command needs.
        const { runDossier } = await import("./commands/dossier.command.ts");
        return await runDossier(rest, io);
      }
      case "migrate":
        return await runMigrate(rest, io);
      case "rules":
        return runRules(rest, io);
      case "generate":
        return await runGenerate(rest, io);
      case "audit":
        return await runAudit(rest, io);
      // Loaded on demand: exceljs and the document libraries would slow every other command's start.
      case "import-xlsx":
        return await (await import("./commands/xlsx.command.ts")).runImportXlsx(rest, io);
      case "export-xlsx":
        return await (await import("./commands/xlsx.command.ts")).runExportXlsx(rest, io);
      case "template-xlsx":
        return await (await import("./commands/xlsx.command.ts")).runTemplateXlsx(rest, io);
      case "rule-sets":
        for (const pack of rulePackDescriptors) {
          io.out(
            `${pack.id}\t${pack.effectiveFrom} → ${pack.effectiveTo ?? "nay"}\t${pack.instruments.join("; ")}\n`,
          );
        }
        return EXIT_OK;
      default:
        io.err(
          `Lệnh không hợp lệ: "${command}". Chạy \`npx tinhgon --help\` để xem các lệnh.\n(Unknown command.)\n`,
        );
        return EXIT_INVALID_INPUT;
    }
  } catch (error) {
    // A defect of ours, never a stack trace for the user; exit codes stay 0/1/2 as the contract says.
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`Lỗi nội bộ của Tinh Gọn (internal error): ${detail}\nVui lòng báo lỗi kèm tệp đầu vào.\n`);
    return EXIT_INVALID_INPUT;
  }
}
