// What the plan editor's operation forms offer, from the structure the operation applies to: the units an
// operation can name (sở and their units, district divisions, and — in a snapshot/2 baseline — the phòng
// and service centres of the commune level), the places a unit can be created in, and the function codes
// that fit the unit (a district's codes for a district division, the commune codes of C26-ORG-01 for a
// commune organisation: the domain refuses the other level's codes).
import {
  communeFunctionNames,
  communeFunctions,
  type CommuneOrganisation,
  districtFunctionNames,
  districtFunctionSchema,
  listOrganisationUnits,
  type Snapshot,
} from "@tinhgon/domain";

export interface TargetOption {
  value: string;
  label: string;
}

export interface TargetGroup {
  label: string;
  options: TargetOption[];
}

/** The commune-level unit holding the organisation `id`, with it; undefined when `id` is not one. */
export function communeOrganisationOf(
  structure: Snapshot,
  id: unknown,
): { communeId: string; organisation: CommuneOrganisation } | undefined {
  if (typeof id !== "string") return undefined;
  for (const commune of structure.communes) {
    const organisation = commune.organisations.find((candidate) => candidate.id === id);
    if (organisation) return { communeId: commune.id, organisation };
  }
  return undefined;
}

export function isCommune(structure: Snapshot, id: unknown): boolean {
  return typeof id === "string" && structure.communes.some((commune) => commune.id === id);
}

/** The units an operation can name (the domain's list), grouped by their district, agency or commune-level unit. */
export function unitTargetGroups(structure: Snapshot): TargetGroup[] {
  const units = listOrganisationUnits(structure);
  const groups = new Map<string, TargetOption[]>();
  const parentName = new Map<string, string>();
  for (const district of structure.districts) parentName.set(district.id, district.name);
  for (const commune of structure.communes) parentName.set(commune.id, commune.name);
  for (const unit of units) parentName.set(unit.id, unit.name);
  for (const unit of units) {
    const parent = unit.parentId ?? "";
    // Every commune-level unit has a "Phòng Kinh tế" and a service centre: the label names the unit too,
    // so that typing finds the right one ("Phòng Kinh tế (Đặc khu Cát Hải)").
    const label =
      unit.kind === "commune-organisation" ? `${unit.name} (${parentName.get(parent) ?? parent})` : unit.name;
    const list = groups.get(parent) ?? [];
    list.push({ value: unit.id, label });
    groups.set(parent, list);
  }
  return [...groups.entries()].map(([parent, options]) => ({
    label: parent === "" ? "—" : (parentName.get(parent) ?? parent),
    options,
  }));
}

/** Where a unit can be created: districts (for divisions), commune-level units, agencies and chi cục. */
export function createTargets(structure: Snapshot): TargetOption[] {
  return [...moveTargets(structure), ...communeTargets(structure)];
}

/** Where a unit can be moved to: districts, agencies and chi cục (the commune level moves nothing). */
export function moveTargets(structure: Snapshot): TargetOption[] {
  return [
    ...structure.districts.map((district) => ({ value: district.id, label: district.name })),
    ...listOrganisationUnits(structure)
      .filter((unit) => unit.kind === "agency" || unit.unitType === "sub_department")
      .map((unit) => ({ value: unit.id, label: unit.name })),
  ];
}

function communeTargets(structure: Snapshot): TargetOption[] {
  return structure.communes.map((commune) => ({ value: commune.id, label: commune.name }));
}

const districtFunctionOptions: TargetOption[] = districtFunctionSchema.options.map((code) => ({
  value: code,
  label: districtFunctionNames[code],
}));

const communeFunctionOptions: TargetOption[] = communeFunctions.map((code) => ({
  value: code,
  label: communeFunctionNames[code],
}));

/**
 * The function codes to offer for a unit named `id` (an existing unit, or the commune-level unit or
 * district a new one is created in): the commune codes at the commune level, the district codes elsewhere.
 */
export function functionOptionsFor(structure: Snapshot, id: unknown): TargetOption[] {
  return isCommune(structure, id) || communeOrganisationOf(structure, id) !== undefined
    ? communeFunctionOptions
    : districtFunctionOptions;
}

/** The values of the create form's unit fields. */
export interface CreatedUnitValues {
  id: string;
  name: string;
  payroll: unknown;
  deputies: unknown;
  functions: unknown;
  type: unknown;
}

/**
 * The create operation for a unit made in `parent`: a district division, a commune organisation
 * (plan/2's `commune` field: a phòng with its functions, or the service centre with none), or a unit of
 * an agency or chi cục (a new agency without a parent).
 */
export function createOperationIn(structure: Snapshot, parent: string, unit: CreatedUnitValues): unknown {
  const common = { id: unit.id, name: unit.name, payroll: unit.payroll ?? 0, deputies: unit.deputies ?? 0 };
  const functions = unit.functions ?? [];
  if (structure.districts.some((district) => district.id === parent)) {
    return { op: "create", parentId: null, district: parent, unit: { ...common, functions } };
  }
  if (isCommune(structure, parent)) {
    const type = unit.type === "service_centre" ? "service_centre" : "division";
    return {
      op: "create",
      parentId: null,
      district: null,
      commune: parent,
      unit: { ...common, type, functions: type === "service_centre" ? [] : functions },
    };
  }
  const isSubDepartment = listOrganisationUnits(structure).some(
    (candidate) => candidate.id === parent && candidate.unitType === "sub_department",
  );
  return {
    op: "create",
    parentId: parent || null,
    district: null,
    unit: { ...common, type: isSubDepartment ? "division" : (unit.type ?? "division") },
  };
}
