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

describe("parseSnapshot (tinhgon.snapshot/1)", () => {
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
      'format: định dạng "tinhgon.snapshot/9" không được hỗ trợ; cần "tinhgon.snapshot/1" (unsupported format "tinhgon.snapshot/9"; expected "tinhgon.snapshot/1")',
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
