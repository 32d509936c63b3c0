// Legal numbers are dated data with citations (OpenFisca's idea): a rule reads a parameter's value on
// the evaluation date; a parameter with no value on that date switches the rule off for that date.
import type { Confidence } from "../findings/finding.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";
import type { ProvinceClass } from "../snapshot/catalogue.ts";
import type { RuleContext } from "./rule.ts";

export interface DatedValue<T> {
  /** First day in force (inclusive), ISO date. */
  from: string;
  /** Last day in force (inclusive), ISO date; null while in force. */
  to: string | null;
  value: T;
  /** Where this value is written, in Vietnamese (điểm, khoản, Điều, văn bản). */
  citation: string;
  confidence: Confidence;
}

export interface DatedParameter<T> {
  id: string;
  description: LocalizedText;
  values: readonly DatedValue<T>[];
}

export function valueOn<T>(parameter: DatedParameter<T>, asOf: string): DatedValue<T> | undefined {
  return parameter.values.find((entry) => entry.from <= asOf && (entry.to === null || asOf <= entry.to));
}

/** A deputy band: payroll up to `upTo` (inclusive; null = no upper bound) allows `maxDeputies`. */
export interface DeputyBand {
  upTo: number | null;
  maxDeputies: number;
}

export interface BandMatch {
  band: DeputyBand;
  /** Lowest payroll of the band. */
  from: number;
}

/** The index of the first band whose upper bound is at least `payroll`, or -1 (no object made). */
export function bandIndex(bands: readonly DeputyBand[], payroll: number): number {
  for (let index = 0; index < bands.length; index += 1) {
    const upTo = bands[index]?.upTo;
    if (upTo === null || (upTo !== undefined && payroll <= upTo)) return index;
  }
  return -1;
}

/** The first band whose upper bound is at least `payroll` (legal-rules.md Appendix A). */
export function findBand(bands: readonly DeputyBand[], payroll: number): BandMatch | undefined {
  let from = 0;
  for (const band of bands) {
    if (band.upTo === null || payroll <= band.upTo) return { band, from };
    from = band.upTo + 1;
  }
  return undefined;
}

/**
 * Reads a by-class parameter for one unit after another: the entry of the province's class on the
 * context's date, looked up again only when the context or the class changes. Every unit of an
 * evaluation shares both, and the look-ups (the context's table, the class key) cost more per unit than
 * the verdict they feed. undefined: no value on the date (the rule is off).
 */
/**
 * Reads a parameter's dated value for one subject after another: looked up again only when the context
 * changes (a finding names the value's citation; thousands of findings share one context).
 */
export function datedValueReader<T>(
  parameter: DatedParameter<T>,
): (context: RuleContext) => DatedValue<T> | undefined {
  let lastContext: RuleContext | undefined;
  let found: DatedValue<T> | undefined;
  return (context) => {
    if (context !== lastContext) {
      found = context.value(parameter);
      lastContext = context;
    }
    return found;
  };
}

export function byClassReader<T>(
  parameter: DatedParameter<Readonly<Record<ProvinceClass, T>>>,
): (context: RuleContext, provinceClass: ProvinceClass) => T | undefined {
  let lastContext: RuleContext | undefined;
  let lastClass: ProvinceClass | undefined;
  let entry: T | undefined;
  return (context, provinceClass) => {
    if (context !== lastContext || provinceClass !== lastClass) {
      entry = context.value(parameter)?.value[provinceClass];
      lastContext = context;
      lastClass = provinceClass;
    }
    return entry;
  };
}
