import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../domain/roles";
import { can } from "./authorize";

describe("who may import an appeal", () => {
  const allowed: Role[] = ["fund_manager", "admin"];
  it.each(ROLES)("%s", (role) => {
    expect(can({ id: "u", role, region: role === "reviewer" ? "WCA" : null }, "importAppeal")).toBe(
      allowed.includes(role),
    );
  });
  it("nobody signed out", () => {
    expect(can(null, "importAppeal")).toBe(false);
  });
});
