// Seeding a fresh installation with the demo data. Runs only on an empty database, in one transaction.
import { appendAuditEvent } from "../audit.repository.ts";
import type { Database } from "../client.ts";
import { lockSnapshotName, writeSnapshot } from "../snapshot.repository.ts";
import {
  buildCatHaiRearrangedSnapshot,
  buildHaiPhongSnapshot,
  DEMO_REARRANGED_SNAPSHOT_NAME,
  DEMO_SNAPSHOT_NAME,
} from "./hai-phong.ts";
import { buildHaiPhong2026Snapshot, DEMO_2026_SNAPSHOT_NAME } from "./hai-phong-2026.ts";

export interface SeedResult {
  seeded: boolean;
}

export async function seedDemoDataIfEmpty(db: Database): Promise<SeedResult> {
  const haiPhong = buildHaiPhongSnapshot();
  const catHai = buildCatHaiRearrangedSnapshot();
  const haiPhong2026 = buildHaiPhong2026Snapshot();
  return db.$transaction(
    async (tx) => {
      await lockSnapshotName(tx, "seed", "seed");
      if ((await tx.snapshot.count()) > 0) return { seeded: false };
      // The 2026 data set first: the province row states the province as last written, and the 2021 data
      // set (the one the app opens by default) is the one its class and mergedFrom should describe.
      for (const [name, snapshot] of [
        [DEMO_2026_SNAPSHOT_NAME, haiPhong2026],
        [DEMO_SNAPSHOT_NAME, haiPhong],
        [DEMO_REARRANGED_SNAPSHOT_NAME, catHai],
      ] as const) {
        const { id } = await writeSnapshot(tx, name, snapshot);
        await appendAuditEvent(
          tx,
          { actorId: null, actorRole: "system", requestId: null, action: "seed" },
          {
            entityType: "snapshot",
            entityId: id,
            before: null,
            after: { name, asOf: snapshot.asOf, demo: true },
          },
        );
      }
      return { seeded: true };
    },
    { timeout: 60_000 },
  );
}
