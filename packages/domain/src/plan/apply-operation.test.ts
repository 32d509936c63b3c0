// Plan operations one by one (formats.md `tinhgon.plan/1`, ADR 0017): what each carries over, what each
// refuses and with which typed error, and that the input snapshot is never changed. The fixture is one
// small province: two sở (one whose office functions are held by a phòng, two chi cục), a rural huyện
// with the 12 divisions of RS-2020 and a second huyện, with job positions and staff on a few units.
import { describe, expect, it } from "vitest";

import type { DistrictFunction } from "../snapshot/catalogue.ts";
import { findOrganisationNode } from "../snapshot/find-node.ts";
import { findReferenceProblems } from "../snapshot/parse-snapshot.ts";
import type { Agency, AgencyUnit, District, Snapshot } from "../snapshot/snapshot.schema.ts";
import {
  agency,
  buildOperation,
  buildSnapshot,
  division,
  position,
  ruralDistrict,
  staffMember,
  unit,
} from "../testing/builders.ts";
import { applyOperation, type OperationError, type OperationErrorCode } from "./apply-operation.ts";
import type { OperationInput } from "./plan.schema.ts";

const baseline: Snapshot = buildSnapshot({
  agencies: [
    agency({
      id: "so-a",
      kind: "NOI_VU",
      name: "Sở Nội vụ",
      payroll: 90,
      deputies: 3,
      // No unit of type "office": Phòng Tổng hợp holds the office functions (P-EST-02).
      officeFunctionsUnitId: "a-p2",
      positions: [position({ id: "a-gd", title: "Giám đốc", group: "leadership" })],
      units: [
        unit("division", {
          id: "a-p1",
          name: "Phòng Tổ chức, biên chế",
          payroll: 9,
          deputies: 2,
          positions: [position({ id: "a-p1-cv", count: 2 })],
          staff: [staffMember({ id: "a-p1-s1", positionId: "a-p1-cv" })],
        }),
        unit("division", {
          id: "a-p2",
          name: "Phòng Tổng hợp",
          payroll: 7,
          deputies: 1,
          positions: [position({ id: "a-p2-cv" })],
          staff: [staffMember({ id: "a-p2-s1", positionId: "a-p2-cv" })],
        }),
        unit("inspectorate", { id: "a-tt", name: "Thanh tra sở", payroll: 8, deputies: 1 }),
        {
          id: "a-cc1",
          type: "sub_department",
          name: "Chi cục Văn thư - Lưu trữ",
          payroll: 20,
          deputies: 2,
          specialisedScope: true,
          delegatedAuthority: false,
          units: [
            { id: "a-cc1-p1", type: "division", name: "Phòng Nghiệp vụ 1", payroll: 6, deputies: 1 },
            { id: "a-cc1-p2", type: "division", name: "Phòng Nghiệp vụ 2", payroll: 5, deputies: 1 },
          ],
        },
        {
          id: "a-cc2",
          type: "sub_department",
          name: "Chi cục Tôn giáo",
          payroll: 15,
          deputies: 1,
          specialisedScope: false,
          delegatedAuthority: true,
          units: [{ id: "a-cc2-p1", type: "division", name: "Phòng Tôn giáo 1", payroll: 6, deputies: 1 }],
        },
      ],
    }),
    agency({
      id: "so-b",
      kind: "TAI_CHINH",
      name: "Sở Tài chính",
      payroll: 40,
      deputies: 2,
      units: [
        unit("office", { id: "b-vp", name: "Văn phòng sở", payroll: 8, deputies: 1 }),
        unit("division", { id: "b-p1", name: "Phòng Ngân sách", payroll: 10, deputies: 2 }),
      ],
    }),
  ],
  districts: [
    ruralDistrict({
      divisions: ruralDistrict().divisions.map((item) => {
        if (item.id === "huyen-a-vhtt") {
          return {
            ...item,
            payroll: 5,
            deputies: 2,
            positions: [position({ id: "vhtt-cv", count: 3 })],
            staff: [staffMember({ id: "vhtt-s1", positionId: "vhtt-cv" })],
          };
        }
        if (item.id === "huyen-a-y-te") {
          return {
            ...item,
            payroll: 4,
            deputies: 1,
            positions: [position({ id: "y-te-cv", count: 2 })],
            staff: [staffMember({ id: "y-te-s1", positionId: "y-te-cv" })],
          };
        }
        return item;
      }),
    }),
    {
      id: "huyen-b",
      code: "997",
      name: "Huyện B",
      type: "rural_district",
      island: true,
      divisions: [
        division({
          id: "huyen-b-kt",
          name: "Phòng Kinh tế",
          functions: ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG"],
        }),
        division({ id: "huyen-b-vh", name: "Phòng Văn hóa", functions: ["VAN_HOA_THONG_TIN", "Y_TE"] }),
      ],
    },
  ],
});

/** The JSON text of the baseline before any test ran: every operation must leave it as it was. */
const baselineJson = JSON.stringify(baseline);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
deepFreeze(baseline);

function apply(input: OperationInput, snapshot: Snapshot = baseline) {
  return applyOperation(snapshot, buildOperation(input));
}

/** The snapshot after a successful operation; a failure fails the test with its reason. */
function applied(input: OperationInput, snapshot: Snapshot = baseline): Snapshot {
  const result = apply(input, snapshot);
  if (!result.ok) throw new Error(`${input.op} failed: ${result.error.code} ${result.error.message.en}`);
  expect(findReferenceProblems(result.snapshot)).toEqual([]);
  return result.snapshot;
}

function failure(input: OperationInput, snapshot: Snapshot = baseline): OperationError {
  const result = apply(input, snapshot);
  if (result.ok) throw new Error(`${input.op} was expected to fail`);
  return result.error;
}

function districtOf(snapshot: Snapshot, id: string): District {
  const found = snapshot.districts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no district ${id}`);
  return found;
}

function agencyOf(snapshot: Snapshot, id: string): Agency {
  const found = snapshot.agencies.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no agency ${id}`);
  return found;
}

function unitOf(snapshot: Snapshot, agencyId: string, id: string): AgencyUnit {
  const found = agencyOf(snapshot, agencyId).units.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

function chiCucOf(snapshot: Snapshot, id: string): Extract<AgencyUnit, { type: "sub_department" }> {
  const found = findOrganisationNode(snapshot, id);
  if (found?.type !== "unit" || found.node.type !== "sub_department") throw new Error(`no chi cục ${id}`);
  return found.node;
}

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

/** Letters of Vietnamese that English does not use: a message with none of them is not Vietnamese. */
const vietnameseLetters = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe("merge", () => {
  it("two divisions of a huyện: union of functions in `ids` order, sums of payroll and deputies, positions and staff concatenated, placed where the first part was", () => {
    const before = districtOf(baseline, "huyen-a").divisions;
    const after = applied({
      op: "merge",
      ids: ["huyen-a-vhtt", "huyen-a-y-te"],
      into: { id: "huyen-a-vhtt-yt", name: "Phòng Văn hóa, Thông tin và Y tế" },
    });
    const divisions = districtOf(after, "huyen-a").divisions;
    expect(divisions).toHaveLength(before.length - 1);
    expect(ids(divisions)).toEqual(
      ids(before)
        .filter((id) => id !== "huyen-a-y-te")
        .map((id) => (id === "huyen-a-vhtt" ? "huyen-a-vhtt-yt" : id)),
    );
    expect(divisions.find((item) => item.id === "huyen-a-vhtt-yt")).toEqual({
      id: "huyen-a-vhtt-yt",
      name: "Phòng Văn hóa, Thông tin và Y tế",
      functions: ["VAN_HOA_THONG_TIN", "Y_TE"],
      payroll: 9,
      deputies: 3,
      positions: [
        { id: "vhtt-cv", title: "Chuyên viên", group: "professional", rank: null, count: 3 },
        { id: "y-te-cv", title: "Chuyên viên", group: "professional", rank: null, count: 2 },
      ],
      staff: [
        expect.objectContaining({ id: "vhtt-s1", positionId: "vhtt-cv" }),
        expect.objectContaining({ id: "y-te-s1", positionId: "y-te-cv" }),
      ],
    });
  });

  it("the merged unit takes the place of the part listed first in the structure, whatever the order of `ids`", () => {
    const after = applied({
      op: "merge",
      ids: ["huyen-a-y-te", "huyen-a-vhtt"],
      into: { id: "huyen-a-vhtt-yt", name: "Phòng Văn hóa, Thông tin và Y tế" },
    });
    const divisions = districtOf(after, "huyen-a").divisions;
    const indexBefore = ids(districtOf(baseline, "huyen-a").divisions).indexOf("huyen-a-vhtt");
    expect(divisions[indexBefore]?.id).toBe("huyen-a-vhtt-yt");
    // Functions, positions and staff follow the order of `ids`.
    expect(divisions[indexBefore]?.functions).toEqual(["Y_TE", "VAN_HOA_THONG_TIN"]);
    expect(ids(divisions[indexBefore]?.positions ?? [])).toEqual(["y-te-cv", "vhtt-cv"]);
  });

  it("a function held by several parts appears once, at its first place", () => {
    const snapshot = buildSnapshot({
      districts: [
        ruralDistrict({
          divisions: [
            division({ id: "p-1", functions: ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG"] }),
            division({ id: "p-2", functions: ["KINH_TE_HA_TANG", "Y_TE"] }),
          ],
        }),
      ],
    });
    const merged = applied(
      { op: "merge", ids: ["p-1", "p-2"], into: { id: "p-3", name: "Phòng Kinh tế" } },
      snapshot,
    );
    expect(merged.districts[0]?.divisions[0]?.functions).toEqual([
      "NONG_NGHIEP_PTNT",
      "KINH_TE_HA_TANG",
      "Y_TE",
    ]);
  });

  it("payroll and deputies given in `into` replace the sums", () => {
    const after = applied({
      op: "merge",
      ids: ["huyen-a-vhtt", "huyen-a-y-te"],
      into: { id: "huyen-a-vhtt-yt", name: "Phòng Văn hóa, Thông tin và Y tế", payroll: 8, deputies: 2 },
    });
    const merged = districtOf(after, "huyen-a").divisions.find((item) => item.id === "huyen-a-vhtt-yt");
    expect(merged).toMatchObject({ payroll: 8, deputies: 2 });
  });

  it("the merged unit may keep the id of one of its parts", () => {
    const after = applied({
      op: "merge",
      ids: ["huyen-a-vhtt", "huyen-a-y-te"],
      into: { id: "huyen-a-vhtt", name: "Phòng Văn hóa, Thông tin và Y tế" },
    });
    const divisions = districtOf(after, "huyen-a").divisions;
    expect(divisions.find((item) => item.id === "huyen-a-vhtt")?.functions).toEqual([
      "VAN_HOA_THONG_TIN",
      "Y_TE",
    ]);
    expect(divisions.some((item) => item.id === "huyen-a-y-te")).toBe(false);
  });

  it("three divisions at once: the district loses two", () => {
    const after = applied({
      op: "merge",
      ids: ["huyen-a-nn", "huyen-a-ktht", "huyen-a-tnmt"],
      into: { id: "huyen-a-kt", name: "Phòng Kinh tế" },
    });
    const divisions = districtOf(after, "huyen-a").divisions;
    expect(divisions).toHaveLength(10);
    expect(divisions.find((item) => item.id === "huyen-a-kt")).toMatchObject({
      functions: ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG", "TAI_NGUYEN_MOI_TRUONG"],
      payroll: 18,
      deputies: 3,
    });
  });

  it("units of a sở: the phòng holding the office functions is re-pointed to the merged phòng", () => {
    const after = applied({
      op: "merge",
      ids: ["a-p1", "a-p2"],
      into: { id: "a-p12", name: "Phòng Tổ chức - Tổng hợp" },
    });
    const soA = agencyOf(after, "so-a");
    expect(soA.officeFunctionsUnitId).toBe("a-p12");
    expect(ids(soA.units)).toEqual(["a-p12", "a-tt", "a-cc1", "a-cc2"]);
    expect(unitOf(after, "so-a", "a-p12")).toMatchObject({
      type: "division",
      payroll: 16,
      deputies: 3,
      positions: [expect.objectContaining({ id: "a-p1-cv" }), expect.objectContaining({ id: "a-p2-cv" })],
      staff: [expect.objectContaining({ id: "a-p1-s1" }), expect.objectContaining({ id: "a-p2-s1" })],
    });
  });

  it("a phòng and the thanh tra sở: the merged unit has the first part's type", () => {
    const after = applied({ op: "merge", ids: ["a-tt", "a-p1"], into: { id: "a-tt2", name: "Thanh tra" } });
    expect(unitOf(after, "so-a", "a-tt2")).toMatchObject({ type: "inspectorate", payroll: 17, deputies: 3 });
  });

  it("two chi cục: their phòng are concatenated and each criterion holds if it held for one of them", () => {
    const after = applied({
      op: "merge",
      ids: ["a-cc1", "a-cc2"],
      into: { id: "a-cc", name: "Chi cục Văn thư, Lưu trữ và Tôn giáo" },
    });
    const merged = chiCucOf(after, "a-cc");
    expect(ids(merged.units)).toEqual(["a-cc1-p1", "a-cc1-p2", "a-cc2-p1"]);
    expect(merged).toMatchObject({
      payroll: 35,
      deputies: 3,
      specialisedScope: true,
      delegatedAuthority: true,
    });
    expect(ids(agencyOf(after, "so-a").units)).toEqual(["a-p1", "a-p2", "a-tt", "a-cc"]);
  });

  it("two phòng of one chi cục", () => {
    const after = applied({
      op: "merge",
      ids: ["a-cc1-p1", "a-cc1-p2"],
      into: { id: "a-cc1-p", name: "Phòng Nghiệp vụ" },
    });
    expect(chiCucOf(after, "a-cc1").units).toEqual([
      { id: "a-cc1-p", type: "division", name: "Phòng Nghiệp vụ", payroll: 11, deputies: 2 },
    ]);
  });

  it("two sở: the first one's kind, all units, the first office-functions holder, positions concatenated", () => {
    const after = applied({
      op: "merge",
      ids: ["so-a", "so-b"],
      into: { id: "so-ab", name: "Sở Nội vụ và Tài chính" },
    });
    expect(after.agencies).toHaveLength(1);
    const merged = agencyOf(after, "so-ab");
    expect(merged).toMatchObject({
      kind: "NOI_VU",
      payroll: 130,
      deputies: 5,
      officeFunctionsUnitId: "a-p2",
    });
    expect(ids(merged.units)).toEqual(["a-p1", "a-p2", "a-tt", "a-cc1", "a-cc2", "b-vp", "b-p1"]);
    expect(ids(merged.positions ?? [])).toEqual(["a-gd"]);
  });

  it.each<[string, string[]]>([
    ["divisions of two districts", ["huyen-a-vhtt", "huyen-b-vh"]],
    ["a division of a huyện with a phòng of a sở", ["huyen-a-vhtt", "a-p1"]],
    ["phòng of two sở", ["a-p1", "b-p1"]],
    ["a chi cục with a phòng", ["a-cc1", "a-p1"]],
    ["a phòng with a chi cục", ["a-p1", "a-cc1"]],
    ["phòng of two chi cục", ["a-cc1-p1", "a-cc2-p1"]],
    ["a phòng thuộc chi cục with a phòng of the sở", ["a-cc1-p1", "a-p1"]],
    ["a sở with one of its units", ["so-a", "a-p1"]],
    ["two huyện", ["huyen-a", "huyen-b"]],
  ])("MERGE_INCOMPATIBLE: %s", (_name, mergeIds) => {
    const error = failure({ op: "merge", ids: mergeIds, into: { id: "merged", name: "Đơn vị hợp nhất" } });
    expect(error.code).toBe("MERGE_INCOMPATIBLE");
    expect(error.message.vi).toMatch(vietnameseLetters);
  });

  it("MERGE_SELF: a unit merged with itself", () => {
    const error = failure({
      op: "merge",
      ids: ["huyen-a-vhtt", "huyen-a-vhtt"],
      into: { id: "huyen-a-vhtt-2", name: "Phòng Văn hóa và Thông tin" },
    });
    expect(error.code).toBe("MERGE_SELF");
    expect(error.message.vi).toContain("chính nó");
  });

  it("UNKNOWN_ID names the missing unit", () => {
    const error = failure({
      op: "merge",
      ids: ["huyen-a-vhtt", "huyen-a-khong-co"],
      into: { id: "merged", name: "Phòng" },
    });
    expect(error.code).toBe("UNKNOWN_ID");
    expect(error.message.vi).toContain('"huyen-a-khong-co"');
    expect(error.message.en).toContain('"huyen-a-khong-co"');
  });

  it("INVALID_RESULT: a merge into an id that already exists elsewhere", () => {
    const error = failure({
      op: "merge",
      ids: ["huyen-a-vhtt", "huyen-a-y-te"],
      into: { id: "huyen-a-noi-vu", name: "Phòng Văn hóa, Thông tin và Y tế" },
    });
    expect(error.code).toBe("INVALID_RESULT");
    expect(error.message.vi).toContain('mã "huyen-a-noi-vu" bị trùng');
  });
});

describe("split", () => {
  /** Splits Phòng Văn hóa và Thông tin (payroll 5, 2 deputies, VAN_HOA_THONG_TIN) into these parts. */
  const splitVhtt = (
    parts: { functions: DistrictFunction[]; payroll: number; deputies: number }[],
  ): OperationInput => ({
    op: "split",
    id: "huyen-a-vhtt",
    into: parts.map((part, index) => ({
      id: `huyen-a-vhtt-${index + 1}`,
      name: `Phòng Văn hóa ${index + 1}`,
      ...part,
    })),
  });

  it("a division into two: allocations as given, placed where the division was, positions and staff with the first part", () => {
    const source = buildSnapshot({
      districts: [
        ruralDistrict({
          divisions: [
            division({ id: "p-0", functions: ["NOI_VU"] }),
            division({
              id: "p-1",
              functions: ["VAN_HOA_THONG_TIN", "Y_TE"],
              payroll: 9,
              deputies: 3,
              positions: [position({ id: "p-1-cv" })],
              staff: [staffMember({ id: "p-1-s1", positionId: "p-1-cv" })],
            }),
            division({ id: "p-2", functions: ["TU_PHAP"] }),
          ],
        }),
      ],
    });
    const after = applied(
      {
        op: "split",
        id: "p-1",
        into: [
          {
            id: "p-vh",
            name: "Phòng Văn hóa và Thông tin",
            functions: ["VAN_HOA_THONG_TIN"],
            payroll: 5,
            deputies: 2,
          },
          { id: "p-yt", name: "Phòng Y tế", functions: ["Y_TE"], payroll: 4, deputies: 1 },
        ],
      },
      source,
    );
    const divisions = after.districts[0]?.divisions ?? [];
    expect(ids(divisions)).toEqual(["p-0", "p-vh", "p-yt", "p-2"]);
    expect(divisions[1]).toEqual({
      id: "p-vh",
      name: "Phòng Văn hóa và Thông tin",
      functions: ["VAN_HOA_THONG_TIN"],
      payroll: 5,
      deputies: 2,
      positions: [expect.objectContaining({ id: "p-1-cv" })],
      staff: [expect.objectContaining({ id: "p-1-s1" })],
    });
    expect(divisions[2]).toEqual({
      id: "p-yt",
      name: "Phòng Y tế",
      functions: ["Y_TE"],
      payroll: 4,
      deputies: 1,
    });
  });

  it("SPLIT_PAYROLL_MISMATCH: the parts' payroll must add up", () => {
    const error = failure(
      splitVhtt([
        { functions: ["VAN_HOA_THONG_TIN"], payroll: 3, deputies: 1 },
        { functions: [], payroll: 1, deputies: 1 },
      ]),
    );
    expect(error.code).toBe("SPLIT_PAYROLL_MISMATCH");
    expect(error.message.vi).toContain("(4)");
    expect(error.message.vi).toContain("(5)");
  });

  it("SPLIT_DEPUTIES_MISMATCH: the parts' deputies must add up", () => {
    const error = failure(
      splitVhtt([
        { functions: ["VAN_HOA_THONG_TIN"], payroll: 3, deputies: 2 },
        { functions: [], payroll: 2, deputies: 1 },
      ]),
    );
    expect(error.code).toBe("SPLIT_DEPUTIES_MISMATCH");
    expect(error.message.vi).toContain("cấp phó");
  });

  it.each<[string, DistrictFunction[][]]>([
    ["a function left out", [[], []]],
    ["a function given twice", [["VAN_HOA_THONG_TIN"], ["VAN_HOA_THONG_TIN"]]],
    ["a function the division does not hold", [["VAN_HOA_THONG_TIN"], ["Y_TE"]]],
  ])("SPLIT_FUNCTIONS_MISMATCH: %s", (_name, functions) => {
    const error = failure(
      splitVhtt([
        { functions: functions[0] ?? [], payroll: 3, deputies: 1 },
        { functions: functions[1] ?? [], payroll: 2, deputies: 1 },
      ]),
    );
    expect(error.code).toBe("SPLIT_FUNCTIONS_MISMATCH");
    expect(error.message.vi).toContain("VAN_HOA_THONG_TIN");
  });

  it("SPLIT_FUNCTIONS_MISMATCH: a phòng of a sở holds no district function to allocate", () => {
    const error = failure({
      op: "split",
      id: "b-p1",
      into: [
        { id: "b-p1a", name: "Phòng A", functions: ["TU_PHAP"], payroll: 5, deputies: 1 },
        { id: "b-p1b", name: "Phòng B", payroll: 5, deputies: 1 },
      ],
    });
    expect(error.code).toBe("SPLIT_FUNCTIONS_MISMATCH");
  });

  it("the phòng holding a sở's office functions: the first part holds them", () => {
    const after = applied({
      op: "split",
      id: "a-p2",
      into: [
        { id: "a-p2a", name: "Phòng Tổng hợp", payroll: 4, deputies: 1 },
        { id: "a-p2b", name: "Phòng Hành chính", payroll: 3, deputies: 0 },
      ],
    });
    const soA = agencyOf(after, "so-a");
    expect(soA.officeFunctionsUnitId).toBe("a-p2a");
    expect(ids(soA.units)).toEqual(["a-p1", "a-p2a", "a-p2b", "a-tt", "a-cc1", "a-cc2"]);
    expect(unitOf(after, "so-a", "a-p2b")).toEqual({
      id: "a-p2b",
      type: "division",
      name: "Phòng Hành chính",
      payroll: 3,
      deputies: 0,
    });
  });

  it("a chi cục: the first part keeps its phòng and both keep its criteria", () => {
    const after = applied({
      op: "split",
      id: "a-cc1",
      into: [
        { id: "a-cc1a", name: "Chi cục Văn thư", payroll: 12, deputies: 1 },
        { id: "a-cc1b", name: "Chi cục Lưu trữ", payroll: 8, deputies: 1 },
      ],
    });
    expect(chiCucOf(after, "a-cc1a")).toMatchObject({
      units: [expect.objectContaining({ id: "a-cc1-p1" }), expect.objectContaining({ id: "a-cc1-p2" })],
      specialisedScope: true,
      delegatedAuthority: false,
    });
    expect(chiCucOf(after, "a-cc1b")).toMatchObject({
      units: [],
      specialisedScope: true,
      delegatedAuthority: false,
    });
  });

  it("a phòng thuộc chi cục", () => {
    const after = applied({
      op: "split",
      id: "a-cc1-p1",
      into: [
        { id: "a-cc1-p1a", name: "Phòng 1A", payroll: 3, deputies: 1 },
        { id: "a-cc1-p1b", name: "Phòng 1B", payroll: 3, deputies: 0 },
      ],
    });
    expect(ids(chiCucOf(after, "a-cc1").units)).toEqual(["a-cc1-p1a", "a-cc1-p1b", "a-cc1-p2"]);
  });

  it("a sở: the first part keeps the units, the office-functions holder and the positions", () => {
    const after = applied({
      op: "split",
      id: "so-a",
      into: [
        { id: "so-a1", name: "Sở Nội vụ", payroll: 60, deputies: 2 },
        { id: "so-a2", name: "Ban Tôn giáo", payroll: 30, deputies: 1 },
      ],
    });
    expect(agencyOf(after, "so-a1")).toMatchObject({
      kind: "NOI_VU",
      officeFunctionsUnitId: "a-p2",
      positions: [expect.objectContaining({ id: "a-gd" })],
    });
    expect(ids(agencyOf(after, "so-a1").units)).toEqual(["a-p1", "a-p2", "a-tt", "a-cc1", "a-cc2"]);
    expect(agencyOf(after, "so-a2")).toMatchObject({
      kind: "NOI_VU",
      officeFunctionsUnitId: null,
      units: [],
    });
  });

  it("INVALID_UNIT: a huyện is not split by a plan", () => {
    const error = failure({
      op: "split",
      id: "huyen-b",
      into: [
        { id: "huyen-b1", name: "Huyện B1", payroll: 0, deputies: 0 },
        { id: "huyen-b2", name: "Huyện B2", payroll: 0, deputies: 0 },
      ],
    });
    expect(error.code).toBe("INVALID_UNIT");
  });

  it("UNKNOWN_ID and INVALID_RESULT (a part reusing an existing id)", () => {
    expect(
      failure({
        op: "split",
        id: "khong-co",
        into: [
          { id: "x-1", name: "X1", payroll: 0, deputies: 0 },
          { id: "x-2", name: "X2", payroll: 0, deputies: 0 },
        ],
      }).code,
    ).toBe("UNKNOWN_ID");
    const error = failure({
      op: "split",
      id: "b-p1",
      into: [
        { id: "b-p1a", name: "Phòng A", payroll: 5, deputies: 1 },
        { id: "b-vp", name: "Phòng B", payroll: 5, deputies: 1 },
      ],
    });
    expect(error.code).toBe("INVALID_RESULT");
    expect(error.message.vi).toContain('"b-vp" bị trùng');
  });
});

describe("rename", () => {
  it.each(["huyen-a-vhtt", "a-p1", "a-cc1-p1", "so-b", "huyen-b"])(
    "renames %s and changes nothing else",
    (id) => {
      const after = applied({ op: "rename", id, name: "  Tên mới  " });
      const node = findOrganisationNode(after, id);
      expect(node?.node.name).toBe("Tên mới");
      const restored = JSON.parse(JSON.stringify(after)) as Snapshot;
      const original = findOrganisationNode(baseline, id);
      const renamed = findOrganisationNode(restored, id);
      if (renamed && original) renamed.node.name = original.node.name;
      expect(restored).toEqual(baseline);
    },
  );

  it("UNKNOWN_ID", () => {
    expect(failure({ op: "rename", id: "khong-co", name: "Tên" }).code).toBe("UNKNOWN_ID");
  });
});

describe("create", () => {
  it("a division in a huyện is appended to its divisions", () => {
    const after = applied({
      op: "create",
      district: "huyen-b",
      unit: { id: "huyen-b-dt", name: "Phòng Dân tộc", functions: ["DAN_TOC"], payroll: 5, deputies: 1 },
    });
    expect(ids(districtOf(after, "huyen-b").divisions)).toEqual(["huyen-b-kt", "huyen-b-vh", "huyen-b-dt"]);
  });

  it("a sở (parentId null), a unit of a sở, a phòng of a chi cục", () => {
    const withAgency = applied({
      op: "create",
      unit: { id: "so-c", kind: "DU_LICH", name: "Sở Du lịch", payroll: 30, deputies: 2 },
    });
    expect(agencyOf(withAgency, "so-c")).toMatchObject({ units: [], officeFunctionsUnitId: null });

    const withUnit = applied({
      op: "create",
      parentId: "so-b",
      unit: { id: "b-tt", type: "inspectorate", name: "Thanh tra sở", payroll: 6, deputies: 1 },
    });
    expect(ids(agencyOf(withUnit, "so-b").units)).toEqual(["b-vp", "b-p1", "b-tt"]);

    const withSubDivision = applied({
      op: "create",
      parentId: "a-cc2",
      unit: { id: "a-cc2-p2", type: "division", name: "Phòng Tôn giáo 2", payroll: 5, deputies: 0 },
    });
    expect(ids(chiCucOf(withSubDivision, "a-cc2").units)).toEqual(["a-cc2-p1", "a-cc2-p2"]);
  });

  it.each<[string, OperationInput, OperationErrorCode]>([
    [
      "a division without its functions",
      { op: "create", district: "huyen-b", unit: { id: "p-new", name: "Phòng", payroll: 5, deputies: 1 } },
      "INVALID_UNIT",
    ],
    [
      "an office inside a chi cục",
      {
        op: "create",
        parentId: "a-cc1",
        unit: { id: "p-new", type: "office", name: "Văn phòng", payroll: 5, deputies: 1 },
      },
      "INVALID_UNIT",
    ],
    [
      "a sở with an unknown kind",
      { op: "create", unit: { id: "so-x", kind: "SO_VU_TRU", name: "Sở", payroll: 5, deputies: 1 } },
      "INVALID_UNIT",
    ],
    [
      "a unit under a phòng",
      {
        op: "create",
        parentId: "a-p1",
        unit: { id: "p-new", type: "division", name: "Phòng", payroll: 5, deputies: 1 },
      },
      "INVALID_PARENT",
    ],
    [
      "a unit under a huyện given as parentId",
      {
        op: "create",
        parentId: "huyen-b",
        unit: { id: "p-new", name: "Phòng", functions: [], payroll: 5, deputies: 1 },
      },
      "INVALID_PARENT",
    ],
    [
      "a unit under an unknown sở",
      {
        op: "create",
        parentId: "so-khong-co",
        unit: { id: "p-new", type: "division", name: "Phòng", payroll: 5, deputies: 1 },
      },
      "UNKNOWN_ID",
    ],
    [
      "a division in an unknown huyện",
      {
        op: "create",
        district: "huyen-khong-co",
        unit: { id: "p-new", name: "Phòng", functions: [], payroll: 5, deputies: 1 },
      },
      "UNKNOWN_ID",
    ],
    [
      "a unit whose id is taken",
      {
        op: "create",
        parentId: "so-b",
        unit: { id: "a-p1", type: "division", name: "Phòng", payroll: 5, deputies: 1 },
      },
      "INVALID_RESULT",
    ],
  ])("%s → %s", (_name, input, code) => {
    const error = failure(input);
    expect(error.code).toBe(code);
    expect(error.message.vi).toMatch(vietnameseLetters);
  });

  it("INVALID_UNIT names the field of the new unit that is wrong", () => {
    const error = failure({
      op: "create",
      district: "huyen-b",
      unit: { id: "p-new", name: "Phòng", functions: [], payroll: -1, deputies: 1 },
    });
    expect(error.message.vi).toContain("unit.payroll");
  });
});

describe("dissolve", () => {
  it("a division into another: payroll, functions, positions and staff go to it; its deputies do not", () => {
    const after = applied({ op: "dissolve", id: "huyen-a-y-te", transferTo: "huyen-a-vhtt" });
    const divisions = districtOf(after, "huyen-a").divisions;
    expect(divisions.some((item) => item.id === "huyen-a-y-te")).toBe(false);
    expect(divisions.find((item) => item.id === "huyen-a-vhtt")).toMatchObject({
      functions: ["VAN_HOA_THONG_TIN", "Y_TE"],
      payroll: 9,
      deputies: 2,
      positions: [expect.objectContaining({ id: "vhtt-cv" }), expect.objectContaining({ id: "y-te-cv" })],
      staff: [expect.objectContaining({ id: "vhtt-s1" }), expect.objectContaining({ id: "y-te-s1" })],
    });
  });

  it("a division into a division of another huyện", () => {
    const after = applied({ op: "dissolve", id: "huyen-b-vh", transferTo: "huyen-a-vhtt" });
    expect(ids(districtOf(after, "huyen-b").divisions)).toEqual(["huyen-b-kt"]);
  });

  it("the phòng holding the office functions: the phòng receiving it holds them; a thanh tra cannot", () => {
    expect(
      agencyOf(applied({ op: "dissolve", id: "a-p2", transferTo: "a-p1" }), "so-a").officeFunctionsUnitId,
    ).toBe("a-p1");
    expect(
      agencyOf(applied({ op: "dissolve", id: "a-p2", transferTo: "a-tt" }), "so-a").officeFunctionsUnitId,
    ).toBe(null);
  });

  it("a chi cục into another: its phòng move with it", () => {
    const after = applied({ op: "dissolve", id: "a-cc2", transferTo: "a-cc1" });
    expect(ids(chiCucOf(after, "a-cc1").units)).toEqual(["a-cc1-p1", "a-cc1-p2", "a-cc2-p1"]);
    expect(chiCucOf(after, "a-cc1").payroll).toBe(35);
  });

  it("a phòng thuộc chi cục into a phòng of the same sở", () => {
    const after = applied({ op: "dissolve", id: "a-cc1-p2", transferTo: "a-p1" });
    expect(ids(chiCucOf(after, "a-cc1").units)).toEqual(["a-cc1-p1"]);
    expect(unitOf(after, "so-a", "a-p1").payroll).toBe(14);
  });

  it("a sở into another: its units go with it", () => {
    const after = applied({ op: "dissolve", id: "so-b", transferTo: "so-a" });
    expect(ids(after.agencies)).toEqual(["so-a"]);
    expect(ids(agencyOf(after, "so-a").units)).toEqual([
      "a-p1",
      "a-p2",
      "a-tt",
      "a-cc1",
      "a-cc2",
      "b-vp",
      "b-p1",
    ]);
    expect(agencyOf(after, "so-a").payroll).toBe(130);
  });

  it.each<[string, string, string, OperationErrorCode]>([
    ["into itself", "huyen-a-y-te", "huyen-a-y-te", "DISSOLVE_INTO_ITSELF"],
    ["an unknown unit", "khong-co", "huyen-a-vhtt", "UNKNOWN_ID"],
    ["into an unknown unit", "huyen-a-y-te", "khong-co", "UNKNOWN_ID"],
    ["a division into a phòng of a sở", "huyen-a-y-te", "a-p1", "INVALID_PARENT"],
    ["a phòng into a phòng of another sở", "a-p1", "b-p1", "INVALID_PARENT"],
    ["a sở into one of its units", "so-b", "b-p1", "INVALID_PARENT"],
    ["a huyện into another", "huyen-b", "huyen-a", "INVALID_PARENT"],
    ["a chi cục still holding phòng into a phòng", "a-cc1", "a-p1", "INVALID_PARENT"],
  ])("%s → %s", (_name, id, transferTo, code) => {
    const error = failure({ op: "dissolve", id, transferTo });
    expect(error.code).toBe(code);
    expect(error.message.vi).toMatch(vietnameseLetters);
  });
});

describe("move", () => {
  it("a division to another huyện: appended to its divisions", () => {
    const after = applied({ op: "move", id: "huyen-a-y-te", parentId: "huyen-b" });
    expect(ids(districtOf(after, "huyen-b").divisions)).toEqual(["huyen-b-kt", "huyen-b-vh", "huyen-a-y-te"]);
    expect(districtOf(after, "huyen-a").divisions.some((item) => item.id === "huyen-a-y-te")).toBe(false);
    // The division moves whole, positions and staff included.
    expect(districtOf(after, "huyen-b").divisions[2]).toEqual(
      districtOf(baseline, "huyen-a").divisions.find((item) => item.id === "huyen-a-y-te"),
    );
  });

  it("the phòng holding the office functions to another sở: it no longer holds them", () => {
    const after = applied({ op: "move", id: "a-p2", parentId: "so-b" });
    expect(agencyOf(after, "so-a").officeFunctionsUnitId).toBe(null);
    expect(ids(agencyOf(after, "so-b").units)).toEqual(["b-vp", "b-p1", "a-p2"]);
    expect(agencyOf(after, "so-b").officeFunctionsUnitId).toBe(null);
  });

  it("a phòng into a chi cục of its sở: it becomes a phòng thuộc chi cục with its positions and staff", () => {
    const after = applied({ op: "move", id: "a-p1", parentId: "a-cc1" });
    expect(ids(agencyOf(after, "so-a").units)).toEqual(["a-p2", "a-tt", "a-cc1", "a-cc2"]);
    const moved = chiCucOf(after, "a-cc1").units.find((item) => item.id === "a-p1");
    expect(moved).toMatchObject({
      type: "division",
      payroll: 9,
      deputies: 2,
      positions: [expect.objectContaining({ id: "a-p1-cv" })],
      staff: [expect.objectContaining({ id: "a-p1-s1" })],
    });
  });

  it("the office-functions phòng into a chi cục: the sở's holder is cleared", () => {
    expect(
      agencyOf(applied({ op: "move", id: "a-p2", parentId: "a-cc1" }), "so-a").officeFunctionsUnitId,
    ).toBe(null);
  });

  it("a phòng thuộc chi cục out to its sở, and into the other chi cục", () => {
    const out = applied({ op: "move", id: "a-cc1-p1", parentId: "so-a" });
    expect(unitOf(out, "so-a", "a-cc1-p1")).toMatchObject({ type: "division", payroll: 6 });
    expect(ids(chiCucOf(out, "a-cc1").units)).toEqual(["a-cc1-p2"]);
    const across = applied({ op: "move", id: "a-cc1-p1", parentId: "a-cc2" });
    expect(ids(chiCucOf(across, "a-cc2").units)).toEqual(["a-cc2-p1", "a-cc1-p1"]);
  });

  it("a chi cục to another sở, with its phòng", () => {
    const after = applied({ op: "move", id: "a-cc2", parentId: "so-b" });
    expect(ids(chiCucOf(after, "a-cc2").units)).toEqual(["a-cc2-p1"]);
    expect(findOrganisationNode(after, "a-cc2")).toMatchObject({ agency: { id: "so-b" } });
  });

  it.each<[string, string, string, OperationErrorCode]>([
    ["a chi cục under its own phòng", "a-cc1", "a-cc1-p1", "MOVE_UNDER_OWN_CHILD"],
    ["a chi cục into itself", "a-cc1", "a-cc1", "MOVE_UNDER_OWN_CHILD"],
    ["a huyện into itself", "huyen-a", "huyen-a", "MOVE_UNDER_OWN_CHILD"],
    ["an unknown unit", "khong-co", "so-a", "UNKNOWN_ID"],
    ["to an unknown parent", "a-p1", "khong-co", "UNKNOWN_ID"],
    ["a division under a sở", "huyen-a-y-te", "so-a", "INVALID_PARENT"],
    ["a phòng of a sở into a huyện", "a-p1", "huyen-a", "INVALID_PARENT"],
    ["a phòng under another phòng", "a-p1", "a-p2", "INVALID_PARENT"],
    ["a thanh tra into a chi cục", "a-tt", "a-cc1", "INVALID_PARENT"],
    ["a chi cục into another chi cục", "a-cc2", "a-cc1", "INVALID_PARENT"],
    ["a sở", "so-b", "so-a", "INVALID_PARENT"],
    ["a huyện", "huyen-b", "huyen-a", "INVALID_PARENT"],
  ])("%s → %s", (_name, id, parentId, code) => {
    const error = failure({ op: "move", id, parentId });
    expect(error.code).toBe(code);
    expect(error.message.vi).toMatch(vietnameseLetters);
  });

  it("MOVE_UNDER_OWN_CHILD names the unit", () => {
    expect(failure({ op: "move", id: "a-cc1", parentId: "a-cc1-p2" }).message.vi).toBe(
      'không thể chuyển "a-cc1" vào đơn vị trực thuộc của chính nó',
    );
  });
});

describe("transfer", () => {
  it("payroll and functions from one division to another; deputies stay", () => {
    const after = applied({
      op: "transfer",
      from: "huyen-b-vh",
      to: "huyen-b-kt",
      payroll: 2,
      functions: ["Y_TE"],
    });
    const [kt, vh] = districtOf(after, "huyen-b").divisions;
    expect(vh).toMatchObject({ functions: ["VAN_HOA_THONG_TIN"], payroll: 4, deputies: 1 });
    expect(kt).toMatchObject({
      functions: ["NONG_NGHIEP_PTNT", "KINH_TE_HA_TANG", "Y_TE"],
      payroll: 8,
      deputies: 1,
    });
  });

  it("all of the payroll may go: the source keeps 0", () => {
    const after = applied({ op: "transfer", from: "a-p1", to: "b-p1", payroll: 9 });
    expect(unitOf(after, "so-a", "a-p1").payroll).toBe(0);
    expect(unitOf(after, "so-b", "b-p1").payroll).toBe(19);
  });

  it("between a sở and a phòng thuộc chi cục", () => {
    const after = applied({ op: "transfer", from: "so-a", to: "a-cc1-p2", payroll: 3 });
    expect(agencyOf(after, "so-a").payroll).toBe(87);
    expect(chiCucOf(after, "a-cc1").units[1]?.payroll).toBe(8);
  });

  it("TRANSFER_EXCEEDS_PAYROLL says how much there is", () => {
    const error = failure({ op: "transfer", from: "a-p1", to: "b-p1", payroll: 10 });
    expect(error.code).toBe("TRANSFER_EXCEEDS_PAYROLL");
    expect(error.message.vi).toBe('chuyển 10 biên chế nhưng "Phòng Tổ chức, biên chế" chỉ có 9');
  });

  it("TRANSFER_FUNCTION_NOT_HELD: a function the source does not hold, or units that hold none", () => {
    const notHeld = failure({ op: "transfer", from: "huyen-b-vh", to: "huyen-b-kt", functions: ["TU_PHAP"] });
    expect(notHeld.code).toBe("TRANSFER_FUNCTION_NOT_HELD");
    expect(notHeld.message.vi).toContain("TU_PHAP");
    const agencyUnits = failure({ op: "transfer", from: "a-p1", to: "a-p2", functions: ["NOI_VU"] });
    expect(agencyUnits.code).toBe("TRANSFER_FUNCTION_NOT_HELD");
  });

  it.each<[string, string, string, OperationErrorCode]>([
    ["from a huyện", "huyen-a", "huyen-b-kt", "INVALID_UNIT"],
    ["to a huyện", "huyen-b-kt", "huyen-a", "INVALID_UNIT"],
    ["from an unknown unit", "khong-co", "huyen-b-kt", "UNKNOWN_ID"],
    ["to an unknown unit", "huyen-b-kt", "khong-co", "UNKNOWN_ID"],
  ])("%s → %s", (_name, from, to, code) => {
    expect(failure({ op: "transfer", from, to, payroll: 1 }).code).toBe(code);
  });
});

describe("set", () => {
  it.each([
    ["a division", "huyen-a-vhtt"],
    ["a phòng of a sở", "a-p1"],
    ["a phòng thuộc chi cục", "a-cc1-p1"],
    ["a chi cục", "a-cc2"],
    ["a sở", "so-b"],
  ])("payroll and deputies of %s; nothing else changes", (_name, id) => {
    const after = applied({ op: "set", id, payroll: 12, deputies: 0 });
    expect(findOrganisationNode(after, id)?.node).toMatchObject({ payroll: 12, deputies: 0 });
    const restored = JSON.parse(JSON.stringify(after)) as Snapshot;
    const node = findOrganisationNode(restored, id);
    const original = findOrganisationNode(baseline, id);
    if (node?.type !== "district" && original?.type !== "district" && node && original) {
      node.node.payroll = original.node.payroll;
      node.node.deputies = original.node.deputies;
    }
    expect(restored).toEqual(baseline);
  });

  it("only the field given changes", () => {
    const deputiesOnly = applied({ op: "set", id: "huyen-a-vhtt", deputies: 1 });
    expect(findOrganisationNode(deputiesOnly, "huyen-a-vhtt")?.node).toMatchObject({
      payroll: 5,
      deputies: 1,
    });
    const payrollOnly = applied({ op: "set", id: "huyen-a-vhtt", payroll: 7 });
    expect(findOrganisationNode(payrollOnly, "huyen-a-vhtt")?.node).toMatchObject({
      payroll: 7,
      deputies: 2,
    });
  });

  it("INVALID_UNIT for a huyện; UNKNOWN_ID for an unknown unit", () => {
    const district = failure({ op: "set", id: "huyen-a", deputies: 1 });
    expect(district.code).toBe("INVALID_UNIT");
    expect(district.message.vi).toContain("huyện");
    expect(failure({ op: "set", id: "khong-co", deputies: 1 }).code).toBe("UNKNOWN_ID");
  });

  it("INVALID_RESULT: a value the snapshot format refuses (negative) is caught when the result is re-validated", () => {
    // The plan schema refuses -1; an operation built in code without it is still checked as a whole document.
    const result = applyOperation(baseline, { op: "set", id: "huyen-a-vhtt", payroll: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("INVALID_RESULT");
      expect(result.error.message.vi).toContain("districts[0].divisions[5].payroll");
    }
  });
});

// --- Across all operations -------------------------------------------------------------------------------

const failures: [OperationErrorCode, OperationInput][] = [
  ["UNKNOWN_ID", { op: "rename", id: "khong-co", name: "Tên" }],
  ["MERGE_SELF", { op: "merge", ids: ["a-p1", "a-p1"], into: { id: "a-p9", name: "Phòng" } }],
  ["MERGE_INCOMPATIBLE", { op: "merge", ids: ["a-p1", "b-p1"], into: { id: "a-p9", name: "Phòng" } }],
  [
    "SPLIT_PAYROLL_MISMATCH",
    {
      op: "split",
      id: "b-p1",
      into: [
        { id: "b-p1a", name: "A", payroll: 1, deputies: 1 },
        { id: "b-p1b", name: "B", payroll: 1, deputies: 1 },
      ],
    },
  ],
  [
    "SPLIT_DEPUTIES_MISMATCH",
    {
      op: "split",
      id: "b-p1",
      into: [
        { id: "b-p1a", name: "A", payroll: 5, deputies: 0 },
        { id: "b-p1b", name: "B", payroll: 5, deputies: 0 },
      ],
    },
  ],
  [
    "SPLIT_FUNCTIONS_MISMATCH",
    {
      op: "split",
      id: "huyen-b-kt",
      into: [
        { id: "b-kt-a", name: "A", functions: ["NONG_NGHIEP_PTNT"], payroll: 3, deputies: 1 },
        { id: "b-kt-b", name: "B", payroll: 3, deputies: 0 },
      ],
    },
  ],
  [
    "INVALID_PARENT",
    {
      op: "create",
      parentId: "b-p1",
      unit: { id: "x", type: "division", name: "X", payroll: 1, deputies: 0 },
    },
  ],
  ["MOVE_UNDER_OWN_CHILD", { op: "move", id: "a-cc2", parentId: "a-cc2-p1" }],
  ["DISSOLVE_INTO_ITSELF", { op: "dissolve", id: "b-p1", transferTo: "b-p1" }],
  ["TRANSFER_EXCEEDS_PAYROLL", { op: "transfer", from: "b-vp", to: "b-p1", payroll: 9 }],
  [
    "TRANSFER_FUNCTION_NOT_HELD",
    { op: "transfer", from: "huyen-a-vhtt", to: "huyen-a-y-te", functions: ["Y_TE"] },
  ],
  ["INVALID_UNIT", { op: "set", id: "huyen-b", payroll: 1 }],
  [
    "FUNCTION_WRONG_LEVEL",
    {
      op: "create",
      district: "huyen-b",
      unit: {
        id: "c-vhxh",
        name: "Phòng Văn hóa - Xã hội",
        functions: ["VAN_HOA_XA_HOI"],
        payroll: 5,
        deputies: 1,
      },
    },
  ],
  ["INVALID_RESULT", { op: "merge", ids: ["b-vp", "b-p1"], into: { id: "a-p1", name: "Văn phòng" } }],
];

describe("every error code", () => {
  it("the table below covers all of them", () => {
    const codes: Record<OperationErrorCode, true> = {
      UNKNOWN_ID: true,
      MERGE_SELF: true,
      MERGE_INCOMPATIBLE: true,
      SPLIT_PAYROLL_MISMATCH: true,
      SPLIT_DEPUTIES_MISMATCH: true,
      SPLIT_FUNCTIONS_MISMATCH: true,
      INVALID_PARENT: true,
      MOVE_UNDER_OWN_CHILD: true,
      DISSOLVE_INTO_ITSELF: true,
      TRANSFER_EXCEEDS_PAYROLL: true,
      TRANSFER_FUNCTION_NOT_HELD: true,
      INVALID_UNIT: true,
      FUNCTION_WRONG_LEVEL: true,
      INVALID_RESULT: true,
    };
    expect(new Set(failures.map(([code]) => code))).toEqual(new Set(Object.keys(codes)));
  });

  it.each(failures)("%s carries a Vietnamese message and an English one", (code, input) => {
    const error = failure(input);
    expect(error.code).toBe(code);
    expect(error.message.vi).toMatch(vietnameseLetters);
    expect(error.message.en.length).toBeGreaterThan(0);
    expect(error.message.en).not.toBe(error.message.vi);
  });
});

describe("the input is never changed", () => {
  const successes: OperationInput[] = [
    { op: "merge", ids: ["huyen-a-vhtt", "huyen-a-y-te"], into: { id: "m-1", name: "Phòng" } },
    { op: "merge", ids: ["a-p1", "a-p2"], into: { id: "m-1", name: "Phòng" } },
    { op: "merge", ids: ["a-cc1", "a-cc2"], into: { id: "m-1", name: "Chi cục" } },
    { op: "merge", ids: ["so-a", "so-b"], into: { id: "m-1", name: "Sở" } },
    {
      op: "split",
      id: "a-cc1",
      into: [
        { id: "s-1", name: "A", payroll: 10, deputies: 1 },
        { id: "s-2", name: "B", payroll: 10, deputies: 1 },
      ],
    },
    { op: "rename", id: "a-p1", name: "Tên mới" },
    {
      op: "create",
      district: "huyen-b",
      unit: { id: "c-1", name: "Phòng", functions: [], payroll: 1, deputies: 0 },
    },
    { op: "dissolve", id: "a-cc2", transferTo: "a-cc1" },
    { op: "dissolve", id: "so-b", transferTo: "so-a" },
    { op: "move", id: "a-p1", parentId: "a-cc1" },
    { op: "move", id: "huyen-a-y-te", parentId: "huyen-b" },
    { op: "transfer", from: "huyen-b-vh", to: "huyen-b-kt", payroll: 1, functions: ["Y_TE"] },
    { op: "set", id: "a-cc1-p1", payroll: 1, deputies: 0 },
  ];

  it.each(successes.map((input): [string, OperationInput] => [input.op, input]))(
    "%s on a deep-frozen snapshot succeeds and leaves it as it was",
    (_op, input) => {
      const result = apply(input);
      expect(result.ok).toBe(true);
      expect(JSON.stringify(baseline)).toBe(baselineJson);
      // The result shares nothing mutable with the input: changing it does not reach the baseline.
      if (result.ok) {
        result.snapshot.districts[0]?.divisions.pop();
        result.snapshot.agencies[0]?.units.pop();
        expect(JSON.stringify(baseline)).toBe(baselineJson);
      }
    },
  );

  it.each(failures)("a failed %s leaves the snapshot as it was", (_code, input) => {
    expect(apply(input).ok).toBe(false);
    expect(JSON.stringify(baseline)).toBe(baselineJson);
  });
});

describe("edge cases refused rather than silently ignored", () => {
  it("a transfer from a unit to itself is refused", () => {
    const snapshot = buildSnapshot({ districts: [ruralDistrict()] });
    const result = applyOperation(
      snapshot,
      buildOperation({ op: "transfer", from: "huyen-a-noi-vu", to: "huyen-a-noi-vu", payroll: 1 }),
    );
    expect(result.ok ? undefined : result.error.code).toBe("INVALID_UNIT");
  });

  it("a create naming both a district and a parent is refused", () => {
    const snapshot = buildSnapshot({ agencies: [agency()], districts: [ruralDistrict()] });
    const result = applyOperation(
      snapshot,
      buildOperation({
        op: "create",
        parentId: "so-a",
        district: "huyen-a",
        unit: { id: "phong-moi", name: "Phòng Mới", functions: [], payroll: 5, deputies: 1 },
      }),
    );
    expect(result.ok ? undefined : result.error.code).toBe("INVALID_PARENT");
  });
});
