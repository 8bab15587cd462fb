import type { ApplicationRule } from "./project";

export const REFERENCE_ACTIONS = ["listManagers"] as const;
export type ReferenceAction = (typeof REFERENCE_ACTIONS)[number];

/**
 * Reference data is every signed-in user's to read: pickers need it. The list of managers is for
 * those who may name one, not for viewers.
 */
export const referenceRules: Record<ReferenceAction, ApplicationRule> = {
  listManagers: (user) => user.role !== "viewer",
};
