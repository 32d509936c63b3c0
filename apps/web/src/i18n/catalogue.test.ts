import { describe, expect, it } from "vitest";

import { en } from "./en.ts";
import { vi } from "./vi.ts";

function leafKeys(node: object, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value as object, `${prefix}${key}.`),
  );
}

describe("i18n catalogues", () => {
  it("English has exactly the Vietnamese keys", () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(vi).sort());
  });

  it("has no empty message", () => {
    for (const catalogue of [vi, en]) {
      for (const key of leafKeys(catalogue)) {
        const value = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(value, key).not.toBe("");
      }
    }
  });

  it("Vietnamese text is NFC-normalised (one form for search and rendering)", () => {
    const text = JSON.stringify(vi);
    expect(text).toBe(text.normalize("NFC"));
  });
});
