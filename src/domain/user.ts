import { z } from "zod";
import { ROLES, type Role, roleAllowsRegion, roleNeedsRegion } from "./roles";

/** NIST SP 800-63B asks at least 8; OWASP ASVS 12 for what a person chooses (server/auth/passwordRule.ts). */
export const PASSWORD_MIN = 12;

export function regionFitsRole(user: { role: Role; region: string | null }, ctx: z.RefinementCtx) {
  if (roleNeedsRegion(user.role) && !user.region) {
    ctx.addIssue({
      code: "custom",
      path: ["region"],
      message: "A regional reviewer needs a region",
      params: { code: "reviewerRegionRequired" },
    });
  }
  if (user.region && !roleAllowsRegion(user.role)) {
    ctx.addIssue({
      code: "custom",
      path: ["region"],
      message: "Only reviewers and viewers have a region",
      params: { code: "regionNotAllowed" },
    });
  }
}

/** Who a person is, for adding them: e-mail, name, role, region (checked together by regionFitsRole). */
export const personFields = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  region: z.string().trim().min(1).max(40).nullable(),
});

export const userInput = personFields
  .extend({
    // Length and strength are the password rule's (server/auth/passwordRule.ts), with its own messages.
    password: z.string().min(1).max(1024),
  })
  .superRefine(regionFitsRole);
export type UserInput = z.input<typeof userInput>;

/**
 * An administrator's change to a person: name, role and region together (a role decides whether a
 * region is needed), and whether the account is active. The e-mail is who the person is (single
 * sign-on matches on it) and is not changed here.
 */
export const userChange = z
  .object({
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    region: z.string().trim().min(1).max(40).nullable(),
    active: z.boolean(),
  })
  .superRefine(regionFitsRole);
export type UserChange = z.infer<typeof userChange>;

/** The administrators' list of people: filters, and one page of them. */
export const userListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe("Part of the name or e-mail"),
  role: z.enum(ROLES).optional(),
  region: z.string().trim().min(1).max(40).optional(),
  active: z.enum(["true", "false"]).optional().describe("Omit for everyone"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const userRow = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  region: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The person's last sign-in (a session opened), null when never. */
  lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
  /** Invited and not come yet: never signed in, an invitation not used (it may have expired). */
  invited: z.boolean(),
});
export type UserRow = z.infer<typeof userRow>;
