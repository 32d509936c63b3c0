// `tinhgon generate --provinces N --out DIR [--seed S]` — deterministic synthetic snapshots for tests,
// benchmarks and demos at any scale (63 provinces ≈ the country before 2025: ~705 districts, ~20k units).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { countUnits, generateSyntheticProvince } from "@tinhgon/domain";

import { type CliIo, EXIT_OK } from "../io.ts";
import { usageError } from "./command-support.ts";

const usage = "npx tinhgon generate --provinces 63 --out data/generated [--seed 2020]";

export async function runGenerate(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: false,
      options: { provinces: { type: "string" }, out: { type: "string" }, seed: { type: "string" } },
    });
  } catch (error) {
    return usageError(io, error, usage);
  }
  const provinces = Number(parsed.values.provinces);
  const seed = parsed.values.seed === undefined ? undefined : Number(parsed.values.seed);
  const out = parsed.values.out;
  if (!Number.isInteger(provinces) || provinces < 1 || provinces > 999) {
    return usageError(
      io,
      { vi: "--provinces phải là số nguyên từ 1 đến 999.", en: "--provinces must be a whole number 1–999" },
      usage,
    );
  }
  if (seed !== undefined && !Number.isInteger(seed)) {
    return usageError(io, { vi: "--seed phải là số nguyên.", en: "--seed must be a whole number" }, usage);
  }
  if (out === undefined)
    return usageError(io, { vi: "Thiếu thư mục đích --out.", en: "missing --out" }, usage);

  await mkdir(out, { recursive: true });
  let districts = 0;
  let units = 0;
  for (let index = 0; index < provinces; index += 1) {
    const snapshot = generateSyntheticProvince({ index, ...(seed === undefined ? {} : { seed }) });
    districts += snapshot.districts.length;
    units += countUnits(snapshot);
    await writeFile(
      join(out, `${snapshot.province.code}.snapshot.json`),
      `${JSON.stringify(snapshot, null, 2)}\n`,
    );
  }
  io.out(
    `Đã tạo ${provinces} tỉnh mô phỏng (số liệu minh họa): ${districts} huyện, ${units} đơn vị → ${out}\n`,
  );
  return EXIT_OK;
}
