import type { Actor } from "./actor";

/** Reference data and the list of managers are for signed-in staff; pickers need them. */
export function canReadReference(user: Actor | null): boolean {
  return user !== null;
}

export function canListManagers(user: Actor | null): boolean {
  return user !== null && user.role !== "viewer";
}
