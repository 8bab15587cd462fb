import { describe, expect, it } from "vitest";
import { PROJECT_STATUSES, type ProjectStatus } from "../../domain/lifecycle";
import type { Actor } from "./actor";
import { can } from "./authorize";
import type { ProjectScopeFacts } from "./project";
import { readScope } from "./readScope";

const pm: Actor = { id: "pm-1", role: "pm", region: null };
const otherPm: Actor = { id: "pm-2", role: "pm", region: null };
const altPm: Actor = { id: "pm-3", role: "pm", region: null };
const reviewerWca: Actor = { id: "rv-1", role: "reviewer", region: "WCA" };
const reviewerEha: Actor = { id: "rv-2", role: "reviewer", region: "EHA" };
const fund: Actor = { id: "fm-1", role: "fund_manager", region: null };
const viewer: Actor = { id: "vw-1", role: "viewer", region: null };
const viewerEha: Actor = { id: "vw-2", role: "viewer", region: "EHA" };
const admin: Actor = { id: "ad-1", role: "admin", region: null };

const project = (status: ProjectStatus = "draft"): ProjectScopeFacts => ({
  pmId: pm.id,
  altPmId: altPm.id,
  regionCode: "WCA",
  status,
});

/** [who, can list, can create, can read the WCA draft, can update the WCA draft] */
const MATRIX: [string, Actor | null, boolean, boolean, boolean, boolean][] = [
  ["anonymous", null, false, false, false, false],
  ["the project's PM", pm, true, true, true, true],
  ["the project's alternate PM", altPm, true, true, true, true],
  ["another PM", otherPm, true, true, true, false],
  ["the region's reviewer", reviewerWca, true, false, true, false],
  ["a reviewer of another region", reviewerEha, true, false, true, false],
  ["the fund manager", fund, true, false, true, false],
  ["a viewer of everything", viewer, true, false, true, false],
  ["a viewer of another region", viewerEha, true, false, false, false],
  ["an administrator", admin, true, false, true, false],
];

describe("project policy matrix", () => {
  it.each(MATRIX)("%s", (_who, user, list, create, read, update) => {
    // Listing needs only a signed-in user; what the list holds is the read scope.
    expect(user !== null).toBe(list);
    expect(can(user, "createProject")).toBe(create);
    expect(can(user, "readProject", project())).toBe(read);
    expect(can(user, "updateProject", project())).toBe(update);
  });

  it("only the PM, not the alternate, may change who manages the project", () => {
    expect(can(pm, "assignManagers", project())).toBe(true);
    expect(can(altPm, "assignManagers", project())).toBe(false);
    expect(can(otherPm, "assignManagers", project())).toBe(false);
    expect(can(fund, "assignManagers", project())).toBe(false);
    expect(can(pm, "assignManagers", project("submitted"))).toBe(false);
  });

  it("the PM can edit only while the project is a draft", () => {
    for (const status of PROJECT_STATUSES) {
      expect(can(pm, "updateProject", project(status)), status).toBe(status === "draft");
    }
  });

  it("a PM role is needed: a reviewer named as PM by mistake cannot edit", () => {
    expect(can({ ...reviewerWca, id: pm.id }, "updateProject", project())).toBe(false);
  });

  it("a viewer with a region reads only that region", () => {
    expect(readScope(viewerEha)).toEqual({ kind: "region", region: "EHA" });
    expect(can(viewerEha, "readProject", { ...project(), regionCode: "EHA" })).toBe(true);
    expect(readScope(null)).toEqual({ kind: "none" });
  });
});
