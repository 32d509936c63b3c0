// C26-DEP-01 — the phòng and the Trung tâm phục vụ hành chính công of a commune-level unit have on average
// 2 deputies each; the UBND cấp xã allocates them within the total the competent authority sets. In force
// from 15/10/2025 (Nghị quyết 332/NQ-CP), then with Nghị định 370/2025/NĐ-CP; legal-rules.md §2.6,
// SINGLE-SOURCE (laodong) + dantri headline. Read as a cap per unit: total deputies of its organisations ≤
// ⌊2 × number of organisations⌋, no cap per organisation (ADR 0037). A deputy-quota rule: a surplus on a
// unit whose organisations were re-arranged (`reorganisedOn`) is transitional for five years (T-2025-01,
// T-2026-01, ADR 0033), which is why the finding's members are the organisations.
import type { Confidence } from "../../findings/finding.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { CommuneRule } from "../rule.ts";
import { communeName } from "./commune-wording.ts";

export function createCommuneDeputiesRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  averagePerOrganisation: DatedParameter<number>;
}): CommuneRule {
  const rule: CommuneRule = {
    scope: "commune",
    id: options.id,
    title: {
      vi: "Tổng số cấp phó của các phòng và Trung tâm phục vụ hành chính công cấp xã (bình quân 2)",
      en: "Deputies of a commune-level unit's divisions and service centre (average of 2)",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.communeDeputyPool,
    parameters: [options.averagePerOrganisation],
    deputyQuota: true,
    evaluate: ({ commune }, context) => {
      const value = context.value(options.averagePerOrganisation);
      if (!value) return [];
      const average = value.value;
      const count = commune.organisations.length;
      const limit = Math.floor(average * count);
      const total = commune.organisations.reduce((sum, organisation) => sum + organisation.deputies, 0);
      if (total <= limit) return [];
      const name = communeName(commune);
      return [
        makeFinding(rule, value, {
          subject: { type: "commune", id: commune.id },
          actual: total,
          limit,
          limitKind: "max",
          members: commune.organisations.map((organisation) => organisation.id),
          message: {
            vi: `${name.vi} có tổng ${total} cấp phó ở ${count} phòng và Trung tâm phục vụ hành chính công; tối đa ${limit} = ${average} × ${count} (bình quân ${average} cấp phó mỗi tổ chức).`,
            en: `${name.en} has ${total} deputies across ${count} divisions and service centre; at most ${limit} = ${average} × ${count} (an average of ${average}).`,
          },
        }),
      ];
    },
  };
  return rule;
}
