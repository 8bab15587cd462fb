import type { ApplicationRule } from "./project";

export const USER_ACTIONS = ["administerUsers"] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** People and their sessions are the administrator's business alone. */
export const userRules: Record<UserAction, ApplicationRule> = {
  administerUsers: (user) => user.role === "admin",
};
