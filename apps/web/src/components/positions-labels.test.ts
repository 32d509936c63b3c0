import { rankCodeSchema } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import { changeLanguage, i18next } from "../i18n/index.ts";
import { rankLabel, rankName } from "./positions-labels.ts";

describe("rank labels of the job-position page", () => {
  it("names every rank code of the domain in both languages, never showing a catalogue key", async () => {
    for (const language of ["vi", "en"] as const) {
      await changeLanguage(language);
      for (const rank of rankCodeSchema.options) {
        expect(rankName(i18next.t, rank)).not.toMatch(/positions\./);
      }
    }
    await changeLanguage("vi");
  });

  it("writes the name with the code, and says when no rank is set", async () => {
    expect(rankLabel(i18next.t, "01.003")).toBe("Chuyên viên (01.003)");
    expect(rankLabel(i18next.t, null)).toBe("Chưa xác định ngạch");
    await changeLanguage("en");
    expect(rankLabel(i18next.t, "01.003")).toBe("Specialist (01.003)");
    await changeLanguage("vi");
  });
});
