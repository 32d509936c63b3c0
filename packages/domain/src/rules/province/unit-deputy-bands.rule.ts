// P-DEP-02 (phòng thuộc sở), P-DEP-03 (văn phòng sở), P-DEP-04 (thanh tra sở), P-DEP-06 (phòng thuộc
// chi cục): the maximum number of deputies of a unit is set by bands of its payroll, for some units
// also by the province's class. Điều 6 Nghị định 24/2014/NĐ-CP, được sửa đổi, bổ sung bởi khoản 4
// Điều 1 Nghị định 107/2020/NĐ-CP (in force 25/11/2020). Reading: "01 Phó" = at most one (ADR 0004).
import type { Confidence } from "../../findings/finding.schema.ts";
import type { LocalizedText } from "../../shared/localized.ts";
import type { ProvinceClass } from "../../snapshot/catalogue.ts";
import type { UnitType } from "../../snapshot/snapshot.schema.ts";
import { limitViolation, noFindings } from "../finding-builder.ts";
import {
  bandIndex,
  byClassReader,
  type DatedParameter,
  datedValueReader,
  type DeputyBand,
  findBand,
} from "../parameters.ts";
import type { RuleContext, UnitRule, UnitScope } from "../rule.ts";
import { bandRangeText, NumberedText, provinceClassText } from "../wording.ts";

export type BandsByClass = Record<ProvinceClass, readonly DeputyBand[]>;

export interface UnitDeputyBandRuleOptions {
  id: string;
  title: LocalizedText;
  citation: string;
  confidence: Confidence;
  /** Which units the rule governs. */
  unitType: UnitType;
  /** true: a phòng thuộc chi cục; false: a unit directly under the sở. */
  insideSubDepartment: boolean;
  /** Bands per province class, or one set for every class. */
  bands: DatedParameter<BandsByClass>;
  classDependent: boolean;
  deputyTitle: LocalizedText;
}

export function createUnitDeputyBandRule(options: UnitDeputyBandRuleOptions): UnitRule {
  const { unitType, insideSubDepartment } = options;
  const applies = (scope: UnitScope): boolean =>
    scope.unit.type === unitType && (scope.parent !== null) === insideSubDepartment;

  const limitOf = (scope: UnitScope, context: RuleContext) => {
    if (!applies(scope)) return undefined;
    const value = context.value(options.bands);
    if (!value) return undefined;
    const match = findBand(value.value[scope.province.class], scope.unit.payroll);
    return match ? { value, match } : undefined;
  };

  const bandsOf = byClassReader(options.bands);
  const datedBands = datedValueReader(options.bands);
  // All of a message but the unit's name and numbers depends on the band and the class alone: worded once
  // per band of each class (provinces of different classes alternate in a national run; at most one entry
  // per class).
  const wordingsByClass = new Map<ProvinceClass, { bands: readonly DeputyBand[]; wordings: BandWording[] }>();
  let lastBands: readonly DeputyBand[] | undefined;
  let lastClass: ProvinceClass | undefined;
  let lastWordings: BandWording[] = [];
  const wordingOf = (bands: readonly DeputyBand[], index: number, provinceClass: ProvinceClass) => {
    if (bands !== lastBands || provinceClass !== lastClass) {
      let known = wordingsByClass.get(provinceClass);
      if (known?.bands !== bands) {
        known = { bands, wordings: [] };
        wordingsByClass.set(provinceClass, known);
      }
      lastBands = bands;
      lastClass = provinceClass;
      lastWordings = known.wordings;
    }
    let wording = lastWordings[index];
    if (wording === undefined) {
      wording = bandWording(options, bands, index, provinceClass);
      lastWordings[index] = wording;
    }
    return wording;
  };

  const rule: UnitRule = {
    scope: "unit",
    id: options.id,
    title: options.title,
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.bands],
    appliesTo: { unitType: options.unitType, insideSubDepartment: options.insideSubDepartment },
    deputyQuota: true,
    deputyLimit: (scope, context) => limitOf(scope, context)?.match.band.maxDeputies,
    quietPayrolls: (context, provinceClass) => {
      const bands = bandsOf(context, provinceClass);
      return bands ? quietPayrollsOfBands(bands) : [Number.NEGATIVE_INFINITY];
    },
    evaluate: (scope, context) => {
      // This runs for every unit of its type: the verdict first, allocating nothing; the finding and its
      // wording only for a unit over its limit.
      if (!applies(scope)) return noFindings;
      const provinceClass = scope.province.class;
      const bands = bandsOf(context, provinceClass);
      if (bands === undefined) return noFindings;
      const { unit } = scope;
      const index = bandIndex(bands, unit.payroll);
      const band = bands[index];
      if (band === undefined || unit.deputies <= band.maxDeputies) return noFindings;
      const wording = wordingOf(bands, index, provinceClass);
      return [
        limitViolation(
          rule,
          datedBands(context),
          { type: "unit", id: unit.id },
          unit.deputies,
          band.maxDeputies,
          "max",
          {
            vi: unit.name + wording.vi.deputies.of(unit.deputies) + wording.vi.payroll.of(unit.payroll),
            en: unit.name + wording.en.deputies.of(unit.deputies) + wording.en.payroll.of(unit.payroll),
          },
        ),
      ];
    },
  };
  return rule;
}

/**
 * For each number of deputies, the lowest payroll from which every band up allows that many: a unit with
 * `d` deputies and at least that payroll is within its limit (bands need not allow more as payroll grows).
 */
function quietPayrollsOfBands(bands: readonly DeputyBand[]): number[] {
  const starts: number[] = [];
  let from = Number.NEGATIVE_INFINITY;
  for (const band of bands) {
    starts.push(from);
    from = band.upTo === null ? Number.POSITIVE_INFINITY : band.upTo + 1;
  }
  let most = 0;
  for (const band of bands) most = Math.max(most, band.maxDeputies);
  const quiet: number[] = [];
  for (let deputies = 0; deputies <= most + 1; deputies += 1) {
    // The first band from which no band further up allows fewer than `deputies`.
    let quietFrom = Number.POSITIVE_INFINITY;
    for (let index = bands.length - 1; index >= 0; index -= 1) {
      if ((bands[index]?.maxDeputies ?? 0) < deputies) break;
      quietFrom = starts[index] ?? Number.POSITIVE_INFINITY;
    }
    quiet.push(quietFrom);
  }
  return quiet;
}

/**
 * A message is "<name> có <n> <title>; tối đa <limit> vì biên chế <payroll><range> (<class>).": after the
 * unit's name, a part by its deputies and a part by its payroll.
 */
interface BandWording {
  vi: { deputies: NumberedText; payroll: NumberedText };
  en: { deputies: NumberedText; payroll: NumberedText };
}

function bandWording(
  options: UnitDeputyBandRuleOptions,
  bands: readonly DeputyBand[],
  index: number,
  provinceClass: ProvinceClass,
): BandWording {
  const band = bands[index];
  const previous = bands[index - 1];
  const from = previous === undefined || previous.upTo === null ? 0 : previous.upTo + 1;
  const limit = band?.maxDeputies ?? 0;
  const range = band ? bandRangeText({ band, from }) : { vi: "", en: "" };
  const classText = options.classDependent ? provinceClassText(provinceClass) : undefined;
  const viEnd = `${range.vi}${classText ? ` (${classText.vi})` : ""}.`;
  const enEnd = `${range.en}${classText ? ` (${classText.en})` : ""}.`;
  return {
    vi: {
      deputies: new NumberedText(
        (deputies) => ` có ${deputies} ${options.deputyTitle.vi}; tối đa ${limit} vì biên chế `,
      ),
      payroll: new NumberedText((payroll) => `${payroll}${viEnd}`),
    },
    en: {
      deputies: new NumberedText(
        (deputies) => ` has ${deputies} ${options.deputyTitle.en}; at most ${limit} because payroll `,
      ),
      payroll: new NumberedText((payroll) => `${payroll}${enEnd}`),
    },
  };
}
