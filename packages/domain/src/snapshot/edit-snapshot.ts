// Edits of a stored structure (create, update, delete units, divisions and positions) as pure
// functions: snapshot in, new snapshot out. Each result is re-validated as a whole document, so an edit
// can never store what an import would refuse (duplicate ids, a dangling reference, a negative count).
import { z } from "zod";

import type { LocalizedText } from "../shared/localized.ts";
import { rankCodeSchema } from "./catalogue.ts";

import { type InputProblem, problemsFromIssue } from "./input-problem.ts";
import { findReferenceProblems } from "./parse-snapshot.ts";
import {
  type Agency,
  type AgencyUnit,
  agencyUnitSchema,
  type District,
  type Division,
  divisionSchema,
  entityIdSchema,
  type Position,
  positionSchema,
  type Snapshot,
  snapshotSchema,
  type StaffMember,
  type SubDivision,
  subDivisionSchema,
  textSchema,
} from "./snapshot.schema.ts";

export type EditErrorCode = "NOT_FOUND" | "INVALID_PARENT" | "INVALID_EDIT";

export interface EditError {
  code: EditErrorCode;
  message: LocalizedText;
  problems: InputProblem[];
}

export type EditResult = { ok: true; snapshot: Snapshot } | { ok: false; error: EditError };

const countSchema = z.number().int().min(0);

export const unitChangesSchema = z.strictObject({
  name: textSchema(300).optional(),
  payroll: countSchema.optional(),
  deputies: countSchema.optional(),
  specialisedScope: z.boolean().optional(),
  delegatedAuthority: z.boolean().optional(),
});
export type UnitChanges = z.infer<typeof unitChangesSchema>;

export const divisionChangesSchema = z.strictObject({
  name: textSchema(300).optional(),
  payroll: countSchema.optional(),
  deputies: countSchema.optional(),
  functions: divisionSchema.shape.functions.optional(),
});
export type DivisionChanges = z.infer<typeof divisionChangesSchema>;

/** Every field optional and without defaults: a change names only what it changes (rank stays as is). */
export const positionChangesSchema = z.strictObject({
  title: positionSchema.shape.title.optional(),
  group: positionSchema.shape.group.optional(),
  rank: rankCodeSchema.nullable().optional(),
  count: positionSchema.shape.count.optional(),
});
export type PositionChanges = z.infer<typeof positionChangesSchema>;

export const createUnitInputSchema = z.strictObject({
  agencyId: entityIdSchema,
  /** A chi cục of the agency to put the new phòng in; null for a unit directly under the agency. */
  parentUnitId: entityIdSchema.nullable(),
  unit: z.union([agencyUnitSchema, subDivisionSchema]),
});
export const createDivisionInputSchema = z.strictObject({
  districtId: entityIdSchema,
  division: divisionSchema,
});
export const createPositionInputSchema = z.strictObject({
  holderId: entityIdSchema,
  position: positionSchema,
});

function notFound(id: string, what: LocalizedText): EditResult {
  return {
    ok: false,
    error: {
      code: "NOT_FOUND",
      message: { vi: `Không tìm thấy ${what.vi} "${id}".`, en: `No ${what.en} "${id}".` },
      problems: [],
    },
  };
}

/** Re-validates the edited document as a whole. */
function validated(candidate: Snapshot): EditResult {
  const parsed = snapshotSchema.safeParse(candidate, { reportInput: true });
  const problems = parsed.success
    ? findReferenceProblems(parsed.data)
    : parsed.error.issues.flatMap(problemsFromIssue);
  if (parsed.success && problems.length === 0) return { ok: true, snapshot: parsed.data };
  return {
    ok: false,
    error: {
      code: "INVALID_EDIT",
      message: {
        vi: "Thay đổi làm cơ cấu không hợp lệ.",
        en: "The change would make the structure invalid.",
      },
      problems,
    },
  };
}

function mapAgencies(snapshot: Snapshot, change: (agency: Agency) => Agency): Snapshot {
  return { ...snapshot, agencies: snapshot.agencies.map(change) };
}

function mapUnits(
  snapshot: Snapshot,
  change: (unit: AgencyUnit | SubDivision) => AgencyUnit | SubDivision | null,
): Snapshot {
  return mapAgencies(snapshot, (agency) => ({
    ...agency,
    units: agency.units.flatMap((unit): AgencyUnit[] => {
      const base =
        unit.type === "sub_department"
          ? {
              ...unit,
              units: unit.units.flatMap((child) => {
                const changed = change(child);
                return changed === null ? [] : [changed as SubDivision];
              }),
            }
          : unit;
      const changed = change(base);
      return changed === null ? [] : [changed];
    }),
  }));
}

function mapDivisions(snapshot: Snapshot, change: (division: Division) => Division | null): Snapshot {
  return {
    ...snapshot,
    districts: snapshot.districts.map((district): District => ({
      ...district,
      divisions: district.divisions.flatMap((division) => {
        const changed = change(division);
        return changed === null ? [] : [changed];
      }),
    })),
  };
}

/** Every unit id of the snapshot (agency units and phòng thuộc chi cục). */
function findUnit(snapshot: Snapshot, id: string): AgencyUnit | SubDivision | undefined {
  for (const agency of snapshot.agencies) {
    for (const unit of agency.units) {
      if (unit.id === id) return unit;
      if (unit.type === "sub_department") {
        const child = unit.units.find((candidate) => candidate.id === id);
        if (child) return child;
      }
    }
  }
  return undefined;
}

export function createUnit(snapshot: Snapshot, input: z.infer<typeof createUnitInputSchema>): EditResult {
  const agency = snapshot.agencies.find((candidate) => candidate.id === input.agencyId);
  if (!agency) return notFound(input.agencyId, { vi: "sở", en: "agency" });
  if (input.parentUnitId === null) {
    const unit: AgencyUnit = input.unit;
    return validated(
      mapAgencies(snapshot, (candidate) =>
        candidate.id === agency.id ? { ...candidate, units: [...candidate.units, unit] } : candidate,
      ),
    );
  }
  const parent = agency.units.find((unit) => unit.id === input.parentUnitId);
  if (parent?.type !== "sub_department" || input.unit.type !== "division") {
    return {
      ok: false,
      error: {
        code: "INVALID_PARENT",
        message: {
          vi: `"${input.parentUnitId}" không phải là chi cục của ${agency.name}: chỉ chi cục mới có phòng trực thuộc.`,
          en: `"${input.parentUnitId}" is not a sub-department of this agency: only a chi cục has divisions.`,
        },
        problems: [],
      },
    };
  }
  const child: SubDivision = {
    id: input.unit.id,
    name: input.unit.name,
    payroll: input.unit.payroll,
    deputies: input.unit.deputies,
    type: "division",
    ...(input.unit.positions ? { positions: input.unit.positions } : {}),
    ...(input.unit.staff ? { staff: input.unit.staff } : {}),
  };
  return validated(
    mapUnits(snapshot, (unit) =>
      unit.id === parent.id && unit.type === "sub_department"
        ? { ...unit, units: [...unit.units, child] }
        : unit,
    ),
  );
}

export function updateUnit(snapshot: Snapshot, id: string, changes: UnitChanges): EditResult {
  const unit = findUnit(snapshot, id);
  if (!unit) return notFound(id, { vi: "đơn vị", en: "unit" });
  const { specialisedScope, delegatedAuthority, ...common } = changes;
  if (
    unit.type !== "sub_department" &&
    (specialisedScope !== undefined || delegatedAuthority !== undefined)
  ) {
    return {
      ok: false,
      error: {
        code: "INVALID_EDIT",
        message: {
          vi: "Chỉ chi cục mới có tiêu chí specialisedScope, delegatedAuthority.",
          en: "Only a sub-department has specialisedScope and delegatedAuthority.",
        },
        problems: [],
      },
    };
  }
  return validated(
    mapUnits(snapshot, (candidate) => {
      if (candidate.id !== id) return candidate;
      const next = { ...candidate, ...common };
      if (next.type === "sub_department") {
        return {
          ...next,
          ...(specialisedScope === undefined ? {} : { specialisedScope }),
          ...(delegatedAuthority === undefined ? {} : { delegatedAuthority }),
        };
      }
      return next;
    }),
  );
}

export function deleteUnit(snapshot: Snapshot, id: string): EditResult {
  if (!findUnit(snapshot, id)) return notFound(id, { vi: "đơn vị", en: "unit" });
  const withoutUnit = mapUnits(snapshot, (candidate) => (candidate.id === id ? null : candidate));
  // The sở's office functions holder is cleared with it; P-EST-02 then reports the gap.
  return validated(
    mapAgencies(withoutUnit, (agency) =>
      agency.officeFunctionsUnitId === id ? { ...agency, officeFunctionsUnitId: null } : agency,
    ),
  );
}

export function createDivision(
  snapshot: Snapshot,
  input: z.infer<typeof createDivisionInputSchema>,
): EditResult {
  if (!snapshot.districts.some((district) => district.id === input.districtId)) {
    return notFound(input.districtId, { vi: "huyện", en: "district" });
  }
  return validated({
    ...snapshot,
    districts: snapshot.districts.map((district) =>
      district.id === input.districtId
        ? { ...district, divisions: [...district.divisions, input.division] }
        : district,
    ),
  });
}

export function updateDivision(snapshot: Snapshot, id: string, changes: DivisionChanges): EditResult {
  if (!snapshot.districts.some((district) => district.divisions.some((division) => division.id === id))) {
    return notFound(id, { vi: "phòng", en: "division" });
  }
  return validated(
    mapDivisions(snapshot, (division) => (division.id === id ? { ...division, ...changes } : division)),
  );
}

export function deleteDivision(snapshot: Snapshot, id: string): EditResult {
  if (!snapshot.districts.some((district) => district.divisions.some((division) => division.id === id))) {
    return notFound(id, { vi: "phòng", en: "division" });
  }
  return validated(mapDivisions(snapshot, (division) => (division.id === id ? null : division)));
}

interface Holder {
  positions?: Position[];
  staff?: StaffMember[];
}

/** Applies `change` to the positions (and staff) of whichever agency, unit or division has `holderId`. */
function mapHolder(
  snapshot: Snapshot,
  holderId: string,
  change: <T extends Holder>(holder: T) => T,
): { snapshot: Snapshot; found: boolean } {
  let found = false;
  const apply = <T extends Holder & { id: string }>(holder: T): T => {
    if (holder.id !== holderId) return holder;
    found = true;
    return change(holder);
  };
  const withUnits = mapUnits(mapAgencies(snapshot, apply), (unit) => apply(unit));
  return { snapshot: mapDivisions(withUnits, (division) => apply(division)), found };
}

function findPositionHolder(snapshot: Snapshot, positionId: string): string | undefined {
  const holders: (Holder & { id: string })[] = [];
  for (const agency of snapshot.agencies) {
    holders.push(agency);
    for (const unit of agency.units) {
      holders.push(unit);
      if (unit.type === "sub_department") holders.push(...unit.units);
    }
  }
  for (const district of snapshot.districts) holders.push(...district.divisions);
  return holders.find((holder) => holder.positions?.some((position) => position.id === positionId))?.id;
}

export function createPosition(
  snapshot: Snapshot,
  input: z.infer<typeof createPositionInputSchema>,
): EditResult {
  const { snapshot: next, found } = mapHolder(snapshot, input.holderId, (holder) => ({
    ...holder,
    positions: [...(holder.positions ?? []), input.position],
  }));
  return found ? validated(next) : notFound(input.holderId, { vi: "đơn vị", en: "unit" });
}

export function updatePosition(snapshot: Snapshot, id: string, changes: PositionChanges): EditResult {
  const holderId = findPositionHolder(snapshot, id);
  if (holderId === undefined) return notFound(id, { vi: "vị trí việc làm", en: "job position" });
  const { snapshot: next } = mapHolder(snapshot, holderId, (holder) => ({
    ...holder,
    positions: (holder.positions ?? []).map((position) =>
      position.id === id ? { ...position, ...changes } : position,
    ),
  }));
  return validated(next);
}

export function deletePosition(snapshot: Snapshot, id: string): EditResult {
  const holderId = findPositionHolder(snapshot, id);
  if (holderId === undefined) return notFound(id, { vi: "vị trí việc làm", en: "job position" });
  const { snapshot: next } = mapHolder(snapshot, holderId, (holder) => ({
    ...holder,
    positions: (holder.positions ?? []).filter((position) => position.id !== id),
    // Staff placed in it become unplaced rather than pointing at nothing.
    ...(holder.staff
      ? {
          staff: holder.staff.map((member) =>
            member.positionId === id ? { ...member, positionId: null } : member,
          ),
        }
      : {}),
  }));
  return validated(next);
}
