// `npx tinhgon …` — the command-line interface (contract in ../shared/domain/formats.md).
// Exit codes: 0 no violation, 1 at least one violation, 2 invalid input or usage. Nothing else.
import { rulePackDescriptors } from "@tinhgon/domain";

import packageJson from "../package.json" with { type: "json" };

export const EXIT_OK = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_INVALID_INPUT = 2;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const usage = `Tinh Gọn ${packageJson.version} — kiểm tra cơ cấu tổ chức theo quy định pháp luật

Cách dùng (usage):
  npx tinhgon rule-sets            liệt kê các bộ quy tắc pháp lý (list the rule packs)
  npx tinhgon --version            in phiên bản (print the version)
  npx tinhgon --help               hướng dẫn này (this help)

Mã thoát (exit codes): 0 không vi phạm; 1 có vi phạm; 2 dữ liệu vào hoặc câu lệnh không hợp lệ.
`;

export function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [command] = argv;
  switch (command) {
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.out(usage);
      return Promise.resolve(EXIT_OK);
    case "--version":
    case "-v":
      io.out(`${packageJson.version}\n`);
      return Promise.resolve(EXIT_OK);
    case "rule-sets":
      for (const pack of rulePackDescriptors) {
        io.out(
          `${pack.id}\t${pack.effectiveFrom} → ${pack.effectiveTo ?? "nay"}\t${pack.instruments.join("; ")}\n`,
        );
      }
      return Promise.resolve(EXIT_OK);
    default:
      io.err(
        `Lệnh không hợp lệ: "${command}". Chạy \`npx tinhgon --help\` để xem các lệnh.\n(Unknown command.)\n`,
      );
      return Promise.resolve(EXIT_INVALID_INPUT);
  }
}
