// A rule pack as data (the page Quy định): rules with scope, severities, citations and readings, and the
// dated parameters with the rules that read them. Oracles: legal-rules.md §2.2–2.4 and the packs' files.
import { describe, expect, it } from "vitest";

import catHaiPlanDocument from "../../../../examples/cat-hai-2021.plan.json" with { type: "json" };
import rearrangedDocument from "../../../../examples/cat-hai-2021-rearranged.snapshot.json" with { type: "json" };
import catHaiDocument from "../../../../examples/cat-hai-2021.snapshot.json" with { type: "json" };
import communesDocument from "../../../../examples/hai-phong-communes-2026.snapshot.json" with { type: "json" };
import haNoiDocument from "../../../../examples/ha-noi-special.snapshot.json" with { type: "json" };
import classIiDocument from "../../../../examples/province-class-ii.snapshot.json" with { type: "json" };
import rs2014Document from "../../../../examples/rs-2014.snapshot.json" with { type: "json" };
import { evaluateSnapshot, rulePacks } from "../evaluation/evaluate-snapshot.ts";
import { applyPlan } from "../plan/apply-plan.ts";
import { parsePlan } from "../plan/parse-plan.ts";
import { parseSnapshot } from "../snapshot/parse-snapshot.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import { generateSyntheticProvince } from "../synthetic/generate-provinces.ts";
import { rulePackDescriptors } from "./rule-pack-catalogue.ts";
import {
  describeRulePack,
  parameterValueText,
  type RulePackListing,
  rulePackListingSchema,
  ruleSeverities,
  severitiesOf,
} from "./rule-pack-listing.ts";

function listing(id: string): RulePackListing {
  const found = describeRulePack(id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

function snapshotOf(document: unknown): Snapshot {
  const parsed = parseSnapshot(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** Structures that exercise every kind of finding: the examples, a plan's phases, generated provinces. */
function structures(): Snapshot[] {
  const examples = [
    catHaiDocument,
    rearrangedDocument,
    haNoiDocument,
    classIiDocument,
    rs2014Document,
    communesDocument,
  ].map(snapshotOf);
  const plan = parsePlan(catHaiPlanDocument);
  if (!plan.ok) throw new Error("the example plan does not parse");
  const applied = applyPlan(plan.value);
  if (!applied.ok) throw new Error("the example plan does not apply");
  const generated = [0, 1, 2, 3, 4, 5, 6, 7].map((index) => generateSyntheticProvince({ index }));
  const later = ["2025-04-15", "2025-09-30", "2026-03-31"].flatMap((asOf) =>
    [0, 2, 3].map((index) => generateSyntheticProvince({ index, asOf })),
  );
  return [...examples, ...applied.phases.map((phase) => phase.snapshot), ...generated, ...later];
}

describe("describeRulePack", () => {
  it("lists every pack of the catalogue, each with its window", () => {
    for (const descriptor of rulePackDescriptors) {
      expect(listing(descriptor.id).descriptor).toEqual(descriptor);
    }
    expect(listing("RS-2020").descriptor).toMatchObject({
      effectiveFrom: "2020-11-25",
      effectiveTo: "2025-02-28",
    });
    expect(describeRulePack("RS-1999")).toBeUndefined();
  });

  it("RS-2020: D-PH-04 (island cap) cites Art. 9 of Decree 37/2014 as amended by 108/2020; its cap is 10 from 25/11/2020", () => {
    const pack = listing("RS-2020");
    const islandCap = pack.rules.find((rule) => rule.id === "D-PH-04");
    expect(islandCap).toMatchObject({
      scope: "district",
      severities: ["violation"],
      confidence: "CONFIRMED",
      parameterIds: ["rs-2020.island-division-cap"],
    });
    expect(islandCap?.citation).toBe(
      "Điều 9 Nghị định số 37/2014/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 108/2020/NĐ-CP",
    );
    const parameter = pack.parameters.find((candidate) => candidate.id === "rs-2020.island-division-cap");
    expect(parameter?.ruleIds).toEqual(["D-PH-04"]);
    expect(parameter?.values).toEqual([
      expect.objectContaining({
        from: "2020-11-25",
        to: "2025-02-28",
        value: 10,
        text: { vi: "10", en: "10" },
      }),
    ]);
  });

  it("RS-2020: D-DEP-01 carries the district-pool reading (ADR 0006) and reports violations and warnings", () => {
    const rule = listing("RS-2020").rules.find((candidate) => candidate.id === "D-DEP-01");
    expect(rule?.severities).toEqual(["violation", "warning"]);
    expect(rule?.deputyQuota).toBe(true);
    expect(rule?.interpretation?.adr).toBe("docs/adr/0006-district-deputy-pool.md");
    expect(rule?.interpretation?.note.vi).toContain("Bình quân 2 Phó Trưởng phòng");
  });

  it("RS-2014 has the per-unit caps (P-LEG-01, D-LEG-01) and none of the 2020 bands; RS-2020 the converse", () => {
    const ids2014 = listing("RS-2014").rules.map((rule) => rule.id);
    const ids2020 = listing("RS-2020").rules.map((rule) => rule.id);
    expect(ids2014).toEqual(expect.arrayContaining(["P-LEG-01", "D-LEG-01", "D-PH-04"]));
    expect(ids2014).not.toContain("P-DEP-02");
    expect(ids2014).not.toContain("T-2020-01");
    expect(ids2020).toEqual(expect.arrayContaining(["P-DEP-02", "D-DEP-01", "T-2020-01", "D-PH-04"]));
    expect(ids2020).not.toContain("P-LEG-01");
    expect(ids2020).not.toContain("D-LEG-01");
  });

  it("RS-2025A: the catalogue ids of §2.5, the district rules among them; T-2025-01, not T-2020-01", () => {
    const pack = listing("RS-2025A");
    const ids = new Set(pack.rules.map((rule) => rule.id));
    expect([...ids]).toEqual(
      expect.arrayContaining([
        "P25-SO-01",
        "P25-SO-02",
        "P25-EST-01",
        "P25-DEP-01",
        "D25-PH-01",
        "D25-PH-02",
        "D25-DEP-01",
      ]),
    );
    expect(ids.has("T-2020-01")).toBe(false);
    expect(pack.rules.find((rule) => rule.id === "T-2025-01")?.scope).toBe("surplus-transition");
    const districtDeputies = pack.rules.find((rule) => rule.id === "D25-DEP-01");
    expect(districtDeputies?.parameterIds).toEqual([
      "rs-2025a.district-deputy-pool",
      "rs-2025a.district-deputy-extra",
    ]);
    expect(
      pack.parameters.find((parameter) => parameter.id === "rs-2025a.district-deputy-extra")?.values,
    ).toEqual([
      expect.objectContaining({ from: "2025-03-01", to: "2025-06-30", confidence: "SINGLE-SOURCE" }),
    ]);
  });

  it("RS-2025B and RS-2026 share Decree 150/2025's dated parameters; the bands change on 01/01/2026", () => {
    const before = listing("RS-2025B");
    const after = listing("RS-2026");
    const bands = after.parameters.find((parameter) => parameter.id === "nd-150-2025.division-deputy-bands");
    expect(bands?.values.map((value) => [value.from, value.to, value.confidence])).toEqual([
      ["2025-07-01", "2025-12-31", "SINGLE-SOURCE"],
      ["2026-01-01", null, "CONFIRMED"],
    ]);
    expect(bands?.values[1]?.text.vi).toContain("loại II: (≤ 9: 1 · ≤ 14: 2 · còn lại: 3)");
    const readings = before.rules
      .filter((rule) => rule.id === "P26-DEP-02")
      .map((rule) => rule.interpretation?.id);
    expect(readings).toEqual([
      "INT-RS2025B-BANDS",
      "INT-RS2025B-BANDS",
      "INT-RS2025B-BANDS",
      "INT-RS2025B-BANDS",
    ]);
    expect(after.rules.map((rule) => rule.id)).toContain("T-2026-02");
    expect(before.rules.map((rule) => rule.id)).not.toContain("T-2026-02");
    for (const pack of [before, after]) {
      expect(
        pack.rules
          .filter((rule) => rule.scope === "district" || rule.scope === "division")
          .map((rule) => rule.id),
      ).toEqual(["G-TIER-01"]);
    }
  });

  it("a parameter read by several rules is listed once, with all of them", () => {
    const pack = listing("RS-2020");
    const ids = pack.parameters.map((parameter) => parameter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pack.parameters.find((parameter) => parameter.id === "decree-62-2020-in-force")?.ruleIds).toEqual([
      "JP-03",
      "JP-04",
      "JP-05",
      "JP-06",
      "JP-07",
    ]);
  });

  it("is plain JSON that its schema accepts unchanged", () => {
    for (const descriptor of rulePackDescriptors) {
      const pack = listing(descriptor.id);
      expect(rulePackListingSchema.parse(JSON.parse(JSON.stringify(pack)))).toStrictEqual(pack);
    }
  });
});

describe("ruleSeverities", () => {
  it("names every rule of every pack", () => {
    const missing = rulePacks
      .flatMap((pack) => pack.rules.map((rule) => rule.id))
      .filter((id) => !(id in ruleSeverities));
    expect(missing).toEqual([]);
  });

  it("covers every severity the packs actually report on the examples, a plan and generated provinces", () => {
    const unlisted = new Set<string>();
    const seen = new Set<string>();
    for (const snapshot of structures()) {
      for (const pack of rulePacks) {
        const outcome = evaluateSnapshot(snapshot, { ruleSet: pack.id });
        if (!outcome.ok) throw new Error(outcome.failure.message.en);
        for (const finding of outcome.result.findings) {
          seen.add(`${finding.ruleId} ${finding.severity}`);
          if (!severitiesOf(finding.ruleId).includes(finding.severity))
            unlisted.add(`${finding.ruleId} ${finding.severity}`);
        }
      }
    }
    expect([...unlisted]).toEqual([]);
    // The structures really exercise the non-default severities listed above.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        "D-DEP-01 warning",
        "T-2020-01 warning",
        "JP-07 info",
        "JP-03 info",
        "P-SO-02 info",
        "D25-DEP-01 warning",
        "G-TIER-01 info",
        "G-TIER-02 info",
        "C26-DEP-01 transitional",
      ]),
    );
  });
});

describe("parameterValueText", () => {
  it("writes deputy bands per province class as people read them", () => {
    const bands = listing("RS-2020").parameters.find(
      (parameter) => parameter.id === "rs-2020.division-deputy-bands",
    );
    const text = bands?.values[0]?.text;
    expect(text?.vi).toContain("loại I: (≤ 8: 1 · ≤ 14: 2 · còn lại: 3)");
    expect(text?.en).toContain("class I: (≤ 8: 1 · ≤ 14: 2 · above: 3)");
    expect(text?.vi).toContain("Hà Nội, TP.HCM: (≤ 9: 1 · ≤ 14: 2 · còn lại: 3)");
  });

  it("numbers, switches, missing values and lists", () => {
    expect(parameterValueText(12)).toEqual({ vi: "12", en: "12" });
    expect(parameterValueText(true)).toEqual({ vi: "áp dụng", en: "applies" });
    expect(parameterValueText(null)).toEqual({ vi: "chưa xác định", en: "not determined" });
    expect(parameterValueText({ special: 7, I: 6, II: 5, III: 5 }).vi).toBe(
      "Hà Nội, TP.HCM: 7; loại I: 6; loại II: 5; loại III: 5",
    );
    expect(parameterValueText(["NOI_VU", "TU_PHAP"]).en).toBe("NOI_VU, TU_PHAP");
  });
});
