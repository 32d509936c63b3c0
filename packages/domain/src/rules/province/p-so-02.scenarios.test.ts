// P-SO-02 — specific sở exist only where their criteria are met: Sở Quy hoạch - Kiến trúc only in Hà Nội and
// TP.HCM (violation elsewhere); Sở Ngoại vụ, Ban Dân tộc, Sở Du lịch accepted with an info finding, their
// criteria not retrieved (legal-rules.md §2.2 and Q7; interpretations.md "specific agencies"). Điều 9 Nghị
// định 24/2014/NĐ-CP, as amended by Nghị định 107/2020/NĐ-CP.
import { describe, expect, it } from "vitest";

import type { AgencyKind, ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  agency,
  buildSnapshot,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const packs = [
  { ruleSet: "RS-2014", asOf: "2018-06-30" },
  { ruleSet: "RS-2020", asOf: "2021-06-30" },
] as const;

function evaluateKind(kind: AgencyKind, provinceClass: ProvinceClass, asOf: string) {
  const snapshot = buildSnapshot({
    asOf,
    provinceClass,
    agencies: [agency({ id: "so-dac-thu", kind, name: "Sở đặc thù" })],
  });
  return findingsOf(evaluateFindings(snapshot), "P-SO-02");
}

const classRows = packs.flatMap((pack) =>
  provinceClasses.map((provinceClass) => ({
    ...pack,
    provinceClass,
    label: provinceClassLabels[provinceClass],
  })),
);

describe("P-SO-02 — sở đặc thù", () => {
  it.each(
    named(
      classRows,
      (row) =>
        `P-SO-02 (${row.ruleSet}): Sở Quy hoạch - Kiến trúc, ${row.label} → ${row.provinceClass === "special" ? "hợp lệ" : "vi phạm"}`,
    ),
  )("%s", (_name, { provinceClass, asOf }) => {
    const found = evaluateKind("QUY_HOACH_KIEN_TRUC", provinceClass, asOf);
    if (provinceClass === "special") {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      { ruleId: "P-SO-02", severity: "violation", subject: { type: "agency", id: "so-dac-thu" } },
    ]);
  });

  it("P-SO-02 (RS-2020): Sở Quy hoạch - Kiến trúc ở tỉnh loại I → thông điệp và căn cứ Nghị định 107/2020", () => {
    const [finding] = evaluateKind("QUY_HOACH_KIEN_TRUC", "I", "2021-06-30");
    expect(finding?.message.vi).toBe(
      "Sở Quy hoạch - Kiến trúc chỉ được tổ chức ở Hà Nội, TP. Hồ Chí Minh; Tỉnh Thử nghiệm là tỉnh loại I.",
    );
    expect(finding?.citation).toContain("107/2020");
    expect(finding?.interpretation?.id).toBe("INT-SPECIFIC-AGENCIES");
  });

  const unverified = classRows.flatMap((row) =>
    (["NGOAI_VU", "DAN_TOC"] as const).map((kind) => ({ ...row, kind })),
  );

  it.each(
    named(
      unverified,
      (row) =>
        `P-SO-02 (${row.ruleSet}): ${row.kind}, ${row.label} → chấp nhận, thông tin "chưa kiểm tra tiêu chí"`,
    ),
  )("%s", (_name, { kind, provinceClass, asOf }) => {
    expect(evaluateKind(kind, provinceClass, asOf)).toMatchObject([
      { ruleId: "P-SO-02", severity: "info", subject: { type: "agency", id: "so-dac-thu" } },
    ]);
  });

  it.each(
    named(
      provinceClasses,
      (provinceClass) =>
        `P-SO-02 (RS-2020): Sở Du lịch, ${provinceClassLabels[provinceClass]} → thông tin, không vi phạm`,
    ),
  )("%s", (_name, provinceClass) => {
    const found = evaluateKind("DU_LICH", provinceClass, "2021-06-30");
    expect(found).toMatchObject([{ severity: "info" }]);
    expect(found[0]?.message.vi).toBe(
      "Sở đặc thù là sở đặc thù: tiêu chí thành lập chưa được kiểm tra (chưa có văn bản tiêu chí); đề nghị đối chiếu hồ sơ.",
    );
  });

  it.each(
    named(packs, ({ ruleSet }) => `P-SO-02 (${ruleSet}): sở thống nhất (Sở Nội vụ) → không có phát hiện`),
  )("%s", (_name, { asOf }) => {
    expect(evaluateKind("NOI_VU", "II", asOf)).toEqual([]);
  });
});
