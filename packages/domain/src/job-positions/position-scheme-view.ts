// What the job-position page shows beyond the scheme's own numbers (position-scheme.ts): which agencies,
// units and divisions can hold positions, the scheme's positions grouped by the four groups of Decree
// 62/2020 Art. 5 and ordered by rank, the civil-servant positions against the assigned payroll (JP-05:
// support and service positions are labour contracts, outside the payroll), the findings of the
// job-position rules (JP-03 … JP-07) about a holder, and an id for a new position.
import type { Finding } from "../findings/finding.schema.ts";
import { type PositionGroup, positionGroupSchema, rankCodeSchema } from "../snapshot/catalogue.ts";
import { idsOfSnapshot, newEntityId } from "../snapshot/new-id.ts";
import type { Position, Snapshot } from "../snapshot/snapshot.schema.ts";
import type { PositionScheme } from "./position-scheme.ts";

export type PositionHolderType = PositionScheme["holder"]["type"];

export interface PositionHolderNode {
  id: string;
  type: PositionHolderType;
  name: string;
  /** Number of positions declared (for a district: in all its divisions). */
  positions: number;
  /** A district only sums its divisions: positions are added to a division, not to the district. */
  aggregate: boolean;
  children: PositionHolderNode[];
}

const countEntries = (positions: readonly Position[] | undefined): number => positions?.length ?? 0;

/** Agencies → units → phòng of a chi cục, then districts → divisions, in the document's order. */
export function listPositionHolders(snapshot: Snapshot): PositionHolderNode[] {
  const node = (
    id: string,
    type: PositionHolderType,
    name: string,
    positions: number,
    children: PositionHolderNode[] = [],
  ): PositionHolderNode => ({ id, type, name, positions, aggregate: type === "district", children });
  return [
    ...snapshot.agencies.map((agency) =>
      node(
        agency.id,
        "agency",
        agency.name,
        countEntries(agency.positions),
        agency.units.map((unit) =>
          node(
            unit.id,
            "unit",
            unit.name,
            countEntries(unit.positions),
            unit.type === "sub_department"
              ? unit.units.map((child) => node(child.id, "unit", child.name, countEntries(child.positions)))
              : [],
          ),
        ),
      ),
    ),
    ...snapshot.districts.map((district) => {
      const divisions = district.divisions.map((division) =>
        node(division.id, "division", division.name, countEntries(division.positions)),
      );
      return node(
        district.id,
        "district",
        district.name,
        divisions.reduce((sum, division) => sum + division.positions, 0),
        divisions,
      );
    }),
  ];
}

/** Depth first, every node. */
function flatten(nodes: readonly PositionHolderNode[]): PositionHolderNode[] {
  return nodes.flatMap((entry) => [entry, ...flatten(entry.children)]);
}

export function findPositionHolderNode(
  nodes: readonly PositionHolderNode[],
  id: string,
): PositionHolderNode | undefined {
  return flatten(nodes).find((entry) => entry.id === id);
}

/** The page's default: the first agency, unit or division that declares positions, else the first one. */
export function defaultPositionHolder(nodes: readonly PositionHolderNode[]): PositionHolderNode | undefined {
  const all = flatten(nodes).filter((entry) => !entry.aggregate);
  return all.find((entry) => entry.positions > 0) ?? all[0];
}

/** The subjects whose findings concern a holder's positions: itself and, for a district, its divisions. */
export function positionHolderSubjectIds(nodes: readonly PositionHolderNode[], id: string): string[] {
  const holder = findPositionHolderNode(nodes, id);
  if (!holder) return [];
  return holder.aggregate ? [holder.id, ...holder.children.map((child) => child.id)] : [holder.id];
}

/** The findings of the job-position rules (JP-03 … JP-07) about the given subjects. */
export function jobPositionFindings(findings: readonly Finding[], subjectIds: readonly string[]): Finding[] {
  const wanted = new Set(subjectIds);
  return findings.filter((finding) => finding.ruleId.startsWith("JP-") && wanted.has(finding.subject.id));
}

export type SchemePosition = PositionScheme["positions"][number];

export interface SchemePositionGroup {
  group: PositionGroup;
  /** People in the group's positions. */
  count: number;
  /** By rank (highest first, no rank last), then in the document's order. */
  positions: SchemePosition[];
}

const rankIndex = (rank: SchemePosition["rank"]): number =>
  rank === null ? rankCodeSchema.options.length : rankCodeSchema.options.indexOf(rank);

/** The four groups of Decree 62/2020 Art. 5, each with its positions by rank (empty groups included). */
export function groupSchemePositions(scheme: Pick<PositionScheme, "positions">): SchemePositionGroup[] {
  return positionGroupSchema.options.map((group) => {
    const positions = scheme.positions
      .filter((position) => position.group === group)
      .map((position, order) => ({ position, order }))
      .sort((a, b) => rankIndex(a.position.rank) - rankIndex(b.position.rank) || a.order - b.order)
      .map(({ position }) => position);
    return { group, count: positions.reduce((sum, position) => sum + position.count, 0), positions };
  });
}

export interface PayrollComparison {
  /** People in leadership, professional and shared professional positions: civil servants. */
  civilServants: number;
  /** People in support and service positions: labour contracts, outside the payroll (JP-05). */
  support: number;
  payroll: number;
  /** How far the civil-servant positions are from the payroll, always ≥ 0; see `status` for the side. */
  difference: number;
  status: "over" | "under" | "equal";
}

/** The scheme's civil-servant positions against the assigned payroll (JP-05). */
export function comparePositionsWithPayroll(
  scheme: Pick<PositionScheme, "payroll" | "totals">,
): PayrollComparison {
  const { civilServantPositions: civilServants, positions } = scheme.totals;
  const delta = civilServants - scheme.payroll;
  return {
    civilServants,
    support: positions - civilServants,
    payroll: scheme.payroll,
    difference: Math.abs(delta),
    status: delta > 0 ? "over" : delta < 0 ? "under" : "equal",
  };
}

/**
 * Chart rows for people per group against the payroll: the scheme's civil-servant groups stacked in one
 * bar, the payroll in a second, the support positions (outside the payroll) in a third.
 */
export function payrollComparisonSeries(
  scheme: Pick<PositionScheme, "payroll" | "byGroup">,
): { key: "scheme" | "payroll" | "support"; values: Partial<Record<PositionGroup | "payroll", number>> }[] {
  const count = (group: PositionGroup) => scheme.byGroup.find((entry) => entry.group === group)?.count ?? 0;
  return [
    {
      key: "scheme",
      values: {
        leadership: count("leadership"),
        professional: count("professional"),
        shared_professional: count("shared_professional"),
      },
    },
    { key: "payroll", values: { payroll: scheme.payroll } },
    { key: "support", values: { support: count("support") } },
  ];
}

/** "Chuyên viên Tổng hợp" in cat-hai-kinh-te → "cat-hai-kinh-te-chuyen-vien-tong-hop", unused in the document. */
export function suggestPositionId(snapshot: Snapshot, holderId: string, title: string): string {
  return newEntityId(holderId, title, idsOfSnapshot(snapshot), "vi-tri");
}
