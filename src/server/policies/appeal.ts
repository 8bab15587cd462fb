/**
 * Who may do what with appeals. Reading is open to every signed-in user (the requirements are a
 * published document; funded figures follow the project read scope); importing one replaces the
 * fund's reference figures, so it is the fund manager's or an administrator's act.
 */
import type { Actor } from "./actor";

export function canImportAppeal(user: Actor | null): boolean {
  return user?.role === "fund_manager" || user?.role === "admin";
}
