// The workflow's pure parts: who owns what (roles and scopes), which transitions exist, what the
// compliance gate demands, what "changed since the last round" reports, and which staff lists a user sees.
import { describe, expect, it } from "vitest";

import { evaluatePlan, findingKey } from "../plan/evaluate-plan.ts";
import { type PlanReport, toPlanReport } from "../plan/plan-report.ts";
import { PLAN_FORMAT, type Plan } from "../plan/plan.schema.ts";
import { agencyWith, buildSnapshot, division, ruralDistrict, unit } from "../testing/builders.ts";
import { type Actor, withoutHiddenPersonalData } from "./access.ts";
import { isEditable } from "./plan-status.ts";
import { checkComplianceGate, nextStatus, planStatusSchema, violationsToOverride } from "./plan-workflow.ts";
import { inProvince, maySeePersonalData, ownsScope } from "./scope-rules.ts";
import { compareRounds } from "./round-changes.ts";

const base = { name: "", email: "", provinceCode: "99", districtKey: null, agencyKey: null } as const;
const officerA: Actor = { ...base, userId: "a", role: "district_officer", districtKey: "huyen-a" };
const agencyOfficer: Actor = { ...base, userId: "s", role: "agency_officer", agencyKey: "so-a" };
const reviewer: Actor = { ...base, userId: "r", role: "provincial_reviewer" };
const viewer: Actor = { ...base, userId: "v", role: "viewer" };
const admin: Actor = { ...base, userId: "x", role: "admin", provinceCode: null };
const elsewhere: Actor = { ...reviewer, userId: "e", provinceCode: "01" };

describe("roles and scopes", () => {
  it("an officer owns their own district or agency only; a reviewer owns province-wide records", () => {
    expect(ownsScope(officerA, { provinceCode: "99", districtKey: "huyen-a" })).toBe(true);
    expect(ownsScope(officerA, { provinceCode: "99", districtKey: "huyen-b" })).toBe(false);
    expect(ownsScope(officerA, { provinceCode: "01", districtKey: "huyen-a" })).toBe(false);
    expect(ownsScope(officerA, { provinceCode: "99" })).toBe(false);
    expect(ownsScope(agencyOfficer, { provinceCode: "99", agencyKey: "so-a" })).toBe(true);
    expect(ownsScope(agencyOfficer, { provinceCode: "99", districtKey: "so-a" })).toBe(false);
    expect(ownsScope(reviewer, { provinceCode: "99" })).toBe(true);
    expect(ownsScope(reviewer, { provinceCode: "99", districtKey: "huyen-a" })).toBe(false);
    expect(ownsScope(viewer, { provinceCode: "99" })).toBe(false);
    expect(ownsScope(admin, { provinceCode: "99" })).toBe(false);
    expect(inProvince(elsewhere, { provinceCode: "99" })).toBe(false);
    expect(inProvince(admin, { provinceCode: "99" })).toBe(false);
  });

  it("staff lists: the owning unit's officers and the province's reviewers only", () => {
    const scope = { provinceCode: "99", districtKey: "huyen-a" };
    expect(
      [officerA, agencyOfficer, reviewer, viewer, admin, elsewhere].map((actor) =>
        maySeePersonalData(actor, scope),
      ),
    ).toEqual([true, false, true, false, false, false]);
  });

  it("withoutHiddenPersonalData removes exactly the staff lists the user may not see", () => {
    const staff = (id: string) => [
      {
        id,
        fullName: "Nguyễn Văn A",
        birthDate: "1970-01-01",
        gender: "male" as const,
        role: "head" as const,
        rank: null,
        positionId: null,
      },
    ];
    const snapshot = buildSnapshot({
      agencies: [
        agencyWith(unit("division", { id: "so-a-p1", staff: staff("cb-1") }), { staff: staff("cb-2") }),
      ],
      districts: [ruralDistrict({ divisions: [division({ id: "huyen-a-p1", staff: staff("cb-3") })] })],
    });
    const forViewer = withoutHiddenPersonalData(snapshot, viewer);
    expect(forViewer.hidden).toBe(3);
    expect(JSON.stringify(forViewer.snapshot)).not.toContain("Nguyễn Văn A");
    expect(forViewer.snapshot.districts[0]?.divisions[0]?.payroll).toBe(
      snapshot.districts[0]?.divisions[0]?.payroll,
    );
    const forOfficer = withoutHiddenPersonalData(snapshot, officerA);
    expect(forOfficer.hidden).toBe(2);
    expect(forOfficer.snapshot.districts[0]?.divisions[0]?.staff).toHaveLength(1);
    expect(forOfficer.snapshot.agencies[0]?.staff).toBeUndefined();
    const forReviewer = withoutHiddenPersonalData(snapshot, reviewer);
    expect(forReviewer).toEqual({ snapshot, hidden: 0 });
  });
});

describe("transitions", () => {
  it("follow draft → submitted → in_review → returned | approved, and withdrawn", () => {
    const to = (from: Parameters<typeof nextStatus>[0], action: Parameters<typeof nextStatus>[1]) => {
      const outcome = nextStatus(from, action);
      return outcome.ok ? outcome.to : "refused";
    };
    expect(to("draft", "submit")).toBe("submitted");
    expect(to("returned", "submit")).toBe("submitted");
    expect(to("submitted", "start_review")).toBe("in_review");
    expect(to("in_review", "return")).toBe("returned");
    expect(to("in_review", "approve")).toBe("approved");
    expect(to("submitted", "approve")).toBe("approved");
    expect(to("submitted", "withdraw")).toBe("withdrawn");
    for (const action of ["submit", "start_review", "return", "approve", "withdraw"] as const) {
      expect(to("approved", action)).toBe("refused");
      expect(to("withdrawn", action)).toBe("refused");
    }
    expect(to("draft", "approve")).toBe("refused");
    const refused = nextStatus("approved", "submit");
    expect(refused.ok ? "" : refused.message.vi).toContain('"Đã phê duyệt"');
  });

  it("only drafts and returned plans are editable", () => {
    expect(planStatusSchema.options.filter(isEditable)).toEqual(["draft", "returned"]);
  });
});

function reportOf(plan: Plan): PlanReport {
  const outcome = evaluatePlan(plan);
  if (!outcome.ok) throw new Error("the test plan does not evaluate");
  return toPlanReport(outcome.evaluation);
}

/** A compliant rural huyện whose 12 divisions have 3 deputies each: over the district's deputy pool. */
function planOf(operations: Plan["phases"][number]["operations"]): Plan {
  const district = ruralDistrict();
  return {
    format: PLAN_FORMAT,
    title: "Phương án thử",
    baseline: buildSnapshot({
      districts: [{ ...district, divisions: district.divisions.map((item) => ({ ...item, deputies: 3 })) }],
    }),
    phases: [{ name: "Giai đoạn 1", effectiveDate: "2021-07-01", operations }],
  };
}

describe("the compliance gate", () => {
  const plan = planOf([]);
  const report = reportOf(plan);
  const violations = violationsToOverride(report);

  it("asks for one reason per violation of any phase, once per finding", () => {
    expect(violations.length).toBeGreaterThan(0);
    expect(new Set(violations.map(findingKey)).size).toBe(violations.length);
    expect(violations.every((finding) => finding.severity === "violation")).toBe(true);
  });

  it("passes with a reason for each, and names what is missing or unknown", () => {
    const reasons = violations.map((finding) => ({
      findingKey: findingKey(finding),
      reason: "Lý do đủ dài để ghi nhận.",
    }));
    expect(checkComplianceGate(report, reasons)).toEqual({ ok: true });
    const missing = checkComplianceGate(report, reasons.slice(1));
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.missing.map(findingKey)).toEqual([findingKey(violations[0] as never)]);
      expect(missing.message.vi).toContain("ghi lý do chấp thuận cho từng vi phạm");
    }
    const unknown = checkComplianceGate(report, [
      ...reasons,
      { findingKey: "không-có", reason: "Lý do đủ dài." },
    ]);
    expect(unknown.ok ? [] : unknown.unknown).toEqual(["không-có"]);
  });
});

describe("changes since the last round", () => {
  it("lists operations added and removed in words, re-dated phases, and findings introduced or resolved", () => {
    const previous = planOf([{ op: "rename", id: "huyen-a-y-te", name: "Phòng Y tế huyện" }]);
    const current: Plan = {
      ...planOf([{ op: "set", id: "huyen-a-tu-phap", deputies: 1 }]),
      phases: [
        {
          name: "Giai đoạn 1",
          effectiveDate: "2021-08-01",
          operations: [{ op: "set", id: "huyen-a-tu-phap", deputies: 1 }],
        },
      ],
    };
    const changes = compareRounds(
      { plan: previous, report: reportOf(previous) },
      { plan: current, report: reportOf(current) },
    );
    expect(changes.identical).toBe(false);
    expect(changes.phases).toHaveLength(1);
    expect(changes.phases[0]).toMatchObject({
      status: "changed",
      previousEffectiveDate: "2021-07-01",
      effectiveDate: "2021-08-01",
    });
    expect(changes.phases[0]?.operationsRemoved.map((text) => text.vi)).toEqual([
      expect.stringContaining("Phòng Y tế huyện") as string,
    ]);
    expect(changes.phases[0]?.operationsAdded).toHaveLength(1);
    // Same structure after both rounds' phase: no finding appears or disappears.
    expect(changes.findingsIntroduced).toEqual([]);
    expect(changes.findingsResolved).toEqual([]);
  });

  it("reports nothing for the same document, and added or removed phases", () => {
    const plan = planOf([]);
    const same = compareRounds({ plan, report: reportOf(plan) }, { plan, report: reportOf(plan) });
    expect(same.identical).toBe(true);
    const longer: Plan = {
      ...plan,
      phases: [...plan.phases, { name: "Giai đoạn 2", effectiveDate: "2022-01-01", operations: [] }],
    };
    const added = compareRounds({ plan, report: reportOf(plan) }, { plan: longer, report: reportOf(longer) });
    expect(added.phases.map((phase) => phase.status)).toEqual(["unchanged", "added"]);
    const removed = compareRounds(
      { plan: longer, report: reportOf(longer) },
      { plan, report: reportOf(plan) },
    );
    expect(removed.phases.map((phase) => phase.status)).toEqual(["unchanged", "removed"]);
  });
});
