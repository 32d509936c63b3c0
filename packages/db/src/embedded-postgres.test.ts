import { describe, expect, it } from "vitest";

import { quoteIdentifier } from "./embedded-postgres.ts";

describe("quoteIdentifier", () => {
  it("quotes a database name so it cannot break out of the statement", () => {
    expect(quoteIdentifier("tinhgon")).toBe('"tinhgon"');
    expect(quoteIdentifier('a"; DROP DATABASE x; --')).toBe('"a""; DROP DATABASE x; --"');
  });
});
