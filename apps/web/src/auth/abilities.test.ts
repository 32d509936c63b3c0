import type { Actor } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import {
  mayDeletePlan,
  mayDiscussPlan,
  mayEditPlan,
  mayEditStructure,
  mayManageSnapshots,
  maySeePlanPersonalData,
  planScopeFor,
  planScopeInput,
  readsProvinceData,
  reviewsPlan,
} from "./abilities.ts";

const base = {
  userId: "u",
  name: "N",
  email: "e@x.vn",
  provinceCode: "31",
  districtKey: null,
  agencyKey: null,
};
const catHai: Actor = { ...base, role: "district_officer", districtKey: "cat-hai" };
const anDuong: Actor = { ...base, role: "district_officer", districtKey: "an-duong" };
const reviewer: Actor = { ...base, role: "provincial_reviewer" };
const viewer: Actor = { ...base, role: "viewer" };
const admin: Actor = { ...base, role: "admin", provinceCode: null };
const catHaiPlan = { provinceCode: "31", districtKey: "cat-hai", agencyKey: null, status: "draft" } as const;

describe("what the UI offers to each role", () => {
  it("a district officer edits only its own district's structure and plans", () => {
    expect(mayEditStructure(catHai, { provinceCode: "31", districtKey: "cat-hai" })).toBe(true);
    expect(mayEditStructure(anDuong, { provinceCode: "31", districtKey: "cat-hai" })).toBe(false);
    expect(mayEditPlan(catHai, catHaiPlan)).toBe(true);
    expect(mayEditPlan(anDuong, catHaiPlan)).toBe(false);
    expect(mayDiscussPlan(anDuong, catHaiPlan)).toBe(false);
  });

  it("a submitted or approved plan is not editable even by its owner; deletion only before submission", () => {
    expect(mayEditPlan(catHai, { ...catHaiPlan, status: "submitted" })).toBe(false);
    expect(mayEditPlan(catHai, { ...catHaiPlan, status: "approved" })).toBe(false);
    expect(mayEditPlan(catHai, { ...catHaiPlan, status: "returned" })).toBe(true);
    expect(mayDeletePlan(catHai, { ...catHaiPlan, status: "in_review" })).toBe(false);
    expect(mayDeletePlan(catHai, { ...catHaiPlan, status: "withdrawn" })).toBe(true);
  });

  it("a reviewer reviews and comments but edits no structure; a viewer does nothing", () => {
    expect(mayEditStructure(reviewer, { provinceCode: "31", districtKey: "cat-hai" })).toBe(false);
    expect(reviewsPlan(reviewer, catHaiPlan)).toBe(true);
    expect(mayDiscussPlan(reviewer, catHaiPlan)).toBe(true);
    expect(mayEditPlan(reviewer, catHaiPlan)).toBe(false);
    expect(mayEditStructure(viewer, { provinceCode: "31", districtKey: "cat-hai" })).toBe(false);
    expect(mayDiscussPlan(viewer, catHaiPlan)).toBe(false);
    expect(reviewsPlan(viewer, catHaiPlan)).toBe(false);
  });

  it("offers each role the one plan scope the server accepts", () => {
    expect(planScopeFor(catHai)).toEqual({ kind: "district", id: "cat-hai" });
    expect(planScopeInput({ kind: "district", id: "cat-hai" })).toEqual({ districtId: "cat-hai" });
    expect(planScopeFor({ ...base, role: "agency_officer", agencyKey: "hp-so-noi-vu" })).toEqual({
      kind: "agency",
      id: "hp-so-noi-vu",
    });
    expect(planScopeFor(reviewer)).toEqual({ kind: "province" });
    expect(planScopeInput({ kind: "province" })).toEqual({});
    expect(planScopeFor(viewer)).toBeNull();
    expect(planScopeFor(admin)).toBeNull();
    expect(readsProvinceData(admin)).toBe(false);
  });

  it("the dossier goes to the plan's owner and the province's reviewers; imports to the reviewers", () => {
    expect(maySeePlanPersonalData(catHai, catHaiPlan)).toBe(true);
    expect(maySeePlanPersonalData(reviewer, catHaiPlan)).toBe(true);
    expect(maySeePlanPersonalData(anDuong, catHaiPlan)).toBe(false);
    expect(maySeePlanPersonalData(viewer, catHaiPlan)).toBe(false);
    expect(mayManageSnapshots(reviewer, "31")).toBe(true);
    expect(mayManageSnapshots(reviewer, "01")).toBe(false);
    expect(mayManageSnapshots(catHai, "31")).toBe(false);
    expect(mayManageSnapshots(viewer, "31")).toBe(false);
  });
});
