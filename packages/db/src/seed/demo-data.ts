// Seeding a fresh installation with the demo data. Runs only on an empty database, in one transaction.
import type { Database } from "../client.ts";
import { lockSnapshotName, writeSnapshot } from "../snapshot.repository.ts";
import {
  buildCatHaiRearrangedSnapshot,
  buildHaiPhongSnapshot,
  DEMO_REARRANGED_SNAPSHOT_NAME,
  DEMO_SNAPSHOT_NAME,
} from "./hai-phong.ts";

export interface SeedResult {
  seeded: boolean;
}

export async function seedDemoDataIfEmpty(db: Database): Promise<SeedResult> {
  const haiPhong = buildHaiPhongSnapshot();
  const catHai = buildCatHaiRearrangedSnapshot();
  return db.$transaction(
    async (tx) => {
      await lockSnapshotName(tx, "seed", "seed");
      if ((await tx.snapshot.count()) > 0) return { seeded: false };
      await writeSnapshot(tx, DEMO_SNAPSHOT_NAME, haiPhong);
      await writeSnapshot(tx, DEMO_REARRANGED_SNAPSHOT_NAME, catHai);
      return { seeded: true };
    },
    { timeout: 60_000 },
  );
}
