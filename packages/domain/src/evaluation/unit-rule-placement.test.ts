// The engine skips a unit rule for units outside the rule's declared `appliesTo` (evaluate-snapshot.ts):
// that is only an optimisation if the rule itself would find nothing there. This holds every unit rule of
// every pack to its declaration, on units whose numbers break every limit (payroll 0, 40 deputies).
import { describe, expect, it } from "vitest";

import { rulePackDescriptors } from "../rule-packs/rule-pack-catalogue.ts";
import type { UnitRule, UnitScope } from "../rules/rule.ts";
import { agency, buildSnapshot, subDepartment, unit } from "../testing/builders.ts";
import { createRuleContext, rulePacks, unitScopesOf } from "./evaluate-snapshot.ts";

const broken = { payroll: 0, deputies: 40 };
const snapshot = buildSnapshot({
  agencies: [
    agency({
      units: [
        unit("division", { id: "phong", ...broken }),
        unit("office", { id: "van-phong", ...broken }),
        unit("inspectorate", { id: "thanh-tra", ...broken }),
        {
          ...subDepartment(2, { id: "chi-cuc", ...broken, specialisedScope: false }),
        },
      ],
    }),
  ],
});
const firstAgency = snapshot.agencies[0];
if (!firstAgency) throw new Error("the test snapshot has no agency");
const scopes = unitScopesOf(firstAgency, snapshot.province).map((scope) =>
  // The phòng of the chi cục break the limits too.
  scope.parent ? { ...scope, unit: { ...scope.unit, ...broken } } : scope,
);

function placed(rule: UnitRule, scope: UnitScope): boolean {
  const { appliesTo } = rule;
  if (!appliesTo) return true;
  const inside = scope.parent !== null;
  return (
    appliesTo.unitType === scope.unit.type &&
    (appliesTo.insideSubDepartment === undefined || appliesTo.insideSubDepartment === inside)
  );
}

const cases = rulePacks.flatMap((pack) => {
  const descriptor = rulePackDescriptors.find((candidate) => candidate.id === pack.id);
  // The pack's last day in force: every dated value a rule reads (some start late in a window) has a value.
  const date = descriptor?.effectiveTo ?? "2026-11-30";
  return pack.rules
    .filter((rule): rule is UnitRule => rule.scope === "unit" && rule.appliesTo !== undefined)
    .map((rule) => ({ name: `${pack.id} ${rule.id}`, rule, date }));
});

describe("unit rules keep to the units they declare (appliesTo)", () => {
  it("every pack declares the placement of its unit rules", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))("%s", (_name, { rule, date }) => {
    const context = createRuleContext(date);
    let foundWhereDeclared = 0;
    for (const scope of scopes) {
      const findings = rule.evaluate(scope, context);
      if (placed(rule, scope)) {
        foundWhereDeclared += findings.length;
      } else {
        expect(findings, scope.unit.id).toEqual([]);
        expect(rule.deputyLimit?.(scope, context), scope.unit.id).toBeUndefined();
      }
    }
    // The broken numbers do break the rule where it applies: the test above could fail.
    expect(foundWhereDeclared).toBeGreaterThan(0);
  });
});
