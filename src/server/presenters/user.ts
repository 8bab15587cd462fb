/** The only places where a person's JSON is shaped: never the password hash, never the session. */
import type { Me } from "../../domain/auth";
import type { Language } from "../../domain/profile";
import type { Role } from "../../domain/roles";
import type { UserRow } from "../../domain/user";
import { capabilitiesOf } from "../policies/capabilities";

export function presentMe(
  user: {
    id: string;
    email: string;
    name: string;
    role: Role;
    region: string | null;
    language: Language | null;
    version: number;
  },
  csrfToken: string,
  twoFactorSetupPending = false,
): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    region: user.region,
    language: user.language,
    version: user.version,
    can: capabilitiesOf(user),
    csrfToken,
    twoFactorSetupPending,
  };
}

export function presentUserRow(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  region: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  lastSignInAt: Date | string | null;
  invited: boolean;
}): UserRow {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    region: user.region,
    active: user.active,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: user.lastSignInAt === null ? null : new Date(user.lastSignInAt).toISOString(),
    invited: user.active && Boolean(user.invited),
  };
}

/** The answer to adding a person: enough to find them in the list, nothing of their password. */
export function presentCreatedUser(user: { id: string; email: string; role: Role; region: string | null }) {
  return { id: user.id, email: user.email, role: user.role, region: user.region };
}
