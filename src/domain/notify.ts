/** Who a life-cycle transition concerns: they get an in-app notification and, if set up, an e-mail. */
import type { ProjectStatus, TransitionName } from "./lifecycle";

export type Party = "managers" | "reviewers" | "fundManagers";

/**
 * The people who must act next or learn of a decision on their proposal. The person who fired
 * the transition is left out by the caller.
 */
export function partiesConcerned(transition: TransitionName, from: ProjectStatus): Party[] {
  switch (transition) {
    case "submit":
      return ["reviewers"];
    case "withdraw":
      if (from === "submitted") return ["reviewers"];
      if (from === "endorsed") return ["reviewers", "fundManagers"];
      return [];
    case "endorse":
      return ["managers", "fundManagers"];
    case "returnToDraft":
      return from === "endorsed" ? ["managers", "reviewers"] : ["managers"];
    case "notEndorse":
      return ["managers"];
    case "approve":
    case "reject":
      return ["managers", "reviewers"];
    case "start":
      return ["fundManagers"];
    case "close":
      return ["managers", "reviewers"];
  }
}
