// The dated rule packs Tinh Gọn knows, from ../shared/domain/legal-rules.md §0 ("Versioned rule sets").
// A pack is selected by the effective date of the decision being checked (`asOf`), never by "today".
import { z } from "zod";

import { isoDateSchema } from "../shared/iso-date.ts";

export const rulePackIdSchema = z.enum(["RS-2014", "RS-2020", "RS-2025A", "RS-2025B", "RS-2026"]);
export type RulePackId = z.infer<typeof rulePackIdSchema>;

export const rulePackDescriptorSchema = z.object({
  id: rulePackIdSchema,
  /** The instruments the pack encodes, as cited in findings. */
  instruments: z.array(z.string()).min(1),
  /** Levels of government the pack has rules for. */
  levels: z.array(z.enum(["province", "district", "commune"])),
  effectiveFrom: isoDateSchema,
  /** Last day in force (inclusive); null while in force. */
  effectiveTo: isoDateSchema.nullable(),
});
export type RulePackDescriptor = z.infer<typeof rulePackDescriptorSchema>;

/** Oldest first; windows do not overlap. */
export const rulePackDescriptors: readonly RulePackDescriptor[] = [
  {
    id: "RS-2014",
    instruments: ["Nghị định 24/2014/NĐ-CP", "Nghị định 37/2014/NĐ-CP"],
    levels: ["province", "district"],
    // 24/2014 took effect 20/05/2014 (RECALLED in the catalogue); 37/2014 on 20/06/2014 (CONFIRMED).
    effectiveFrom: "2014-05-20",
    effectiveTo: "2020-11-24",
  },
  {
    id: "RS-2020",
    instruments: [
      "Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP",
      "Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP",
    ],
    levels: ["province", "district"],
    effectiveFrom: "2020-11-25",
    effectiveTo: "2025-02-28",
  },
  {
    id: "RS-2025A",
    instruments: ["Nghị định 45/2025/NĐ-CP"],
    levels: ["province", "district"],
    effectiveFrom: "2025-03-01",
    // Replaced by Decree 150/2025, whose start is open (§8 Q4): read as 01/07/2025, the day the district
    // level ended, so 45/2025's district rules cover every day districts existed (ADR 0034).
    effectiveTo: "2025-06-30",
  },
  {
    id: "RS-2025B",
    instruments: ["Nghị định 150/2025/NĐ-CP (văn bản gốc)"],
    levels: ["province", "commune"],
    effectiveFrom: "2025-07-01",
    effectiveTo: "2025-12-31",
  },
  {
    id: "RS-2026",
    instruments: ["Nghị định 150/2025/NĐ-CP, sửa đổi bởi Nghị định 370/2025/NĐ-CP"],
    levels: ["province", "commune"],
    effectiveFrom: "2026-01-01",
    effectiveTo: null,
  },
];

/**
 * The pack in force on `asOf` (an ISO date), or undefined when no pack Tinh Gọn knows covers that day.
 * ISO dates compare correctly as strings, so no clock or Date parsing is needed.
 */
export function findRulePackInForce(asOf: string): RulePackDescriptor | undefined {
  return rulePackDescriptors.find(
    (pack) => pack.effectiveFrom <= asOf && (pack.effectiveTo === null || asOf <= pack.effectiveTo),
  );
}
