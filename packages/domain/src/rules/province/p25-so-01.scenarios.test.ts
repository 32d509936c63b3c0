// P25-SO-01 — from 01/03/2025 every province organises 12 sở: Nội vụ (with LĐ-TB&XH), Tư pháp, Tài chính
// (with KH&ĐT), Công Thương, Nông nghiệp và Môi trường (NN&PTNT + TN&MT), Xây dựng (with GTVT), Khoa học và
// Công nghệ (with TT&TT), VHTTDL, GD&ĐT, Y tế, Thanh tra tỉnh, Văn phòng UBND; specific: Ngoại vụ, Dân tộc
// và Tôn giáo, Du lịch, Quy hoạch - Kiến trúc (Hà Nội, TP.HCM only) (legal-rules.md §2.5). Điều 8 Nghị định
// 45/2025/NĐ-CP. A kind the pack does not list (an old code) is a violation (INT-CODES-BY-PACK, ADR 0034).
import { describe, expect, it } from "vitest";

import { type AgencyKind, agencyKindNames, type ProvinceClass } from "../../snapshot/catalogue.ts";
import {
  type AgencyInput,
  buildSnapshot,
  commonAgencies2025,
  evaluateFindings,
  findingsOf,
  named,
  provinceClasses,
  provinceClassLabels,
} from "../../testing/builders.ts";

const RS_2025A = "2025-04-15";

function agencyOf(kind: AgencyKind, id = `so-${kind.toLowerCase().replaceAll("_", "-")}`): AgencyInput {
  return { id, kind, name: agencyKindNames[kind], payroll: 30, deputies: 2 };
}

function evaluateList(
  agencies: AgencyInput[],
  options: { agenciesComplete?: boolean; provinceClass?: ProvinceClass; asOf?: string } = {},
) {
  const snapshot = buildSnapshot({
    asOf: options.asOf ?? RS_2025A,
    provinceClass: options.provinceClass ?? "II",
    agenciesComplete: options.agenciesComplete ?? true,
    agencies,
  });
  return evaluateFindings(snapshot);
}

describe("P25-SO-01 — 12 sở được tổ chức thống nhất (Nghị định 45/2025)", () => {
  it("P25-SO-01: đủ 12 sở, danh sách đầy đủ → hợp lệ", () => {
    const findings = evaluateList(commonAgencies2025());
    expect(findingsOf(findings, "P25-SO-01")).toEqual([]);
    expect(commonAgencies2025()).toHaveLength(12);
  });

  it.each(
    named(
      [
        "NOI_VU",
        "TAI_CHINH",
        "NONG_NGHIEP_MOI_TRUONG",
        "XAY_DUNG",
        "KHOA_HOC_CONG_NGHE",
        "THANH_TRA",
      ] as const,
      (kind) => `P25-SO-01: thiếu ${agencyKindNames[kind]}, danh sách đầy đủ → vi phạm ở cấp tỉnh`,
    ),
  )("%s", (_name, kind) => {
    const found = findingsOf(evaluateList(commonAgencies2025(3, [kind])), "P25-SO-01");
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "province", id: "99" },
        message: {
          vi: `Tỉnh Thử nghiệm thiếu ${agencyKindNames[kind]} (${kind}) trong các sở được tổ chức thống nhất.`,
        },
        citation: "Điều 8 Nghị định số 45/2025/NĐ-CP",
        confidence: "CONFIRMED",
      },
    ]);
  });

  it("P25-SO-01: thiếu Sở Y tế nhưng danh sách chưa đủ → không xét việc thiếu", () => {
    expect(
      findingsOf(evaluateList(commonAgencies2025(3, ["Y_TE"]), { agenciesComplete: false }), "P25-SO-01"),
    ).toEqual([]);
  });

  it("P25-SO-01: Sở Du lịch và Sở Văn hóa và Thể thao thay Sở VHTTDL → hợp lệ", () => {
    const agencies = [
      ...commonAgencies2025(3, ["VAN_HOA_THE_THAO_DU_LICH"]),
      agencyOf("VAN_HOA_THE_THAO"),
      agencyOf("DU_LICH"),
    ];
    expect(findingsOf(evaluateList(agencies), "P25-SO-01", "violation")).toEqual([]);
  });

  const merged: [AgencyKind, AgencyKind][] = [
    ["KE_HOACH_DAU_TU", "TAI_CHINH"],
    ["LAO_DONG_TBXH", "NOI_VU"],
    ["NONG_NGHIEP_PTNT", "NONG_NGHIEP_MOI_TRUONG"],
    ["TAI_NGUYEN_MOI_TRUONG", "NONG_NGHIEP_MOI_TRUONG"],
    ["GIAO_THONG_VAN_TAI", "XAY_DUNG"],
    ["THONG_TIN_TRUYEN_THONG", "KHOA_HOC_CONG_NGHE"],
    ["DAN_TOC", "DAN_TOC_TON_GIAO"],
  ];

  it.each(
    named(
      merged,
      ([kind, into]) =>
        `P25-SO-01: ${agencyKindNames[kind]} (mã cũ) sau 01/03/2025 → vi phạm, đã hợp nhất vào ${agencyKindNames[into]}`,
    ),
  )("%s", (_name, [kind, into]) => {
    // Any list: a kind the pack does not provide for is visible without the complete list.
    const found = findingsOf(
      evaluateList([agencyOf(kind, "so-cu")], { agenciesComplete: false }),
      "P25-SO-01",
    );
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "agency", id: "so-cu" },
        interpretation: { id: "INT-CODES-BY-PACK" },
      },
    ]);
    expect(found[0]?.message.vi).toBe(
      `${agencyKindNames[kind]} (${agencyKindNames[kind]}, ${kind}) không thuộc danh mục sở được tổ chức theo quy định áp dụng vào ngày này. Lĩnh vực này đã hợp nhất vào ${agencyKindNames[into]} (${into}).`,
    );
  });

  it("P25-SO-01: mã cũ vào ngày 28/02/2025 (RS-2020) → hợp lệ; ngày 01/03/2025 → vi phạm", () => {
    const agencies = [agencyOf("KE_HOACH_DAU_TU")];
    const before = evaluateList(agencies, { asOf: "2025-02-28", agenciesComplete: false });
    expect(before.filter((item) => item.severity === "violation")).toEqual([]);
    const after = evaluateList(agencies, { asOf: "2025-03-01", agenciesComplete: false });
    expect(findingsOf(after, "P25-SO-01", "violation")).toHaveLength(1);
  });

  it.each(
    named(
      provinceClasses,
      (provinceClass) =>
        `P25-SO-01: Sở Quy hoạch - Kiến trúc, ${provinceClassLabels[provinceClass]} → ${provinceClass === "special" ? "hợp lệ" : "vi phạm"}`,
    ),
  )("%s", (_name, provinceClass) => {
    const found = findingsOf(
      evaluateList([agencyOf("QUY_HOACH_KIEN_TRUC", "so-qhkt")], { provinceClass, agenciesComplete: false }),
      "P25-SO-01",
      "violation",
    );
    expect(found).toHaveLength(provinceClass === "special" ? 0 : 1);
  });

  it.each(
    named(
      ["NGOAI_VU", "DAN_TOC_TON_GIAO", "DU_LICH"] as const,
      (kind) => `P25-SO-01: ${agencyKindNames[kind]} (sở đặc thù) → thông tin: tiêu chí chưa được kiểm tra`,
    ),
  )("%s", (_name, kind) => {
    const found = findingsOf(
      evaluateList([agencyOf(kind, "so-dac-thu")], { agenciesComplete: false }),
      "P25-SO-01",
    );
    expect(found).toMatchObject([{ severity: "info", subject: { type: "agency", id: "so-dac-thu" } }]);
  });
});
