// Vietnamese wording shared by the dossier's documents: dates as Decree 30/2020/NĐ-CP writes them, numbers,
// names of bodies in running text and in capitals. Pure: dates come in as ISO strings.

/**
 * "ngày 05 tháng 01 năm 2026": Decree 30/2020/NĐ-CP (Phụ lục I) writes a day below 10 and the
 * months 1 and 2 with a leading 0 (so "tháng 01" cannot be read as "tháng 10" or "tháng 11").
 */
export function formatDateLong(isoDate: string): string {
  const [year = "", month = "", day = ""] = isoDate.split("-");
  const monthNumber = Number(month);
  const monthText = monthNumber < 3 ? month.padStart(2, "0") : String(monthNumber);
  return `ngày ${day.padStart(2, "0")} tháng ${monthText} năm ${year}`;
}

/** "01/07/2021", as the CLI and the web app show dates. */
export function formatDateShort(isoDate: string): string {
  const [year = "", month = "", day = ""] = isoDate.split("-");
  return `${day}/${month}/${year}`;
}

/** 1234 → "1.234" (Vietnamese thousands separator); whole numbers only appear in the dossier. */
export function formatNumber(value: number): string {
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(Math.round(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A change: "+3", "-1", "0". */
export function formatDelta(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

export function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

/** The administrative prefixes of a unit's name, longest first ("Thành phố" before "Thị xã" …). */
const prefixes = ["Thành phố", "Đặc khu", "Thị xã", "Huyện", "Quận", "Tỉnh"];

/** "Huyện Cát Hải" → "huyện Cát Hải": how a unit is named inside a sentence. */
export function inSentence(name: string): string {
  const prefix = prefixes.find((candidate) => name.startsWith(candidate));
  return prefix ? `${prefix.toLocaleLowerCase("vi")}${name.slice(prefix.length)}` : name;
}

/** "Huyện Cát Hải" → "Cát Hải": the place name of the date line (Decree 30/2020/NĐ-CP, Phụ lục I). */
export function placeOf(name: string): string {
  const prefix = prefixes.find((candidate) => name.startsWith(`${candidate} `));
  return prefix ? name.slice(prefix.length + 1) : name;
}

/** "A, B và C". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items.at(-1) ?? ""}`;
}

/** Every text of the dossier in one Unicode form, so a PDF's text extracts as typed (NFC). */
export function nfc(text: string): string {
  return text.normalize("NFC");
}
