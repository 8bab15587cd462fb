import type { ApplicationRule } from "./project";

export const OUTBOX_ACTIONS = ["seeOutbox"] as const;
export type OutboxAction = (typeof OUTBOX_ACTIONS)[number];

/** The mail outbox (who was written to, and failures) is for administrators. */
export const outboxRules: Record<OutboxAction, ApplicationRule> = {
  seeOutbox: (user) => user.role === "admin",
};
