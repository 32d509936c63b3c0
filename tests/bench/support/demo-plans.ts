// The plans the figures work on, built from the seeded demo data (Hải Phòng, with Huyện Cát Hải from
// examples/): a district plan of Cát Hải, and the province plan of Hải Phòng with one operation that
// changes the number of violations (so an edit visibly changes the compliance panel).
import { buildHaiPhongSnapshot } from "@tinhgon/db";
import {
  applyOperation,
  evaluateSnapshot,
  type Operation,
  PLAN_FORMAT,
  type Plan,
  type Snapshot,
} from "@tinhgon/domain";

export const CAT_HAI = "cat-hai";
/** The first phase of the demo plans: RS-2020 is in force on that day. */
export const FIRST_PHASE = { name: "Giai đoạn 1", effectiveDate: "2021-07-01" } as const;

/** What `plan.create` makes the baseline of a district plan (packages/api plan.service.ts). */
export function districtBaseline(snapshot: Snapshot, districtId: string): Snapshot {
  const district = snapshot.districts.find((candidate) => candidate.id === districtId);
  if (!district) throw new Error(`the demo data has no district ${districtId}`);
  return {
    ...snapshot,
    province: { ...snapshot.province, agenciesComplete: false },
    agencies: [],
    districts: [district],
  };
}

export function catHaiBaseline(): Snapshot {
  return districtBaseline(buildHaiPhongSnapshot(), CAT_HAI);
}

export function planOf(baseline: Snapshot, title: string, operations: Operation[]): Plan {
  return {
    format: PLAN_FORMAT,
    title,
    baseline,
    phases: [{ ...FIRST_PHASE, operations }],
  };
}

function violations(snapshot: Snapshot): number {
  const outcome = evaluateSnapshot(snapshot);
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.result.summary.violations;
}

/**
 * An operation on the Hải Phòng province that adds a violation: a phòng thuộc sở given more deputies
 * than any band allows (P-DEP-02). The first such phòng that was within its limit is chosen.
 */
export function violationAddingOperation(snapshot: Snapshot): Operation {
  const before = violations(snapshot);
  for (const agency of snapshot.agencies) {
    for (const unit of agency.units) {
      if (unit.type !== "division") continue;
      const operation: Operation = { op: "set", id: unit.id, deputies: 5 };
      const applied = applyOperation(snapshot, operation);
      if (applied.ok && violations(applied.snapshot) > before) return operation;
    }
  }
  throw new Error("no phòng of the demo province can take a deputy violation");
}
