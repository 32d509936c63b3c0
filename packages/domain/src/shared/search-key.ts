/**
 * The form in which Vietnamese text is searched: no diacritics, đ → d, lower case, single spaces.
 * "SỞ NỘI" and "so noi" both find "Sở Nội vụ". Computed once on write and stored beside the name, so the
 * database compares plain ASCII-like text on any PostgreSQL (no unaccent extension needed).
 */
export function toSearchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
