// English is loaded on demand (its own chunk): before it is asked for, only Vietnamese is there; once
// chosen, every English message is, and switching back and forth needs no second load.
import { describe, expect, it } from "vitest";

import { en } from "./en.ts";
import { changeLanguage, i18next, languageReady, loadLanguage } from "./index.ts";

describe("language loading", () => {
  it("starts in Vietnamese with English not yet loaded", async () => {
    await languageReady;
    expect(i18next.language).toBe("vi");
    expect(i18next.hasResourceBundle("en", "translation")).toBe(false);
    expect(i18next.t("app.language")).toBe("Ngôn ngữ");
  });

  it("keeps the last choice when Vietnamese is chosen again while English is still loading", async () => {
    expect(i18next.hasResourceBundle("en", "translation")).toBe(false);
    const english = changeLanguage("en");
    const vietnamese = changeLanguage("vi");
    await Promise.all([english, vietnamese]);
    expect(i18next.language).toBe("vi");
    expect(i18next.t("app.language")).toBe("Ngôn ngữ");
  });

  it("switches to English once its messages are loaded, and back", async () => {
    await changeLanguage("en");
    expect(i18next.language).toBe("en");
    expect(i18next.t("app.language")).toBe(en.app.language);
    expect(i18next.t("app.tagline")).toBe(en.app.tagline);
    await changeLanguage("vi");
    expect(i18next.t("app.language")).toBe("Ngôn ngữ");
  });

  it("loads English once", async () => {
    const first = loadLanguage("en");
    expect(loadLanguage("en")).toBe(first);
    await first;
    expect(i18next.getResourceBundle("en", "translation")).toEqual(en);
  });
});
