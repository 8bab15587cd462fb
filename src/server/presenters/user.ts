/** The only places where a person's JSON is shaped: never the password hash, never the session. */
import type { Me } from "../../domain/auth";
import type { Role } from "../../domain/roles";
import { capabilitiesOf } from "../policies/capabilities";

export function presentMe(
  user: { id: string; email: string; name: string; role: Role; region: string | null },
  csrfToken: string,
): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    region: user.region,
    can: capabilitiesOf(user),
    csrfToken,
  };
}

export function presentUser(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  region: string | null;
  active: boolean;
}) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    region: user.region,
    active: user.active,
  };
}

/** The answer to adding a person: enough to find them in the list, nothing of their password. */
export function presentCreatedUser(user: { id: string; email: string; role: Role; region: string | null }) {
  return { id: user.id, email: user.email, role: user.role, region: user.region };
}
