// Personal data on the commune level (snapshot/2): province-wide, so the province's reviewers see its
// staff lists and nobody else does (no district or agency officer owns a xã, phường or đặc khu).
import { describe, expect, it } from "vitest";

import { buildSnapshot, commune, staffMember } from "../testing/builders.ts";
import { type Actor, withoutHiddenPersonalData } from "./access.ts";

const base = { name: "", email: "", provinceCode: "99", districtKey: null, agencyKey: null } as const;
const reviewer: Actor = { ...base, userId: "r", role: "provincial_reviewer" };
const districtOfficer: Actor = { ...base, userId: "d", role: "district_officer", districtKey: "huyen-a" };
const viewer: Actor = { ...base, userId: "v", role: "viewer" };

function wardWithStaff() {
  const ward = commune("ward");
  return buildSnapshot({
    communes: [
      {
        ...ward,
        organisations: ward.organisations.map((organisation, index) =>
          index === 0
            ? { ...organisation, staff: [staffMember({ id: "cb-phuong-1", fullName: "Trần Thị Bình" })] }
            : organisation,
        ),
      },
    ],
  });
}

describe("withoutHiddenPersonalData on the commune level", () => {
  it("keeps a commune organisation's staff list for the province's reviewer", () => {
    const snapshot = wardWithStaff();
    const seen = withoutHiddenPersonalData(snapshot, reviewer);
    expect(seen.hidden).toBe(0);
    expect(seen.snapshot.communes[0]?.organisations[0]?.staff).toHaveLength(1);
  });

  it.each([
    ["a viewer", viewer],
    ["a district officer", districtOfficer],
  ])("removes it for %s, keeping the organisation's numbers", (_who, actor) => {
    const snapshot = wardWithStaff();
    const seen = withoutHiddenPersonalData(snapshot, actor);
    expect(seen.hidden).toBe(1);
    expect(JSON.stringify(seen.snapshot)).not.toContain("Trần Thị Bình");
    expect(seen.snapshot.communes[0]?.organisations[0]).toMatchObject({ payroll: 6, deputies: 1 });
    expect(seen.snapshot.communes[0]?.organisations[0]?.staff).toBeUndefined();
  });
});
