// `tinhgon check FILE --compare A,B`: one structure under two rule packs, on the committed Cát Hải example
// (dated 30/06/2021). Under RS-2014 its Phòng Kinh tế breaks the per-division cap of 3 (D-LEG-01); under
// RS-2020 that cap is gone and the district's pool of 2 × 11 = 22 deputies (D-DEP-01) is broken instead.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { repositoryRoot } from "@tinhgon/db";
import { ruleSetComparisonSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { EXIT_INVALID_INPUT, EXIT_VIOLATIONS } from "../io.ts";
import type { CliIo } from "../io.ts";
import { runCheck } from "./check.command.ts";

const catHai = join(repositoryRoot, "examples", "cat-hai-2021.snapshot.json");

async function check(...args: string[]) {
  const output = { out: "", err: "" };
  const io: CliIo = {
    out: (text) => (output.out += text),
    err: (text) => (output.err += text),
    readFile: (path) => readFile(path, "utf8"),
  };
  const code = await runCheck(args, io);
  return { code, ...output };
}

describe("tinhgon check --compare", () => {
  it("--json prints one comparison: what appears and what disappears when the law changes", async () => {
    const result = await check(catHai, "--compare", "RS-2014,RS-2020", "--json");
    expect(result.err).toBe("");
    const comparison = ruleSetComparisonSchema.parse(JSON.parse(result.out));
    expect(comparison.ruleSets).toEqual(["RS-2014", "RS-2020"]);
    expect(comparison.reports.map((report) => report.ruleSet)).toEqual(["RS-2014", "RS-2020"]);
    expect(comparison.disappeared.map((finding) => finding.ruleId)).toContain("D-LEG-01");
    const appeared = comparison.appeared.filter((finding) => finding.severity === "violation");
    expect(appeared).toEqual([
      expect.objectContaining({
        ruleId: "D-DEP-01",
        actual: 23,
        limit: 22,
        subject: { type: "district", id: "cat-hai" },
      }),
    ]);
    // The island cap holds under both.
    expect(comparison.remained.map((finding) => finding.ruleId)).toContain("D-PH-04");
    // A violation under either pack: exit 1, as `plan` does for a violation in any phase.
    expect(result.code).toBe(EXIT_VIOLATIONS);
  });

  it("prints the comparison in Vietnamese, each side with its pack and its totals", async () => {
    const result = await check(catHai, "--compare", "RS-2014, RS-2020");
    expect(result.out).toContain("so sánh theo hai bộ quy tắc");
    expect(result.out).toContain("A: RS-2014 (20/05/2014 – 24/11/2020)");
    expect(result.out).toContain("B: RS-2020 (25/11/2020 – 28/02/2025)");
    expect(result.out).toMatch(
      /CHỈ CÓ THEO RS-2020 \(xuất hiện khi áp dụng B\) \(3\)\nVI PHẠM \(1\)\n {2}\[D-DEP-01\]/,
    );
    expect(result.out).toMatch(
      /CHỈ CÓ THEO RS-2014 \(không còn khi áp dụng B\) \(2\)\nVI PHẠM \(2\)\n {2}\[D-LEG-01\]/,
    );
    expect(result.out).toContain("RS-2014: Tổng kết: 4 vi phạm");
    expect(result.out).toContain("RS-2020: Tổng kết: 3 vi phạm");
  });

  it.each([
    ["one pack", "RS-2020"],
    ["the same pack twice", "RS-2020,RS-2020"],
    ["three packs", "RS-2014,RS-2020,RS-2014"],
    ["an empty name", "RS-2020,"],
  ])("%s is a usage error (exit 2) that says what --compare takes", async (_name, value) => {
    const result = await check(catHai, "--compare", value);
    expect(result.code).toBe(EXIT_INVALID_INPUT);
    expect(result.out).toBe("");
    expect(result.err).toContain("--compare cần hai bộ quy tắc khác nhau");
  });

  it("refuses --compare together with --rule-set", async () => {
    const result = await check(catHai, "--compare", "RS-2014,RS-2020", "--rule-set", "RS-2020");
    expect(result.code).toBe(EXIT_INVALID_INPUT);
    expect(result.err).toContain("Dùng --rule-set hoặc --compare, không dùng cả hai.");
  });

  it("an unknown pack is exit 2, naming the packs there are", async () => {
    const result = await check(catHai, "--compare", "RS-2020,RS-1999");
    expect(result.code).toBe(EXIT_INVALID_INPUT);
    expect(result.out).toBe("");
    expect(result.err).toContain('Không có bộ quy tắc "RS-1999"');
    expect(result.err).toContain("RS-2020");
  });
});
