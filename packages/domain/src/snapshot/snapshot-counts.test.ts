import { describe, expect, it } from "vitest";

import { agencyWith, buildSnapshot, division, ruralDistrict, subDepartment } from "../testing/builders.ts";
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
      positions: 1,
      staff: 1,
    });
  });

  it("counts nothing in an empty snapshot", () => {
    expect(countSnapshotContents(buildSnapshot({}))).toEqual({
      agencies: 0,
      units: 0,
      districts: 0,
      divisions: 0,
      positions: 0,
      staff: 0,
    });
  });
});
