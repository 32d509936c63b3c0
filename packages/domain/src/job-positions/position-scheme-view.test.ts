// The job-position page's numbers, counted by hand from examples/cat-hai-2021.snapshot.json (synthetic
// data): Văn phòng HĐND và UBND (payroll 12) and Phòng Kinh tế (payroll 11) of Huyện Cát Hải.
import { describe, expect, it } from "vitest";

import catHai from "../../../../examples/cat-hai-2021.snapshot.json" with { type: "json" };
import type { Finding } from "../findings/finding.schema.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import { computePositionScheme } from "./position-scheme.ts";
import {
  comparePositionsWithPayroll,
  defaultPositionHolder,
  groupSchemePositions,
  jobPositionFindings,
  listPositionHolders,
  payrollComparisonSeries,
  positionHolderSubjectIds,
  suggestPositionId,
} from "./position-scheme-view.ts";

function load(): Snapshot {
  const result = parseSnapshot(catHai);
  if (!result.ok) throw new Error("examples/cat-hai-2021.snapshot.json is not valid");
  return result.value;
}

const snapshot = load();

function schemeOf(divisionId: string) {
  const division = snapshot.districts[0]?.divisions.find((candidate) => candidate.id === divisionId);
  if (!division) throw new Error(`no division ${divisionId}`);
  return computePositionScheme({
    holder: { type: "division", id: division.id, name: division.name },
    payroll: division.payroll,
    positions: division.positions ?? [],
    staff: division.staff,
  });
}

describe("listPositionHolders and defaultPositionHolder", () => {
  const holders = listPositionHolders(snapshot);

  it("lists the district with its divisions and counts the positions declared", () => {
    expect(holders).toHaveLength(1);
    const [district] = holders;
    expect(district?.type).toBe("district");
    expect(district?.aggregate).toBe(true);
    expect(district?.children).toHaveLength(11);
    // Văn phòng declares 7 positions and Phòng Kinh tế 6; the district sums them.
    expect(district?.positions).toBe(13);
    expect(district?.children.find((child) => child.id === "cat-hai-kinh-te")?.positions).toBe(6);
  });

  it("defaults to the first division that declares positions, never to the district (an aggregate)", () => {
    expect(defaultPositionHolder(holders)?.id).toBe("cat-hai-van-phong");
  });

  it("falls back to the first holder when none declares positions, and to nothing when empty", () => {
    const bare = listPositionHolders({
      ...snapshot,
      districts: snapshot.districts.map((district) => ({
        ...district,
        divisions: district.divisions.map(({ positions: _positions, ...division }) => division),
      })),
    });
    expect(defaultPositionHolder(bare)?.id).toBe("cat-hai-van-phong");
    expect(defaultPositionHolder([])).toBeUndefined();
  });

  it("lists agencies, their units and the phòng of a chi cục", () => {
    const nodes = listPositionHolders({
      ...snapshot,
      agencies: [
        {
          id: "so-noi-vu",
          kind: "NOI_VU",
          name: "Sở Nội vụ",
          payroll: 60,
          deputies: 3,
          officeFunctionsUnitId: null,
          units: [
            {
              id: "chi-cuc",
              type: "sub_department",
              name: "Chi cục Văn thư",
              payroll: 20,
              deputies: 1,
              specialisedScope: true,
              delegatedAuthority: true,
              units: [
                {
                  id: "chi-cuc-p1",
                  type: "division",
                  name: "Phòng Lưu trữ",
                  payroll: 6,
                  deputies: 1,
                  positions: [
                    { id: "luu-tru", title: "Lưu trữ", group: "professional", rank: null, count: 2 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(nodes.map((node) => node.type)).toEqual(["agency", "district"]);
    expect(nodes[0]?.children[0]?.children[0]).toMatchObject({
      id: "chi-cuc-p1",
      type: "unit",
      positions: 1,
    });
    // The agencies come first in the document: the phòng of the chi cục is the default.
    expect(defaultPositionHolder(nodes)?.id).toBe("chi-cuc-p1");
  });

  it("gives a district's divisions as the subjects of its findings", () => {
    expect(positionHolderSubjectIds(holders, "cat-hai")).toHaveLength(12);
    expect(positionHolderSubjectIds(holders, "cat-hai-kinh-te")).toEqual(["cat-hai-kinh-te"]);
    expect(positionHolderSubjectIds(holders, "nowhere")).toEqual([]);
  });
});

describe("groupSchemePositions", () => {
  it("Văn phòng: the four groups in Decree 62's order, with their people", () => {
    const groups = groupSchemePositions(schemeOf("cat-hai-van-phong"));
    expect(groups.map((group) => [group.group, group.count])).toEqual([
      ["leadership", 4],
      ["professional", 4],
      ["shared_professional", 2],
      ["support", 2],
    ]);
    // Chánh Văn phòng (01.002) before the deputies (01.003).
    expect(groups[0]?.positions.map((position) => position.id)).toEqual([
      "cat-hai-vp-chanh-van-phong",
      "cat-hai-vp-pho-chanh-van-phong",
    ]);
  });

  it("orders by rank, highest first, positions without a rank last, else in the document's order", () => {
    const groups = groupSchemePositions({
      positions: [
        { id: "a", title: "A", group: "professional", rank: null, count: 1, filled: null },
        { id: "b", title: "B", group: "professional", rank: "01.003", count: 1, filled: null },
        { id: "c", title: "C", group: "professional", rank: "01.002", count: 1, filled: null },
        { id: "d", title: "D", group: "professional", rank: "01.003", count: 1, filled: null },
      ],
    });
    expect(groups[1]?.positions.map((position) => position.id)).toEqual(["c", "b", "d", "a"]);
    expect(groups[0]).toEqual({ group: "leadership", count: 0, positions: [] });
  });
});

describe("comparePositionsWithPayroll (JP-05)", () => {
  it("Văn phòng: 10 civil servants for a payroll of 12 — 2 under; the 2 support staff are outside it", () => {
    expect(comparePositionsWithPayroll(schemeOf("cat-hai-van-phong"))).toEqual({
      civilServants: 10,
      support: 2,
      payroll: 12,
      difference: 2,
      status: "under",
    });
  });

  it("Phòng Kinh tế: 11 for a payroll of 11 — equal", () => {
    expect(comparePositionsWithPayroll(schemeOf("cat-hai-kinh-te"))).toMatchObject({
      civilServants: 11,
      difference: 0,
      status: "equal",
    });
  });

  it("27 civil servants for a payroll of 25 — 2 over", () => {
    expect(
      comparePositionsWithPayroll({
        payroll: 25,
        totals: { positions: 30, civilServantPositions: 27, filled: null },
      }),
    ).toEqual({ civilServants: 27, support: 3, payroll: 25, difference: 2, status: "over" });
  });
});

describe("payrollComparisonSeries", () => {
  it("stacks the civil-servant groups, and shows the payroll and the support positions apart", () => {
    expect(payrollComparisonSeries(schemeOf("cat-hai-van-phong"))).toEqual([
      { key: "scheme", values: { leadership: 4, professional: 4, shared_professional: 2 } },
      { key: "payroll", values: { payroll: 12 } },
      { key: "support", values: { support: 2 } },
    ]);
  });
});

describe("jobPositionFindings", () => {
  const finding = (ruleId: string, id: string): Finding => ({
    ruleId,
    severity: "warning",
    subject: { type: "division", id },
    citation: "Nghị định 62/2020/NĐ-CP",
    message: { vi: "…", en: "…" },
    confidence: "DERIVED",
  });

  it("keeps the job-position rules' findings about the holder only", () => {
    const findings = [
      finding("JP-04", "cat-hai-kinh-te"),
      finding("D-DEP-01", "cat-hai-kinh-te"),
      finding("JP-06", "cat-hai-van-phong"),
    ];
    expect(jobPositionFindings(findings, ["cat-hai-kinh-te"]).map((entry) => entry.ruleId)).toEqual([
      "JP-04",
    ]);
    expect(jobPositionFindings(findings, [])).toEqual([]);
  });
});

describe("suggestPositionId", () => {
  it("makes an id from the holder and the title, without diacritics", () => {
    expect(suggestPositionId(snapshot, "cat-hai-kinh-te", "Chuyên viên Đô thị")).toBe(
      "cat-hai-kinh-te-chuyen-vien-do-thi",
    );
  });

  it("never reuses an id of the document", () => {
    // An existing id gets a suffix; a title with no letter or digit falls back to "vi-tri".
    expect(suggestPositionId(snapshot, "cat-hai", "Kinh tế")).toBe("cat-hai-kinh-te-2");
    expect(suggestPositionId(snapshot, "cat-hai-kinh-te", "!!!")).toBe("cat-hai-kinh-te-vi-tri");
  });

  it("stays within the 120 characters of an id", () => {
    const id = suggestPositionId(snapshot, "cat-hai-kinh-te", "Chuyên viên ".repeat(30));
    expect(id.length).toBeLessThanOrEqual(120);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
