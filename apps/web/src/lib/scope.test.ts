import { describe, expect, it } from "vitest";

import { defaultSnapshot } from "./scope.ts";

describe("the data set shown by default", () => {
  it("is the latest of those covering the most of the province, not a later district-only one", () => {
    const snapshots = [
      { id: "cat-hai-after", agencyCount: 0, districtCount: 1 },
      { id: "province-2021", agencyCount: 19, districtCount: 15 },
      { id: "province-2020", agencyCount: 19, districtCount: 15 },
    ];
    expect(defaultSnapshot(snapshots)?.id).toBe("province-2021");
  });

  it("is the latest when all cover the same, and nothing when there is none", () => {
    expect(
      defaultSnapshot([
        { id: "a", agencyCount: 1, districtCount: 0 },
        { id: "b", agencyCount: 1, districtCount: 0 },
      ])?.id,
    ).toBe("a");
    const none: { agencyCount: number; districtCount: number }[] = [];
    expect(defaultSnapshot(none)).toBeUndefined();
    expect(defaultSnapshot(undefined)).toBeUndefined();
  });
});
