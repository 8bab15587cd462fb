import type { ApplicationRule } from "./project";

export const WEBHOOK_ACTIONS = ["administerWebhooks"] as const;
export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

/** Webhooks send the portfolio's steps to other systems: administrators decide where. */
export const webhookRules: Record<WebhookAction, ApplicationRule> = {
  administerWebhooks: (user) => user.role === "admin",
};
