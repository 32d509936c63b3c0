// How much a snapshot holds, for the one-line answers of an import or export ("19 sở, 15 huyện, …"),
// the commune level included (snapshot/2).
import type { Snapshot } from "./snapshot.schema.ts";

export interface SnapshotCounts {
  agencies: number;
  /** A sở's phòng, chi cục and a chi cục's phòng. */
  units: number;
  districts: number;
  divisions: number;
  /** Xã, phường and đặc khu. */
  communes: number;
  /** Their phòng and service centres. */
  communeOrganisations: number;
  positions: number;
  staff: number;
}

export function countSnapshotContents(snapshot: Snapshot): SnapshotCounts {
  const counts: SnapshotCounts = {
    agencies: 0,
    units: 0,
    districts: 0,
    divisions: 0,
    communes: 0,
    communeOrganisations: 0,
    positions: 0,
    staff: 0,
  };
  const detail = (holder: {
    positions?: readonly unknown[] | undefined;
    staff?: readonly unknown[] | undefined;
  }) => {
    counts.positions += holder.positions?.length ?? 0;
    counts.staff += holder.staff?.length ?? 0;
  };
  for (const agency of snapshot.agencies) {
    counts.agencies += 1;
    detail(agency);
    for (const unit of agency.units) {
      counts.units += 1;
      detail(unit);
      if (unit.type !== "sub_department") continue;
      for (const child of unit.units) {
        counts.units += 1;
        detail(child);
      }
    }
  }
  for (const district of snapshot.districts) {
    counts.districts += 1;
    for (const division of district.divisions) {
      counts.divisions += 1;
      detail(division);
    }
  }
  for (const commune of snapshot.communes) {
    counts.communes += 1;
    for (const organisation of commune.organisations) {
      counts.communeOrganisations += 1;
      detail(organisation);
    }
  }
  return counts;
}
