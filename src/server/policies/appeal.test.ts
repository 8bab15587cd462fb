import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../domain/roles";
import { canImportAppeal } from "./appeal";

describe("who may import an appeal", () => {
  const allowed: Role[] = ["fund_manager", "admin"];
  it.each(ROLES)("%s", (role) => {
    expect(canImportAppeal({ id: "u", role, region: role === "reviewer" ? "WCA" : null })).toBe(
      allowed.includes(role),
    );
  });
  it("nobody signed out", () => {
    expect(canImportAppeal(null)).toBe(false);
  });
});
