import { describe, expect, it } from "vitest";

import {
  agencyWith,
  buildSnapshot,
  commune,
  division,
  position,
  ruralDistrict,
  subDepartment,
} from "../testing/builders.ts";
import { countSnapshotContents } from "./snapshot-counts.ts";

describe("countSnapshotContents", () => {
  it("counts a sở's units with a chi cục's phòng, the districts' divisions, and the positions and staff of every level", () => {
    const district = ruralDistrict();
    const snapshot = buildSnapshot({
      agencies: [
        agencyWith(subDepartment(2), {
          positions: [{ id: "vt-1", title: "Giám đốc", group: "leadership", rank: null, count: 1 }],
        }),
      ],
      districts: [
        {
          ...district,
          divisions: [
            ...district.divisions,
            division({
              id: "huyen-a-moi",
              positions: [],
              staff: [
                {
                  id: "cc-1",
                  fullName: "Nguyễn Văn A",
                  birthDate: "1970-01-01",
                  gender: "male",
                  positionId: null,
                  role: "staff",
                  rank: null,
                },
              ],
            }),
          ],
        },
      ],
    });
    expect(countSnapshotContents(snapshot)).toEqual({
      agencies: 1,
      // the office, the chi cục and its two phòng
      units: 4,
      districts: 1,
      divisions: district.divisions.length + 1,
      communes: 0,
      communeOrganisations: 0,
      positions: 1,
      staff: 1,
    });
  });

  it("counts the commune level (snapshot/2): each xã, phường, đặc khu, its phòng and service centre, and their positions", () => {
    const ward = commune("ward");
    const zone = commune("special_zone", { id: "dac-khu-b" });
    const withPosition = zone.organisations.map((organisation, index) =>
      index === 0 ? { ...organisation, positions: [position({ id: "vt-dk-1" })] } : organisation,
    );
    const snapshot = buildSnapshot({ communes: [ward, { ...zone, organisations: withPosition }] });
    expect(countSnapshotContents(snapshot)).toMatchObject({
      communes: 2,
      communeOrganisations: ward.organisations.length + zone.organisations.length,
      positions: 1,
      staff: 0,
    });
  });

  it("counts nothing in an empty snapshot", () => {
    expect(countSnapshotContents(buildSnapshot({}))).toEqual({
      agencies: 0,
      units: 0,
      districts: 0,
      divisions: 0,
      communes: 0,
      communeOrganisations: 0,
      positions: 0,
      staff: 0,
    });
  });
});
