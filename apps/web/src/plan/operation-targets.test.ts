import { operationSchema, snapshotSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import {
  createOperationIn,
  createTargets,
  functionOptionsFor,
  moveTargets,
  unitTargetGroups,
} from "./operation-targets.ts";

const structure = snapshotSchema.parse({
  format: "tinhgon.snapshot/2",
  asOf: "2026-03-01",
  province: { code: "31", name: "Thành phố Hải Phòng", class: "I" },
  agencies: [
    {
      id: "so-noi-vu",
      kind: "NOI_VU",
      name: "Sở Nội vụ",
      payroll: 60,
      deputies: 3,
      units: [{ id: "so-noi-vu-p1", type: "division", name: "Phòng Tổ chức", payroll: 8, deputies: 2 }],
    },
  ],
  communes: [
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

const unit = { id: "x", name: "X", payroll: 4, deputies: 1, functions: ["VAN_HOA_XA_HOI"], type: undefined };

describe("what the operation forms offer at the commune level", () => {
  it("lists each commune organisation once, under its commune-level unit", () => {
    const groups = unitTargetGroups(structure);
    const commune = groups.find((group) => group.label === "Đặc khu Cát Hải");
    expect(commune?.options).toEqual([
      { value: "dac-khu-cat-hai-kinh-te", label: "Phòng Kinh tế (Đặc khu Cát Hải)" },
      { value: "dac-khu-cat-hai-trung-tam", label: "Trung tâm phục vụ hành chính công (Đặc khu Cát Hải)" },
    ]);
    const values = groups.flatMap((group) => group.options.map((option) => option.value));
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain("so-noi-vu-p1");
  });

  it("creates in a commune-level unit, but moves nothing there", () => {
    expect(createTargets(structure).map((option) => option.value)).toContain("dac-khu-cat-hai");
    expect(moveTargets(structure).map((option) => option.value)).not.toContain("dac-khu-cat-hai");
  });

  it("offers the commune function codes for a commune organisation and the district codes elsewhere", () => {
    const communeCodes = functionOptionsFor(structure, "dac-khu-cat-hai-kinh-te").map(
      (option) => option.value,
    );
    expect(communeCodes).toEqual(["VAN_PHONG", "KINH_TE", "KINH_TE_HA_TANG_DO_THI", "VAN_HOA_XA_HOI"]);
    expect(functionOptionsFor(structure, "dac-khu-cat-hai").map((option) => option.label)).toContain(
      "Văn hóa - Xã hội",
    );
    const districtCodes = functionOptionsFor(structure, "so-noi-vu-p1").map((option) => option.value);
    expect(districtCodes).toContain("TAI_CHINH_KE_HOACH");
    expect(districtCodes).not.toContain("VAN_HOA_XA_HOI");
    expect(functionOptionsFor(structure, undefined).map((option) => option.value)).toEqual(districtCodes);
  });

  it("builds a plan/2 create with the commune target: a phòng with its functions", () => {
    const operation = createOperationIn(structure, "dac-khu-cat-hai", unit);
    expect(operation).toEqual({
      op: "create",
      parentId: null,
      district: null,
      commune: "dac-khu-cat-hai",
      unit: { id: "x", name: "X", payroll: 4, deputies: 1, type: "division", functions: ["VAN_HOA_XA_HOI"] },
    });
    expect(operationSchema.safeParse(operation).success).toBe(true);
  });

  it("a service centre is created without functions, whatever the form still holds", () => {
    const operation = createOperationIn(structure, "dac-khu-cat-hai", { ...unit, type: "service_centre" });
    expect(operation).toMatchObject({
      commune: "dac-khu-cat-hai",
      unit: { type: "service_centre", functions: [] },
    });
  });

  it("a unit of a sở is created as before, without a commune", () => {
    const operation = createOperationIn(structure, "so-noi-vu", { ...unit, type: "office" });
    expect(operation).toEqual({
      op: "create",
      parentId: "so-noi-vu",
      district: null,
      unit: { id: "x", name: "X", payroll: 4, deputies: 1, type: "office" },
    });
  });
});
