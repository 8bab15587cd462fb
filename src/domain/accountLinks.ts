/** "Set your password" links sent by e-mail: a forgotten password, an invitation. */
import { z } from "zod";
import { LANGUAGES } from "./profile";
import { ROLES } from "./roles";
import { personFields, regionFitsRole } from "./user";

/** How long a forgotten-password link works: long enough to open the e-mail, short if it leaks. */
export const RESET_LINK_MINUTES = 60;
/** How long an invitation works: a long weekend away from e-mail. */
export const INVITE_LINK_HOURS = 72;

export const passwordResetRequest = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
});

export const linkToken = z.object({ token: z.string().min(20).max(200) });

export const linkSetPassword = linkToken.extend({
  // Length and strength are the password rule's (server/auth/passwordRule.ts), with its own messages.
  password: z.string().min(1).max(1024),
});

export const linkInfo = z.object({
  email: z.string(),
  name: z.string(),
  purpose: z.enum(["reset", "invite"]),
});
export type LinkInfo = z.infer<typeof linkInfo>;

/** An administrator invites a person: no password; the invitee chooses one from the e-mail. */
export const inviteInput = personFields
  .extend({ language: z.enum(LANGUAGES).nullable().default(null).describe("The invitation's language") })
  .superRefine(regionFitsRole);
export type InviteInput = z.input<typeof inviteInput>;

export const invited = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(ROLES),
  region: z.string().nullable(),
  /** The link itself, only when this server sends no e-mail (no SMTP_URL): hand it over yourself. */
  inviteUrl: z.string().nullable(),
});
