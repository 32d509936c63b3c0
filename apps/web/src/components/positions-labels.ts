// Labels of the job-position page that depend on the UI language: rank names (the domain's rankNames are
// Vietnamese only, so both languages come from the catalogue) with their code.
import type { RankCode } from "@tinhgon/domain";
import type { TFunction } from "i18next";

/** "Chuyên viên" / "Specialist" for 01.003; the catalogue's text for no rank. */
export function rankName(t: TFunction, rank: RankCode | null): string {
  return rank === null ? t("positions.table.noRank") : t(`positions.ranks.r${rank.replace(".", "_")}`);
}

/** "Chuyên viên (01.003)". */
export function rankLabel(t: TFunction, rank: RankCode | null): string {
  return rank === null
    ? rankName(t, null)
    : t("positions.rankWithCode", { name: rankName(t, rank), code: rank });
}
