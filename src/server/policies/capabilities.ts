/** The user's application-level capabilities for GET /api/me: the same rules, asked once each. */
import { CAPABILITIES, type Capabilities } from "../../domain/capabilities";
import type { ApplicationAction } from "./actions";
import type { Actor } from "./actor";
import { can } from "./authorize";

// Each capability is an application-level action of the policies, under the same name.
const ACTIONS: readonly ApplicationAction[] = CAPABILITIES;

export function capabilitiesOf(user: Actor): Capabilities {
  return Object.fromEntries(ACTIONS.map((name) => [name, can(user, name)])) as Capabilities;
}
