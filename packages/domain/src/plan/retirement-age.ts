// Normal retirement age (tuổi nghỉ hưu trong điều kiện lao động bình thường), by the calendar year in
// which a person reaches it. Khoản 2 Điều 169 Bộ luật Lao động số 45/2019/QH14 (in force 01/01/2021) and
// Điều 4 Nghị định số 135/2020/NĐ-CP (signed 18/11/2020, in force 01/01/2021; Phụ lục I gives the same
// ages by month of birth): from 2021 men 60 years 3 months and women 55 years 4 months, then +3 months
// (men) and +4 months (women) a year until 62 (men, 2028) and 60 (women, 2035). Before 2021: 60 and 55
// (Điều 187 Bộ luật Lao động số 10/2012/QH13; Điều 145 Bộ luật Lao động 1994).
// The table is indexed by the year of retirement, as in Điều 4: a person retires on the first day on
// which their age reaches the age of that day's year (a man born 01/1961 reaches 60y3m in 04/2021; one
// born 10/1961 is still short of 60y3m in 2021 and retires at 60y6m in 04/2022 — Phụ lục I).
// Time of retirement: the end of the last day of the month in which the person reaches that age (khoản 1
// Điều 3 Nghị định 135/2020/NĐ-CP); a projection counts the person in post until and including that day.
// Not modelled: earlier retirement (khoản 3 Điều 169: arduous work, hardship areas, reduced capacity) and
// later retirement (khoản 4), which are individual decisions, not something a projection can assume.
// Dates are ISO strings and the arithmetic below is calendar arithmetic on them: no clock, no Date.
import { z } from "zod";

import { isoDateSchema } from "../shared/iso-date.ts";
import type { StaffMember } from "../snapshot/snapshot.schema.ts";
import { type DatedParameter, type DatedValue, valueOn } from "../rules/parameters.ts";

export type Gender = StaffMember["gender"];

export const yearsAndMonthsSchema = z.object({
  years: z.number().int().min(0),
  months: z.number().int().min(0).max(11),
});
export type YearsAndMonths = z.infer<typeof yearsAndMonthsSchema>;

export type RetirementAges = Record<Gender, YearsAndMonths>;

/** The ages from 2021: the Labour Code and the decree that details it. */
export const retirementAgeCitation =
  "khoản 2 Điều 169 Bộ luật Lao động số 45/2019/QH14; Điều 4 Nghị định số 135/2020/NĐ-CP";
const BEFORE_2021 =
  "Điều 187 Bộ luật Lao động số 10/2012/QH13 (trước 01/5/2013: Điều 145 Bộ luật Lao động 1994)";

/** The time of retirement: the last day of the month in which the person reaches retirement age. */
export const retirementTimeCitation = "khoản 1 Điều 3 Nghị định số 135/2020/NĐ-CP";

function age(years: number, months = 0): YearsAndMonths {
  return { years, months };
}

/** One row of the table of Điều 4 Nghị định 135/2020/NĐ-CP: the ages for one year of retirement. */
function yearRow(year: number, male: YearsAndMonths, female: YearsAndMonths): DatedValue<RetirementAges> {
  return {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    value: { male, female },
    citation: retirementAgeCitation,
    confidence: "CONFIRMED",
  };
}

export const normalRetirementAge: DatedParameter<RetirementAges> = {
  id: "labour.normal-retirement-age",
  description: {
    vi: "Tuổi nghỉ hưu trong điều kiện lao động bình thường, theo năm nghỉ hưu",
    en: "Normal retirement age, by year of retirement",
  },
  values: [
    {
      from: "1995-01-01",
      to: "2020-12-31",
      value: { male: age(60), female: age(55) },
      citation: BEFORE_2021,
      confidence: "SINGLE-SOURCE",
    },
    yearRow(2021, age(60, 3), age(55, 4)),
    yearRow(2022, age(60, 6), age(55, 8)),
    yearRow(2023, age(60, 9), age(56)),
    yearRow(2024, age(61), age(56, 4)),
    yearRow(2025, age(61, 3), age(56, 8)),
    yearRow(2026, age(61, 6), age(57)),
    yearRow(2027, age(61, 9), age(57, 4)),
    yearRow(2028, age(62), age(57, 8)),
    yearRow(2029, age(62), age(58)),
    yearRow(2030, age(62), age(58, 4)),
    yearRow(2031, age(62), age(58, 8)),
    yearRow(2032, age(62), age(59)),
    yearRow(2033, age(62), age(59, 4)),
    yearRow(2034, age(62), age(59, 8)),
    { ...yearRow(2035, age(62), age(60)), to: null },
  ],
};

/**
 * The ages for a year of retirement. Years before the table's first row take its first row (60 / 55
 * held long before 1995); years after the last row take the last row, which is open-ended.
 */
export function retirementAgesInYear(year: number): DatedValue<RetirementAges> {
  const { values } = normalRetirementAge;
  const found = valueOn(normalRetirementAge, `${formatYear(year)}-01-01`);
  if (found) return found;
  const [first] = values;
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) throw new Error("the retirement-age table is empty");
  return year < yearOf(first.from) ? first : last;
}

export const retirementSchema = z.object({
  /** The age that applies: the one of the year in which the person reaches it. */
  retirementAge: yearsAndMonthsSchema,
  /** The day the person reaches that age. */
  reachesAgeOn: isoDateSchema,
  /** The time of retirement: the last day of that month; the person is in post until and including it. */
  retiresOn: isoDateSchema,
  citation: z.string(),
});
export type Retirement = z.infer<typeof retirementSchema>;

/** When a person retires under the normal-conditions ages, from their birth date and gender alone. */
export function computeRetirement(person: { birthDate: string; gender: Gender }): Retirement {
  const birthYear = yearOf(person.birthDate);
  const youngest = Math.min(...normalRetirementAge.values.map((entry) => entry.value[person.gender].years));
  // The first year Y whose age the person reaches by the end of Y. Within a year the age only grows, so
  // the first qualifying day is the day the age of Y is reached (or 1 January of Y if it was reached
  // earlier — impossible while the table's ages never fall, kept as the literal reading). The last row
  // is open-ended, so the loop ends within a few years of the youngest age.
  for (let year = birthYear + youngest; ; year += 1) {
    const ages = retirementAgesInYear(year);
    const retirementAge = ages.value[person.gender];
    const reached = addYearsAndMonths(person.birthDate, retirementAge);
    if (yearOf(reached) <= year) {
      const firstDay = `${formatYear(year)}-01-01`;
      const reachesAgeOn = reached < firstDay ? firstDay : reached;
      return {
        retirementAge,
        reachesAgeOn,
        retiresOn: lastDayOfMonth(reachesAgeOn),
        citation: `${ages.citation}; ${retirementTimeCitation}`,
      };
    }
  }
}

// --- ISO calendar arithmetic (pure; candidates for shared/iso-date.ts) ---------------------------------

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(isoDate: string): DateParts {
  return {
    year: Number(isoDate.slice(0, 4)),
    month: Number(isoDate.slice(5, 7)),
    day: Number(isoDate.slice(8, 10)),
  };
}

function formatYear(year: number): string {
  return String(year).padStart(4, "0");
}

function format({ year, month, day }: DateParts): string {
  return `${formatYear(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function yearOf(isoDate: string): number {
  return partsOf(isoDate).year;
}

/**
 * The date `years` and `months` after `isoDate`. A day that does not exist in the target month becomes
 * that month's last day (born 31/08, +3 months → 30/11; born 29/02, +60 years → 28/02): the person has
 * completed the whole number of months by then.
 */
export function addYearsAndMonths(isoDate: string, span: YearsAndMonths): string {
  const { year, month, day } = partsOf(isoDate);
  const monthIndex = year * 12 + (month - 1) + span.years * 12 + span.months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Whole days from `from` to `to`, both ISO dates (negative when `to` is earlier): a deadline's countdown. */
export function daysBetween(from: string, to: string): number {
  const start = partsOf(from);
  const end = partsOf(to);
  const dayMs = 86_400_000;
  return Math.round(
    (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / dayMs,
  );
}

/** 2030-07-01 → "01/07/2030", as dates are written in Vietnamese documents. */
export function formatDateVi(isoDate: string): string {
  const { year, month, day } = partsOf(isoDate);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${String(year)}`;
}

export function addYears(isoDate: string, years: number): string {
  return addYearsAndMonths(isoDate, { years, months: 0 });
}

export function lastDayOfMonth(isoDate: string): string {
  const { year, month } = partsOf(isoDate);
  return format({ year, month, day: daysInMonth(year, month) });
}

export function nextDay(isoDate: string): string {
  const { year, month, day } = partsOf(isoDate);
  if (day < daysInMonth(year, month)) return format({ year, month, day: day + 1 });
  if (month < 12) return format({ year, month: month + 1, day: 1 });
  return format({ year: year + 1, month: 1, day: 1 });
}

/** A person's age on `on` (not before `birthDate`): the whole years and months completed. */
export function ageOn(birthDate: string, on: string): YearsAndMonths {
  const birth = partsOf(birthDate);
  const date = partsOf(on);
  let months = (date.year - birth.year) * 12 + (date.month - birth.month);
  // The month is complete once the day is reached, or on the last day of a shorter month.
  const completed = date.day >= birth.day || date.day === daysInMonth(date.year, date.month);
  if (!completed) months -= 1;
  return { years: Math.floor(months / 12), months: months % 12 };
}
