import { describe, expect, it } from "vitest";

import { EXIT_INVALID_INPUT, EXIT_OK, main } from "./main.ts";

function run(argv: string[]) {
  const output = { out: "", err: "" };
  const io = {
    out: (text: string) => (output.out += text),
    err: (text: string) => (output.err += text),
    readFile: () => Promise.reject(new Error("no file system in this test")),
  };
  return main(argv, io).then((code) => ({ code, ...output }));
}

describe("tinhgon CLI", () => {
  it("prints a Vietnamese usage with --help and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toContain("Cách dùng");
  });

  it("lists the rule packs with their windows", async () => {
    const result = await run(["rule-sets"]);
    expect(result.out).toContain("RS-2020\t2020-11-25 → 2025-02-28");
    expect(result.out).toContain("RS-2025A\t2025-03-01 → 2025-06-30\tNghị định 45/2025/NĐ-CP");
    expect(result.out).toContain("RS-2025B\t2025-07-01 → 2025-12-31");
    expect(result.out).toContain(
      "RS-2026\t2026-01-01 → nay\tNghị định 150/2025/NĐ-CP, sửa đổi bởi Nghị định 370/2025/NĐ-CP",
    );
  });

  it("rules without --rule-set prints the newest pack, RS-2026, with today's rule ids", async () => {
    const result = await run(["rules"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toContain(
      "Bộ quy tắc RS-2026 (01/01/2026 – nay): Nghị định 150/2025/NĐ-CP, sửa đổi bởi Nghị định 370/2025/NĐ-CP",
    );
    for (const id of ["P26-SO-01", "P26-EST-01", "P26-DEP-01", "P26-DEP-02", "T-2026-02", "G-TIER-01"]) {
      expect(result.out).toContain(`[${id}]`);
    }
    expect(result.out).not.toContain("[P-DEP-02]");
  });

  it("refuses an unknown command with exit code 2 and a message on standard error", async () => {
    const result = await run(["chek"]);
    expect(result.code).toBe(EXIT_INVALID_INPUT);
    expect(result.out).toBe("");
    expect(result.err).toContain('Lệnh không hợp lệ: "chek"');
  });
});
