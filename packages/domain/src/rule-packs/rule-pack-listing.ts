// A rule pack as data to browse (the web page Quy định; the same facts `tinhgon rules` prints): its
// window, its rules (id, title, scope, the severities it can report, citation, confidence, the reading
// we chose with its ADR) and its dated parameters with the rules that read them. Plain JSON: no
// functions, so it crosses any boundary.
import { z } from "zod";

import {
  confidenceSchema,
  interpretationRefSchema,
  type Severity,
  severitySchema,
} from "../findings/finding.schema.ts";
import { findRulePack } from "../evaluation/evaluate-snapshot.ts";
import { describeRule, type Rule } from "../rules/rule.ts";
import { isoDateSchema } from "../shared/iso-date.ts";
import { type LocalizedText, localizedTextSchema } from "../shared/localized.ts";
import { rulePackDescriptorSchema } from "./rule-pack-catalogue.ts";

export const ruleScopeSchema = z.enum([
  "province",
  "agency",
  "unit",
  "district",
  "division",
  "commune",
  "positions",
  "follow-up",
  "surplus-transition",
]);
export type RuleScope = z.infer<typeof ruleScopeSchema>;

/**
 * The severities each rule of legal-rules.md can report (a rule's findings are violations unless it says
 * otherwise: finding-builder.ts). Checked against every finding of the examples and of generated
 * provinces in rule-pack-listing.test.ts, and every rule of every pack must be listed here.
 */
export const ruleSeverities: Readonly<Record<string, readonly Severity[]>> = {
  "P-SO-01": ["violation"],
  "P-SO-02": ["violation", "info"],
  "P-DEP-01": ["violation"],
  "P-DEP-02": ["violation"],
  "P-DEP-03": ["violation"],
  "P-DEP-04": ["violation"],
  "P-DEP-05": ["violation"],
  "P-DEP-06": ["violation"],
  "P-EST-01": ["violation"],
  "P-EST-02": ["violation"],
  "P-EST-03": ["violation"],
  "P-EST-04": ["violation"],
  "P-EST-05": ["violation"],
  "P-LEG-01": ["violation"],
  "D-PH-01": ["violation"],
  "D-PH-02": ["violation"],
  "D-PH-03": ["violation", "info"],
  "D-PH-04": ["violation"],
  "D-PH-05": ["violation"],
  "D-PH-06": ["violation"],
  "D-DEP-01": ["violation", "warning"],
  "D-LEG-01": ["violation"],
  "T-2020-01": ["warning"],
  // The transition rules report through the deputy rules' findings, which they make transitional.
  "T-2025-01": ["transitional"],
  "T-2026-01": ["transitional"],
  "P25-SO-01": ["violation", "info"],
  "P25-SO-02": ["violation"],
  "P25-EST-01": ["violation"],
  "P25-DEP-01": ["violation", "transitional"],
  "D25-PH-01": ["violation", "info"],
  "D25-PH-02": ["violation", "warning"],
  "D25-DEP-01": ["violation", "warning", "transitional"],
  "P26-SO-01": ["violation", "info"],
  "P26-EST-01": ["violation"],
  "P26-DEP-01": ["violation", "transitional"],
  "P26-DEP-02": ["violation", "transitional"],
  "T-2026-02": ["violation", "transitional"],
  "G-TIER-01": ["info"],
  "G-TIER-02": ["info"],
  "C26-ORG-01": ["violation"],
  "C26-ORG-02": ["violation"],
  "C26-DEP-01": ["violation", "transitional"],
  "JP-03": ["info"],
  "JP-04": ["violation"],
  "JP-05": ["warning"],
  "JP-06": ["violation"],
  "JP-07": ["warning", "info"],
};

export function severitiesOf(ruleId: string): readonly Severity[] {
  return ruleSeverities[ruleId] ?? ["violation"];
}

export const parameterValueListingSchema = z.object({
  from: isoDateSchema,
  /** Last day in force (inclusive); null while in force. */
  to: isoDateSchema.nullable(),
  /** The value as the rules read it (numbers, bands by province class, lists of codes …). */
  value: z.unknown(),
  /** The value written out for people. */
  text: localizedTextSchema,
  citation: z.string(),
  confidence: confidenceSchema,
});
export type ParameterValueListing = z.infer<typeof parameterValueListingSchema>;

export const parameterListingSchema = z.object({
  id: z.string(),
  description: localizedTextSchema,
  values: z.array(parameterValueListingSchema),
  /** The rules of the pack that read this parameter. */
  ruleIds: z.array(z.string()),
});
export type ParameterListing = z.infer<typeof parameterListingSchema>;

export const ruleListingSchema = z.object({
  id: z.string(),
  title: localizedTextSchema,
  scope: ruleScopeSchema,
  severities: z.array(severitySchema),
  citation: z.string(),
  confidence: confidenceSchema,
  interpretation: interpretationRefSchema.optional(),
  parameterIds: z.array(z.string()),
  /** Deputy-quota rules are followed by the pack's transition rules (T-2020-01 …). */
  deputyQuota: z.boolean(),
});
export type RuleListing = z.infer<typeof ruleListingSchema>;

export const rulePackListingSchema = z.object({
  descriptor: rulePackDescriptorSchema,
  rules: z.array(ruleListingSchema),
  parameters: z.array(parameterListingSchema),
});
export type RulePackListing = z.infer<typeof rulePackListingSchema>;

function listRule(rule: Rule): RuleListing {
  const description = describeRule(rule);
  return {
    id: description.id,
    title: description.title,
    scope: rule.scope,
    severities: [...severitiesOf(description.id)],
    citation: description.citation,
    confidence: description.confidence,
    ...(description.interpretation ? { interpretation: description.interpretation } : {}),
    parameterIds: description.parameters.map((parameter) => parameter.id),
    deputyQuota: description.deputyQuota === true,
  };
}

/** The pack `id` as data (rules in the pack's order; parameters in order of first use), or undefined. */
export function describeRulePack(id: string): RulePackListing | undefined {
  const found = findRulePack(id);
  if (!found) return undefined;
  const parameters = new Map<string, ParameterListing>();
  for (const rule of found.pack.rules) {
    for (const parameter of rule.parameters) {
      const listed = parameters.get(parameter.id);
      if (listed) {
        if (!listed.ruleIds.includes(rule.id)) listed.ruleIds.push(rule.id);
        continue;
      }
      parameters.set(parameter.id, {
        id: parameter.id,
        description: parameter.description,
        values: parameter.values.map((value) => ({
          from: value.from,
          to: value.to,
          value: value.value,
          text: parameterValueText(value.value),
          citation: value.citation,
          confidence: value.confidence,
        })),
        ruleIds: [rule.id],
      });
    }
  }
  return {
    descriptor: found.descriptor,
    rules: found.pack.rules.map(listRule),
    parameters: [...parameters.values()],
  };
}

const keyLabels: Record<string, LocalizedText> = {
  special: { vi: "Hà Nội, TP.HCM", en: "Hà Nội, HCMC" },
  I: { vi: "loại I", en: "class I" },
  II: { vi: "loại II", en: "class II" },
  III: { vi: "loại III", en: "class III" },
};

function isBand(value: unknown): value is { upTo: number | null; maxDeputies: number } {
  return typeof value === "object" && value !== null && "upTo" in value && "maxDeputies" in value;
}

function render(value: unknown, language: "vi" | "en"): string {
  if (value === null) return language === "vi" ? "chưa xác định" : "not determined";
  if (value === true) return language === "vi" ? "áp dụng" : "applies";
  if (value === false) return language === "vi" ? "không áp dụng" : "does not apply";
  if (typeof value === "number" || typeof value === "string") return String(value);
  if (Array.isArray(value)) {
    if (value.every(isBand)) {
      // Deputy bands: the first band whose upper bound is at least the payroll (legal-rules.md App. A).
      return value
        .map((band) =>
          band.upTo === null
            ? `${language === "vi" ? "còn lại" : "above"}: ${String(band.maxDeputies)}`
            : `≤ ${String(band.upTo)}: ${String(band.maxDeputies)}`,
        )
        .join(" · ");
    }
    return value.map((item) => render(item, language)).join(", ");
  }
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([key, item]) => {
        const rendered = render(item, language);
        const label = keyLabels[key]?.[language] ?? key;
        return typeof item === "object" && item !== null
          ? `${label}: (${rendered})`
          : `${label}: ${rendered}`;
      })
      .join("; ");
  }
  // undefined, functions and symbols are not parameter values.
  return typeof value === "bigint" ? value.toString() : "";
}

/** A parameter's value written out in both languages: numbers, "≤ 9: 1 · ≤ 14: 2 · còn lại: 3" bands … */
export function parameterValueText(value: unknown): LocalizedText {
  return { vi: render(value, "vi"), en: render(value, "en") };
}
