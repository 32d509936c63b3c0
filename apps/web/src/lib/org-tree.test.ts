import { snapshotSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { ancestorKeys, buildOrgTree, filterOrgTree } from "./org-tree.ts";

const snapshot = snapshotSchema.parse({
  format: "tinhgon.snapshot/2",
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
  communes: [
    {
      id: "phuong-le-chan",
      code: "31001",
      name: "Phường Lê Chân",
      type: "ward",
      organisations: [
        {
          id: "phuong-le-chan-van-phong",
          type: "division",
          name: "Văn phòng HĐND và UBND",
          functions: ["VAN_PHONG"],
          payroll: 9,
          deputies: 2,
        },
      ],
    },
    {
      id: "dac-khu-cat-hai",
      code: "31999",
      name: "Đặc khu Cát Hải",
      type: "special_zone",
      organisations: [
        {
          id: "dac-khu-cat-hai-kinh-te",
          type: "division",
          name: "Phòng Kinh tế",
          functions: ["KINH_TE"],
          payroll: 10,
          deputies: 3,
        },
        {
          id: "dac-khu-cat-hai-trung-tam",
          type: "service_centre",
          name: "Trung tâm phục vụ hành chính công",
          payroll: 5,
          deputies: 2,
        },
      ],
    },
  ],
});

const typeNames = { commune: "Xã", ward: "Phường", special_zone: "Đặc khu" } as const;
const groups = {
  agencies: "Sở, ban, ngành",
  districts: "Quận, huyện",
  communes: "Cấp xã",
  communeType: (type: keyof typeof typeNames, count: number) => `${typeNames[type]} (${String(count)})`,
};

describe("organisation tree", () => {
  it("nests province → sở → units → phòng of a chi cục, and districts → divisions", () => {
    const [root] = buildOrgTree(snapshot, groups);
    expect(root?.title).toBe("Thành phố Hải Phòng");
    expect(root?.children.map((group) => group.title)).toEqual(["Sở, ban, ngành", "Quận, huyện", "Cấp xã"]);
    expect(ancestorKeys(buildOrgTree(snapshot, groups), "so-noi-vu-chi-cuc-p1")).toEqual([
      "province",
      "group:agencies",
      "so-noi-vu",
      "so-noi-vu-chi-cuc",
    ]);
  });

  it("lists the commune level by type, special zones first, each unit with its phòng and service centre", () => {
    const [root] = buildOrgTree(snapshot, groups);
    const communes = root?.children[2];
    expect(communes?.key).toBe("group:communes");
    expect(communes?.children.map((group) => [group.key, group.title, group.kind])).toEqual([
      ["group:communes:special_zone", "Đặc khu (1)", "group"],
      ["group:communes:ward", "Phường (1)", "group"],
    ]);
    const catHai = communes?.children[0]?.children[0];
    expect(catHai?.kind).toBe("commune");
    expect(catHai?.children.map((child) => [child.title, child.kind])).toEqual([
      ["Phòng Kinh tế", "communeOrganisation"],
      ["Trung tâm phục vụ hành chính công", "communeOrganisation"],
    ]);
    expect(catHai?.figures).toEqual({ payroll: 15, deputies: 5, summed: true });
    expect(ancestorKeys(buildOrgTree(snapshot, groups), "dac-khu-cat-hai-trung-tam")).toEqual([
      "province",
      "group:communes",
      "group:communes:special_zone",
      "dac-khu-cat-hai",
    ]);
  });

  it("has no commune-level branch for a snapshot without communes", () => {
    const [root] = buildOrgTree(snapshotSchema.parse({ ...snapshot, communes: [] }), groups);
    expect(root?.children.map((group) => group.key)).toEqual(["group:agencies", "group:districts"]);
  });

  it("finds a commune-level unit and its organisations without diacritics", () => {
    const filtered = filterOrgTree(buildOrgTree(snapshot, groups), "dac khu cat hai");
    expect(filtered.matches).toBe(1);
    const unit = filtered.nodes[0]?.children[0]?.children[0]?.children[0];
    expect(unit?.title).toBe("Đặc khu Cát Hải");
    expect(unit?.children).toHaveLength(2);
    expect(filtered.expandedKeys).toEqual(
      expect.arrayContaining(["province", "group:communes", "group:communes:special_zone"]),
    );
    // "trung tam" matches the service centre only (group titles never match).
    expect(filterOrgTree(buildOrgTree(snapshot, groups), "TRUNG TÂM PHUC VU").matches).toBe(1);
    expect(filterOrgTree(buildOrgTree(snapshot, groups), "phuong").matches).toBe(1);
  });

  it("finds names without diacritics and keeps a matching district's divisions", () => {
    const filtered = filterOrgTree(buildOrgTree(snapshot, groups), "huyen cat hai");
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
