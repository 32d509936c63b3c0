import { describe, expect, it } from "vitest";

import { pageOf, pagePaths, planPath, routeOf } from "./router.tsx";

describe("routes", () => {
  it("maps issue 6's bookmarkable paths to their pages, with or without a trailing slash", () => {
    expect(pageOf("/")).toBe("overview");
    expect(pageOf("/co-cau")).toBe("explorer");
    expect(pageOf("/co-cau/")).toBe("explorer");
    expect(pageOf("/vi-tri-viec-lam")).toBe("positions");
    expect(pageOf("/phuong-an")).toBe("plans");
    expect(pageOf("/quy-dinh")).toBe("rules");
    expect(pageOf("/he-thong")).toBe("system");
    expect(pageOf("/nguoi-dung")).toBe("users");
  });

  it("keeps the earlier long paths working for old bookmarks", () => {
    expect(pageOf("/tong-quan")).toBe("overview");
    expect(pageOf("/co-cau-to-chuc")).toBe("explorer");
  });

  it("reads a plan's id from /phuong-an/:id and builds the same path back", () => {
    const id = "0b9c6a44-5e1b-4d7f-9b7e-1f6c2a3d4e5f";
    expect(routeOf(`/phuong-an/${id}`)).toEqual({ page: "plan", planId: id });
    expect(routeOf(planPath(id))).toEqual({ page: "plan", planId: id });
    expect(planPath("a b")).toBe("/phuong-an/a%20b");
    expect(routeOf(planPath("a b")).planId).toBe("a b");
  });

  it("answers not-found for anything else", () => {
    expect(pageOf("/khong-co")).toBe("not-found");
    expect(pageOf("/phuong-an/a/b")).toBe("not-found");
    expect(Object.values(pagePaths)).toContain("/");
  });
});
