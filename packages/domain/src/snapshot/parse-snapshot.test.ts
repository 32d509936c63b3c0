import { describe, expect, it } from "vitest";

import { formatInputProblem } from "./input-problem.ts";
import { parseSnapshot, parseSnapshotText } from "./parse-snapshot.ts";

const minimal = {
  format: "tinhgon.snapshot/1",
  asOf: "2021-06-30",
  province: { code: "31", name: "Thành phố Hải Phòng", class: "I" },
  agencies: [
    {
      id: "so-noi-vu",
      kind: "NOI_VU",
      name: "Sở Nội vụ",
      payroll: 52,
      deputies: 3,
      units: [
        { id: "so-noi-vu-tccb", type: "division", name: "Phòng Tổ chức, biên chế", payroll: 9, deputies: 2 },
      ],
    },
  ],
  districts: [],
};

function problemsOf(input: unknown): string[] {
  const result = parseSnapshot(input);
  return result.ok ? [] : result.problems.map(formatInputProblem);
}

function withAgencyUnit(unit: Record<string, unknown>): unknown {
  return { ...minimal, agencies: [{ ...minimal.agencies[0], units: [unit] }] };
}

describe("parseSnapshot (tinhgon.snapshot/1, read by migration)", () => {
  it("accepts the format's example and applies the documented defaults", () => {
    const result = parseSnapshot(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.province.mergedFrom).toBe(1);
    expect(result.value.province.agenciesComplete).toBe(false);
    expect(result.value.agencies[0]?.officeFunctionsUnitId).toBeNull();
  });

  it("refuses another format version with a clear message", () => {
    expect(problemsOf({ ...minimal, format: "tinhgon.snapshot/9" })).toEqual([
      'format: định dạng "tinhgon.snapshot/9" không được hỗ trợ; cần "tinhgon.snapshot/2", "tinhgon.snapshot/1" (unsupported format "tinhgon.snapshot/9"; expected "tinhgon.snapshot/2", "tinhgon.snapshot/1")',
    ]);
  });

  it("names the JSON path of a negative payroll", () => {
    expect(problemsOf(withAgencyUnit({ ...minimal.agencies[0]?.units[0], payroll: -1 }))).toEqual([
      "agencies[0].units[0].payroll: phải là số nguyên ≥ 0 (expected a whole number ≥ 0)",
    ]);
  });

  it("refuses a fractional deputy count", () => {
    expect(problemsOf(withAgencyUnit({ ...minimal.agencies[0]?.units[0], deputies: 1.5 }))).toEqual([
      "agencies[0].units[0].deputies: phải là số nguyên ≥ 0 (expected a whole number ≥ 0)",
    ]);
  });

  it("says a value has the wrong type rather than that it is missing", () => {
    const problems = problemsOf(withAgencyUnit({ ...minimal.agencies[0]?.units[0], deputies: "2" }));
    expect(problems).toEqual([
      "agencies[0].units[0].deputies: phải là một số (nhận được string) (expected a number, received string)",
    ]);
    const missing = problemsOf(withAgencyUnit({ id: "x", type: "division", name: "Phòng X", payroll: 5 }));
    expect(missing).toEqual([
      "agencies[0].units[0].deputies: thiếu trường bắt buộc (required field is missing)",
    ]);
  });

  it("refuses an unknown field (a typo is an error, not a silent default)", () => {
    const problems = problemsOf(withAgencyUnit({ ...minimal.agencies[0]?.units[0], deputy: 1 }));
    expect(problems).toEqual([
      "agencies[0].units[0].deputy: trường không được định nghĩa trong định dạng (unknown field)",
    ]);
  });

  it("refuses sub-units under a division (only a chi cục has units)", () => {
    const problems = problemsOf(withAgencyUnit({ ...minimal.agencies[0]?.units[0], units: [] }));
    expect(problems).toEqual([
      "agencies[0].units[0].units: trường không được định nghĩa trong định dạng (unknown field)",
    ]);
  });

  it("refuses an unknown agency kind code", () => {
    const problems = problemsOf({ ...minimal, agencies: [{ ...minimal.agencies[0], kind: "NOI_VUU" }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^agencies\[0\]\.kind: giá trị không hợp lệ/);
  });

  it("refuses duplicate ids, naming both places", () => {
    const problems = problemsOf(withAgencyUnit({ ...minimal.agencies[0]?.units[0], id: "so-noi-vu" }));
    expect(problems).toEqual([
      'agencies[0].units[0].id: mã "so-noi-vu" bị trùng (đã dùng tại agencies[0].id) (duplicate id "so-noi-vu" (already used at agencies[0].id))',
    ]);
  });

  it("refuses a dangling officeFunctionsUnitId", () => {
    const problems = problemsOf({
      ...minimal,
      agencies: [{ ...minimal.agencies[0], officeFunctionsUnitId: "khong-co" }],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^agencies\[0\]\.officeFunctionsUnitId: "khong-co" không phải là một phòng/);
  });

  it("refuses an impossible date", () => {
    expect(problemsOf({ ...minimal, asOf: "2021-02-30" })[0]).toMatch(/^asOf: phải là ngày có thật/);
  });

  it("reports every problem at once", () => {
    const broken = { ...minimal, asOf: "hôm qua", province: { ...minimal.province, class: "IV" } };
    expect(problemsOf(broken)).toHaveLength(2);
  });

  it("reports text that is not JSON without throwing", () => {
    const result = parseSnapshotText("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message.vi).toMatch(/^không phải JSON hợp lệ/);
  });

  it("normalises Vietnamese names to NFC", () => {
    const decomposed = "Sở Nội vụ".normalize("NFD");
    const result = parseSnapshot({ ...minimal, agencies: [{ ...minimal.agencies[0], name: decomposed }] });
    expect(result.ok && result.value.agencies[0]?.name).toBe("Sở Nội vụ".normalize("NFC"));
  });
});

const commune = {
  id: "dac-khu-cat-hai",
  code: "11680",
  name: "Đặc khu Cát Hải",
  type: "special_zone",
  organisations: [
    {
      id: "cat-hai-vp",
      type: "division",
      name: "Văn phòng HĐND và UBND",
      functions: ["VAN_PHONG"],
      payroll: 10,
      deputies: 2,
    },
    {
      id: "cat-hai-kt",
      type: "division",
      name: "Phòng Kinh tế",
      functions: ["KINH_TE"],
      payroll: 9,
      deputies: 2,
      reorganisedOn: "2025-07-01",
    },
    {
      id: "cat-hai-vhxh",
      type: "division",
      name: "Phòng Văn hóa - Xã hội",
      functions: ["VAN_HOA_XA_HOI"],
      payroll: 8,
      deputies: 2,
    },
    {
      id: "cat-hai-tthcc",
      type: "service_centre",
      name: "Trung tâm Phục vụ hành chính công",
      payroll: 6,
      deputies: 1,
    },
  ],
};
const version2 = {
  ...minimal,
  format: "tinhgon.snapshot/2",
  asOf: "2026-03-01",
  province: { ...minimal.province, communesComplete: false },
  communes: [commune],
};

describe("tinhgon.snapshot/2", () => {
  it("a /1 document reads as a /2 document with no communes and no re-arrangement dates", () => {
    const result = parseSnapshot(minimal);
    expect(result.ok && result.value.format).toBe("tinhgon.snapshot/2");
    expect(result.ok && result.value.communes).toEqual([]);
    expect(result.ok && result.value.province.communesComplete).toBe(false);
    expect(result.ok && result.value.agencies[0]?.reorganisedOn).toBeUndefined();
  });

  it("reads the commune level with its defaults", () => {
    const result = parseSnapshot(version2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [zone] = result.value.communes;
    expect(zone?.urbanEconomy).toBe(false);
    expect(zone?.organisations.map((organisation) => organisation.functions)).toEqual([
      ["VAN_PHONG"],
      ["KINH_TE"],
      ["VAN_HOA_XA_HOI"],
      [],
    ]);
    expect(zone?.organisations[1]?.reorganisedOn).toBe("2025-07-01");
  });

  it("names a /2 field in a /1 document and says what to do", () => {
    const problems = problemsOf({
      ...minimal,
      communes: [],
      agencies: [{ ...minimal.agencies[0], reorganisedOn: "2021-01-01" }],
    });
    expect(problems).toEqual([
      'communes: trường này chỉ có từ định dạng "tinhgon.snapshot/2"; đổi "format" thành "tinhgon.snapshot/2" hoặc bỏ trường này (this field exists only from "tinhgon.snapshot/2"; change "format" to "tinhgon.snapshot/2" or remove the field)',
      'agencies[0].reorganisedOn: trường này chỉ có từ định dạng "tinhgon.snapshot/2"; đổi "format" thành "tinhgon.snapshot/2" hoặc bỏ trường này (this field exists only from "tinhgon.snapshot/2"; change "format" to "tinhgon.snapshot/2" or remove the field)',
    ]);
  });

  it("refuses a re-arrangement dated after the snapshot", () => {
    const late = { ...commune.organisations[1], reorganisedOn: "2026-03-02" };
    const problems = problemsOf({
      ...version2,
      communes: [{ ...commune, organisations: [commune.organisations[0], late] }],
    });
    expect(problems).toEqual([
      "communes[0].organisations[1].reorganisedOn: ngày sắp xếp 2026-03-02 sau ngày của cơ cấu (asOf 2026-03-01); sửa ngày hoặc dùng một phương án cho quyết định sắp tới (re-arrangement date 2026-03-02 is after the snapshot's date (asOf 2026-03-01); fix the date or use a plan for a decision still to come)",
    ]);
  });

  it("refuses functions on a service centre, a repeated function, a commune function unknown to the catalogue and a duplicate id", () => {
    const problems = problemsOf({
      ...version2,
      communes: [
        {
          ...commune,
          organisations: [
            { ...commune.organisations[0], functions: ["VAN_PHONG", "VAN_PHONG"] },
            { ...commune.organisations[3], functions: ["KINH_TE"] },
            { ...commune.organisations[2], id: "cat-hai-vp" },
          ],
        },
      ],
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^communes\[0\]\.organisations\[0\]\.functions\[1\]: chức năng "VAN_PHONG" bị lặp lại/,
    );
    expect(problems[1]).toMatch(
      /^communes\[0\]\.organisations\[1\]\.functions: Trung tâm phục vụ hành chính công không giữ/,
    );
    expect(problems[2]).toMatch(/^communes\[0\]\.organisations\[2\]\.id: mã "cat-hai-vp" bị trùng/);
    expect(
      problemsOf({
        ...version2,
        communes: [{ ...commune, organisations: [{ ...commune.organisations[0], functions: ["NOI_VU"] }] }],
      })[0],
    ).toMatch(/^communes\[0\]\.organisations\[0\]\.functions\[0\]:/);
  });
});
