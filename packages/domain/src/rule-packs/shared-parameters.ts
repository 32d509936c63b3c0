// Parameters shared by several packs.
import type { DatedParameter } from "../rules/parameters.ts";
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
