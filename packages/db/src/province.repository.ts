import type { DbClient } from "./snapshot.repository.ts";

export interface ProvinceSummary {
  code: string;
  name: string;
  class: string;
  mergedFrom: number;
  snapshotCount: number;
}

export async function listProvinces(db: DbClient): Promise<ProvinceSummary[]> {
  const rows = await db.province.findMany({
    select: {
      code: true,
      name: true,
      class: true,
      mergedFrom: true,
      _count: { select: { snapshots: true } },
    },
    orderBy: { code: "asc" },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, snapshotCount: _count.snapshots }));
}
