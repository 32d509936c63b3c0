import type { Database } from "./client.ts";

export interface ProvinceRow {
  code: string;
  name: string;
  class: string;
  mergedFrom: number;
}

export async function listProvinces(db: Database): Promise<ProvinceRow[]> {
  return db.province.findMany({
    select: { code: true, name: true, class: true, mergedFrom: true },
    orderBy: { code: "asc" },
  });
}

export async function countProvinces(db: Database): Promise<number> {
  return db.province.count();
}
