import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { parseSnapshot } from "@tinhgon/domain";
import { afterEach, describe, expect, it } from "vitest";

import type { CliIo } from "../io.ts";
import { runGenerate } from "./generate.command.ts";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

function io() {
  const output = { out: "", err: "" };
  const cliIo: CliIo = {
    out: (text) => (output.out += text),
    err: (text) => (output.err += text),
    readFile: (path) => readFile(path, "utf8"),
  };
  return { cliIo, output };
}

describe("tinhgon generate", () => {
  it("writes one valid snapshot per province, the same bytes for the same seed", async () => {
    const first = await mkdtemp(join(tmpdir(), "tinhgon-gen-"));
    const second = await mkdtemp(join(tmpdir(), "tinhgon-gen-"));
    folders.push(first, second);
    const run = io();
    expect(await runGenerate(["--provinces", "3", "--out", first], run.cliIo)).toBe(0);
    expect(run.output.out).toContain("Đã tạo 3 tỉnh mô phỏng");
    await runGenerate(["--provinces", "3", "--out", second], io().cliIo);
    const files = (await readdir(first)).sort();
    expect(files).toEqual(["901.snapshot.json", "902.snapshot.json", "903.snapshot.json"]);
    for (const file of files) {
      const text = await readFile(join(first, file), "utf8");
      expect(parseSnapshot(JSON.parse(text) as unknown).ok).toBe(true);
      expect(await readFile(join(second, file), "utf8")).toBe(text);
    }
  });

  it("refuses a bad --provinces with exit code 2 and a Vietnamese reason", async () => {
    const run = io();
    expect(await runGenerate(["--provinces", "nhiều", "--out", "x"], run.cliIo)).toBe(2);
    expect(run.output.err).toContain("--provinces phải là số nguyên");
  });
});
