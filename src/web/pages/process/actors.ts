import type { TransitionActor } from "../../../domain/lifecycle";

/**
 * Each actor's arrows have their own colour and their own dash, so that the map reads without
 * colour too. The colours keep 4.5:1 on white for the labels drawn in them.
 */
export const ACTOR_STYLE: Record<TransitionActor, { color: string; dash?: string }> = {
  projectManager: { color: "#044caf" },
  regionalReviewer: { color: "#08694b", dash: "8 4" },
  fundManager: { color: "#862e9c", dash: "2 4" },
};
