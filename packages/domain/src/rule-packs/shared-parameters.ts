// Parameters shared by several packs.
import { createCommuneLevelStartRule } from "../rules/commune/commune-level-start.rule.ts";
import type { DatedParameter } from "../rules/parameters.ts";
import type { Rule } from "../rules/rule.ts";
import { citations } from "./citations.ts";

/** Decree 62/2020 on job positions took effect on 20/07/2020 (legal-rules.md §3). */
export const decree62InForce: DatedParameter<true> = {
  id: "decree-62-2020-in-force",
  description: {
    vi: "Nghị định 62/2020/NĐ-CP về vị trí việc làm có hiệu lực",
    en: "Decree 62/2020 on job positions in force",
  },
  values: [
    {
      from: "2020-07-20",
      to: null,
      value: true,
      citation: citations.jobPositionGroups,
      confidence: "CONFIRMED",
    },
  ],
};

/**
 * G-TIER-02: the packs of before 01/07/2025 (RS-2014, RS-2020, RS-2025A) know no commune-level
 * organisations; on their days a commune-level unit in the data gets an info finding (ADR 0037).
 */
export const beforeCommuneLevel: DatedParameter<true> = {
  id: "before-commune-level",
  description: {
    vi: "Chưa có cơ quan chuyên môn cấp xã theo Nghị định 150/2025 (trước ngày 01/07/2025)",
    en: "No commune-level organisations of Decree 150/2025 yet (before 01/07/2025)",
  },
  values: [
    {
      from: "2014-01-01",
      to: "2025-06-30",
      value: true,
      citation: citations.communeLevelStart,
      confidence: "CONFIRMED",
    },
  ],
};

/** G-TIER-02 as the packs of before 01/07/2025 list it. */
export function createCommuneLevelStartRules(): Rule[] {
  return [
    createCommuneLevelStartRule({
      id: "G-TIER-02",
      citation: citations.communeLevelStart,
      confidence: "CONFIRMED",
      beforeCommuneLevel,
    }),
  ];
}
