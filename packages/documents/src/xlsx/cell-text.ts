// Formula injection (DDE / CSV injection): a text that Excel or LibreOffice could take for a formula.
// Writing, such a text gets a leading apostrophe, which every spreadsheet shows as text; reading, one
// leading apostrophe is removed (as Excel's own quote prefix is) and what follows is taken as text, so an
// exported "=cmd|…" name reads back exactly. A text that still starts like a formula is refused.

/** A string cell Tinh Gọn writes: prefixed with "'" when a spreadsheet could read it as a formula. */
export function neutraliseText(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

export type CellText = { ok: true; text: string } | { ok: false; start: string };

/**
 * The text a string cell holds once its apostrophe prefix is removed, or the start that makes it look
 * like a formula: "=", "+", "@", tab, CR, or "-" followed by something other than a digit or a space
 * ("-5" and "- mục" are ordinary text).
 */
export function readCellText(raw: string): CellText {
  if (raw.startsWith("'")) return { ok: true, text: raw.slice(1) };
  if (/^[=+@\t\r]/.test(raw) || /^-[^\d\s]/.test(raw)) return { ok: false, start: raw.slice(0, 1) };
  return { ok: true, text: raw };
}
