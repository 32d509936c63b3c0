import { describe, expect, it } from "vitest";

import { NumberedText } from "./wording.ts";

describe("NumberedText", () => {
  it("gives the text of each number, made once per whole number from 0 to 999", () => {
    const made: number[] = [];
    const text = new NumberedText((value) => {
      made.push(value);
      return ` có ${value} Phó Trưởng phòng`;
    });
    expect(text.of(3)).toBe(" có 3 Phó Trưởng phòng");
    expect(text.of(3)).toBe(" có 3 Phó Trưởng phòng");
    expect(text.of(0)).toBe(" có 0 Phó Trưởng phòng");
    expect(text.of(999)).toBe(" có 999 Phó Trưởng phòng");
    expect(made).toEqual([3, 0, 999]);
  });

  it("makes the text again, unremembered, for any other number", () => {
    const made: number[] = [];
    const text = new NumberedText((value) => {
      made.push(value);
      return `biên chế ${value}`;
    });
    for (const value of [1000, 123456, -1, 2.5, Number.NaN]) {
      expect(text.of(value)).toBe(`biên chế ${value}`);
      expect(text.of(value)).toBe(`biên chế ${value}`);
    }
    expect(made).toEqual([1000, 1000, 123456, 123456, -1, -1, 2.5, 2.5, Number.NaN, Number.NaN]);
  });
});
