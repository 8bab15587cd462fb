/** The roles of DESIGN.md. "Alternate PM" is not a role: it is a PM named on a project as alternate. */
export const ROLES = ["pm", "reviewer", "fund_manager", "viewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose scope is one region: a reviewer always, a viewer optionally. */
export function roleNeedsRegion(role: Role): boolean {
  return role === "reviewer";
}
export function roleAllowsRegion(role: Role): boolean {
  return role === "reviewer" || role === "viewer";
}
