// The job-position scheme (đề án vị trí việc làm) of a unit or of a whole district, as numbers: positions
// by the four groups of Decree 62/2020 and by rank, totals against payroll, and the rank structure over
// non-leadership civil servants (JP-03, Circular 13/2022).
import { z } from "zod";

import { computeRankStructure } from "../rules/job-positions/job-position.rules.ts";
import { positionGroupSchema, rankCodeSchema } from "../snapshot/catalogue.ts";
import { positionSchema, type Position, type StaffMember } from "../snapshot/snapshot.schema.ts";

export const positionSchemeSchema = z.object({
  holder: z.object({
    type: z.enum(["agency", "unit", "division", "district"]),
    id: z.string(),
    name: z.string(),
  }),
  payroll: z.number().int(),
  positions: z.array(positionSchema.extend({ filled: z.number().int().nullable() })),
  byGroup: z.array(z.object({ group: positionGroupSchema, count: z.number().int() })),
  byRank: z.array(z.object({ rank: rankCodeSchema.nullable(), count: z.number().int() })),
  totals: z.object({
    positions: z.number().int(),
    /** Positions filled by civil servants: support and service positions are labour contracts (JP-05). */
    civilServantPositions: z.number().int(),
    /** Staff placed in a position; null when no staff list is kept. */
    filled: z.number().int().nullable(),
  }),
  rankStructure: z.array(
    z.object({ rank: rankCodeSchema.nullable(), count: z.number().int(), percent: z.number() }),
  ),
});
export type PositionScheme = z.infer<typeof positionSchemeSchema>;

const groups = positionGroupSchema.options;

export function computePositionScheme(input: {
  holder: PositionScheme["holder"];
  payroll: number;
  positions: readonly Position[];
  /** Undefined when no staff list is kept for the holder. */
  staff: readonly StaffMember[] | undefined;
}): PositionScheme {
  const { positions, staff } = input;
  const sum = (list: readonly Position[]): number =>
    list.reduce((total, position) => total + position.count, 0);
  const ranks = [...new Set(positions.map((position) => position.rank))].sort((a, b) =>
    (a ?? "9").localeCompare(b ?? "9"),
  );
  return {
    holder: input.holder,
    payroll: input.payroll,
    positions: positions.map((position) => ({
      ...position,
      filled: staff ? staff.filter((member) => member.positionId === position.id).length : null,
    })),
    byGroup: groups.map((group) => ({
      group,
      count: sum(positions.filter((position) => position.group === group)),
    })),
    byRank: ranks.map((rank) => ({
      rank,
      count: sum(positions.filter((position) => position.rank === rank)),
    })),
    totals: {
      positions: sum(positions),
      civilServantPositions: sum(positions.filter((position) => position.group !== "support")),
      filled: staff ? staff.filter((member) => member.positionId !== null).length : null,
    },
    rankStructure: computeRankStructure(positions),
  };
}
