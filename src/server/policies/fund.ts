import type { ApplicationRule } from "./project";

export const FUND_ACTIONS = ["editFundRules"] as const;
export type FundAction = (typeof FUND_ACTIONS)[number];

/** The fund's parameters are every signed-in user's to read (PMs plan by them) and the fund manager's to change. */
export const fundRules: Record<FundAction, ApplicationRule> = {
  editFundRules: (user) => user.role === "fund_manager",
};
