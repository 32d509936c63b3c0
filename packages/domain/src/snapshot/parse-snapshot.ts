// Reading a snapshot document: the format version first, then the strict schema, then the
// references the schema cannot see (unique ids, officeFunctionsUnitId, staff → position). Every
// problem is returned, each with its JSON path; nothing throws.
import type { LocalizedText } from "../shared/localized.ts";
import { type InputProblem, type ParseResult, problemsFromIssue } from "./input-problem.ts";
import { upgradeSnapshotDocument } from "./migrate-snapshot.ts";
import { snapshotSchema, type Position, type Snapshot, type StaffMember } from "./snapshot.schema.ts";

export function parseSnapshotText(text: string): ParseResult<Snapshot> {
  const json = parseJson(text);
  return json.ok ? parseSnapshot(json.value) : json;
}

export function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : "";
    return {
      ok: false,
      problems: [
        {
          path: "(gốc tài liệu / document root)",
          message: { vi: `không phải JSON hợp lệ: ${detail}`, en: `not valid JSON: ${detail}` },
        },
      ],
    };
  }
}

export function formatVersionProblem(input: unknown, expected: string): InputProblem | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      path: "(gốc tài liệu / document root)",
      message: { vi: "tài liệu phải là một đối tượng JSON", en: "the document must be a JSON object" },
    };
  }
  const format = (input as { format?: unknown }).format;
  if (format === expected) return undefined;
  const message: LocalizedText =
    format === undefined
      ? { vi: `thiếu trường "format" (cần "${expected}")`, en: `missing "format" (expected "${expected}")` }
      : {
          vi: `định dạng ${JSON.stringify(format)} không được hỗ trợ; cần "${expected}"`,
          en: `unsupported format ${JSON.stringify(format)}; expected "${expected}"`,
        };
  return { path: "format", message };
}

/** A tinhgon.snapshot/2 document, or a /1 document migrated to /2 (migrate-snapshot.ts). */
export function parseSnapshot(input: unknown): ParseResult<Snapshot> {
  const upgraded = upgradeSnapshotDocument(input);
  if (!upgraded.ok) return upgraded;
  const result = snapshotSchema.safeParse(upgraded.document, { reportInput: true });
  if (!result.success) return { ok: false, problems: result.error.issues.flatMap(problemsFromIssue) };
  const problems = findReferenceProblems(result.data);
  return problems.length === 0 ? { ok: true, value: result.data } : { ok: false, problems };
}

/** Checks that need the whole document. `prefix` places the snapshot inside a larger one (plans). */
export function findReferenceProblems(snapshot: Snapshot, prefix = ""): InputProblem[] {
  const problems: InputProblem[] = [];
  const organisationIds = new Map<string, string>();
  const positionIds = new Map<string, string>();
  const staffIds = new Map<string, string>();

  const claim = (registry: Map<string, string>, id: string, path: string): void => {
    const first = registry.get(id);
    if (first === undefined) {
      registry.set(id, path);
      return;
    }
    problems.push({
      path,
      message: {
        vi: `mã "${id}" bị trùng (đã dùng tại ${first})`,
        en: `duplicate id "${id}" (already used at ${first})`,
      },
    });
  };

  const checkDetail = (holder: { positions?: Position[]; staff?: StaffMember[] }, path: string): void => {
    const own = new Set<string>();
    holder.positions?.forEach((position, index) => {
      claim(positionIds, position.id, `${path}.positions[${index}].id`);
      own.add(position.id);
    });
    holder.staff?.forEach((member, index) => {
      claim(staffIds, member.id, `${path}.staff[${index}].id`);
      if (member.positionId !== null && !own.has(member.positionId)) {
        problems.push({
          path: `${path}.staff[${index}].positionId`,
          message: {
            vi: `vị trí việc làm "${member.positionId}" không có trong danh sách positions của đơn vị này`,
            en: `position "${member.positionId}" is not among this unit's positions`,
          },
        });
      }
    });
  };

  // A snapshot describes the structure on `asOf`: the decision that re-arranged it took effect by then.
  const checkDated = (holder: { reorganisedOn?: string }, path: string): void => {
    if (holder.reorganisedOn === undefined || holder.reorganisedOn <= snapshot.asOf) return;
    problems.push({
      path: `${path}.reorganisedOn`,
      message: {
        vi: `ngày sắp xếp ${holder.reorganisedOn} sau ngày của cơ cấu (asOf ${snapshot.asOf}); sửa ngày hoặc dùng một phương án cho quyết định sắp tới`,
        en: `re-arrangement date ${holder.reorganisedOn} is after the snapshot's date (asOf ${snapshot.asOf}); fix the date or use a plan for a decision still to come`,
      },
    });
  };
  const checkFunctions = (functions: readonly string[], path: string): void => {
    const seen = new Set<string>();
    functions.forEach((code, functionIndex) => {
      if (seen.has(code)) {
        problems.push({
          path: `${path}.functions[${functionIndex}]`,
          message: { vi: `chức năng "${code}" bị lặp lại`, en: `function "${code}" is listed twice` },
        });
      }
      seen.add(code);
    });
  };

  snapshot.agencies.forEach((agency, agencyIndex) => {
    const agencyPath = `${prefix}agencies[${agencyIndex}]`;
    claim(organisationIds, agency.id, `${agencyPath}.id`);
    checkDetail(agency, agencyPath);
    checkDated(agency, agencyPath);
    agency.units.forEach((unit, unitIndex) => {
      const unitPath = `${agencyPath}.units[${unitIndex}]`;
      claim(organisationIds, unit.id, `${unitPath}.id`);
      checkDetail(unit, unitPath);
      checkDated(unit, unitPath);
      if (unit.type === "sub_department") {
        unit.units.forEach((child, childIndex) => {
          const childPath = `${unitPath}.units[${childIndex}]`;
          claim(organisationIds, child.id, `${childPath}.id`);
          checkDetail(child, childPath);
          checkDated(child, childPath);
        });
      }
    });
    const holderId = agency.officeFunctionsUnitId;
    if (holderId !== null && !agency.units.some((unit) => unit.id === holderId && unit.type === "division")) {
      problems.push({
        path: `${agencyPath}.officeFunctionsUnitId`,
        message: {
          vi: `"${holderId}" không phải là một phòng (type "division") của ${agency.name}`,
          en: `"${holderId}" is not a division (type "division") of this agency`,
        },
      });
    }
  });

  snapshot.districts.forEach((district, districtIndex) => {
    const districtPath = `${prefix}districts[${districtIndex}]`;
    claim(organisationIds, district.id, `${districtPath}.id`);
    district.divisions.forEach((division, divisionIndex) => {
      const divisionPath = `${districtPath}.divisions[${divisionIndex}]`;
      claim(organisationIds, division.id, `${divisionPath}.id`);
      checkDetail(division, divisionPath);
      checkDated(division, divisionPath);
      checkFunctions(division.functions, divisionPath);
    });
  });

  snapshot.communes.forEach((commune, communeIndex) => {
    const communePath = `${prefix}communes[${communeIndex}]`;
    claim(organisationIds, commune.id, `${communePath}.id`);
    commune.organisations.forEach((organisation, organisationIndex) => {
      const organisationPath = `${communePath}.organisations[${organisationIndex}]`;
      claim(organisationIds, organisation.id, `${organisationPath}.id`);
      checkDetail(organisation, organisationPath);
      checkDated(organisation, organisationPath);
      checkFunctions(organisation.functions, organisationPath);
      if (organisation.type === "service_centre" && organisation.functions.length > 0) {
        problems.push({
          path: `${organisationPath}.functions`,
          message: {
            vi: "Trung tâm phục vụ hành chính công không giữ chức năng của phòng; để trống danh sách functions",
            en: "a public-administration service centre holds no division functions; leave functions empty",
          },
        });
      }
    });
  });

  return problems;
}
