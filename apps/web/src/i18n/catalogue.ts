import type { vi } from "./vi.ts";

/** Every language has the Vietnamese catalogue's keys, each a string. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Catalogue = DeepStrings<typeof vi>;

export const supportedLanguages = ["vi", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
