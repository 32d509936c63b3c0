// Who drafts, who submits and who decides, derived from the plan's baseline (DossierInput.issuer may
// override). A plan of one district only is the district's: its Ủy ban nhân dân submits it (drafted by its
// Phòng Nội vụ) to the province's Ủy ban nhân dân, which decides. Any other plan (agencies, several
// districts) is the province's: its Sở Nội vụ submits it to the province's Ủy ban nhân dân.
import type { DossierInput } from "../contract.ts";
import { inSentence, placeOf, upper } from "./vietnamese-text.ts";

const PEOPLES_COMMITTEE = "Ủy ban nhân dân";

export interface Body {
  /** In running text: "Ủy ban nhân dân huyện Cát Hải". */
  name: string;
  /** In the header, in capitals, one line each: ["ỦY BAN NHÂN DÂN", "HUYỆN CÁT HẢI"]. */
  lines: string[];
  /** The body's abbreviation in document numbers ("UBND" in "Số: /TTr-UBND"). */
  abbreviation: string;
  /** The place of the date line ("Cát Hải"). */
  place: string;
  signature: { capacity: string | null; title: string };
}

export interface Parties {
  /** The body that submits the Tờ trình and the Đề án and answers the review. */
  issuer: Body;
  /** The issuer's direct superior body as printed above its name, when the issuer is not a People's Committee. */
  issuerAuthority: string[] | null;
  /** Who prepared the dossier inside the issuer ("Phòng Nội vụ"), for "Lưu: VT, NV.". */
  drafter: { name: string; abbreviation: string };
  /** The body that approves the plan and issues the Quyết định. */
  superior: Body;
  /** What the plan re-arranges, in running text: "huyện Cát Hải", "thành phố Hải Phòng". */
  subject: string;
  /** "huyện", "thành phố", "tỉnh": how the subject calls itself in short ("các phòng chuyên môn của huyện"). */
  subjectKind: string;
  /** "thành phố" or "tỉnh": the province in short ("Chánh Văn phòng Ủy ban nhân dân thành phố"). */
  provinceKind: string;
  scope: "district" | "province";
}

function kindWord(inSentenceName: string): string {
  const [first = "", second = ""] = inSentenceName.split(" ");
  return ["thành", "thị", "đặc"].includes(first) ? `${first} ${second}` : first;
}

function abbreviate(name: string): string {
  if (name.startsWith(PEOPLES_COMMITTEE)) return "UBND";
  if (name.startsWith("Sở Nội vụ")) return "SNV";
  return name
    .split(/\s+/u)
    .map((word) => word.charAt(0))
    .filter((letter) => letter !== "" && letter === upper(letter) && /\p{L}/u.test(letter))
    .join("");
}

/** A body's name in the header: a People's Committee on two lines, as Decree 30/2020's samples set it. */
function headerLines(name: string): string[] {
  if (name.startsWith(`${PEOPLES_COMMITTEE} `))
    return [upper(PEOPLES_COMMITTEE), upper(name.slice(PEOPLES_COMMITTEE.length + 1))];
  return [upper(name)];
}

function signatureOf(name: string): Body["signature"] {
  if (name.startsWith(PEOPLES_COMMITTEE)) return { capacity: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH" };
  if (name.startsWith("Sở ")) return { capacity: null, title: "GIÁM ĐỐC" };
  return { capacity: null, title: "THỦ TRƯỞNG CƠ QUAN" };
}

function body(name: string, place: string): Body {
  return {
    name,
    lines: headerLines(name),
    abbreviation: abbreviate(name),
    place,
    signature: signatureOf(name),
  };
}

/** The place of a body given by name only: "Ủy ban nhân dân tỉnh Nam Định" → "Nam Định". */
function placeOfBody(name: string): string {
  const rest = name.startsWith(`${PEOPLES_COMMITTEE} `) ? name.slice(PEOPLES_COMMITTEE.length + 1) : name;
  const capitalised = rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
  return placeOf(capitalised);
}

export function resolveParties(input: DossierInput): Parties {
  const { baseline } = input.plan;
  const province = inSentence(baseline.province.name);
  const provincePlace = placeOf(baseline.province.name);
  const [onlyDistrict] = baseline.districts;
  const districtOnly = baseline.agencies.length === 0 && baseline.districts.length === 1 && onlyDistrict;
  const override = input.issuer ?? {};

  const superiorName = override.superior ?? `${PEOPLES_COMMITTEE} ${province}`;
  const superior = body(
    superiorName,
    override.superior === undefined ? provincePlace : placeOfBody(override.superior),
  );

  let issuer: Body;
  let issuerAuthority: string[] | null;
  let drafter: Parties["drafter"];
  let subject: string;
  if (districtOnly) {
    subject = inSentence(onlyDistrict.name);
    issuer = body(`${PEOPLES_COMMITTEE} ${subject}`, placeOf(onlyDistrict.name));
    issuerAuthority = null;
    drafter = { name: "Phòng Nội vụ", abbreviation: "NV" };
  } else {
    subject = province;
    issuer = body("Sở Nội vụ", provincePlace);
    issuerAuthority = headerLines(`${PEOPLES_COMMITTEE} ${province}`);
    drafter = { name: "Sở Nội vụ", abbreviation: "TCBC" };
  }
  if (override.name !== undefined) {
    issuer = body(override.name, placeOfBody(override.name));
    issuerAuthority = override.authority === undefined ? null : headerLines(override.authority);
  } else if (override.authority !== undefined) {
    issuerAuthority = headerLines(override.authority);
  }
  if (override.place !== undefined) issuer = { ...issuer, place: override.place };

  return {
    issuer,
    issuerAuthority,
    drafter,
    superior,
    subject,
    subjectKind: kindWord(subject),
    provinceKind: kindWord(province),
    scope: districtOnly ? "district" : "province",
  };
}
