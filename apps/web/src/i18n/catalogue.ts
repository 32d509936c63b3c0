import type { vi } from "./vi.ts";

// Each page's messages live in their own module (i18n/<area>.ts, Vietnamese and English side by side);
// vi.ts and en.ts assemble them.

/** Every language has the Vietnamese catalogue's keys, each a string. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Catalogue = DeepStrings<typeof vi>;

export const supportedLanguages = ["vi", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
