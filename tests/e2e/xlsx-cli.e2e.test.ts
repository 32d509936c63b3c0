// `npx tinhgon import-xlsx | export-xlsx | template-xlsx` as a user runs them (issue #8): a real child
// process from the repository root. The oracles: a workbook with problems exits 2, lists each bad cell
// on standard error as "Sheet!B3 (Field): message", writes no snapshot and writes a marked copy; an
// exported example imports back to a snapshot that `tinhgon check` accepts with the example's own exit
// code (examples/expected).
import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { buildHaiPhong2026Snapshot, repositoryRoot } from "@tinhgon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCli, stackTrace } from "../support/cli-process.ts";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tinhgon-cli-xlsx-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe("tinhgon import-xlsx", () => {
  it("an incomplete workbook: exit 2, each bad cell on standard error, no snapshot, a marked copy", async () => {
    const template = join(folder, "co-cau.xlsx");
    const output = join(folder, "co-cau.json");
    const created = await runCli(["template-xlsx", "structure", "-o", template]);
    expect(created.code).toBe(0);
    const run = await runCli(["import-xlsx", template, "-o", output]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(stackTrace);
    const lines = run.stderr.split("\n").filter((line) => line.startsWith("  "));
    expect(lines).toEqual([
      "  Thông tin!B3 (Ngày số liệu): Ngày số liệu không được để trống; hãy nhập giá trị",
      "  Thông tin!B4 (Mã tỉnh): Mã tỉnh không được để trống; hãy nhập giá trị",
      "  Thông tin!B5 (Tên tỉnh): Tên tỉnh không được để trống; hãy nhập giá trị",
      "  Thông tin!B6 (Loại đơn vị hành chính): Loại đơn vị hành chính không được để trống; hãy nhập giá trị",
    ]);
    expect(await exists(output)).toBe(false);
    const marked = join(folder, "co-cau.loi-nhap-lieu.xlsx");
    expect(run.stderr).toContain(`(marked copy): ${marked}`);
    expect((await readFile(marked)).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it.each([
    { name: "cat-hai-2021", exitCode: 1 },
    { name: "cat-hai-2021-rearranged", exitCode: 0 },
  ])("examples/$name: export, import, check → exit $exitCode", async ({ name, exitCode }) => {
    const workbook = join(folder, `${name}.xlsx`);
    const output = join(folder, `${name}.json`);
    const exported = await runCli(["export-xlsx", `examples/${name}.snapshot.json`, "-o", workbook]);
    expect(exported.code).toBe(0);
    const imported = await runCli(["import-xlsx", workbook, "-o", output]);
    expect(imported).toMatchObject({ code: 0, stderr: "" });
    const original = JSON.parse(
      await readFile(join(repositoryRoot, "examples", `${name}.snapshot.json`), "utf8"),
    ) as Record<string, unknown>;
    // The examples are tinhgon.snapshot/1 files; what comes back is the same structure as /2 (ADR 0036).
    expect(original.format).toBe("tinhgon.snapshot/1");
    expect(JSON.parse(await readFile(output, "utf8"))).toMatchObject({
      ...original,
      format: "tinhgon.snapshot/2",
    });
    const checked = await runCli(["check", output]);
    expect(checked.code).toBe(exitCode);
  });

  it("a tinhgon.snapshot/2 file with communes (the 2026 demo): export, import gives it back, check → exit 1", async () => {
    const source = join(folder, "hai-phong-2026.json");
    const workbook = join(folder, "hai-phong-2026.xlsx");
    const output = join(folder, "hai-phong-2026.out.json");
    const snapshot = buildHaiPhong2026Snapshot();
    await writeFile(source, JSON.stringify(snapshot, null, 2));
    expect((await runCli(["export-xlsx", source, "-o", workbook])).code).toBe(0);
    const imported = await runCli(["import-xlsx", workbook, "-o", output]);
    expect(imported).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(await readFile(output, "utf8"))).toEqual(snapshot);
    // Phường Lê Chân lacks its economy phòng (C26-ORG-01): a violation.
    expect((await runCli(["check", output])).code).toBe(1);
  });
});
