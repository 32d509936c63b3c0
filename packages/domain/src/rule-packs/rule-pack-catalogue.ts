// The dated rule packs Tinh Gọn knows, from ../shared/domain/legal-rules.md §0 ("Versioned rule sets").
// A pack is selected by the effective date of the decision being checked (`asOf`), never by "today".
import { z } from "zod";

import { isoDateSchema } from "../shared/iso-date.ts";

export const rulePackIdSchema = z.enum(["RS-2014", "RS-2020"]);
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
