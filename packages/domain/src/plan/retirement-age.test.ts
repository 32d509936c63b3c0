// Retirement ages of khoản 2 Điều 169 Bộ luật Lao động 2019 and Điều 4 Nghị định 135/2020/NĐ-CP, at the
// edges of the table. Expected dates are worked by hand from the table (and checked against the month-of-
// birth rows of Phụ lục I of the decree where quoted).
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { valueOn } from "../rules/parameters.ts";
import {
  addYears,
  addYearsAndMonths,
  ageOn,
  computeRetirement,
  daysInMonth,
  type Gender,
  lastDayOfMonth,
  nextDay,
  normalRetirementAge,
  retirementAgesInYear,
  retirementSchema,
  type YearsAndMonths,
  yearOf,
} from "./retirement-age.ts";

function months(age: YearsAndMonths): number {
  return age.years * 12 + age.months;
}

function previousDay(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  const pad = (value: number) => String(value).padStart(2, "0");
  if (day > 1) return `${year}-${pad(month)}-${pad(day - 1)}`;
  if (month > 1) return `${year}-${pad(month - 1)}-${pad(daysInMonth(year, month - 1))}`;
  return `${year - 1}-12-31`;
}

describe("the table of Điều 4 Nghị định 135/2020/NĐ-CP", () => {
  it("gives 60 / 55 before 2021 and, from 2021, +3 months (men) and +4 months (women) a year until 62 (2028) and 60 (2035)", () => {
    const rows = Array.from({ length: 17 }, (_, index) => 2020 + index).map((year) => {
      const ages = retirementAgesInYear(year).value;
      return [year, `${ages.male.years}y${ages.male.months}m`, `${ages.female.years}y${ages.female.months}m`];
    });
    expect(rows).toEqual([
      [2020, "60y0m", "55y0m"],
      [2021, "60y3m", "55y4m"],
      [2022, "60y6m", "55y8m"],
      [2023, "60y9m", "56y0m"],
      [2024, "61y0m", "56y4m"],
      [2025, "61y3m", "56y8m"],
      [2026, "61y6m", "57y0m"],
      [2027, "61y9m", "57y4m"],
      [2028, "62y0m", "57y8m"],
      [2029, "62y0m", "58y0m"],
      [2030, "62y0m", "58y4m"],
      [2031, "62y0m", "58y8m"],
      [2032, "62y0m", "59y0m"],
      [2033, "62y0m", "59y4m"],
      [2034, "62y0m", "59y8m"],
      [2035, "62y0m", "60y0m"],
      [2036, "62y0m", "60y0m"],
    ]);
  });

  it("covers every day from 1995 on exactly once, each row with its citation", () => {
    const { values } = normalRetirementAge;
    for (const [index, entry] of values.entries()) {
      expect(entry.citation).not.toBe("");
      const next = values[index + 1];
      if (next) expect(next.from).toBe(entry.to === null ? "" : nextDay(entry.to));
      else expect(entry.to).toBeNull();
    }
    expect(valueOn(normalRetirementAge, "2021-01-01")?.citation).toContain(
      "Điều 169 Bộ luật Lao động số 45/2019/QH14",
    );
    expect(valueOn(normalRetirementAge, "2021-01-01")?.citation).toContain(
      "Điều 4 Nghị định số 135/2020/NĐ-CP",
    );
  });

  it("applies the first row to years before the table and the open last row to years after it", () => {
    expect(retirementAgesInYear(1980).value).toEqual({
      male: { years: 60, months: 0 },
      female: { years: 55, months: 0 },
    });
    expect(retirementAgesInYear(2090).value).toEqual({
      male: { years: 62, months: 0 },
      female: { years: 60, months: 0 },
    });
  });
});

describe("computeRetirement: the first day the person's age reaches the age of that day's year", () => {
  const cases: [string, { birthDate: string; gender: Gender }, string, string, string][] = [
    // [name, person, age, reachesAgeOn, retiresOn]
    [
      "nam sinh 01/1961: 60 tuổi 3 tháng, tháng 4/2021",
      { birthDate: "1961-01-15", gender: "male" },
      "60y3m",
      "2021-04-15",
      "2021-04-30",
    ],
    [
      "nữ sinh 05/1966: 55 tuổi 4 tháng, tháng 9/2021",
      { birthDate: "1966-05-10", gender: "female" },
      "55y4m",
      "2021-09-10",
      "2021-09-30",
    ],
    [
      "nam sinh 04/1966: đủ 62 tuổi năm 2028",
      { birthDate: "1966-04-01", gender: "male" },
      "62y0m",
      "2028-04-01",
      "2028-04-30",
    ],
    [
      "nam sinh 03/1966: 61 tuổi 9 tháng, vẫn trong năm 2027",
      { birthDate: "1966-03-31", gender: "male" },
      "61y9m",
      "2027-12-31",
      "2027-12-31",
    ],
    [
      "nữ sinh 05/1975: đủ 60 tuổi năm 2035",
      { birthDate: "1975-05-20", gender: "female" },
      "60y0m",
      "2035-05-20",
      "2035-05-31",
    ],
    [
      "nữ sinh 04/1975: 59 tuổi 8 tháng, vẫn trong năm 2034",
      { birthDate: "1975-04-30", gender: "female" },
      "59y8m",
      "2034-12-30",
      "2034-12-31",
    ],
    [
      "nam sinh 09/1961: cuối nhóm 60 tuổi 3 tháng (12/2021)",
      { birthDate: "1961-09-30", gender: "male" },
      "60y3m",
      "2021-12-30",
      "2021-12-31",
    ],
    [
      "nam sinh 10/1961: sang nhóm 60 tuổi 6 tháng (4/2022)",
      { birthDate: "1961-10-01", gender: "male" },
      "60y6m",
      "2022-04-01",
      "2022-04-30",
    ],
    [
      "nữ sinh 01/1966: 55 tuổi 4 tháng, tháng 5/2021",
      { birthDate: "1966-01-01", gender: "female" },
      "55y4m",
      "2021-05-01",
      "2021-05-31",
    ],
    [
      "nam sinh 12/1960: 60 tuổi, trước lộ trình (12/2020)",
      { birthDate: "1960-12-15", gender: "male" },
      "60y0m",
      "2020-12-15",
      "2020-12-31",
    ],
    [
      "nữ sinh 12/1965: 55 tuổi, trước lộ trình (12/2020)",
      { birthDate: "1965-12-31", gender: "female" },
      "55y0m",
      "2020-12-31",
      "2020-12-31",
    ],
    // Phụ lục I rows (month of birth → month the pension starts, the month after retirement)
    [
      "nam sinh 01/1963: 60 tuổi 9 tháng, hưởng lương hưu từ 11/2023",
      { birthDate: "1963-01-10", gender: "male" },
      "60y9m",
      "2023-10-10",
      "2023-10-31",
    ],
    [
      "nam sinh 04/1963: 61 tuổi, hưởng lương hưu từ 5/2024",
      { birthDate: "1963-04-10", gender: "male" },
      "61y0m",
      "2024-04-10",
      "2024-04-30",
    ],
    [
      "nam sinh 01/1965: 61 tuổi 6 tháng, hưởng lương hưu từ 8/2026",
      { birthDate: "1965-01-10", gender: "male" },
      "61y6m",
      "2026-07-10",
      "2026-07-31",
    ],
    [
      "nữ sinh 08/1968: 56 tuổi 4 tháng, hưởng lương hưu từ 1/2025",
      { birthDate: "1968-08-10", gender: "female" },
      "56y4m",
      "2024-12-10",
      "2024-12-31",
    ],
    [
      "nữ sinh 09/1968: 56 tuổi 8 tháng, hưởng lương hưu từ 6/2025",
      { birthDate: "1968-09-10", gender: "female" },
      "56y8m",
      "2025-05-10",
      "2025-05-31",
    ],
    [
      "nữ sinh 01/1970: 57 tuổi 4 tháng, hưởng lương hưu từ 6/2027",
      { birthDate: "1970-01-10", gender: "female" },
      "57y4m",
      "2027-05-10",
      "2027-05-31",
    ],
    // Days that do not exist in the target month: the month's last day.
    [
      "nam sinh 31/08/1961: 60 tuổi 3 tháng là 30/11/2021",
      { birthDate: "1961-08-31", gender: "male" },
      "60y3m",
      "2021-11-30",
      "2021-11-30",
    ],
    [
      "nam sinh 29/02/1968: đủ 62 tuổi ngày 28/02/2030",
      { birthDate: "1968-02-29", gender: "male" },
      "62y0m",
      "2030-02-28",
      "2030-02-28",
    ],
  ];

  it.each(cases)("%s", (_name, person, age, reachesAgeOn, retiresOn) => {
    const retirement = computeRetirement(person);
    expect(`${retirement.retirementAge.years}y${retirement.retirementAge.months}m`).toBe(age);
    expect(retirement.reachesAgeOn).toBe(reachesAgeOn);
    expect(retirement.retiresOn).toBe(retiresOn);
    expect(retirementSchema.parse(retirement)).toEqual(retirement);
    expect(retirement.citation).toContain("khoản 1 Điều 3 Nghị định số 135/2020/NĐ-CP");
  });

  const birthDate = fc
    .date({
      min: new Date("1935-01-01T00:00:00Z"),
      max: new Date("2005-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
  const gender = fc.constantFrom<Gender>("male", "female");

  it("property: the age reached is the age of that year, and the day before it was not", () => {
    fc.assert(
      fc.property(birthDate, gender, (birth, sex) => {
        const { reachesAgeOn, retirementAge } = computeRetirement({ birthDate: birth, gender: sex });
        expect(months(retirementAge)).toBe(months(retirementAgesInYear(yearOf(reachesAgeOn)).value[sex]));
        expect(months(ageOn(birth, reachesAgeOn))).toBeGreaterThanOrEqual(months(retirementAge));
        const before = previousDay(reachesAgeOn);
        expect(months(ageOn(birth, before))).toBeLessThan(
          months(retirementAgesInYear(yearOf(before)).value[sex]),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("property: retirement is the last day of that month, ages stay within 60–62 (men) and 55–60 (women)", () => {
    fc.assert(
      fc.property(birthDate, gender, (birth, sex) => {
        const retirement = computeRetirement({ birthDate: birth, gender: sex });
        expect(retirement.retiresOn).toBe(lastDayOfMonth(retirement.reachesAgeOn));
        const [low, high] = sex === "male" ? [60 * 12, 62 * 12] : [55 * 12, 60 * 12];
        expect(months(retirement.retirementAge)).toBeGreaterThanOrEqual(low);
        expect(months(retirement.retirementAge)).toBeLessThanOrEqual(high);
      }),
      { numRuns: 500 },
    );
  });

  it("property: someone born later never retires earlier; a woman never retires after a man born the same day", () => {
    fc.assert(
      fc.property(birthDate, birthDate, gender, (first, second, sex) => {
        const [early, late] = first <= second ? [first, second] : [second, first];
        expect(
          computeRetirement({ birthDate: early, gender: sex }).retiresOn <=
            computeRetirement({ birthDate: late, gender: sex }).retiresOn,
        ).toBe(true);
        expect(
          computeRetirement({ birthDate: first, gender: "female" }).reachesAgeOn <=
            computeRetirement({ birthDate: first, gender: "male" }).reachesAgeOn,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("ISO calendar arithmetic", () => {
  it.each([
    ["2021-01-31", { years: 0, months: 1 }, "2021-02-28"],
    ["2020-01-31", { years: 0, months: 1 }, "2020-02-29"],
    ["2020-02-29", { years: 1, months: 0 }, "2021-02-28"],
    ["2021-11-15", { years: 0, months: 3 }, "2022-02-15"],
    ["1961-01-15", { years: 60, months: 3 }, "2021-04-15"],
  ])("%s + %o = %s", (date, span, expected) => {
    expect(addYearsAndMonths(date, span)).toBe(expected);
  });

  it("steps over month and year ends, leap days included", () => {
    expect(nextDay("2021-12-31")).toBe("2022-01-01");
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2023-02-28")).toBe("2023-03-01");
    expect(nextDay("2021-04-30")).toBe("2021-05-01");
    expect(lastDayOfMonth("2100-02-03")).toBe("2100-02-28");
    expect(lastDayOfMonth("2000-02-03")).toBe("2000-02-29");
    expect(addYears("2021-06-30", 10)).toBe("2031-06-30");
  });

  it("counts an age in whole months completed", () => {
    expect(ageOn("1961-01-15", "2021-04-14")).toEqual({ years: 60, months: 2 });
    expect(ageOn("1961-01-15", "2021-04-15")).toEqual({ years: 60, months: 3 });
    expect(ageOn("1961-08-31", "2021-11-30")).toEqual({ years: 60, months: 3 });
  });
});
