// Reading older snapshot documents. tinhgon.snapshot/1 is /2 without the commune level and without
// `reorganisedOn` (ADR 0036): a /1 document is migrated by changing its format, after checking that it does
// not already use a field only /2 has (a /1 file with `communes` is a mistake worth naming, not a silent upgrade).
import type { InputProblem } from "./input-problem.ts";
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_V1 } from "./snapshot.schema.ts";

/** The snapshot formats this version reads, newest first. */
export const READABLE_SNAPSHOT_FORMATS = [SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_V1] as const;

export type UpgradeResult =
  { ok: true; document: unknown; migratedFrom?: string } | { ok: false; problems: InputProblem[] };

/**
 * The document as a tinhgon.snapshot/2 document (not yet validated), or the problems that stop it.
 * `prefix` places the snapshot inside a larger document (a plan's `baseline.`).
 */
export function upgradeSnapshotDocument(input: unknown, prefix = ""): UpgradeResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      problems: [
        {
          path: prefix === "" ? "(gốc tài liệu / document root)" : prefix.replace(/\.$/, ""),
          message: { vi: "tài liệu phải là một đối tượng JSON", en: "the document must be a JSON object" },
        },
      ],
    };
  }
  const { format } = input;
  if (format === SNAPSHOT_FORMAT) return { ok: true, document: input };
  if (format === SNAPSHOT_FORMAT_V1) {
    const problems = fieldsNewerThanV1(input, prefix);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, document: { ...input, format: SNAPSHOT_FORMAT }, migratedFrom: SNAPSHOT_FORMAT_V1 };
  }
  const accepted = READABLE_SNAPSHOT_FORMATS.map((name) => `"${name}"`).join(", ");
  return {
    ok: false,
    problems: [
      {
        path: `${prefix}format`,
        message:
          format === undefined
            ? { vi: `thiếu trường "format" (cần ${accepted})`, en: `missing "format" (expected ${accepted})` }
            : {
                vi: `định dạng ${JSON.stringify(format)} không được hỗ trợ; cần ${accepted}`,
                en: `unsupported format ${JSON.stringify(format)}; expected ${accepted}`,
              },
      },
    ],
  };
}

/** Fields a /1 document cannot have: each named with its path and what to do. */
function fieldsNewerThanV1(document: Record<string, unknown>, prefix: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const newer = (path: string): void => {
    problems.push({
      path: `${prefix}${path}`,
      message: {
        vi: `trường này chỉ có từ định dạng "${SNAPSHOT_FORMAT}"; đổi "format" thành "${SNAPSHOT_FORMAT}" hoặc bỏ trường này`,
        en: `this field exists only from "${SNAPSHOT_FORMAT}"; change "format" to "${SNAPSHOT_FORMAT}" or remove the field`,
      },
    });
  };
  const dated = (value: unknown, path: string): void => {
    if (isRecord(value) && "reorganisedOn" in value) newer(`${path}.reorganisedOn`);
  };
  if ("communes" in document) newer("communes");
  if (isRecord(document.province) && "communesComplete" in document.province)
    newer("province.communesComplete");
  eachRecord(document.agencies, (agency, agencyIndex) => {
    const agencyPath = `agencies[${agencyIndex}]`;
    dated(agency, agencyPath);
    eachRecord(agency.units, (unit, unitIndex) => {
      const unitPath = `${agencyPath}.units[${unitIndex}]`;
      dated(unit, unitPath);
      eachRecord(unit.units, (child, childIndex) => {
        dated(child, `${unitPath}.units[${childIndex}]`);
      });
    });
  });
  eachRecord(document.districts, (district, districtIndex) => {
    eachRecord(district.divisions, (division, divisionIndex) => {
      dated(division, `districts[${districtIndex}].divisions[${divisionIndex}]`);
    });
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function eachRecord(list: unknown, visit: (item: Record<string, unknown>, index: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item: unknown, index) => {
    if (isRecord(item)) visit(item, index);
  });
}
