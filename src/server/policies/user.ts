import type { Actor } from "./actor";

/** People and their sessions are the administrator's business alone. */
export function canManageUsers(user: Actor | null): boolean {
  return user?.role === "admin";
}
