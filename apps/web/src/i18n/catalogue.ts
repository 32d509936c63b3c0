import type { vi } from "./vi.ts";

// Each page's messages live in their own modules: i18n/<area>.ts (Vietnamese, the reference) and
// i18n/<area>.en.ts (English, typed by the Vietnamese, so a missing key does not compile); vi.ts and en.ts
// assemble them. English is a separate chunk, loaded when chosen (index.ts).

/** Every language has the Vietnamese catalogue's keys, each a string. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Catalogue = DeepStrings<typeof vi>;

export const supportedLanguages = ["vi", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
