// Which rule pack judges a snapshot (legal-rules.md §0 "Versioned rule sets"): the one in force on the
// snapshot's date, RS-2014 up to 24/11/2020, RS-2020 from 25/11/2020 to 28/02/2025, RS-2025A from
// 01/03/2025 to 30/06/2025, RS-2025B from 01/07/2025 to 31/12/2025 (the open start of Decree 150/2025 read
// as the first day of two-tier local government, ADR 0034), RS-2026 from 01/01/2026; none before
// 20/05/2014. An explicit rule set overrides the date; an unknown one fails.
import { describe, expect, it } from "vitest";

import { agency, agencyWith, buildSnapshot, named } from "../testing/builders.ts";
import { evaluateSnapshot } from "./evaluate-snapshot.ts";

describe("chọn bộ quy tắc theo ngày hiệu lực của quyết định", () => {
  it.each(
    named(
      [
        { asOf: "2014-05-20", ruleSet: "RS-2014" },
        { asOf: "2020-11-24", ruleSet: "RS-2014" },
        { asOf: "2020-11-25", ruleSet: "RS-2020" },
        { asOf: "2025-02-28", ruleSet: "RS-2020" },
        { asOf: "2025-03-01", ruleSet: "RS-2025A" },
        { asOf: "2025-06-30", ruleSet: "RS-2025A" },
        { asOf: "2025-07-01", ruleSet: "RS-2025B" },
        { asOf: "2025-12-31", ruleSet: "RS-2025B" },
        { asOf: "2026-01-01", ruleSet: "RS-2026" },
        { asOf: "2031-06-30", ruleSet: "RS-2026" },
      ],
      (row) => `Bộ quy tắc: ngày ${row.asOf} → ${row.ruleSet}`,
    ),
  )("%s", (_name, { asOf, ruleSet }) => {
    const outcome = evaluateSnapshot(buildSnapshot({ asOf }));
    expect(outcome).toMatchObject({ ok: true, result: { ruleSet, asOf } });
  });

  it.each(
    named(
      ["2014-05-19", "2013-12-31"],
      (asOf) => `Bộ quy tắc: ngày ${asOf} → chưa có bộ quy tắc (NO_RULE_PACK_FOR_DATE)`,
    ),
  )("%s", (_name, asOf) => {
    const outcome = evaluateSnapshot(buildSnapshot({ asOf }));
    expect(outcome).toMatchObject({ ok: false, failure: { code: "NO_RULE_PACK_FOR_DATE", asOf } });
    if (!outcome.ok) expect(outcome.failure.message.vi).toContain(`vào ngày ${asOf}`);
  });

  it.each(
    named(
      [
        { asOf: "2020-11-24", ruleSet: "RS-2020" },
        { asOf: "2021-06-30", ruleSet: "RS-2014" },
        { asOf: "2025-03-01", ruleSet: "RS-2020" },
        { asOf: "2026-01-01", ruleSet: "RS-2025A" },
        { asOf: "2021-06-30", ruleSet: "RS-2026" },
      ],
      (row) => `Bộ quy tắc: ngày ${row.asOf}, chỉ định ${row.ruleSet} → dùng ${row.ruleSet}`,
    ),
  )("%s", (_name, { asOf, ruleSet }) => {
    const outcome = evaluateSnapshot(buildSnapshot({ asOf }), { ruleSet });
    expect(outcome).toMatchObject({ ok: true, result: { ruleSet, asOf } });
  });

  it("Bộ quy tắc: chỉ định RS-2027 (chưa có) → UNKNOWN_RULE_PACK, nêu các bộ hiện có", () => {
    const outcome = evaluateSnapshot(buildSnapshot({}), { ruleSet: "RS-2027" });
    expect(outcome).toMatchObject({ ok: false, failure: { code: "UNKNOWN_RULE_PACK", ruleSet: "RS-2027" } });
    if (!outcome.ok) {
      expect(outcome.failure.message.vi).toBe(
        'Không có bộ quy tắc "RS-2027"; các bộ hiện có: RS-2014, RS-2020, RS-2025A, RS-2025B, RS-2026.',
      );
    }
  });

  it("Bộ quy tắc: chỉ định bộ không tồn tại được báo lỗi cả khi ngày không có bộ nào", () => {
    const outcome = evaluateSnapshot(buildSnapshot({ asOf: "2014-05-19" }), { ruleSet: "rs-2020" });
    expect(outcome).toMatchObject({ ok: false, failure: { code: "UNKNOWN_RULE_PACK" } });
  });

  it("Bộ quy tắc: bản tóm tắt đếm đúng các phát hiện theo mức độ", () => {
    const snapshot = buildSnapshot({
      provinceClass: "II",
      agencies: [
        {
          id: "so-du-lich",
          kind: "DU_LICH",
          name: "Sở Du lịch",
          payroll: 20,
          deputies: 2,
          units: [
            { id: "van-phong", type: "office", name: "Văn phòng", payroll: 8, deputies: 1 },
            { id: "phong-a", type: "division", name: "Phòng A", payroll: 7, deputies: 2 },
          ],
        },
      ],
    });
    const outcome = evaluateSnapshot(snapshot);
    expect(outcome.ok && outcome.result.summary).toEqual({
      violations: 1,
      warnings: 1,
      transitional: 0,
      info: 1,
    });
  });
});

describe("a pack chosen explicitly for a structure dated outside its window", () => {
  it("applies the values of its nearest day in force (RS-2020 on a 2025-03-01 structure)", () => {
    const snapshot = buildSnapshot({
      asOf: "2025-03-01",
      provinceClass: "II",
      agencies: [
        agencyWith({ id: "phong-nho", type: "division", name: "Phòng Nhỏ", payroll: 3, deputies: 5 }),
      ],
    });
    const outcome = evaluateSnapshot(snapshot, { ruleSet: "RS-2020" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.asOf).toBe("2025-03-01");
    const ids = outcome.result.findings.map((finding) => finding.ruleId);
    expect(ids).toEqual(expect.arrayContaining(["P-EST-01", "P-DEP-02", "T-2020-01"]));
  });

  const phong9With2 = (asOf: string) =>
    buildSnapshot({
      asOf,
      provinceClass: "II",
      agencies: [agencyWith({ id: "phong", type: "division", name: "Phòng", payroll: 9, deputies: 2 })],
    });

  it("RS-2025B on a 2026 structure applies its last day's bands (class II, payroll 9 → up to 2)", () => {
    const outcome = evaluateSnapshot(phong9With2("2026-02-01"), { ruleSet: "RS-2025B" });
    expect(outcome.ok && outcome.result.findings.filter((item) => item.ruleId === "P26-DEP-02")).toEqual([]);
  });

  it("RS-2026 on a 2025 structure applies its first day's uniform bands (payroll 9 → 1)", () => {
    const outcome = evaluateSnapshot(phong9With2("2025-08-01"), { ruleSet: "RS-2026" });
    expect(outcome.ok && outcome.result.findings.find((item) => item.ruleId === "P26-DEP-02")).toMatchObject({
      actual: 2,
      limit: 1,
    });
  });

  it("applies RS-2014 to a 2021 structure (P-LEG-01 on a sở with 9 deputy directors)", () => {
    const snapshot = buildSnapshot({
      asOf: "2021-06-30",
      provinceClass: "I",
      agencies: [agency({ deputies: 9 })],
    });
    const outcome = evaluateSnapshot(snapshot, { ruleSet: "RS-2014" });
    expect(
      outcome.ok && outcome.result.findings.find((finding) => finding.ruleId === "P-LEG-01"),
    ).toMatchObject({
      actual: 9,
      limit: 3,
    });
  });
});
