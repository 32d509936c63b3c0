import i18next from "i18next";
import { initReactI18next } from "react-i18next";

import type { Language } from "./catalogue.ts";
import { vi } from "./vi.ts";

const storageKey = "tinhgon.language";

function initialLanguage(): Language {
  // Unit tests run without a browser: no storage there, Vietnamese.
  const stored = "localStorage" in globalThis ? globalThis.localStorage.getItem(storageKey) : null;
  return stored === "en" ? "en" : "vi";
}

const startLanguage = initialLanguage();
// Screen readers pronounce the page in the language the document declares.
if ("document" in globalThis) document.documentElement.lang = "vi";

// Vietnamese is bundled with the app; English is a chunk of its own, fetched the first time it is chosen
// (most users never do): the first load stays within issue #9's budget (docs/performance.md).
void i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: "vi",
  fallbackLng: "vi",
  interpolation: { escapeValue: false },
});

let englishLoaded: Promise<void> | undefined;

/** Makes `language`'s messages available (English: fetched once, then kept). */
export function loadLanguage(language: Language): Promise<void> {
  if (language === "vi") return Promise.resolve();
  englishLoaded ??= import("./en.ts").then(({ en }) => {
    i18next.addResourceBundle("en", "translation", en);
  });
  return englishLoaded;
}

let requestedLanguage: Language = "vi";

/** Switches the UI language once its messages are loaded, and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  requestedLanguage = language;
  if ("localStorage" in globalThis) globalThis.localStorage.setItem(storageKey, language);
  await loadLanguage(language);
  // Chosen again while English was loading (English, then back to Vietnamese): the last choice wins.
  if (requestedLanguage !== language) return;
  if ("document" in globalThis) document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** Resolves when the language remembered from the last visit can be shown (main.tsx renders after it). */
export const languageReady: Promise<void> =
  startLanguage === "vi" ? Promise.resolve() : changeLanguage(startLanguage);

/** Dates and numbers are formatted for the UI language (vi-VN by default). */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "vi-VN", {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(date);
}

/** A moment (ISO timestamp) as date and time in the UI language, in the user's time zone. */
export function formatDateTime(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export { i18next };

/** A whole number or decimal in the UI language's format (1.234 in Vietnamese, 1,234 in English). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === "en" ? "en-GB" : "vi-VN").format(value);
}
