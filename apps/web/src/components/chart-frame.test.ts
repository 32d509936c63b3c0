import { describe, expect, it } from "vitest";

import { pngFileName } from "./chart-frame.tsx";

describe("pngFileName", () => {
  it("turns a Vietnamese title into a portable file name", () => {
    expect(pngFileName("Cấp phó so với giới hạn — Đặc khu")).toBe("cap-pho-so-voi-gioi-han-dac-khu.png");
    expect(pngFileName("Biên chế trước/sau")).toBe("bien-che-truoc-sau.png");
  });

  it("falls back to a generic name when nothing is left", () => {
    expect(pngFileName("—")).toBe("bieu-do.png");
  });
});
