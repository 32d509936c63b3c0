// D-PH-03 — a Phòng Dân tộc may be established only when BOTH (a) at least 5,000 ethnic-minority people need
// concentrated State support and (b) ethnic minorities live in security/defence-sensitive, mixed-settlement
// or border areas (legal-rules.md §2.3). Khoản 4 Điều 8 Nghị định 37/2014/NĐ-CP, sửa đổi bởi khoản 10 Điều 1
// Nghị định 108/2020/NĐ-CP. Under RS-2014 the original criteria were not retrieved: info only.
import { describe, expect, it } from "vitest";

import {
  aroundMinimum,
  buildSnapshot,
  type DistrictInput,
  division,
  evaluateFindings,
  findingsOf,
  named,
  ruralDistrict,
} from "../../testing/builders.ts";

function withEthnicAffairs(population: number, qualifyingArea: boolean): DistrictInput {
  const district = ruralDistrict({ ethnicMinority: { population, qualifyingArea } });
  district.divisions.push(division({ id: "phong-dan-toc", name: "Phòng Dân tộc", functions: ["DAN_TOC"] }));
  return district;
}

function evaluateDistrict(district: DistrictInput, asOf: string) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [district] })), "D-PH-03");
}

const RS_2020_DATE = "2021-06-30";

describe("D-PH-03 — điều kiện thành lập Phòng Dân tộc (RS-2020)", () => {
  it.each(
    named(
      aroundMinimum({ limit: 5000 }),
      (row) =>
        `D-PH-03: Phòng Dân tộc, ${row.actual} người DTTS cần hỗ trợ, có địa bàn xung yếu → tối thiểu 5.000, ${row.verdict}`,
    ),
  )("%s", (_name, { actual, limit, complies }) => {
    const found = evaluateDistrict(withEthnicAffairs(actual, true), RS_2020_DATE);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "D-PH-03",
        severity: "violation",
        subject: { type: "division", id: "phong-dan-toc" },
        actual,
        limit,
        limitKind: "min",
      },
    ]);
  });

  it("D-PH-03: 4.999 người DTTS → thông điệp và căn cứ Nghị định 108/2020", () => {
    const [finding] = evaluateDistrict(withEthnicAffairs(4999, true), RS_2020_DATE);
    expect(finding?.message.vi).toBe(
      "Huyện A có 4.999 người dân tộc thiểu số cần Nhà nước tập trung hỗ trợ, dưới mức 5.000 để thành lập Phòng Dân tộc.",
    );
    expect(finding?.citation).toContain("108/2020");
  });

  it("D-PH-03: 5.000 người DTTS nhưng không có địa bàn xung yếu (tiêu chí b) → vi phạm", () => {
    const found = evaluateDistrict(withEthnicAffairs(5000, false), RS_2020_DATE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "violation",
      subject: { type: "division", id: "phong-dan-toc" },
    });
    expect(found[0]?.message.vi).toContain("(tiêu chí b)");
    expect(found[0]?.actual).toBeUndefined();
  });

  it("D-PH-03: 4.999 người DTTS và không có địa bàn xung yếu → hai vi phạm", () => {
    expect(evaluateDistrict(withEthnicAffairs(4999, false), RS_2020_DATE)).toHaveLength(2);
  });

  it("D-PH-03: huyện không lập Phòng Dân tộc → không xét tiêu chí", () => {
    expect(evaluateDistrict(ruralDistrict(), RS_2020_DATE)).toEqual([]);
  });

  it("D-PH-03: 4.999 người DTTS, ngày 24/11/2020 (RS-2014) → chỉ thông tin, không vi phạm", () => {
    expect(evaluateDistrict(withEthnicAffairs(4999, false), "2020-11-24")).toMatchObject([
      { ruleId: "D-PH-03", severity: "info", subject: { type: "division", id: "phong-dan-toc" } },
    ]);
  });

  it("D-PH-03: 4.999 người DTTS, ngày 25/11/2020 (RS-2020) → vi phạm", () => {
    expect(evaluateDistrict(withEthnicAffairs(4999, true), "2020-11-25")).toMatchObject([
      { severity: "violation", actual: 4999, limit: 5000 },
    ]);
  });
});

describe("D-PH-03 — Phòng Dân tộc (RS-2014, chỉ thông tin)", () => {
  it.each(
    named(
      [
        { population: 0, qualifyingArea: false },
        { population: 4999, qualifyingArea: true },
        { population: 20000, qualifyingArea: true },
      ],
      (row) =>
        `D-PH-03 (RS-2014): Phòng Dân tộc, ${row.population} người DTTS → một thông tin "chưa kiểm tra tiêu chí"`,
    ),
  )("%s", (_name, { population, qualifyingArea }) => {
    const found = evaluateDistrict(withEthnicAffairs(population, qualifyingArea), "2018-06-30");
    expect(found).toMatchObject([{ ruleId: "D-PH-03", severity: "info" }]);
    expect(found[0]?.message.vi).toBe(
      "Phòng Dân tộc: tiêu chí thành lập Phòng Dân tộc của văn bản áp dụng chưa được kiểm tra; đề nghị đối chiếu hồ sơ.",
    );
    expect(found[0]?.citation).toContain("37/2014");
  });
});
