import { describe, expect, it } from "vitest";

import { toSearchKey } from "./search-key.ts";

describe("toSearchKey", () => {
  it.each([
    ["Sở Nội vụ", "so noi vu"],
    ["SỞ NỘI VỤ", "so noi vu"],
    ["Phòng Tư pháp", "phong tu phap"],
    ["Đặc khu Cát Hải", "dac khu cat hai"],
    ["  Huyện   Bạch Long Vĩ ", "huyen bach long vi"],
  ])("%s → %s", (input, expected) => {
    expect(toSearchKey(input)).toBe(expected);
  });

  it("gives the same key for composed and decomposed input", () => {
    expect(toSearchKey("Thủy Nguyên".normalize("NFD"))).toBe(toSearchKey("Thủy Nguyên".normalize("NFC")));
  });
});
