// D-PH-04 — an island district has at most 10 divisions; Phú Quốc at most 12 (a cap set by law for a named
// island district: `islandDivisionCap`) (legal-rules.md §2.3). Điều 9 Nghị định 37/2014/NĐ-CP (RS-2014), as
// amended by Nghị định 108/2020/NĐ-CP (RS-2020).
import { describe, expect, it } from "vitest";

import {
  aroundMaximum,
  buildSnapshot,
  districtWithDivisions,
  evaluateFindings,
  findingsOf,
  named,
} from "../../testing/builders.ts";

const packs = [
  { ruleSet: "RS-2014", asOf: "2018-06-30" },
  { ruleSet: "RS-2020", asOf: "2021-06-30" },
] as const;

function evaluateIsland(count: number, asOf: string, islandDivisionCap: number | null = null) {
  const district = districtWithDivisions(count, { name: "Huyện Cát Hải", island: true, islandDivisionCap });
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [district] })), "D-PH-04");
}

const rows = packs.flatMap((pack) => [
  ...aroundMaximum({ ...pack, limit: 10, cap: null, label: "huyện đảo" }),
  ...aroundMaximum({ ...pack, limit: 12, cap: 12, label: "Phú Quốc (mức riêng 12)" }),
]);

describe("D-PH-04 — số phòng chuyên môn của huyện đảo", () => {
  it.each(
    named(
      rows,
      (row) =>
        `D-PH-04 (${row.ruleSet}): ${row.label}, ${row.actual} phòng → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { asOf, actual, limit, cap, complies }) => {
    const found = evaluateIsland(actual, asOf, cap);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "D-PH-04",
        severity: "violation",
        subject: { type: "district", id: "huyen-a" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
    expect(found[0]?.members).toHaveLength(actual);
  });

  it("D-PH-04 (RS-2020): huyện đảo có 11 phòng → thông điệp và căn cứ Nghị định 108/2020", () => {
    const [finding] = evaluateIsland(11, "2021-06-30");
    expect(finding?.message.vi).toBe("Huyện Cát Hải là huyện đảo, có 11 phòng chuyên môn; tối đa 10 phòng.");
    expect(finding?.citation).toContain("108/2020");
  });

  it("D-PH-04 (RS-2014): căn cứ Điều 9 Nghị định 37/2014", () => {
    const [finding] = evaluateIsland(11, "2018-06-30");
    expect(finding?.citation).toBe("Điều 9 Nghị định số 37/2014/NĐ-CP");
  });

  it.each(
    named(packs, ({ ruleSet }) => `D-PH-04 (${ruleSet}): huyện không phải huyện đảo có 12 phòng → không xét`),
  )("%s", (_name, { asOf }) => {
    const district = districtWithDivisions(12);
    expect(findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [district] })), "D-PH-04")).toEqual(
      [],
    );
  });
});
