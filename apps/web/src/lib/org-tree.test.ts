import { snapshotSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { ancestorKeys, buildOrgTree, filterOrgTree } from "./org-tree.ts";

const snapshot = snapshotSchema.parse({
  format: "tinhgon.snapshot/1",
  asOf: "2021-06-30",
  province: { code: "31", name: "Thành phố Hải Phòng", class: "I" },
  agencies: [
    {
      id: "so-noi-vu",
      kind: "NOI_VU",
      name: "Sở Nội vụ",
      payroll: 60,
      deputies: 3,
      units: [
        { id: "so-noi-vu-p1", type: "division", name: "Phòng Tổ chức", payroll: 8, deputies: 2 },
        {
          id: "so-noi-vu-chi-cuc",
          type: "sub_department",
          name: "Chi cục Văn thư",
          payroll: 20,
          deputies: 1,
          units: [
            { id: "so-noi-vu-chi-cuc-p1", type: "division", name: "Phòng Lưu trữ", payroll: 6, deputies: 1 },
          ],
        },
      ],
    },
  ],
  districts: [
    {
      id: "cat-hai",
      code: "318",
      name: "Huyện Cát Hải",
      type: "rural_district",
      island: true,
      divisions: [
        {
          id: "cat-hai-kinh-te",
          name: "Phòng Kinh tế",
          functions: ["KINH_TE_HA_TANG"],
          payroll: 11,
          deputies: 4,
        },
      ],
    },
  ],
});

const groups = { agencies: "Sở, ban, ngành", districts: "Quận, huyện" };

describe("organisation tree", () => {
  it("nests province → sở → units → phòng of a chi cục, and districts → divisions", () => {
    const [root] = buildOrgTree(snapshot, groups);
    expect(root?.title).toBe("Thành phố Hải Phòng");
    expect(root?.children.map((group) => group.title)).toEqual(["Sở, ban, ngành", "Quận, huyện"]);
    expect(ancestorKeys(buildOrgTree(snapshot, groups), "so-noi-vu-chi-cuc-p1")).toEqual([
      "province",
      "group:agencies",
      "so-noi-vu",
      "so-noi-vu-chi-cuc",
    ]);
  });

  it("finds names without diacritics and keeps a matching district's divisions", () => {
    const filtered = filterOrgTree(buildOrgTree(snapshot, groups), "cat hai");
    expect(filtered.matches).toBe(1);
    const district = filtered.nodes[0]?.children[0]?.children[0];
    expect(district?.title).toBe("Huyện Cát Hải");
    expect(district?.children.map((division) => division.title)).toEqual(["Phòng Kinh tế"]);
    expect(filtered.expandedKeys).toContain("group:districts");
    expect(filterOrgTree(buildOrgTree(snapshot, groups), "LƯU TRU").matches).toBe(1);
    expect(filterOrgTree(buildOrgTree(snapshot, groups), "không có").nodes).toEqual([]);
  });

  it("carries payroll and deputies for the org chart; a district's are the sums of its divisions", () => {
    const [root] = buildOrgTree(snapshot, groups);
    const [agencies, districts] = root?.children ?? [];
    const agency = agencies?.children[0];
    expect(agency?.figures).toEqual({ payroll: 60, deputies: 3, summed: false });
    expect(agency?.children[1]?.children[0]?.figures).toEqual({ payroll: 6, deputies: 1, summed: false });
    expect(districts?.children[0]?.figures).toEqual({ payroll: 11, deputies: 4, summed: true });
    expect(root?.figures).toBeUndefined();
  });
});
