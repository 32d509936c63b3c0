// Legal numbers are dated data with citations (OpenFisca's idea): a rule reads a parameter's value on
// the evaluation date; a parameter with no value on that date switches the rule off for that date.
import type { Confidence } from "../findings/finding.schema.ts";
import type { LocalizedText } from "../shared/localized.ts";

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

/** The first band whose upper bound is at least `payroll` (legal-rules.md Appendix A). */
export function findBand(bands: readonly DeputyBand[], payroll: number): BandMatch | undefined {
  let from = 0;
  for (const band of bands) {
    if (band.upTo === null || payroll <= band.upTo) return { band, from };
    from = band.upTo + 1;
  }
  return undefined;
}
