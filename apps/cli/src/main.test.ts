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
  });

  it("refuses an unknown command with exit code 2 and a message on standard error", async () => {
    const result = await run(["chek"]);
    expect(result.code).toBe(EXIT_INVALID_INPUT);
    expect(result.out).toBe("");
    expect(result.err).toContain('Lệnh không hợp lệ: "chek"');
  });
});
