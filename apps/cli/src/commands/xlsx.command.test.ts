import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { readSnapshotWorkbook } from "@tinhgon/documents";
import { parseSnapshotText } from "@tinhgon/domain";
import { afterEach, describe, expect, it } from "vitest";

import { EXIT_INVALID_INPUT, EXIT_OK, EXIT_VIOLATIONS } from "../io.ts";
import { main } from "../main.ts";
import { defaultMarkedPath, formatCellProblem } from "./xlsx.command.ts";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), "tinhgon-xlsx-"));
  folders.push(path);
  return path;
}

async function run(argv: string[]) {
  const output = { out: "", err: "" };
  const code = await main(argv, {
    out: (text) => (output.out += text),
    err: (text) => (output.err += text),
    readFile: (path) => readFile(path, "utf8"),
  });
  return { code, ...output };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

const example = new URL("../../../../examples/cat-hai-2021.snapshot.json", import.meta.url).pathname;

// exceljs takes about a second per workbook on a busy machine; time is not what these tests assert.
describe("tinhgon export-xlsx / import-xlsx", { timeout: 30_000 }, () => {
  it("exports a snapshot and imports it back to the same snapshot, which check accepts", async () => {
    const dir = await folder();
    const workbook = join(dir, "cat-hai.xlsx");
    const output = join(dir, "cat-hai.json");
    const exported = await run(["export-xlsx", example, "-o", workbook]);
    expect(exported.code).toBe(EXIT_OK);
    expect(exported.out).toContain("Đã xuất Thành phố Hải Phòng");
    const imported = await run(["import-xlsx", workbook, "-o", output]);
    expect(imported).toMatchObject({ code: EXIT_OK, err: "" });
    expect(imported.out).toContain(`→ ${output}`);
    const original = parseSnapshotText(await readFile(example, "utf8"));
    const written = parseSnapshotText(await readFile(output, "utf8"));
    expect(written).toEqual(original);
    expect([EXIT_OK, EXIT_VIOLATIONS]).toContain((await run(["check", output])).code);
  });

  it("refuses a workbook with problems: exit 2, every cell on standard error, no output, a marked copy", async () => {
    const dir = await folder();
    const template = join(dir, "mau.xlsx");
    const output = join(dir, "out.json");
    expect((await run(["template-xlsx", "structure", "-o", template])).code).toBe(EXIT_OK);
    const imported = await run(["import-xlsx", template, "-o", output]);
    expect(imported.code).toBe(EXIT_INVALID_INPUT);
    expect(imported.out).toBe("");
    expect(imported.err).toContain("4 lỗi nhập liệu");
    expect(imported.err).toContain(
      "  Thông tin!B3 (Ngày số liệu): Ngày số liệu không được để trống; hãy nhập giá trị\n",
    );
    expect(imported.err).toContain("  Thông tin!B6 (Loại đơn vị hành chính):");
    expect(await exists(output)).toBe(false);
    const marked = defaultMarkedPath(template, output);
    expect(marked).toBe(join(dir, "mau.loi-nhap-lieu.xlsx"));
    expect(imported.err).toContain(`Bản sao có đánh dấu các ô lỗi (marked copy): ${marked}`);
    // The marked copy is a workbook the importer reads again (and finds the same problems).
    const again = await readSnapshotWorkbook(new Uint8Array(await readFile(marked)));
    expect(again).toMatchObject({ ok: false, kind: "rows" });
  });

  it("--marked and --json: the problems as one JSON document on standard output", async () => {
    const dir = await folder();
    const template = join(dir, "mau.xlsx");
    const marked = join(dir, "danh-dau.xlsx");
    await run(["template-xlsx", "structure", "-o", template]);
    const imported = await run([
      "import-xlsx",
      template,
      "-o",
      join(dir, "x.json"),
      "--marked",
      marked,
      "--json",
    ]);
    expect(imported.code).toBe(EXIT_INVALID_INPUT);
    const document = JSON.parse(imported.out) as {
      ok: boolean;
      kind: string;
      problems: unknown[];
      marked: string;
    };
    expect(document).toMatchObject({ ok: false, kind: "rows", marked });
    expect(document.problems).toHaveLength(4);
    expect(await exists(marked)).toBe(true);
  });

  it("a file problem is one message, in Vietnamese then English", async () => {
    const dir = await folder();
    const csv = join(dir, "danh-sach.xlsx");
    await writeFile(csv, "Mã,Tên\nso-noi-vu,Sở Nội vụ\n");
    const imported = await run(["import-xlsx", csv, "-o", join(dir, "x.json"), "--json"]);
    expect(imported.code).toBe(EXIT_INVALID_INPUT);
    expect(imported.err).toContain("không phải là tệp Excel .xlsx");
    expect(JSON.parse(imported.out)).toMatchObject({ ok: false, kind: "file", code: "XLSX_NOT_A_WORKBOOK" });
    expect(await exists(join(dir, "x.json"))).toBe(false);
  });

  it("--into: a positions workbook updates a base snapshot", async () => {
    const dir = await folder();
    const template = join(dir, "vi-tri.xlsx");
    const output = join(dir, "out.json");
    await run(["template-xlsx", "positions", "-o", template]);
    const without = await run(["import-xlsx", template, "-o", output]);
    expect(without.code).toBe(EXIT_INVALID_INPUT);
    expect(without.err).toContain("hãy chọn bộ số liệu cơ cấu");
    const imported = await run(["import-xlsx", template, "-o", output, "--into", example]);
    expect(imported.code).toBe(EXIT_OK);
    expect(parseSnapshotText(await readFile(output, "utf8"))).toEqual(
      parseSnapshotText(await readFile(example, "utf8")),
    );
  });

  it("explains usage mistakes", async () => {
    expect((await run(["import-xlsx", "a.xlsx"])).err).toContain("Thiếu tệp kết quả -o SNAPSHOT.json.");
    expect((await run(["import-xlsx", "a.xlsx", "-o", "a.xlsx"])).code).toBe(EXIT_INVALID_INPUT);
    expect((await run(["template-xlsx", "staf", "-o", "x.xlsx"])).err).toContain(
      "structure, positions hoặc staff",
    );
    expect((await run(["export-xlsx", "-o", "x.xlsx"])).err).toContain("Cần đúng một tệp SNAPSHOT.json.");
    const missing = await run(["import-xlsx", "khong-co.xlsx", "-o", "x.json"]);
    expect(missing).toMatchObject({ code: EXIT_INVALID_INPUT });
    expect(missing.err).toContain("khong-co.xlsx: không tìm thấy tệp (file not found)");
  });

  it("names the cell, then the field, then the message", () => {
    expect(
      formatCellProblem({
        sheet: "Đơn vị",
        row: 12,
        column: "E",
        field: "Biên chế",
        message: { vi: "Biên chế phải là số nguyên ≥ 0 (đang là -3)", en: "…" },
      }),
    ).toBe("Đơn vị!E12 (Biên chế): Biên chế phải là số nguyên ≥ 0 (đang là -3)");
    expect(
      formatCellProblem({
        sheet: "Đơn vị",
        row: 5,
        column: "B",
        field: "Mã cấp trên",
        message: { vi: "Mã cấp trên: không có sở nào …", en: "…" },
      }),
    ).toBe("Đơn vị!B5 (Mã cấp trên): không có sở nào …");
  });
});
