/** Which "waiting for me" queues a user has: the steps of the life cycle that are theirs to take. */
import type { InboxQueue } from "../../domain/inbox";
import type { Actor } from "./actor";
import type { ApplicationRule } from "./project";

/** The queues of a role; others have none (a viewer or an administrator waits for nothing). */
export function inboxQueues(user: Actor): InboxQueue[] {
  switch (user.role) {
    case "reviewer":
      return ["toReview"];
    case "fund_manager":
      // Projects without a region are reviewed at headquarters (policies/workflow.ts).
      return ["toApprove", "toReview", "reportsToDecide", "extensionsToDecide", "revisionsToDecide"];
    case "pm":
      return ["returnedToMe", "toStart"];
    default:
      return [];
  }
}

/**
 * Whose submitted proposals wait in this user's "to review" queue: a regional reviewer's own
 * region's, else those without a region, which headquarters (the fund manager) reviews.
 */
export function reviewQueueRegion(user: Actor): string | null {
  return user.role === "reviewer" && user.region ? user.region : null;
}

export const INBOX_ACTIONS = ["seeInbox"] as const;
export type InboxAction = (typeof INBOX_ACTIONS)[number];

export const inboxRules: Record<InboxAction, ApplicationRule> = {
  seeInbox: (user) => inboxQueues(user).length > 0,
};
