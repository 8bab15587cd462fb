import type { Actor } from "./actor";

/** The fund's parameters are everyone's to read (PMs plan by them) and the fund manager's to change. */
export function canReadFundRules(user: Actor | null): boolean {
  return user !== null;
}

export function canManageFundRules(user: Actor | null): boolean {
  return user?.role === "fund_manager";
}

/** Review turnaround is a headline figure: open to staff (a region-limited viewer sees their region). */
export function canReadTurnaround(user: Actor | null): boolean {
  return user !== null;
}
