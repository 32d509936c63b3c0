// The national dataset of issue #9: the domain's deterministic generator, 63 provinces (~705 districts,
// ~20,000 units), the same as `npx tinhgon generate --provinces 63`. Generated once per run.
import { countUnits, generateSyntheticProvinces, type Snapshot } from "@tinhgon/domain";

import type { BenchContext } from "../harness/context.ts";
import { nowMs, round } from "../harness/timing.ts";

export interface NationalDataset {
  snapshots: Snapshot[];
  provinces: number;
  districts: number;
  /** Units as the generator counts them: units of the sở (with phòng thuộc chi cục) and district divisions. */
  units: number;
  generatedMs: number;
}

export const NATIONAL_PROVINCES = 63;

export function nationalDataset(context: BenchContext): Promise<NationalDataset> {
  return context.shared("national-dataset", () => {
    context.log(`  generating the national dataset (${NATIONAL_PROVINCES} provinces) …`);
    const started = nowMs();
    const snapshots = generateSyntheticProvinces(NATIONAL_PROVINCES);
    const generatedMs = round(nowMs() - started, 1);
    return Promise.resolve({
      snapshots,
      provinces: snapshots.length,
      districts: snapshots.reduce((sum, snapshot) => sum + snapshot.districts.length, 0),
      units: snapshots.reduce((sum, snapshot) => sum + countUnits(snapshot), 0),
      generatedMs,
    });
  });
}

export function describeDataset(dataset: NationalDataset): Record<string, unknown> {
  return {
    provinces: dataset.provinces,
    districts: dataset.districts,
    units: dataset.units,
    generatedMs: dataset.generatedMs,
  };
}
