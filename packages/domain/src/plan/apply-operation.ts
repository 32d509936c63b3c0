// Applying one plan operation to a snapshot: a new snapshot, or a typed error saying why not. The input
// is never changed. Every result is re-validated as a whole document (unique ids, references), so a
// plan can never produce what an import would refuse. Carry-over rules (ADR 0017, 0019): a merge takes
// the union of functions, the sums of payroll and deputies (unless given), all positions and staff; a
// split must allocate payroll, deputies and functions exactly; dissolve hands payroll, functions,
// positions and staff to `transferTo`. Commune-level organisations (snapshot/2) take the same operations
// inside their own xã, phường or đặc khu; a function code of the other level is refused by name
// (FUNCTION_WRONG_LEVEL), never left to the schema's generic message (ADR 0037).
import type { LocalizedText } from "../shared/localized.ts";
import { type CommuneFunction, communeFunctions, isDistrictFunction } from "../snapshot/catalogue.ts";
import { problemsFromIssue } from "../snapshot/input-problem.ts";
import { findReferenceProblems } from "../snapshot/parse-snapshot.ts";
import {
  type Agency,
  type AgencyUnit,
  agencySchema,
  agencyUnitSchema,
  type Commune,
  type CommuneOrganisation,
  communeOrganisationSchema,
  type District,
  type Division,
  divisionSchema,
  type Position,
  type Snapshot,
  snapshotSchema,
  type StaffMember,
  type SubDivision,
  subDivisionSchema,
} from "../snapshot/snapshot.schema.ts";
import type { Operation } from "./plan.schema.ts";

export type OperationErrorCode =
  | "UNKNOWN_ID"
  | "MERGE_SELF"
  | "MERGE_INCOMPATIBLE"
  | "SPLIT_PAYROLL_MISMATCH"
  | "SPLIT_DEPUTIES_MISMATCH"
  | "SPLIT_FUNCTIONS_MISMATCH"
  | "INVALID_PARENT"
  | "MOVE_UNDER_OWN_CHILD"
  | "DISSOLVE_INTO_ITSELF"
  | "TRANSFER_EXCEEDS_PAYROLL"
  | "TRANSFER_FUNCTION_NOT_HELD"
  | "INVALID_UNIT"
  | "FUNCTION_WRONG_LEVEL"
  | "INVALID_RESULT";

export interface OperationError {
  code: OperationErrorCode;
  message: LocalizedText;
}

export type OperationResult = { ok: true; snapshot: Snapshot } | { ok: false; error: OperationError };

function fail(code: OperationErrorCode, vi: string, en: string): OperationResult {
  return { ok: false, error: { code, message: { vi, en } } };
}

const unknownId = (id: string): OperationResult =>
  fail(
    "UNKNOWN_ID",
    `không có đơn vị "${id}" trong cơ cấu tại bước này`,
    `no unit "${id}" in the structure at this step`,
  );

/** Where a node sits in the working copy. */
type Located =
  | { kind: "agency"; agency: Agency; list: Agency[] }
  | { kind: "unit"; unit: AgencyUnit; agency: Agency; list: AgencyUnit[] }
  | {
      kind: "sub-unit";
      unit: SubDivision;
      agency: Agency;
      parent: Extract<AgencyUnit, { type: "sub_department" }>;
      list: SubDivision[];
    }
  | { kind: "district"; district: District; list: District[] }
  | { kind: "division"; division: Division; district: District; list: Division[] }
  | { kind: "commune"; commune: Commune; list: Commune[] }
  | {
      kind: "commune-organisation";
      organisation: CommuneOrganisation;
      commune: Commune;
      list: CommuneOrganisation[];
    };

function locate(snapshot: Snapshot, id: string): Located | undefined {
  for (const agency of snapshot.agencies) {
    if (agency.id === id) return { kind: "agency", agency, list: snapshot.agencies };
    for (const unit of agency.units) {
      if (unit.id === id) return { kind: "unit", unit, agency, list: agency.units };
      if (unit.type !== "sub_department") continue;
      const child = unit.units.find((candidate) => candidate.id === id);
      if (child) return { kind: "sub-unit", unit: child, agency, parent: unit, list: unit.units };
    }
  }
  for (const district of snapshot.districts) {
    if (district.id === id) return { kind: "district", district, list: snapshot.districts };
    const division = district.divisions.find((candidate) => candidate.id === id);
    if (division) return { kind: "division", division, district, list: district.divisions };
  }
  for (const commune of snapshot.communes) {
    if (commune.id === id) return { kind: "commune", commune, list: snapshot.communes };
    const organisation = commune.organisations.find((candidate) => candidate.id === id);
    if (organisation)
      return { kind: "commune-organisation", organisation, commune, list: commune.organisations };
  }
  return undefined;
}

const communeCodes: ReadonlySet<string> = new Set(communeFunctions);
function isCommuneFunction(code: string): code is CommuneFunction {
  return communeCodes.has(code);
}

/**
 * A function code of the other level: commune codes (VAN_HOA_XA_HOI … of 150/2025) on a district division,
 * or district codes on a commune organisation. KINH_TE, VAN_PHONG and KINH_TE_HA_TANG_DO_THI exist at both.
 */
function wrongLevel(
  codes: readonly string[],
  level: "district" | "commune",
  target: string,
): OperationResult | undefined {
  const foreign = codes.filter((code) =>
    level === "district" ? !isDistrictFunction(code) : !isCommuneFunction(code),
  );
  if (foreign.length === 0) return undefined;
  const list = foreign.join(", ");
  return level === "district"
    ? fail(
        "FUNCTION_WRONG_LEVEL",
        `${list} là chức năng của phòng cấp xã (Nghị định 150/2025), không giao cho phòng chuyên môn cấp huyện "${target}"`,
        `${list} is a function of a commune-level division (Decree 150/2025), not of the district division "${target}"`,
      )
    : fail(
        "FUNCTION_WRONG_LEVEL",
        `${list} là chức năng của phòng chuyên môn cấp huyện, không giao cho tổ chức cấp xã "${target}" (chỉ VAN_PHONG, KINH_TE, KINH_TE_HA_TANG_DO_THI, VAN_HOA_XA_HOI)`,
        `${list} is a district division's function, not one of the commune-level organisation "${target}" (only VAN_PHONG, KINH_TE, KINH_TE_HA_TANG_DO_THI, VAN_HOA_XA_HOI)`,
      );
}

/** A service centre holds no division functions (C26-ORG-01; parse-snapshot refuses them too). */
function serviceCentreFunctions(target: string): OperationResult {
  return fail(
    "INVALID_UNIT",
    `"${target}" là Trung tâm phục vụ hành chính công, không nhận chức năng của phòng`,
    `"${target}" is a public-administration service centre and takes no division functions`,
  );
}

function nodeOf(located: Located): {
  id: string;
  name: string;
  payroll?: number;
  deputies?: number;
  positions?: Position[];
  staff?: StaffMember[];
} {
  switch (located.kind) {
    case "agency":
      return located.agency;
    case "unit":
    case "sub-unit":
      return located.unit;
    case "district":
      return located.district;
    case "division":
      return located.division;
    case "commune":
      return located.commune;
    case "commune-organisation":
      return located.organisation;
  }
}

/** Plain data in, plain data out: a deep copy the operation may change freely. */
function copy(snapshot: Snapshot): Snapshot {
  return JSON.parse(JSON.stringify(snapshot)) as Snapshot;
}

function concatDetail(items: readonly { positions?: Position[]; staff?: StaffMember[] }[]): {
  positions?: Position[];
  staff?: StaffMember[];
} {
  const positions = items.flatMap((item) => item.positions ?? []);
  const staff = items.flatMap((item) => item.staff ?? []);
  return {
    ...(items.some((item) => item.positions) ? { positions } : {}),
    ...(items.some((item) => item.staff) ? { staff } : {}),
  };
}

function unionFunctions<Code extends string>(lists: readonly (readonly Code[])[]): Code[] {
  return [...new Set(lists.flat())];
}

function replaceOfficeHolder(snapshot: Snapshot, oldIds: readonly string[], newId: string | null): void {
  for (const agency of snapshot.agencies) {
    if (agency.officeFunctionsUnitId !== null && oldIds.includes(agency.officeFunctionsUnitId))
      agency.officeFunctionsUnitId = newId;
  }
}

export function applyOperation(snapshot: Snapshot, operation: Operation): OperationResult {
  const draft = copy(snapshot);
  const result = applyToDraft(draft, operation);
  if (!result.ok) return result;
  return revalidate(result.snapshot);
}

function revalidate(candidate: Snapshot): OperationResult {
  const parsed = snapshotSchema.safeParse(candidate, { reportInput: true });
  const problems = parsed.success
    ? findReferenceProblems(parsed.data)
    : parsed.error.issues.flatMap(problemsFromIssue);
  const [first] = problems;
  if (parsed.success && first === undefined) return { ok: true, snapshot: parsed.data };
  const detail = first ? `${first.path}: ${first.message.vi}` : "";
  const detailEn = first ? `${first.path}: ${first.message.en}` : "";
  return fail("INVALID_RESULT", `kết quả không hợp lệ — ${detail}`, `the result is not valid — ${detailEn}`);
}

function applyToDraft(draft: Snapshot, operation: Operation): OperationResult {
  switch (operation.op) {
    case "merge":
      return merge(draft, operation);
    case "split":
      return split(draft, operation);
    case "rename": {
      const located = locate(draft, operation.id);
      if (!located) return unknownId(operation.id);
      nodeOf(located).name = operation.name;
      return { ok: true, snapshot: draft };
    }
    case "create":
      return create(draft, operation);
    case "dissolve":
      return dissolve(draft, operation);
    case "move":
      return move(draft, operation);
    case "transfer":
      return transfer(draft, operation);
    case "set": {
      const located = locate(draft, operation.id);
      if (!located) return unknownId(operation.id);
      if (located.kind === "district") {
        return fail(
          "INVALID_UNIT",
          `"${operation.id}" là huyện, không có biên chế riêng`,
          `"${operation.id}" is a district and has no payroll of its own`,
        );
      }
      if (located.kind === "commune") {
        return fail(
          "INVALID_UNIT",
          `"${operation.id}" là đơn vị hành chính cấp xã, không có biên chế riêng (biên chế thuộc các phòng và trung tâm)`,
          `"${operation.id}" is a commune-level unit with no payroll of its own (its organisations have it)`,
        );
      }
      const node = nodeOf(located);
      if (operation.payroll !== undefined) node.payroll = operation.payroll;
      if (operation.deputies !== undefined) node.deputies = operation.deputies;
      return { ok: true, snapshot: draft };
    }
  }
}

function merge(draft: Snapshot, operation: Extract<Operation, { op: "merge" }>): OperationResult {
  if (new Set(operation.ids).size !== operation.ids.length) {
    return fail(
      "MERGE_SELF",
      "không thể hợp nhất một đơn vị với chính nó (mã bị lặp)",
      "cannot merge a unit with itself (repeated id)",
    );
  }
  const located: Located[] = [];
  for (const id of operation.ids) {
    const found = locate(draft, id);
    if (!found) return unknownId(id);
    located.push(found);
  }
  const [first] = located;
  if (!first) return unknownId(operation.ids[0] ?? "");
  const incompatible = fail(
    "MERGE_INCOMPATIBLE",
    "chỉ hợp nhất được các đơn vị cùng cấp và cùng nơi trực thuộc (các phòng của cùng một huyện, các đơn vị của cùng một sở hoặc chi cục, hoặc các sở)",
    "only units of one level and one parent can be merged (divisions of one district, units of one agency or chi cục, or agencies)",
  );
  const { into } = operation;
  const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

  switch (first.kind) {
    case "division": {
      const divisions = located.map((item) =>
        item.kind === "division" && item.district === first.district ? item.division : undefined,
      );
      if (divisions.some((item) => item === undefined)) return incompatible;
      const parts = divisions.filter((item): item is Division => item !== undefined);
      const merged: Division = {
        id: into.id,
        name: into.name,
        functions: unionFunctions(parts.map((part) => part.functions)),
        payroll: into.payroll ?? sum(parts.map((part) => part.payroll)),
        deputies: into.deputies ?? sum(parts.map((part) => part.deputies)),
        ...concatDetail(parts),
      };
      first.district.divisions = placeMerged(first.list, parts, merged);
      return { ok: true, snapshot: draft };
    }
    case "unit": {
      const units = located.map((item) =>
        item.kind === "unit" && item.agency === first.agency ? item.unit : undefined,
      );
      if (units.some((item) => item === undefined)) return incompatible;
      const parts = units.filter((item): item is AgencyUnit => item !== undefined);
      const chiCuc = parts.filter((part) => part.type === "sub_department");
      if (chiCuc.length > 0 && chiCuc.length !== parts.length) return incompatible;
      const common = {
        id: into.id,
        name: into.name,
        payroll: into.payroll ?? sum(parts.map((part) => part.payroll)),
        deputies: into.deputies ?? sum(parts.map((part) => part.deputies)),
        ...concatDetail(parts),
      };
      const merged: AgencyUnit =
        first.unit.type === "sub_department"
          ? {
              ...common,
              type: "sub_department",
              specialisedScope: chiCuc.some((part) => part.specialisedScope),
              delegatedAuthority: chiCuc.some((part) => part.delegatedAuthority),
              units: chiCuc.flatMap((part) => part.units),
            }
          : { ...common, type: first.unit.type };
      first.agency.units = placeMerged(first.list, parts, merged);
      replaceOfficeHolder(draft, operation.ids, merged.type === "division" ? merged.id : null);
      return { ok: true, snapshot: draft };
    }
    case "sub-unit": {
      const units = located.map((item) =>
        item.kind === "sub-unit" && item.parent === first.parent ? item.unit : undefined,
      );
      if (units.some((item) => item === undefined)) return incompatible;
      const parts = units.filter((item): item is SubDivision => item !== undefined);
      const merged: SubDivision = {
        id: into.id,
        name: into.name,
        type: "division",
        payroll: into.payroll ?? sum(parts.map((part) => part.payroll)),
        deputies: into.deputies ?? sum(parts.map((part) => part.deputies)),
        ...concatDetail(parts),
      };
      first.parent.units = placeMerged(first.list, parts, merged);
      return { ok: true, snapshot: draft };
    }
    case "agency": {
      const agencies = located.map((item) => (item.kind === "agency" ? item.agency : undefined));
      if (agencies.some((item) => item === undefined)) return incompatible;
      const parts = agencies.filter((item): item is Agency => item !== undefined);
      const merged: Agency = {
        id: into.id,
        kind: first.agency.kind,
        name: into.name,
        payroll: into.payroll ?? sum(parts.map((part) => part.payroll)),
        deputies: into.deputies ?? sum(parts.map((part) => part.deputies)),
        officeFunctionsUnitId:
          parts.find((part) => part.officeFunctionsUnitId !== null)?.officeFunctionsUnitId ?? null,
        units: parts.flatMap((part) => part.units),
        ...concatDetail(parts),
      };
      draft.agencies = placeMerged(first.list, parts, merged);
      return { ok: true, snapshot: draft };
    }
    case "district":
      return fail(
        "MERGE_INCOMPATIBLE",
        "hợp nhất đơn vị hành chính cấp huyện không thuộc phạm vi phương án này",
        "merging districts is outside a plan's scope",
      );
    case "commune":
      return fail(
        "MERGE_INCOMPATIBLE",
        "hợp nhất đơn vị hành chính cấp xã không thuộc phạm vi phương án này (chỉ hợp nhất các phòng của cùng một xã, phường, đặc khu)",
        "merging commune-level units is outside a plan's scope (only organisations of one commune-level unit merge)",
      );
    case "commune-organisation": {
      const organisations = located.map((item) =>
        item.kind === "commune-organisation" && item.commune === first.commune
          ? item.organisation
          : undefined,
      );
      if (organisations.some((item) => item === undefined)) {
        return fail(
          "MERGE_INCOMPATIBLE",
          `chỉ hợp nhất các tổ chức của cùng một đơn vị hành chính cấp xã (${first.commune.name})`,
          `only organisations of one commune-level unit merge (${first.commune.name})`,
        );
      }
      const parts = organisations.filter((item): item is CommuneOrganisation => item !== undefined);
      if (parts.some((part) => part.type !== first.organisation.type)) {
        return fail(
          "MERGE_INCOMPATIBLE",
          "không hợp nhất Trung tâm phục vụ hành chính công với một phòng chuyên môn",
          "a public-administration service centre cannot merge with a division",
        );
      }
      const merged: CommuneOrganisation = {
        id: into.id,
        type: first.organisation.type,
        name: into.name,
        functions: unionFunctions(parts.map((part) => part.functions)),
        payroll: into.payroll ?? sum(parts.map((part) => part.payroll)),
        deputies: into.deputies ?? sum(parts.map((part) => part.deputies)),
        ...concatDetail(parts),
      };
      first.commune.organisations = placeMerged(first.list, parts, merged);
      return { ok: true, snapshot: draft };
    }
  }
}

/** The merged item takes the place of the first part; the other parts disappear. */
function placeMerged<T>(list: readonly T[], parts: readonly T[], merged: T): T[] {
  const firstIndex = Math.min(...parts.map((part) => list.indexOf(part)));
  return list.flatMap((item, index) =>
    index === firstIndex ? [merged] : parts.includes(item) ? [] : [item],
  );
}

function split(draft: Snapshot, operation: Extract<Operation, { op: "split" }>): OperationResult {
  const located = locate(draft, operation.id);
  if (!located) return unknownId(operation.id);
  if (located.kind === "district")
    return fail(
      "INVALID_UNIT",
      "không chia tách đơn vị hành chính cấp huyện",
      "districts are not split by a plan",
    );
  if (located.kind === "commune")
    return fail(
      "INVALID_UNIT",
      "không chia tách đơn vị hành chính cấp xã bằng phương án (chỉ tách các phòng của đơn vị)",
      "commune-level units are not split by a plan (their organisations are)",
    );
  const allocatedCodes = operation.into.flatMap((part) => part.functions);
  if (located.kind === "division") {
    const refused = wrongLevel(allocatedCodes, "district", operation.id);
    if (refused) return refused;
  }
  if (located.kind === "commune-organisation") {
    const refused = wrongLevel(allocatedCodes, "commune", operation.id);
    if (refused) return refused;
  }
  const node = nodeOf(located);
  const payroll = operation.into.reduce((total, part) => total + part.payroll, 0);
  const deputies = operation.into.reduce((total, part) => total + part.deputies, 0);
  if (payroll !== node.payroll) {
    return fail(
      "SPLIT_PAYROLL_MISMATCH",
      `tổng biên chế các phần (${payroll}) phải bằng biên chế của "${node.name}" (${String(node.payroll)})`,
      `the parts' payroll (${payroll}) must add up to "${node.name}"'s (${String(node.payroll)})`,
    );
  }
  if (deputies !== node.deputies) {
    return fail(
      "SPLIT_DEPUTIES_MISMATCH",
      `tổng cấp phó các phần (${deputies}) phải bằng số cấp phó của "${node.name}" (${String(node.deputies)})`,
      `the parts' deputies (${deputies}) must add up to "${node.name}"'s (${String(node.deputies)})`,
    );
  }
  const allocated: readonly string[] = allocatedCodes;
  const original: readonly string[] =
    located.kind === "division"
      ? located.division.functions
      : located.kind === "commune-organisation"
        ? located.organisation.functions
        : [];
  const exact =
    allocated.length === original.length &&
    new Set(allocated).size === allocated.length &&
    original.every((code) => allocated.includes(code));
  if (!exact) {
    return fail(
      "SPLIT_FUNCTIONS_MISMATCH",
      `mỗi lĩnh vực của "${node.name}" (${original.join(", ") || "không có"}) phải được giao cho đúng một phần`,
      `each function of "${node.name}" (${original.join(", ") || "none"}) must go to exactly one part`,
    );
  }
  // Positions and staff stay with the first part: the plan moves them on explicitly (ADR 0019).
  const detail = {
    ...(node.positions ? { positions: node.positions } : {}),
    ...(node.staff ? { staff: node.staff } : {}),
  };
  switch (located.kind) {
    case "division": {
      const parts = operation.into.map((part, index): Division => ({
        ...part,
        functions: part.functions.filter(isDistrictFunction), // all of them: checked above
        ...(index === 0 ? detail : {}),
      }));
      located.district.divisions = located.list.flatMap((item) =>
        item === located.division ? parts : [item],
      );
      return { ok: true, snapshot: draft };
    }
    case "commune-organisation": {
      const source = located.organisation;
      const parts = operation.into.map((part, index): CommuneOrganisation => ({
        id: part.id,
        type: source.type,
        name: part.name,
        functions: part.functions.filter(isCommuneFunction), // all of them: checked above
        payroll: part.payroll,
        deputies: part.deputies,
        ...(index === 0 ? detail : {}),
      }));
      located.commune.organisations = located.list.flatMap((item) => (item === source ? parts : [item]));
      return { ok: true, snapshot: draft };
    }
    case "unit": {
      const source = located.unit;
      const parts = operation.into.map((part, index): AgencyUnit => {
        const common = {
          id: part.id,
          name: part.name,
          payroll: part.payroll,
          deputies: part.deputies,
          ...(index === 0 ? detail : {}),
        };
        if (source.type !== "sub_department") return { ...common, type: source.type };
        return {
          ...common,
          type: "sub_department",
          specialisedScope: source.specialisedScope,
          delegatedAuthority: source.delegatedAuthority,
          units: index === 0 ? source.units : [],
        };
      });
      located.agency.units = located.list.flatMap((item) => (item === source ? parts : [item]));
      replaceOfficeHolder(draft, [source.id], source.type === "division" ? (parts[0]?.id ?? null) : null);
      return { ok: true, snapshot: draft };
    }
    case "sub-unit": {
      const parts = operation.into.map((part, index): SubDivision => ({
        id: part.id,
        name: part.name,
        type: "division",
        payroll: part.payroll,
        deputies: part.deputies,
        ...(index === 0 ? detail : {}),
      }));
      located.parent.units = located.list.flatMap((item) => (item === located.unit ? parts : [item]));
      return { ok: true, snapshot: draft };
    }
    case "agency": {
      const source = located.agency;
      const parts = operation.into.map((part, index): Agency => ({
        id: part.id,
        kind: source.kind,
        name: part.name,
        payroll: part.payroll,
        deputies: part.deputies,
        officeFunctionsUnitId: index === 0 ? source.officeFunctionsUnitId : null,
        units: index === 0 ? source.units : [],
        ...(index === 0 ? detail : {}),
      }));
      draft.agencies = located.list.flatMap((item) => (item === source ? parts : [item]));
      return { ok: true, snapshot: draft };
    }
  }
}

function create(draft: Snapshot, operation: Extract<Operation, { op: "create" }>): OperationResult {
  const invalid = (
    what: string,
    issues: readonly { path: PropertyKey[]; message: string }[],
  ): OperationResult => {
    const [first] = issues;
    const where = first ? ` (unit.${first.path.map(String).join(".")}: ${first.message})` : "";
    return fail(
      "INVALID_UNIT",
      `đơn vị mới không đúng định dạng ${what}${where}`,
      `the new unit is not a valid ${what}${where}`,
    );
  };
  const places = [operation.district !== null, operation.parentId !== null, operation.commune !== undefined];
  if (places.filter(Boolean).length > 1) {
    return fail(
      "INVALID_PARENT",
      'chỉ nêu một nơi đặt đơn vị mới: "district" (phòng của huyện), "commune" (phòng, trung tâm của xã, phường, đặc khu) hoặc "parentId" (sở, chi cục)',
      'name one place for the new unit: "district" (a district division), "commune" (an organisation of a commune-level unit) or "parentId" (an agency or chi cục)',
    );
  }
  const functions = (operation.unit as { functions?: unknown }).functions;
  const codes = Array.isArray(functions)
    ? functions.filter((code): code is string => typeof code === "string")
    : [];
  const newId = typeof operation.unit.id === "string" ? operation.unit.id : "?";
  if (operation.commune !== undefined) {
    const commune = draft.communes.find((candidate) => candidate.id === operation.commune);
    if (!commune) return unknownId(operation.commune);
    const refused = wrongLevel(codes, "commune", newId);
    if (refused) return refused;
    const parsed = communeOrganisationSchema.safeParse(operation.unit, { reportInput: true });
    if (!parsed.success) return invalid("tổ chức cấp xã / commune-level organisation", parsed.error.issues);
    commune.organisations.push(parsed.data);
    return { ok: true, snapshot: draft };
  }
  if (operation.district !== null) {
    const district = draft.districts.find((candidate) => candidate.id === operation.district);

    if (!district) return unknownId(operation.district);
    const refused = wrongLevel(codes, "district", newId);
    if (refused) return refused;
    const parsed = divisionSchema.safeParse(operation.unit, { reportInput: true });
    if (!parsed.success) return invalid("phòng chuyên môn / division", parsed.error.issues);
    district.divisions.push(parsed.data);
    return { ok: true, snapshot: draft };
  }
  if (operation.parentId === null) {
    const parsed = agencySchema.safeParse(operation.unit, { reportInput: true });
    if (!parsed.success) return invalid("sở / agency", parsed.error.issues);
    draft.agencies.push(parsed.data);
    return { ok: true, snapshot: draft };
  }
  const parent = locate(draft, operation.parentId);
  if (parent?.kind === "agency") {
    const parsed = agencyUnitSchema.safeParse(operation.unit, { reportInput: true });
    if (!parsed.success) return invalid("đơn vị thuộc sở / agency unit", parsed.error.issues);
    parent.agency.units.push(parsed.data);
    return { ok: true, snapshot: draft };
  }
  if (parent?.kind === "unit" && parent.unit.type === "sub_department") {
    const parsed = subDivisionSchema.safeParse(operation.unit, { reportInput: true });
    if (!parsed.success) return invalid("phòng thuộc chi cục / division of a chi cục", parsed.error.issues);
    parent.unit.units.push(parsed.data);
    return { ok: true, snapshot: draft };
  }
  if (!parent) return unknownId(operation.parentId);
  return fail(
    "INVALID_PARENT",
    `"${operation.parentId}" không thể có đơn vị trực thuộc (chỉ sở và chi cục có; phòng của huyện tạo bằng "district", tổ chức cấp xã bằng "commune")`,
    `"${operation.parentId}" cannot hold units (only an agency or a chi cục can; district divisions use "district", commune-level organisations "commune")`,
  );
}

function dissolve(draft: Snapshot, operation: Extract<Operation, { op: "dissolve" }>): OperationResult {
  if (operation.id === operation.transferTo) {
    return fail(
      "DISSOLVE_INTO_ITSELF",
      "không thể giải thể một đơn vị vào chính nó",
      "cannot dissolve a unit into itself",
    );
  }
  const source = locate(draft, operation.id);
  if (!source) return unknownId(operation.id);
  const target = locate(draft, operation.transferTo);
  if (!target) return unknownId(operation.transferTo);
  if (source.kind === "commune-organisation" || target.kind === "commune-organisation") {
    return dissolveCommuneOrganisation(draft, operation, source, target);
  }
  const sameLevel =
    (source.kind === "division" && target.kind === "division") ||
    (source.kind === "agency" && target.kind === "agency") ||
    ((source.kind === "unit" || source.kind === "sub-unit") &&
      (target.kind === "unit" || target.kind === "sub-unit") &&
      source.agency === target.agency);
  if (!sameLevel) {
    return fail(
      "INVALID_PARENT",
      `"${operation.transferTo}" không cùng cấp với "${operation.id}" (phòng sang phòng của huyện, đơn vị sang đơn vị cùng sở, sở sang sở)`,
      `"${operation.transferTo}" is not at the level of "${operation.id}"`,
    );
  }
  const from = nodeOf(source);
  const to = nodeOf(target);
  to.payroll = (to.payroll ?? 0) + (from.payroll ?? 0);
  if (from.positions) to.positions = [...(to.positions ?? []), ...from.positions];
  if (from.staff) to.staff = [...(to.staff ?? []), ...from.staff];
  if (source.kind === "division" && target.kind === "division") {
    target.division.functions = unionFunctions([target.division.functions, source.division.functions]);
    source.district.divisions = source.list.filter((item) => item !== source.division);
  } else if (source.kind === "agency" && target.kind === "agency") {
    target.agency.units.push(...source.agency.units);
    draft.agencies = source.list.filter((item) => item !== source.agency);
  } else if (source.kind === "unit") {
    if (source.unit.type === "sub_department" && source.unit.units.length > 0) {
      if (target.kind !== "unit" || target.unit.type !== "sub_department") {
        return fail(
          "INVALID_PARENT",
          `chi cục "${operation.id}" còn phòng trực thuộc: chỉ giải thể vào một chi cục khác`,
          `chi cục "${operation.id}" still has divisions: dissolve it into another chi cục`,
        );
      }
      target.unit.units.push(...source.unit.units);
    }
    source.agency.units = source.list.filter((item) => item !== source.unit);
    replaceOfficeHolder(
      draft,
      [source.unit.id],
      target.kind === "unit" && target.unit.type === "division" ? target.unit.id : null,
    );
  } else if (source.kind === "sub-unit") {
    source.parent.units = source.list.filter((item) => item !== source.unit);
  }
  return { ok: true, snapshot: draft };
}

/** Dissolve inside one commune-level unit: payroll, positions, staff and functions go to `transferTo`. */
function dissolveCommuneOrganisation(
  draft: Snapshot,
  operation: Extract<Operation, { op: "dissolve" }>,
  source: Located,
  target: Located,
): OperationResult {
  if (
    source.kind !== "commune-organisation" ||
    target.kind !== "commune-organisation" ||
    source.commune !== target.commune
  ) {
    return fail(
      "INVALID_PARENT",
      `"${operation.transferTo}" không cùng đơn vị hành chính cấp xã với "${operation.id}" (giải thể một tổ chức cấp xã vào tổ chức khác của cùng xã, phường, đặc khu)`,
      `"${operation.transferTo}" is not in the commune-level unit of "${operation.id}" (dissolve into an organisation of the same unit)`,
    );
  }
  const from = source.organisation;
  const to = target.organisation;
  if (from.functions.length > 0 && to.type === "service_centre") return serviceCentreFunctions(to.id);
  to.payroll += from.payroll;
  to.functions = unionFunctions([to.functions, from.functions]);
  if (from.positions) to.positions = [...(to.positions ?? []), ...from.positions];
  if (from.staff) to.staff = [...(to.staff ?? []), ...from.staff];
  source.commune.organisations = source.list.filter((item) => item !== from);
  return { ok: true, snapshot: draft };
}

function move(draft: Snapshot, operation: Extract<Operation, { op: "move" }>): OperationResult {
  const source = locate(draft, operation.id);
  if (!source) return unknownId(operation.id);
  const parent = locate(draft, operation.parentId);
  if (!parent) return unknownId(operation.parentId);
  const communeLevel = (item: Located) => item.kind === "commune" || item.kind === "commune-organisation";
  if (communeLevel(source) || communeLevel(parent)) {
    return fail(
      "INVALID_PARENT",
      `không chuyển tổ chức vào hoặc ra khỏi đơn vị hành chính cấp xã ("${operation.id}" → "${operation.parentId}"): UBND tỉnh quy định khung tổ chức của từng xã, phường, đặc khu; hãy giải thể rồi thành lập`,
      `organisations are not moved into or out of a commune-level unit ("${operation.id}" → "${operation.parentId}"): the provincial UBND fixes each unit's frame; dissolve and create instead`,
    );
  }
  if (parent.kind === "sub-unit" && source.kind === "unit" && parent.parent === source.unit) {
    return fail(
      "MOVE_UNDER_OWN_CHILD",
      `không thể chuyển "${operation.id}" vào đơn vị trực thuộc của chính nó`,
      `cannot move "${operation.id}" under its own child`,
    );
  }
  if (operation.id === operation.parentId) {
    return fail(
      "MOVE_UNDER_OWN_CHILD",
      `không thể chuyển "${operation.id}" vào chính nó`,
      `cannot move "${operation.id}" into itself`,
    );
  }
  const invalidParent = fail(
    "INVALID_PARENT",
    `"${operation.parentId}" không thể nhận "${operation.id}" (phòng của huyện sang huyện khác; đơn vị thuộc sở sang sở hoặc vào chi cục)`,
    `"${operation.parentId}" cannot receive "${operation.id}"`,
  );
  if (source.kind === "division") {
    if (parent.kind !== "district") return invalidParent;
    source.district.divisions = source.list.filter((item) => item !== source.division);
    parent.district.divisions.push(source.division);
    return { ok: true, snapshot: draft };
  }
  if (source.kind !== "unit" && source.kind !== "sub-unit") return invalidParent;
  const unit = source.unit;
  if (parent.kind === "agency") {
    detach(source);
    parent.agency.units.push(unit);
  } else if (parent.kind === "unit" && parent.unit.type === "sub_department" && unit.type === "division") {
    detach(source);
    parent.unit.units.push({
      id: unit.id,
      name: unit.name,
      type: "division",
      payroll: unit.payroll,
      deputies: unit.deputies,
      ...(unit.positions ? { positions: unit.positions } : {}),
      ...(unit.staff ? { staff: unit.staff } : {}),
    });
  } else {
    return invalidParent;
  }
  // A unit leaving its agency (or going into a chi cục) no longer holds that agency's office functions.
  replaceOfficeHolder(
    draft,
    [unit.id],
    parent.kind === "agency" && parent.agency === source.agency ? unit.id : null,
  );
  return { ok: true, snapshot: draft };
}

function detach(source: Extract<Located, { kind: "unit" | "sub-unit" }>): void {
  if (source.kind === "unit") source.agency.units = source.list.filter((item) => item !== source.unit);
  else source.parent.units = source.list.filter((item) => item !== source.unit);
}

function transfer(draft: Snapshot, operation: Extract<Operation, { op: "transfer" }>): OperationResult {
  if (operation.from === operation.to) {
    return fail(
      "INVALID_UNIT",
      `không chuyển biên chế, lĩnh vực từ "${operation.from}" cho chính nó`,
      `cannot transfer from "${operation.from}" to itself`,
    );
  }
  const source = locate(draft, operation.from);
  if (!source) return unknownId(operation.from);
  const target = locate(draft, operation.to);
  if (!target) return unknownId(operation.to);
  if (
    source.kind === "district" ||
    target.kind === "district" ||
    source.kind === "commune" ||
    target.kind === "commune"
  ) {
    return fail(
      "INVALID_UNIT",
      "chuyển biên chế, lĩnh vực giữa các phòng, đơn vị; không phải giữa huyện hoặc đơn vị hành chính cấp xã",
      "transfers are between units, not districts or commune-level units",
    );
  }
  if ((source.kind === "commune-organisation") !== (target.kind === "commune-organisation")) {
    return fail(
      "INVALID_UNIT",
      `"${operation.from}" và "${operation.to}" không cùng cấp: tổ chức cấp xã chỉ chuyển biên chế, chức năng với tổ chức cấp xã`,
      `"${operation.from}" and "${operation.to}" are at different levels: a commune-level organisation transfers only to another one`,
    );
  }
  if (source.kind === "division" && target.kind === "division") {
    const refused = wrongLevel(operation.functions, "district", operation.from);
    if (refused) return refused;
  }
  if (source.kind === "commune-organisation" && target.kind === "commune-organisation") {
    const refused = wrongLevel(operation.functions, "commune", operation.from);
    if (refused) return refused;
    if (operation.functions.length > 0 && source.commune !== target.commune) {
      return fail(
        "INVALID_UNIT",
        `chức năng chỉ chuyển giữa các phòng của cùng một đơn vị hành chính cấp xã ("${operation.from}" → "${operation.to}")`,
        `functions move only between organisations of one commune-level unit ("${operation.from}" → "${operation.to}")`,
      );
    }
  }
  const from = nodeOf(source);
  const to = nodeOf(target);
  const available = from.payroll ?? 0;
  if (operation.payroll > available) {
    return fail(
      "TRANSFER_EXCEEDS_PAYROLL",
      `chuyển ${operation.payroll} biên chế nhưng "${from.name}" chỉ có ${available}`,
      `transfers ${operation.payroll} payroll but "${from.name}" has only ${available}`,
    );
  }
  if (
    operation.functions.length > 0 &&
    source.kind === "commune-organisation" &&
    target.kind === "commune-organisation"
  ) {
    const moved = moveCommuneFunctions(operation.functions, source.organisation, target.organisation);
    if (moved) return moved;
  } else if (operation.functions.length > 0) {
    if (source.kind !== "division" || target.kind !== "division") {
      return fail(
        "TRANSFER_FUNCTION_NOT_HELD",
        "chỉ phòng chuyên môn cấp huyện và phòng cấp xã có lĩnh vực để chuyển",
        "only district and commune-level divisions hold functions to transfer",
      );
    }
    const held: readonly string[] = source.division.functions;
    const missing = operation.functions.filter((code) => !held.includes(code));
    if (missing.length > 0) {
      return fail(
        "TRANSFER_FUNCTION_NOT_HELD",
        `"${from.name}" không đảm nhiệm lĩnh vực ${missing.join(", ")}`,
        `"${from.name}" does not hold ${missing.join(", ")}`,
      );
    }
    source.division.functions = source.division.functions.filter(
      (code) => !operation.functions.includes(code),
    );
    target.division.functions = unionFunctions([
      target.division.functions,
      operation.functions.filter(isDistrictFunction), // all of them: the source holds them
    ]);
  }
  from.payroll = available - operation.payroll;
  to.payroll = (to.payroll ?? 0) + operation.payroll;
  return { ok: true, snapshot: draft };
}

/** Function codes from one organisation of a commune-level unit to another; a failure, or undefined when done. */
function moveCommuneFunctions(
  codes: readonly string[],
  from: CommuneOrganisation,
  to: CommuneOrganisation,
): OperationResult | undefined {
  const held: readonly string[] = from.functions;
  const missing = codes.filter((code) => !held.includes(code));
  if (missing.length > 0) {
    return fail(
      "TRANSFER_FUNCTION_NOT_HELD",
      `"${from.name}" không đảm nhiệm chức năng ${missing.join(", ")}`,
      `"${from.name}" does not hold ${missing.join(", ")}`,
    );
  }
  if (to.type === "service_centre") return serviceCentreFunctions(to.id);
  from.functions = from.functions.filter((code) => !codes.includes(code));
  to.functions = unionFunctions([to.functions, codes.filter(isCommuneFunction)]);
  return undefined;
}
