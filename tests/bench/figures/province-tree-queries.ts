// province_tree_queries (issue #9): the SQL queries issued to load a province tree through the snapshot
// repository (loadSnapshot), counted with the client's query log, for a one-unit province and the
// largest generated province: the count must be the same (no N+1). On the embedded PostgreSQL always,
// on Debian's PostgreSQL when scripts/pg-start.sh works here; with the load time of the largest province.
import { createDatabase, loadSnapshot, saveSnapshot } from "@tinhgon/db";
import { countUnits, type Snapshot } from "@tinhgon/domain";

import type { BenchContext } from "../harness/context.ts";
import type { Figure } from "../harness/figure.ts";
import { describeSamples, sampleAsync } from "../harness/timing.ts";
import { nationalDataset } from "../support/national-dataset.ts";
import { type Cluster, distroCluster, embeddedCluster, migratedDatabase } from "../support/postgres.ts";

const audit = { actorId: null, actorRole: "bench", requestId: null, action: "bench" };

interface ServerResult {
  server: string;
  smallUnits: number;
  largeUnits: number;
  smallQueries: number;
  largeQueries: number;
  constant: boolean;
  loadLargestMs: Record<string, unknown>;
}

function oneUnitProvince(snapshot: Snapshot): Snapshot {
  return {
    ...snapshot,
    province: { ...snapshot.province, agenciesComplete: false },
    agencies: snapshot.agencies.slice(0, 1).map((agency) => ({ ...agency, units: agency.units.slice(0, 1) })),
    districts: [],
  };
}

async function measureOn(context: BenchContext, cluster: Cluster, largest: Snapshot): Promise<ServerResult> {
  context.log(`  ${cluster.label}: migrating a fresh database …`);
  const url = await migratedDatabase(cluster, "tinhgon_bench_tree");
  let queries = 0;
  const db = createDatabase({
    url,
    onQuery: () => {
      queries += 1;
    },
  });
  try {
    const small = oneUnitProvince(largest);
    const smallId = (await saveSnapshot(db, { name: "bench nhỏ", snapshot: small }, audit)).id;
    const largeId = (await saveSnapshot(db, { name: "bench lớn", snapshot: largest }, audit)).id;
    const count = async (id: string): Promise<{ queries: number; units: number }> => {
      queries = 0;
      const loaded = await loadSnapshot(db, id);
      if (!loaded) throw new Error(`snapshot ${id} did not load`);
      return { queries, units: countUnits(loaded.snapshot) };
    };
    const smallLoad = await count(smallId);
    const largeLoad = await count(largeId);
    if (largeLoad.units !== countUnits(largest)) throw new Error("the largest province did not load whole");
    context.log(`  ${cluster.label}: timing the load of the largest province …`);
    const timing = await sampleAsync(() => loadSnapshot(db, largeId), 10, 2);
    return {
      server: cluster.label,
      smallUnits: smallLoad.units,
      largeUnits: largeLoad.units,
      smallQueries: smallLoad.queries,
      largeQueries: largeLoad.queries,
      constant: smallLoad.queries === largeLoad.queries,
      loadLargestMs: describeSamples(timing),
    };
  } finally {
    await db.$disconnect();
  }
}

export const provinceTreeQueries: Figure = {
  name: "province_tree_queries",
  title: {
    vi: "Số truy vấn SQL để nạp cây tổ chức một tỉnh",
    en: "SQL queries to load a province tree",
  },
  unit: "queries",
  goal: { op: "constant" },
  digits: 0,
  measure: async (context) => {
    const dataset = await nationalDataset(context);
    let largest = dataset.snapshots[0];
    for (const snapshot of dataset.snapshots)
      if (largest === undefined || countUnits(snapshot) > countUnits(largest)) largest = snapshot;
    if (largest === undefined) throw new Error("the national dataset is empty");
    const embedded = await measureOn(context, await embeddedCluster(context), largest);
    const distro = await distroCluster(context);
    const distroResult = "unavailable" in distro ? undefined : await measureOn(context, distro, largest);
    const results = [embedded, ...(distroResult ? [distroResult] : [])];
    return {
      value: Math.max(...results.map((result) => result.largeQueries)),
      met: results.every((result) => result.constant),
      detail: {
        largestProvince: largest.province.name,
        embedded,
        distro: distroResult ?? { skipped: "unavailable" in distro ? distro.unavailable : "" },
      },
    };
  },
};
