// The worked examples of legal-rules.md §7, #8 comparing RS-2020 with RS-2026.
import { describe, expect, it } from "vitest";

import communesDocument from "../../../../examples/hai-phong-communes-2026.snapshot.json" with { type: "json" };
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";

import { agencyWith, buildSnapshot, division, ruleIds, ruralDistrict } from "../testing/builders.ts";
import { compareUnderRulePacks } from "./compare-rule-packs.ts";
import { evaluateSnapshot } from "./evaluate-snapshot.ts";

function evaluate(snapshot: Parameters<typeof evaluateSnapshot>[0]) {
  const outcome = evaluateSnapshot(snapshot);
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.result;
}

const phong = (payroll: number, deputies: number) =>
  agencyWith({ id: "phong-tccb", type: "division", name: "Phòng Tổ chức, biên chế", payroll, deputies });

describe("legal-rules.md §7 worked examples under RS-2020", () => {
  it("#1 class II, phòng thuộc sở, payroll 7, 1 deputy: compliant", () => {
    const result = evaluate(buildSnapshot({ provinceClass: "II", agencies: [phong(7, 1)] }));
    expect(result.ruleSet).toBe("RS-2020");
    expect(ruleIds(result.findings)).toEqual([]);
  });

  it("#2 class II, payroll 7, 2 deputies: P-DEP-02 violation, limit 1", () => {
    const result = evaluate(buildSnapshot({ provinceClass: "II", agencies: [phong(7, 2)] }));
    const finding = result.findings.find((item) => item.ruleId === "P-DEP-02");
    expect(finding).toMatchObject({
      severity: "violation",
      actual: 2,
      limit: 1,
      limitKind: "max",
      subject: { type: "unit", id: "phong-tccb" },
    });
    expect(finding?.message.vi).toBe(
      "Phòng Tổ chức, biên chế có 2 Phó Trưởng phòng; tối đa 1 vì biên chế 7 < 8 (tỉnh loại II).",
    );
    expect(ruleIds(result.findings, "warning")).toEqual(["T-2020-01"]);
  });

  it("#3 Hà Nội, payroll 16, 4 deputies: P-DEP-02 violation, limit 3", () => {
    const result = evaluate(buildSnapshot({ provinceClass: "special", agencies: [phong(16, 4)] }));
    expect(result.findings.find((item) => item.ruleId === "P-DEP-02")).toMatchObject({ actual: 4, limit: 3 });
  });

  it("#4 class III, new phòng thuộc sở with payroll 4: P-EST-01 violation, minimum 5", () => {
    const result = evaluate(buildSnapshot({ provinceClass: "III", agencies: [phong(4, 0)] }));
    expect(result.findings.find((item) => item.ruleId === "P-EST-01")).toMatchObject({
      actual: 4,
      limit: 5,
      limitKind: "min",
    });
  });

  it("#5 chi cục with 3 phòng and 2 deputies: P-DEP-05 violation, limit 1", () => {
    const chiCuc = agencyWith({
      id: "chi-cuc",
      type: "sub_department",
      name: "Chi cục Văn thư - Lưu trữ",
      payroll: 20,
      deputies: 2,
      units: [1, 2, 3].map((index) => ({
        id: `chi-cuc-p${index}`,
        type: "division" as const,
        name: `Phòng ${index}`,
        payroll: 5,
        deputies: 1,
      })),
    });
    const result = evaluate(buildSnapshot({ agencies: [chiCuc] }));
    expect(result.findings.find((item) => item.ruleId === "P-DEP-05")).toMatchObject({ actual: 2, limit: 1 });
  });

  it("#6 rural huyện with 12 phòng and 25 deputies in total: D-DEP-01 violation, limit 24", () => {
    const district = ruralDistrict();
    district.divisions = district.divisions.map((item, index) => ({
      ...item,
      deputies: index === 0 ? 3 : 2,
    }));
    const result = evaluate(buildSnapshot({ districts: [district] }));
    const finding = result.findings.find(
      (item) => item.ruleId === "D-DEP-01" && item.severity === "violation",
    );
    expect(finding).toMatchObject({ actual: 25, limit: 24, subject: { type: "district", id: "huyen-a" } });
    expect(finding?.members).toHaveLength(12);
  });

  it("#7 island district with 11 phòng: D-PH-04 violation, limit 10", () => {
    const district = ruralDistrict({ island: true });
    district.divisions = district.divisions.slice(0, 11);
    district.divisions.push(division({ id: "huyen-a-them", functions: ["KINH_TE_HA_TANG"] }));
    district.divisions = district.divisions.filter((item) => item.id !== "huyen-a-ktht").slice(0, 11);
    const result = evaluate(buildSnapshot({ districts: [district] }));
    expect(result.findings.find((item) => item.ruleId === "D-PH-04")).toMatchObject({
      actual: 11,
      limit: 10,
    });
  });
});

describe("legal-rules.md §7 worked example #8: RS-2020 vs RS-2026", () => {
  const at = (asOf: string) => buildSnapshot({ asOf, provinceClass: "II", agencies: [phong(9, 2)] });

  it("#8 class II, phòng thuộc sở, payroll 9, 2 deputies: compliant under RS-2020 (8–14 → up to 2)", () => {
    const result = evaluate(at("2024-06-30"));
    expect(result.ruleSet).toBe("RS-2020");
    expect(ruleIds(result.findings)).toEqual([]);
  });

  it("#8 the same on 01/01/2026: P26-DEP-02 violation, limit 1 (uniform bands: < 10 → 1)", () => {
    const result = evaluate(at("2026-01-01"));
    expect(result.ruleSet).toBe("RS-2026");
    expect(ruleIds(result.findings)).toEqual(["P26-DEP-02"]);
    const finding = result.findings.find((item) => item.ruleId === "P26-DEP-02");
    expect(finding).toMatchObject({
      severity: "violation",
      actual: 2,
      limit: 1,
      limitKind: "max",
      subject: { type: "unit", id: "phong-tccb" },
      confidence: "CONFIRMED",
    });
    expect(finding?.message.vi).toBe(
      "Phòng Tổ chức, biên chế có 2 Phó Trưởng phòng; tối đa 1 vì biên chế 9 < 10.",
    );
    expect(finding?.citation).toContain("370/2025");
  });

  it("#8 one structure compared under both packs: only the P26-DEP-02 violation appears", () => {
    const outcome = compareUnderRulePacks(at("2024-06-30"), "RS-2020", "RS-2026");
    if (!outcome.ok) throw new Error(outcome.failure.message.en);
    expect(outcome.comparison.appeared.map((item) => item.ruleId)).toEqual(["P26-DEP-02"]);
    expect(outcome.comparison.disappeared).toEqual([]);
  });
});

describe("examples/hai-phong-communes-2026 — the commune level under RS-2026 (C26-*)", () => {
  it("Phường Lê Chân lacks its KT-HT-ĐT division; Đặc khu Cát Hải's surplus is transitional to 01/07/2030", () => {
    const parsed = parseSnapshot(communesDocument);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const result = evaluate(parsed.value);
    expect(result.ruleSet).toBe("RS-2026");
    expect(
      result.findings.map((finding) => [
        finding.ruleId,
        finding.severity,
        finding.subject.id,
        finding.deadline,
      ]),
    ).toEqual([
      ["C26-DEP-01", "transitional", "cat-hai", "2030-07-01"],
      ["C26-ORG-01", "violation", "le-chan", undefined],
    ]);
    // Not every unit of Hải Phòng is listed: the province-wide average (C26-ORG-02) does not run.
    expect(parsed.value.province.communesComplete).toBe(false);
  });
});
