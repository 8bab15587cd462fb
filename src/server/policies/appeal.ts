/**
 * Who may do what with appeals. Reading is open to every signed-in user (the requirements are a
 * published document; funded figures follow the project read scope); importing one replaces the
 * fund's reference figures, so it is the fund manager's or an administrator's act.
 */
import type { ApplicationRule } from "./project";

export const APPEAL_ACTIONS = ["importAppeal"] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

export const appealRules: Record<AppealAction, ApplicationRule> = {
  importAppeal: (user) => user.role === "fund_manager" || user.role === "admin",
};
