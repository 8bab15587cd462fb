import type { Role } from "../../domain/roles";

/** The part of a signed-in user that authorization looks at; null is an anonymous request. */
export interface Actor {
  id: string;
  role: Role;
  region: string | null;
}
