// The job-position scheme of a unit or of a whole district (all its divisions), and position edits.
import {
  computePositionScheme,
  createPosition,
  deletePosition,
  findOrganisationNode,
  type Position,
  type PositionScheme,
  type Snapshot,
  type StaffMember,
  updatePosition,
} from "@tinhgon/domain";

import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";
import { loadSnapshotOrThrow } from "./snapshot.service.ts";

export async function getPositionScheme(
  context: Context,
  input: { snapshotId: string; holderId: string },
): Promise<PositionScheme> {
  const { snapshot } = await loadSnapshotOrThrow(context, input.snapshotId);
  const found = findOrganisationNode(snapshot, input.holderId);
  if (!found) throw notFound("NOT_FOUND", input.holderId);
  if (found.type === "district") {
    const divisions = found.node.divisions;
    const staffLists = divisions.map((division) => division.staff);
    return computePositionScheme({
      holder: { type: "district", id: found.node.id, name: found.node.name },
      payroll: divisions.reduce((sum, division) => sum + division.payroll, 0),
      positions: divisions.flatMap((division): Position[] => division.positions ?? []),
      staff: staffLists.some((staff) => staff !== undefined)
        ? staffLists.flatMap((staff): StaffMember[] => staff ?? [])
        : undefined,
    });
  }
  return computePositionScheme({
    holder: { type: found.type, id: found.node.id, name: found.node.name },
    payroll: found.node.payroll,
    positions: found.node.positions ?? [],
    staff: found.node.staff,
  });
}

export const positionEdits = {
  create: (input: Parameters<typeof createPosition>[1]) => (snapshot: Snapshot) =>
    createPosition(snapshot, input),
  update: (id: string, changes: Parameters<typeof updatePosition>[2]) => (snapshot: Snapshot) =>
    updatePosition(snapshot, id, changes),
  delete: (id: string) => (snapshot: Snapshot) => deletePosition(snapshot, id),
};
