// P-SO-01 — the 17 sở organised uniformly in every province; where a Sở Du lịch exists the culture sở is
// "Văn hóa và Thể thao" instead of "Văn hóa, Thể thao và Du lịch" (legal-rules.md §2.2). Điều 8 Nghị định
// 24/2014/NĐ-CP (RS-2014), as amended by Nghị định 107/2020/NĐ-CP (RS-2020). Missing sở are judged only when
// the snapshot lists every sở (`agenciesComplete`, interpretations.md "province-wide rules").
import { describe, expect, it } from "vitest";

import type { AgencyKind } from "../../snapshot/catalogue.ts";
import {
  type AgencyInput,
  buildSnapshot,
  commonAgencies,
  evaluateFindings,
  findingsOf,
  named,
} from "../../testing/builders.ts";

const packs = [
  { ruleSet: "RS-2014", asOf: "2018-06-30" },
  { ruleSet: "RS-2020", asOf: "2021-06-30" },
] as const;

function evaluateList(agencies: AgencyInput[], asOf: string, agenciesComplete = true) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, agenciesComplete, agencies })), "P-SO-01");
}

function agencyOf(kind: AgencyKind, id: string, name: string): AgencyInput {
  return { id, kind, name, payroll: 30, deputies: 2 };
}

const vhtt = agencyOf("VAN_HOA_THE_THAO", "so-vhtt", "Sở Văn hóa và Thể thao");
const duLich = agencyOf("DU_LICH", "so-du-lich", "Sở Du lịch");
const allKinds = commonAgencies().map((item) => item.id);

describe("P-SO-01 — các sở được tổ chức thống nhất", () => {
  it.each(named(packs, ({ ruleSet }) => `P-SO-01 (${ruleSet}): đủ 17 sở, danh sách đầy đủ → hợp lệ`))(
    "%s",
    (_name, { asOf }) => {
      expect(evaluateList(commonAgencies(), asOf)).toEqual([]);
    },
  );

  it.each(
    named(
      packs,
      ({ ruleSet }) => `P-SO-01 (${ruleSet}): thiếu Sở Y tế, danh sách đầy đủ → vi phạm ở cấp tỉnh`,
    ),
  )("%s", (_name, { asOf }) => {
    const agencies = commonAgencies(3, ["Y_TE"]);
    const found = evaluateList(agencies, asOf);
    expect(found).toMatchObject([
      {
        ruleId: "P-SO-01",
        severity: "violation",
        subject: { type: "province", id: "99" },
        message: { vi: "Tỉnh Thử nghiệm thiếu Sở Y tế (Y_TE) trong các sở được tổ chức thống nhất." },
      },
    ]);
    expect(found[0]?.interpretation?.id).toBe("INT-PROVINCE-WIDE-COMPLETE");
    expect(found[0]?.members).toEqual(agencies.map((item) => item.id));
  });

  it.each(
    named(
      packs,
      ({ ruleSet }) =>
        `P-SO-01 (${ruleSet}): thiếu Sở Y tế, danh sách chưa đủ (agenciesComplete = false) → không xét`,
    ),
  )("%s", (_name, { asOf }) => {
    expect(evaluateList(commonAgencies(3, ["Y_TE"]), asOf, false)).toEqual([]);
  });

  it.each(
    named(packs, ({ ruleSet }) => `P-SO-01 (${ruleSet}): chỉ khai báo một sở, danh sách chưa đủ → không xét`),
  )("%s", (_name, { asOf }) => {
    expect(evaluateList([agencyOf("NOI_VU", "so-noi-vu", "Sở Nội vụ")], asOf, false)).toEqual([]);
  });

  it("P-SO-01 (RS-2020): thiếu hai sở → hai vi phạm, mỗi sở một phát hiện", () => {
    const found = evaluateList(commonAgencies(3, ["Y_TE", "THANH_TRA"]), "2021-06-30");
    expect(found.map((finding) => finding.message.vi)).toEqual([
      "Tỉnh Thử nghiệm thiếu Sở Y tế (Y_TE) trong các sở được tổ chức thống nhất.",
      "Tỉnh Thử nghiệm thiếu Thanh tra tỉnh (THANH_TRA) trong các sở được tổ chức thống nhất.",
    ]);
  });

  it("P-SO-01 (RS-2020): có Sở Du lịch và Sở Văn hóa và Thể thao thay Sở VHTTDL → hợp lệ", () => {
    const agencies = [...commonAgencies(3, ["VAN_HOA_THE_THAO_DU_LICH"]), vhtt, duLich];
    expect(evaluateList(agencies, "2021-06-30")).toEqual([]);
  });

  it("P-SO-01 (RS-2020): có Sở Du lịch nhưng vẫn giữ Sở VHTTDL → vi phạm", () => {
    const found = evaluateList([...commonAgencies(), duLich], "2021-06-30");
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "province", id: "99" },
        message: {
          vi: "Đã có Sở Du lịch, nên sở văn hóa là Sở Văn hóa và Thể thao, không phải Sở Văn hóa, Thể thao và Du lịch.",
        },
      },
    ]);
  });

  it("P-SO-01 (RS-2020): có Sở Văn hóa và Thể thao nhưng không có Sở Du lịch → thiếu Sở VHTTDL", () => {
    const found = evaluateList([...commonAgencies(3, ["VAN_HOA_THE_THAO_DU_LICH"]), vhtt], "2021-06-30");
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "province", id: "99" },
        message: {
          vi: "Tỉnh Thử nghiệm thiếu Sở Văn hóa, Thể thao và Du lịch (VAN_HOA_THE_THAO_DU_LICH) trong các sở được tổ chức thống nhất.",
        },
      },
    ]);
  });

  it("P-SO-01 (RS-2020): hai sở cùng lĩnh vực Nội vụ, danh sách đầy đủ → vi phạm ở sở trùng", () => {
    const found = evaluateList(
      [...commonAgencies(), agencyOf("NOI_VU", "so-noi-vu-2", "Sở Nội vụ 2")],
      "2021-06-30",
    );
    expect(found).toMatchObject([{ severity: "violation", subject: { type: "agency", id: "so-noi-vu-2" } }]);
    expect(found[0]?.message.vi).toBe(
      "Sở Nội vụ 2 trùng lĩnh vực với Sở Nội vụ (Sở Nội vụ): mỗi tỉnh chỉ có một cơ quan cho lĩnh vực này.",
    );
  });

  it("P-SO-01: căn cứ RS-2020 nêu Nghị định 107/2020; RS-2014 nêu Nghị định 24/2014 (văn bản gốc)", () => {
    const [rs2020] = evaluateList(commonAgencies(3, ["Y_TE"]), "2021-06-30");
    const [rs2014] = evaluateList(commonAgencies(3, ["Y_TE"]), "2018-06-30");
    expect(rs2020?.citation).toContain("107/2020");
    expect(rs2014?.citation).toContain("24/2014");
    expect(rs2014?.citation).not.toContain("107/2020");
  });

  it("P-SO-01: danh sách mẫu là đúng 17 sở", () => {
    expect(allKinds).toHaveLength(17);
  });
});
