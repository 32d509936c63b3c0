// D-PH-06 — outside island districts, RS-2020 (and RS-2014) give no general permission to merge two of the
// uniform divisions: a division holding two or more common functions is a violation unless under a pilot
// (legal-rules.md §2.3, RECALLED; interpretations.md "common district functions"). Điều 7 Nghị định
// 37/2014/NĐ-CP.
import { describe, expect, it } from "vitest";

import type { DistrictFunction } from "../../snapshot/catalogue.ts";
import {
  buildSnapshot,
  division,
  evaluateFindings,
  findingsOf,
  named,
  ruralDistrict,
} from "../../testing/builders.ts";

const packs = [
  { ruleSet: "RS-2014", asOf: "2018-06-30" },
  { ruleSet: "RS-2020", asOf: "2021-06-30" },
] as const;

function evaluateMerged(functions: DistrictFunction[], asOf: string, island = false) {
  const district = ruralDistrict({ island });
  district.divisions.push(division({ id: "phong-ghep", name: "Phòng ghép", functions }));
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, districts: [district] })), "D-PH-06");
}

const cases: { functions: DistrictFunction[]; merged: number }[] = [
  { functions: ["NOI_VU"], merged: 1 },
  { functions: ["NOI_VU", "KINH_TE_HA_TANG"], merged: 1 },
  { functions: ["NOI_VU", "LAO_DONG_TBXH"], merged: 2 },
  { functions: ["THANH_TRA", "VAN_PHONG", "TU_PHAP"], merged: 3 },
];

const rows = packs.flatMap((pack) => cases.map((row) => ({ ...pack, ...row, complies: row.merged <= 1 })));

describe("D-PH-06 — không hợp nhất các phòng được tổ chức thống nhất", () => {
  it.each(
    named(
      rows,
      (row) =>
        `D-PH-06 (${row.ruleSet}): huyện không phải huyện đảo, một phòng giữ ${row.functions.join(" + ")} → ${row.complies ? "hợp lệ" : `vi phạm, ${row.merged} lĩnh vực chung, tối đa 1`}`,
    ),
  )("%s", (_name, { functions, merged, asOf, complies }) => {
    const found = evaluateMerged(functions, asOf);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        ruleId: "D-PH-06",
        severity: "violation",
        subject: { type: "division", id: "phong-ghep" },
        actual: merged,
        limit: 1,
        limitKind: "max",
      },
    ]);
  });

  it.each(
    named(
      packs,
      ({ ruleSet }) => `D-PH-06 (${ruleSet}): huyện đảo ghép Nội vụ với Lao động - TB&XH → hợp lệ`,
    ),
  )("%s", (_name, { asOf }) => {
    expect(evaluateMerged(["NOI_VU", "LAO_DONG_TBXH"], asOf, true)).toEqual([]);
  });

  it("D-PH-06 (RS-2020): Phòng ghép giữ Nội vụ và Lao động - TB&XH → thông điệp, căn cứ Nghị định 108/2020, cách hiểu áp dụng", () => {
    const [finding] = evaluateMerged(["NOI_VU", "LAO_DONG_TBXH"], "2021-06-30");
    expect(finding?.message.vi).toBe(
      "Phòng ghép (Huyện A) đảm nhiệm 2 lĩnh vực được tổ chức thống nhất (Nội vụ, Lao động - Thương binh và Xã hội); huyện không phải huyện đảo chỉ được hợp nhất khi có quyết định thí điểm.",
    );
    expect(finding?.citation).toContain("108/2020");
    expect(finding?.interpretation?.id).toBe("INT-COMMON-FUNCTIONS-SEPARATE");
  });
});
