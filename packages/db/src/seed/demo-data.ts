// Demo data for a fresh installation. Hải Phòng's administrative code and class are public facts
// (legal-rules.md §5, §6); its detailed structure arrives with the persistence issue (#4).
import type { Database } from "../client.ts";

export const demoProvinces = [
  { code: "31", name: "Thành phố Hải Phòng", class: "I", mergedFrom: 1 },
] as const;

export interface SeedResult {
  seeded: boolean;
}

/** Seeds only an empty database, in one transaction: a failed seed leaves nothing behind. */
export async function seedDemoDataIfEmpty(db: Database): Promise<SeedResult> {
  return db.$transaction(async (tx) => {
    if ((await tx.province.count()) > 0) return { seeded: false };
    await tx.province.createMany({ data: [...demoProvinces] });
    return { seeded: true };
  });
}
