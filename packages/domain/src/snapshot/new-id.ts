// Ids for what a user creates (a unit, a division, a position), so nobody types one: the parent's id
// and the name without diacritics ("Phòng Kinh tế" under "cat-hai" → "cat-hai-phong-kinh-te"),
// numbered when already taken. Always within the format's id pattern and its 120 characters.
import { listOrganisationUnits } from "../plan/plan-diff.ts";
import type { Snapshot } from "./snapshot.schema.ts";

/** Every id a snapshot uses: agencies, units, districts, divisions, positions, staff. */
export function idsOfSnapshot(snapshot: Snapshot, into = new Set<string>()): Set<string> {
  for (const unit of listOrganisationUnits(snapshot)) {
    into.add(unit.id);
    for (const position of unit.positions ?? []) into.add(position.id);
    for (const member of unit.staff ?? []) into.add(member.id);
  }
  for (const district of snapshot.districts) into.add(district.id);
  return into;
}

/** "Phòng Đô thị & Xây dựng" → "phong-do-thi-xay-dung". */
export function slugOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * `${parentId}-${slug of text}` (or `fallback` when the text has no letter or digit), numbered "-2",
 * "-3" … until it is not in `used`.
 */
export function newEntityId(
  parentId: string,
  text: string,
  used: ReadonlySet<string>,
  fallback: string,
): string {
  // Room for the parent, the name and a "-99" suffix within the 120 characters of an id.
  const base = `${parentId}-${slugOf(text) || fallback}`.slice(0, 110).replace(/-+$/, "");
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${String(suffix)}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** An id for a new unit or division of `snapshot` under `parentId`. */
export function suggestNodeId(snapshot: Snapshot, parentId: string, name: string): string {
  return newEntityId(parentId, name, idsOfSnapshot(snapshot), "moi");
}
