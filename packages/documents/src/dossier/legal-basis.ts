// The "Căn cứ …" list of the dossier: the laws on local government and on civil servants, the decrees of
// the rule packs the plan's phases are evaluated under (findRulePackInForce on each phase's date), the
// decree on job positions and the decree on re-organising administrative bodies.
// Dates and titles come from ../shared/domain/legal-rules.md; where it gives no date, none is printed
// (the year in an instrument's number is not a date). Titles it does not quote are the instruments'
// subjects as their numbers are cited in the catalogue (G-AUTH-*, §3) — to check against the official
// text like every other citation (legal-rules.md "Read this first").
import { findRulePackInForce, type RulePackDescriptor, type Snapshot } from "@tinhgon/domain";

type Level = "province" | "district" | "any";

interface Instrument {
  level: Level;
  /** The full citation, without "Căn cứ" and without the final punctuation. */
  title: string;
  /** First day the instrument can be cited (its effective date as legal-rules.md gives it). */
  from?: string;
  /** Last day it is in force, when a later instrument replaced it. */
  to?: string;
}

const nd24 =
  "Nghị định số 24/2014/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương";
const nd37 =
  "Nghị định số 37/2014/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh";

const nd150Subject =
  "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương";

/** The decrees rule packs name (rulePackDescriptors' `instruments`), by number. */
const decrees: Record<string, Instrument> = {
  "24/2014/NĐ-CP": { level: "province", title: nd24 },
  "37/2014/NĐ-CP": { level: "district", title: nd37 },
  // legal-rules.md §0: both signed 14/09/2020, in force 25/11/2020 (CONFIRMED).
  "107/2020/NĐ-CP": {
    level: "province",
    title: `Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của ${nd24}`,
  },
  "108/2020/NĐ-CP": {
    level: "district",
    title: `Nghị định số 108/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của ${nd37}`,
  },
  // legal-rules.md §0: 45/2025 signed 28/02/2025, replacing 24/2014 and 37/2014 (province and district).
  "45/2025/NĐ-CP": {
    level: "any",
    title:
      "Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương",
  },
  // legal-rules.md §0: 150/2025 signed 12/06/2025 (province and commune), 370/2025 signed 31/12/2025.
  "150/2025/NĐ-CP": {
    level: "province",
    title: `Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ ${nd150Subject}`,
  },
  "370/2025/NĐ-CP": {
    level: "province",
    title: `Nghị định số 370/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 150/2025/NĐ-CP của Chính phủ ${nd150Subject}`,
  },
};

/** Cited whatever the packs: the statutes and the decrees on job positions and on re-organisation. */
// Two-tier local government from 01/07/2025 (legal-rules.md §0) under the Law on Local Government of 2025;
// the Law on Cadres and Civil Servants No. 80/2025/QH15 from the same day (§3, date RECALLED). The laws
// they replaced, and the 2019 amendments of those, are cited up to 30/06/2025.
const LAWS_2025_FROM = "2025-07-01";
const LAWS_2015_TO = "2025-06-30";

const standing: readonly Instrument[] = [
  { level: "any", title: "Luật Tổ chức chính quyền địa phương năm 2015", to: LAWS_2015_TO },
  { level: "any", title: "Luật Tổ chức chính quyền địa phương năm 2025", from: LAWS_2025_FROM },
  // Law 47/2019/QH14 amended both the Law on the Government and the Law on Local Government; in force
  // 01/07/2020 (legal-rules.md G-AUTH-01).
  {
    level: "any",
    title:
      "Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
    from: "2020-07-01",
    to: LAWS_2015_TO,
  },
  { level: "any", title: "Luật Cán bộ, công chức năm 2008", to: LAWS_2015_TO },
  // legal-rules.md §3 uses "Law 2008 as amended 2019"; the amendment is read as in force with the
  // other 2019 amendments of the state-organisation laws, 01/07/2020.
  {
    level: "any",
    title: "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019",
    from: "2020-07-01",
    to: LAWS_2015_TO,
  },
  { level: "any", title: "Luật Cán bộ, công chức số 80/2025/QH15", from: LAWS_2025_FROM },
];

const afterPacks: readonly Instrument[] = [
  // legal-rules.md §3: signed 01/06/2020, in force 20/07/2020.
  {
    level: "any",
    title:
      "Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020 của Chính phủ về vị trí việc làm và biên chế công chức",
    from: "2020-07-20",
  },
  // The decree whose dossier contents the Đề án follows. legal-rules.md gives no date for it: it is cited
  // from the year after its number's (it was signed late in 2018 — RECALLED), never before.
  {
    level: "any",
    title:
      "Nghị định số 158/2018/NĐ-CP của Chính phủ quy định về thành lập, tổ chức lại, giải thể tổ chức hành chính",
    from: "2019-01-01",
  },
];

const decreeNumber = /(\d+\/\d{4}\/NĐ-CP)/gu;

/** The decrees a pack encodes, in the pack's order: "Nghị định 24/2014/NĐ-CP, sửa đổi bởi …" gives two. */
function packInstruments(pack: RulePackDescriptor): Instrument[] {
  const found: Instrument[] = [];
  for (const text of pack.instruments) {
    for (const match of text.matchAll(decreeNumber)) {
      const number = match[1] ?? "";
      // A decree a later pack adds and this file does not know yet is cited by its number alone.
      found.push(decrees[number] ?? { level: "any", title: `Nghị định số ${number}` });
    }
  }
  return found;
}

export interface LegalBasis {
  /** The packs in force on the phases' dates (the baseline's when the plan has no phase), oldest first. */
  packs: RulePackDescriptor[];
  /** Each instrument once, in citing order, without "Căn cứ" and without final punctuation. */
  instruments: string[];
}

/** Which levels of government a plan touches: the ones whose decrees are cited. */
export function levelsOf(snapshots: readonly Snapshot[]): { province: boolean; district: boolean } {
  return {
    province: snapshots.some((snapshot) => snapshot.agencies.length > 0),
    district: snapshots.some((snapshot) => snapshot.districts.length > 0),
  };
}

export function computeLegalBasis(
  dates: readonly string[],
  levels: { province: boolean; district: boolean },
): LegalBasis {
  const packs: RulePackDescriptor[] = [];
  for (const date of dates) {
    const pack = findRulePackInForce(date);
    if (pack && !packs.some((known) => known.id === pack.id)) packs.push(pack);
  }
  const earliest = [...dates].sort()[0] ?? "";
  // Cited: what is in force on the plan's first date.
  const applies = (instrument: Instrument): boolean =>
    (instrument.level === "any" || levels[instrument.level]) &&
    (instrument.from === undefined || instrument.from <= earliest) &&
    (instrument.to === undefined || earliest <= instrument.to);
  const titles = [
    ...standing.filter(applies),
    ...packs.flatMap(packInstruments).filter(applies),
    ...afterPacks.filter(applies),
  ].map((instrument) => instrument.title);
  return { packs, instruments: [...new Set(titles)] };
}

/** "Căn cứ A;" … "Căn cứ Z;" as a Quyết định writes them (the caller ends the list). */
export function basisLines(basis: LegalBasis): string[] {
  return basis.instruments.map((title) => `Căn cứ ${title};`);
}

/** A pack for a sentence: "RS-2020 theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi …" (the plan's levels only). */
export function describePack(
  pack: RulePackDescriptor,
  levels: { province: boolean; district: boolean },
): string {
  const relevant = pack.instruments.filter((text) => {
    const [first] = [...text.matchAll(decreeNumber)].map((match) => match[1] ?? "");
    const level = first === undefined ? "any" : (decrees[first]?.level ?? "any");
    return level === "any" || levels[level];
  });
  return `${pack.id} theo ${(relevant.length > 0 ? relevant : pack.instruments).join("; ")}`;
}
