// How findings and the CLI name a commune-level unit: with its type (xã, phường, đặc khu) unless its
// name already starts with it ("Đặc khu Cát Hải" stays as it is; "Cát Hải" of type special_zone becomes
// "Đặc khu Cát Hải").
import type { LocalizedText } from "../../shared/localized.ts";
import type { CommuneType } from "../../snapshot/catalogue.ts";
import type { Commune } from "../../snapshot/snapshot.schema.ts";

const typeWords: Record<CommuneType, { vi: string; en: string }> = {
  commune: { vi: "Xã", en: "commune" },
  ward: { vi: "Phường", en: "ward" },
  special_zone: { vi: "Đặc khu", en: "special zone" },
};

/** "xã", "phường", "đặc khu" (and the English), for labels. */
export function communeTypeText(type: CommuneType): LocalizedText {
  const words = typeWords[type];
  return { vi: words.vi.toLocaleLowerCase("vi"), en: words.en };
}

/** The unit's name with its type: "Phường Lê Chân" (vi), "Lê Chân (ward)" (en). */
export function communeName(commune: Pick<Commune, "name" | "type">): LocalizedText {
  const words = typeWords[commune.type];
  const named = commune.name.toLocaleLowerCase("vi").startsWith(words.vi.toLocaleLowerCase("vi"));
  return {
    vi: named ? commune.name : `${words.vi} ${commune.name}`,
    en: named ? commune.name : `${commune.name} (${words.en})`,
  };
}
