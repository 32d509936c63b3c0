import { describe, expect, it } from "vitest";

import { agencyWith, buildSnapshot, ruralDistrict } from "../testing/builders.ts";
import { evaluateSnapshot } from "../evaluation/evaluate-snapshot.ts";
import { limitNature } from "./limit-nature.ts";

function findings(snapshot: Parameters<typeof evaluateSnapshot>[0]) {
  const outcome = evaluateSnapshot(snapshot);
  if (!outcome.ok) throw new Error(outcome.failure.message.en);
  return outcome.result.findings;
}

describe("limitNature", () => {
  it("calls D-DEP-01's per-division number a threshold, the district total a maximum", () => {
    const district = ruralDistrict();
    district.divisions = district.divisions.map((division, index) => ({
      ...division,
      deputies: index === 0 ? 4 : 2,
    }));
    const all = findings(buildSnapshot({ districts: [district] }));
    const perDivision = all.find(
      (finding) => finding.ruleId === "D-DEP-01" && finding.severity === "warning",
    );
    const total = all.find((finding) => finding.ruleId === "D-DEP-01" && finding.severity === "violation");
    expect(perDivision && limitNature(perDivision)).toBe("threshold");
    expect(total && limitNature(total)).toBe("max");
  });

  it("keeps a legal maximum and minimum as they are", () => {
    const all = findings(
      buildSnapshot({
        provinceClass: "III",
        agencies: [agencyWith({ id: "p", type: "division", name: "Phòng P", payroll: 4, deputies: 3 })],
      }),
    );
    const natures = new Map(all.map((finding) => [finding.ruleId, limitNature(finding)]));
    expect(natures.get("P-DEP-02")).toBe("max");
    expect(natures.get("P-EST-01")).toBe("min");
  });
});
