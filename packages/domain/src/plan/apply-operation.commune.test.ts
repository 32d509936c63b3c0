// Plan operations on the organisations of commune-level units (snapshot/2, plan/2; ADR 0037): merge,
// split, rename, create (`commune`), dissolve, transfer and set inside one xã, phường or đặc khu; move and
// anything across units or levels refused with a typed, bilingual error. applyPlan counts the organisations
// an operation re-arranges like district divisions (their surplus deputies become transitional, ADR 0033).
import { describe, expect, it } from "vitest";

import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import {
  buildOperation,
  buildPlan,
  buildSnapshot,
  commune,
  ruralDistrict,
  type CommuneInput,
} from "../testing/builders.ts";
import { applyOperation, type OperationError } from "./apply-operation.ts";
import { applyPlan } from "./apply-plan.ts";
import type { OperationInput } from "./plan.schema.ts";

const xa: CommuneInput = commune("commune", { id: "xa-a", name: "Xã A" });
const phuong: CommuneInput = commune("ward", { id: "phuong-b", name: "Phường B" });
const baseline: Snapshot = buildSnapshot({
  asOf: "2026-03-01",
  districts: [ruralDistrict()],
  communes: [xa, phuong],
});
const baselineJson = JSON.stringify(baseline);

function applied(input: OperationInput): Snapshot {
  const result = applyOperation(baseline, buildOperation(input));
  if (!result.ok) throw new Error(result.error.message.en);
  expect(JSON.stringify(baseline)).toBe(baselineJson);
  return result.snapshot;
}

function failure(input: OperationInput): OperationError {
  const result = applyOperation(baseline, buildOperation(input));
  if (result.ok) throw new Error("the operation applied");
  expect(JSON.stringify(baseline)).toBe(baselineJson);
  return result.error;
}

const organisationsOf = (snapshot: Snapshot, id: string) =>
  snapshot.communes.find((item) => item.id === id)?.organisations ?? [];

describe("merge", () => {
  it("two phòng of one xã: union of functions, sums, in the place of the first", () => {
    const after = applied({
      op: "merge",
      ids: ["xa-a-kt", "xa-a-vhxh"],
      into: { id: "xa-a-kt-vhxh", name: "Phòng Kinh tế - Văn hóa" },
    });
    expect(organisationsOf(after, "xa-a").map((item) => item.id)).toEqual([
      "xa-a-vp",
      "xa-a-kt-vhxh",
      "xa-a-ttphvhcc",
    ]);
    expect(organisationsOf(after, "xa-a")[1]).toMatchObject({
      type: "division",
      functions: ["KINH_TE", "VAN_HOA_XA_HOI"],
      payroll: 12,
      deputies: 2,
    });
  });

  it("MERGE_INCOMPATIBLE: phòng of two different units, a service centre with a phòng, two units", () => {
    const across = failure({ op: "merge", ids: ["xa-a-kt", "phuong-b-ktht"], into: { id: "m", name: "M" } });
    expect(across.code).toBe("MERGE_INCOMPATIBLE");
    expect(across.message.vi).toContain("cùng một đơn vị hành chính cấp xã");
    const centre = failure({ op: "merge", ids: ["xa-a-vp", "xa-a-ttphvhcc"], into: { id: "m", name: "M" } });
    expect(centre.code).toBe("MERGE_INCOMPATIBLE");
    expect(centre.message).toEqual({
      vi: "không hợp nhất Trung tâm phục vụ hành chính công với một phòng chuyên môn",
      en: "a public-administration service centre cannot merge with a division",
    });
    expect(failure({ op: "merge", ids: ["xa-a", "phuong-b"], into: { id: "m", name: "M" } }).code).toBe(
      "MERGE_INCOMPATIBLE",
    );
    const district = failure({
      op: "merge",
      ids: ["huyen-a-noi-vu", "xa-a-kt"],
      into: { id: "m", name: "M" },
    });
    expect(district.code).toBe("MERGE_INCOMPATIBLE");
  });
});

describe("split", () => {
  it("a phòng into two, functions allocated exactly, positions with the first part", () => {
    const after = applied({
      op: "split",
      id: "xa-a-vp",
      into: [
        { id: "xa-a-vp-1", name: "Văn phòng", functions: ["VAN_PHONG"], payroll: 4, deputies: 1 },
        { id: "xa-a-vp-2", name: "Phòng Tổng hợp", functions: [], payroll: 2, deputies: 0 },
      ],
    });
    expect(organisationsOf(after, "xa-a").slice(0, 2)).toMatchObject([
      { id: "xa-a-vp-1", type: "division", functions: ["VAN_PHONG"], payroll: 4 },
      { id: "xa-a-vp-2", type: "division", functions: [], payroll: 2 },
    ]);
  });

  it("a service centre splits into service centres (C26-ORG-01 then counts two)", () => {
    const after = applied({
      op: "split",
      id: "xa-a-ttphvhcc",
      into: [
        { id: "xa-a-tt-1", name: "Điểm 1", payroll: 3, deputies: 1 },
        { id: "xa-a-tt-2", name: "Điểm 2", payroll: 3, deputies: 0 },
      ],
    });
    expect(organisationsOf(after, "xa-a").map((item) => item.type)).toEqual([
      "division",
      "division",
      "division",
      "service_centre",
      "service_centre",
    ]);
  });

  it("FUNCTION_WRONG_LEVEL: a district code given to a commune phòng; INVALID_UNIT for the unit itself", () => {
    const error = failure({
      op: "split",
      id: "xa-a-kt",
      into: [
        { id: "p1", name: "A", functions: ["KINH_TE", "NONG_NGHIEP_PTNT"], payroll: 3, deputies: 1 },
        { id: "p2", name: "B", payroll: 3, deputies: 0 },
      ],
    });
    expect(error.code).toBe("FUNCTION_WRONG_LEVEL");
    expect(error.message.vi).toContain("NONG_NGHIEP_PTNT");
    expect(error.message.en).toContain("xa-a-kt");
    expect(
      failure({
        op: "split",
        id: "xa-a",
        into: [
          { id: "p1", name: "A", payroll: 0, deputies: 0 },
          { id: "p2", name: "B", payroll: 0, deputies: 0 },
        ],
      }).code,
    ).toBe("INVALID_UNIT");
  });

  it("FUNCTION_WRONG_LEVEL: a commune code given to a district division", () => {
    const error = failure({
      op: "split",
      id: "huyen-a-vhtt",
      into: [
        { id: "p1", name: "A", functions: ["VAN_HOA_THONG_TIN", "VAN_HOA_XA_HOI"], payroll: 3, deputies: 1 },
        { id: "p2", name: "B", payroll: 3, deputies: 0 },
      ],
    });
    expect(error).toMatchObject({ code: "FUNCTION_WRONG_LEVEL" });
    expect(error.message.vi).toContain("cấp xã");
  });
});

describe("rename and set", () => {
  it("a phòng and the unit itself can be renamed; a phòng's numbers set", () => {
    expect(
      organisationsOf(applied({ op: "rename", id: "xa-a-kt", name: "Phòng Kinh tế mới" }), "xa-a")[1]?.name,
    ).toBe("Phòng Kinh tế mới");
    expect(
      applied({ op: "rename", id: "xa-a", name: "Xã A mới" }).communes.find((item) => item.id === "xa-a")
        ?.name,
    ).toBe("Xã A mới");
    expect(organisationsOf(applied({ op: "set", id: "xa-a-kt", deputies: 3 }), "xa-a")[1]?.deputies).toBe(3);
  });

  it("INVALID_UNIT: a commune-level unit has no payroll of its own", () => {
    const error = failure({ op: "set", id: "xa-a", payroll: 10 });
    expect(error.code).toBe("INVALID_UNIT");
    expect(error.message.vi).toContain("cấp xã");
  });
});

describe("create (`commune`)", () => {
  it("a phòng in the named unit, read as a commune organisation", () => {
    const after = applied({
      op: "create",
      commune: "phuong-b",
      unit: { id: "phuong-b-moi", type: "division", name: "Phòng mới", payroll: 5, deputies: 0 },
    });
    expect(organisationsOf(after, "phuong-b").at(-1)).toEqual({
      id: "phuong-b-moi",
      type: "division",
      name: "Phòng mới",
      functions: [],
      payroll: 5,
      deputies: 0,
    });
  });

  it("UNKNOWN_ID, INVALID_PARENT (two places), INVALID_UNIT (not an organisation), FUNCTION_WRONG_LEVEL", () => {
    const organisation = { id: "moi", type: "division", name: "Phòng", payroll: 5, deputies: 0 };
    expect(failure({ op: "create", commune: "khong-co", unit: organisation }).code).toBe("UNKNOWN_ID");
    const twice = failure({ op: "create", commune: "xa-a", district: "huyen-a", unit: organisation });
    expect(twice.code).toBe("INVALID_PARENT");
    expect(twice.message.en).toContain('"commune"');
    const invalid = failure({ op: "create", commune: "xa-a", unit: { id: "moi", name: "Phòng" } });
    expect(invalid.code).toBe("INVALID_UNIT");
    expect(invalid.message.vi).toContain("tổ chức cấp xã");
    const wrong = failure({ op: "create", commune: "xa-a", unit: { ...organisation, functions: ["Y_TE"] } });
    expect(wrong.code).toBe("FUNCTION_WRONG_LEVEL");
    expect(wrong.message).toEqual({
      vi: 'Y_TE là chức năng của phòng chuyên môn cấp huyện, không giao cho tổ chức cấp xã "moi" (chỉ VAN_PHONG, KINH_TE, KINH_TE_HA_TANG_DO_THI, VAN_HOA_XA_HOI)',
      en: 'Y_TE is a district division\'s function, not one of the commune-level organisation "moi" (only VAN_PHONG, KINH_TE, KINH_TE_HA_TANG_DO_THI, VAN_HOA_XA_HOI)',
    });
    // KINH_TE, VAN_PHONG and KINH_TE_HA_TANG_DO_THI are functions at both levels.
    expect(
      applied({ op: "create", commune: "xa-a", unit: { ...organisation, functions: ["KINH_TE"] } })
        .communes[0]?.organisations,
    ).toHaveLength(5);
  });
});

describe("dissolve", () => {
  it("into a phòng of the same unit: payroll and functions go over", () => {
    const after = applied({ op: "dissolve", id: "xa-a-vhxh", transferTo: "xa-a-vp" });
    expect(organisationsOf(after, "xa-a").map((item) => item.id)).toEqual([
      "xa-a-vp",
      "xa-a-kt",
      "xa-a-ttphvhcc",
    ]);
    expect(organisationsOf(after, "xa-a")[0]).toMatchObject({
      functions: ["VAN_PHONG", "VAN_HOA_XA_HOI"],
      payroll: 12,
    });
  });

  it("INVALID_PARENT across units or levels; INVALID_UNIT when a phòng's functions would go to the service centre", () => {
    expect(failure({ op: "dissolve", id: "xa-a-kt", transferTo: "phuong-b-ktht" }).code).toBe(
      "INVALID_PARENT",
    );
    expect(failure({ op: "dissolve", id: "xa-a-kt", transferTo: "huyen-a-noi-vu" }).code).toBe(
      "INVALID_PARENT",
    );
    expect(failure({ op: "dissolve", id: "huyen-a-noi-vu", transferTo: "xa-a-kt" }).code).toBe(
      "INVALID_PARENT",
    );
    const centre = failure({ op: "dissolve", id: "xa-a-kt", transferTo: "xa-a-ttphvhcc" });
    expect(centre.code).toBe("INVALID_UNIT");
    expect(centre.message.vi).toContain("Trung tâm phục vụ hành chính công");
  });
});

describe("transfer", () => {
  it("function codes and payroll between organisations of one unit", () => {
    const after = applied({
      op: "transfer",
      from: "xa-a-vhxh",
      to: "xa-a-vp",
      payroll: 2,
      functions: ["VAN_HOA_XA_HOI"],
    });
    expect(organisationsOf(after, "xa-a").slice(0, 3)).toMatchObject([
      { id: "xa-a-vp", functions: ["VAN_PHONG", "VAN_HOA_XA_HOI"], payroll: 8 },
      { id: "xa-a-kt" },
      { id: "xa-a-vhxh", functions: [], payroll: 4 },
    ]);
  });

  it("payroll alone may go to another unit's organisation; functions may not", () => {
    const after = applied({ op: "transfer", from: "xa-a-kt", to: "phuong-b-ktht", payroll: 1 });
    expect(organisationsOf(after, "phuong-b")[1]?.payroll).toBe(7);
    expect(
      failure({ op: "transfer", from: "xa-a-kt", to: "phuong-b-ktht", functions: ["KINH_TE"] }).code,
    ).toBe("INVALID_UNIT");
  });

  it("refused: to a district division, a code of the other level, a code not held, to the service centre", () => {
    const level = failure({ op: "transfer", from: "xa-a-kt", to: "huyen-a-noi-vu", payroll: 1 });
    expect(level.code).toBe("INVALID_UNIT");
    expect(level.message.en).toContain("different levels");
    expect(failure({ op: "transfer", from: "xa-a-kt", to: "xa-a-vp", functions: ["Y_TE"] }).code).toBe(
      "FUNCTION_WRONG_LEVEL",
    );
    expect(
      failure({
        op: "transfer",
        from: "huyen-a-noi-vu",
        to: "huyen-a-tu-phap",
        functions: ["VAN_HOA_XA_HOI"],
      }),
    ).toMatchObject({ code: "FUNCTION_WRONG_LEVEL" });
    expect(
      failure({ op: "transfer", from: "xa-a-kt", to: "xa-a-vp", functions: ["VAN_HOA_XA_HOI"] }).code,
    ).toBe("TRANSFER_FUNCTION_NOT_HELD");
    expect(
      failure({ op: "transfer", from: "xa-a-kt", to: "xa-a-ttphvhcc", functions: ["KINH_TE"] }).code,
    ).toBe("INVALID_UNIT");
    expect(failure({ op: "transfer", from: "xa-a", to: "xa-a-vp", payroll: 1 }).code).toBe("INVALID_UNIT");
  });
});

describe("move", () => {
  it("INVALID_PARENT with a message saying why: the provincial UBND fixes each unit's frame", () => {
    const error = failure({ op: "move", id: "xa-a-kt", parentId: "phuong-b" });
    expect(error.code).toBe("INVALID_PARENT");
    expect(error.message.vi).toContain("UBND tỉnh quy định khung tổ chức");
    expect(failure({ op: "move", id: "huyen-a-noi-vu", parentId: "xa-a" }).code).toBe("INVALID_PARENT");
  });
});

describe("applyPlan — re-arranged commune organisations", () => {
  it("the organisation a phase merges is re-arranged on the phase's date: its deputy surplus is transitional", () => {
    const plan = buildPlan(baseline, [
      {
        name: "Sắp xếp Xã A",
        effectiveDate: "2026-02-01",
        operations: [
          {
            op: "merge",
            ids: ["xa-a-kt", "xa-a-vhxh"],
            into: { id: "xa-a-gop", name: "Phòng gộp", deputies: 6 },
          },
        ],
      },
    ]);
    const result = applyPlan(plan);
    if (!result.ok) throw new Error(result.error.message.en);
    const [phase] = result.phases;
    expect(phase?.reorganisedOn.get("xa-a-gop")).toBe("2026-02-01");
    if (!phase) return;
    const outcome = evaluateSnapshot(phase.snapshot, { reorganisedOn: phase.reorganisedOn });
    if (!outcome.ok) throw new Error(outcome.failure.message.en);
    expect(outcome.result.findings.filter((finding) => finding.ruleId === "C26-DEP-01")).toMatchObject([
      {
        severity: "transitional",
        subject: { type: "commune", id: "xa-a" },
        actual: 8,
        limit: 6,
        deadline: "2031-02-01",
      },
    ]);
  });
});
