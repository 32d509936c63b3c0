// The engine does not call a unit rule for a unit its quiet payrolls say it cannot find anything on
// (`quietPayrolls`, evaluate-snapshot.ts): that is only an optimisation if the rule itself would find
// nothing there. This holds every unit rule of every pack that states them to that promise, on every kind
// and placement of unit, every province class, on each date a value of the rule changes, over a grid of
// deputies and payrolls that crosses every band, minimum and limit — and checks that the tables are
// tight for the band and minimum rules (every unit they leave to the rule is one it reports).
import { describe, expect, it } from "vitest";

import { rulePackDescriptors } from "../rule-packs/rule-pack-catalogue.ts";
import type { UnitRule, UnitScope } from "../rules/rule.ts";
import { provinceClassSchema } from "../snapshot/catalogue.ts";
import { agency, buildSnapshot, subDepartment, unit, type UnitInput } from "../testing/builders.ts";
import { createRuleContext, rulePacks, unitScopesOf } from "./evaluate-snapshot.ts";

const DEPUTIES = [0, 1, 2, 3, 4, 5, 6];
const PAYROLLS = Array.from({ length: 41 }, (_, payroll) => payroll);

/** A chi cục with `count` phòng, its ids its own. */
function chiCuc(count: number): UnitInput {
  const id = `chi-cuc-${String(count)}`;
  const units = Array.from({ length: count }, (_, index) => ({
    id: `${id}-phong-${String(index + 1)}`,
    type: "division" as const,
    name: `Phòng ${String(index + 1)}`,
    payroll: 6,
    deputies: 1,
  }));
  return subDepartment(count, { id, units });
}

/** One unit of every kind and placement (chi cục with 0 to 5 phòng), in a province of each class. */
const shapes: UnitScope[] = provinceClassSchema.options.flatMap((provinceClass) => {
  const snapshot = buildSnapshot({
    provinceClass,
    agencies: [
      agency({
        units: [
          unit("division", { id: "phong" }),
          unit("office", { id: "van-phong" }),
          unit("inspectorate", { id: "thanh-tra" }),
          ...[0, 1, 2, 3, 4, 5].map(chiCuc),
        ],
      }),
    ],
  });
  const [first] = snapshot.agencies;
  if (!first) throw new Error("the test snapshot has no agency");
  return unitScopesOf(first, snapshot.province);
});

/** Whether the rule's verdict on this unit depends on its deputies and payroll alone (not a chi cục's). */
function tight(rule: UnitRule, scope: UnitScope): boolean {
  const { appliesTo } = rule;
  if (!appliesTo || appliesTo.unitType === "sub_department") return false;
  return (
    appliesTo.unitType === scope.unit.type &&
    (appliesTo.insideSubDepartment === undefined || appliesTo.insideSubDepartment === (scope.parent !== null))
  );
}

/** The scope with other numbers (the rules read the unit's own; its phòng keep theirs). */
function withNumbers(scope: UnitScope, deputies: number, payroll: number): UnitScope {
  return { ...scope, unit: { ...scope.unit, deputies, payroll } };
}

const cases = rulePacks.flatMap((pack) => {
  const descriptor = rulePackDescriptors.find((candidate) => candidate.id === pack.id);
  const from = descriptor?.effectiveFrom ?? "2014-01-01";
  const to = descriptor?.effectiveTo ?? "2026-11-30";
  return pack.rules
    .filter((rule): rule is UnitRule => rule.scope === "unit" && rule.quietPayrolls !== undefined)
    .map((rule) => {
      // The pack's first and last day, and every day inside it on which one of the rule's values starts.
      const starts = rule.parameters.flatMap((parameter) => parameter.values.map((value) => value.from));
      const dates = [...new Set([from, to, ...starts.filter((date) => date > from && date < to)])];
      return { name: `${pack.id} ${rule.id}`, rule, dates };
    });
});

describe("unit rules find nothing where their quiet payrolls say so (quietPayrolls)", () => {
  it("the packs state quiet payrolls for their band, minimum and chi cục rules", () => {
    const ids = new Set(cases.map((entry) => entry.rule.id));
    for (const id of ["P-DEP-02", "P-DEP-03", "P-DEP-04", "P-DEP-05", "P-DEP-06", "P-EST-01", "P-EST-04"])
      expect(ids, id).toContain(id);
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))("%s", (_name, { rule, dates }) => {
    const brokenPromises: string[] = [];
    const askedForNothing: string[] = [];
    let foundOutside = 0;
    for (const date of dates) {
      const context = createRuleContext(date);
      for (const shape of shapes) {
        const quietFrom = rule.quietPayrolls?.(context, shape.province.class) ?? [];
        const last = quietFrom.length - 1;
        for (const deputies of DEPUTIES)
          for (const payroll of PAYROLLS) {
            const findings = rule.evaluate(withNumbers(shape, deputies, payroll), context);
            const where = `${date} ${shape.province.class} ${shape.unit.id}: ${String(deputies)} deputies, payroll ${String(payroll)}`;
            if (payroll >= (quietFrom[Math.min(deputies, last)] ?? Number.POSITIVE_INFINITY)) {
              if (findings.length > 0) brokenPromises.push(where);
            } else {
              foundOutside += findings.length;
              // Band and minimum rules depend on nothing else: a unit of their kind they leave to the
              // rule is one over (or under) its limit.
              if (tight(rule, shape) && findings.length === 0) askedForNothing.push(where);
            }
          }
      }
    }
    expect(brokenPromises).toEqual([]);
    expect(askedForNothing).toEqual([]);
    // The grid does break the rule where its table leaves units to it: the checks above could fail.
    expect(foundOutside).toBeGreaterThan(0);
  });
});
