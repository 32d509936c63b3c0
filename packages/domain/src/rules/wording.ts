// Shared Vietnamese/English wording for findings' messages.
import type { LocalizedText } from "../shared/localized.ts";
import type { ProvinceClass } from "../snapshot/catalogue.ts";
import type { BandMatch } from "./parameters.ts";

/**
 * A part of a message made from a whole number and fixed words (" có 3 Phó Trưởng phòng; tối đa 1 vì biên
 * chế "), remembered for 0 … 999: thousands of findings per national evaluation repeat the same few
 * counts, and building each part again (the number's text, two joins) was a measurable share of a
 * national evaluation (docs/performance.md, "Fourth round").
 */
export class NumberedText {
  private readonly known: (string | undefined)[] = [];

  constructor(private readonly make: (value: number) => string) {}

  of(value: number): string {
    if (!Number.isInteger(value) || value < 0 || value >= 1000) return this.make(value);
    return (this.known[value] ??= this.make(value));
  }
}

export function provinceClassText(provinceClass: ProvinceClass): LocalizedText {
  switch (provinceClass) {
    case "special":
      return { vi: "Hà Nội, TP. Hồ Chí Minh", en: "Hà Nội or Hồ Chí Minh City" };
    case "I":
      return { vi: "tỉnh loại I", en: "class I province" };
    case "II":
      return { vi: "tỉnh loại II", en: "class II province" };
    case "III":
      return { vi: "tỉnh loại III", en: "class III province" };
  }
}

/** "biên chế 7 < 8" / "biên chế 9 trong khoảng 9–14" / "biên chế 16 ≥ 15". */
export function bandText(match: BandMatch, payroll: number): LocalizedText {
  const range = bandRangeText(match);
  return { vi: `biên chế ${payroll}${range.vi}`, en: `payroll ${payroll}${range.en}` };
}

/** What follows the payroll in `bandText`: " < 8" / " trong khoảng 9–14" / " ≥ 15". */
export function bandRangeText(match: BandMatch): LocalizedText {
  const { band, from } = match;
  if (band.upTo === null) return { vi: ` ≥ ${from}`, en: ` ≥ ${from}` };
  if (from === 0) return { vi: ` < ${band.upTo + 1}`, en: ` < ${band.upTo + 1}` };
  return { vi: ` trong khoảng ${from}–${band.upTo}`, en: ` within ${from}–${band.upTo}` };
}
