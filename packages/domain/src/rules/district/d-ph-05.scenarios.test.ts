// D-PH-05 — a non-island district has at most 12 divisions (10 common + 2 type-specific), 13 where a Phòng
// Dân tộc is lawfully established (D-PH-03) (legal-rules.md §2.3, DERIVED; interpretations.md "non-island
// division cap"). Điều 7, Điều 8 Nghị định 37/2014/NĐ-CP. Under RS-2014 the criteria for a Phòng Dân tộc are
// not known, so an existing one is taken as lawful.
import { describe, expect, it } from "vitest";

import {
  aroundMaximum,
  buildSnapshot,
  type DistrictInput,
  districtWithDivisions,
  division,
  evaluateFindings,
  findingsOf,
  named,
} from "../../testing/builders.ts";

type EthnicCase = "none" | "lawful" | "unlawful";

/** `count` divisions; with a Phòng Dân tộc as the last one unless `ethnic` is "none". */
function district(count: number, ethnic: EthnicCase, island = false): DistrictInput {
  if (ethnic === "none") return districtWithDivisions(count, { island });
  const base = districtWithDivisions(count - 1, {
    island,
    ethnicMinority: { population: ethnic === "lawful" ? 5000 : 4999, qualifyingArea: true },
  });
  return {
    ...base,
    divisions: [...base.divisions, division({ id: "phong-dan-toc", functions: ["DAN_TOC"] })],
  };
}

function evaluateCap(input: DistrictInput, asOf: string) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [input] })), "D-PH-05");
}

const ethnicLabels: Record<EthnicCase, string> = {
  none: "không có Phòng Dân tộc",
  lawful: "có Phòng Dân tộc đủ điều kiện (5.000 người DTTS)",
  unlawful: "có Phòng Dân tộc không đủ điều kiện (4.999 người DTTS)",
};

const configs: { ruleSet: string; asOf: string; ethnic: EthnicCase; limit: number }[] = [
  { ruleSet: "RS-2020", asOf: "2021-06-30", ethnic: "none", limit: 12 },
  { ruleSet: "RS-2020", asOf: "2021-06-30", ethnic: "lawful", limit: 13 },
  { ruleSet: "RS-2020", asOf: "2021-06-30", ethnic: "unlawful", limit: 12 },
  { ruleSet: "RS-2014", asOf: "2018-06-30", ethnic: "none", limit: 12 },
  // RS-2014: the criteria were not retrieved; an existing Phòng Dân tộc counts as lawful whatever the figures.
  { ruleSet: "RS-2014", asOf: "2018-06-30", ethnic: "unlawful", limit: 13 },
];
const rows = configs.flatMap((config) => aroundMaximum(config));

describe("D-PH-05 — số phòng chuyên môn tối đa của huyện không phải huyện đảo", () => {
  it.each(
    named(
      rows,
      (row) =>
        `D-PH-05 (${row.ruleSet}): huyện ${ethnicLabels[row.ethnic]}, ${row.actual} phòng → tối đa ${row.limit}, ${row.verdict}`,
    ),
  )("%s", (_name, { asOf, ethnic, actual, limit, complies }) => {
    const found = evaluateCap(district(actual, ethnic), asOf);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "D-PH-05",
        severity: "violation",
        subject: { type: "district", id: "huyen-a" },
        actual,
        limit,
        limitKind: "max",
      },
    ]);
  });

  it("D-PH-05 (RS-2020): 13 phòng, không có Phòng Dân tộc → thông điệp, DERIVED, cách hiểu áp dụng", () => {
    const [finding] = evaluateCap(district(13, "none"), "2021-06-30");
    expect(finding?.message.vi).toBe(
      "Huyện A có 13 phòng chuyên môn; tối đa 12 phòng (không có Phòng Dân tộc được thành lập hợp lệ).",
    );
    expect(finding?.citation).toContain("108/2020");
    expect(finding?.confidence).toBe("DERIVED");
    expect(finding?.interpretation?.id).toBe("INT-NON-ISLAND-CAP");
  });

  it("D-PH-05 (RS-2020): 14 phòng, có Phòng Dân tộc đủ điều kiện → thông điệp nêu mức 13", () => {
    const [finding] = evaluateCap(district(14, "lawful"), "2021-06-30");
    expect(finding?.message.vi).toBe(
      "Huyện A có 14 phòng chuyên môn; tối đa 13 phòng (kể cả Phòng Dân tộc).",
    );
  });

  it.each(
    named(
      [
        { ruleSet: "RS-2014", asOf: "2018-06-30" },
        { ruleSet: "RS-2020", asOf: "2021-06-30" },
      ],
      ({ ruleSet }) => `D-PH-05 (${ruleSet}): huyện đảo có 14 phòng → không xét theo D-PH-05 (thuộc D-PH-04)`,
    ),
  )("%s", (_name, { asOf }) => {
    expect(evaluateCap(district(14, "none", true), asOf)).toEqual([]);
  });
});
