import { z } from "zod";
import { capabilities } from "./capabilities";
import { LANGUAGES } from "./profile";
import { ROLES } from "./roles";

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export const me = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES).describe("To name the role (translated); what the user may do is `can`"),
  region: z.string().nullable(),
  language: z.enum(LANGUAGES).nullable().describe("The person's language; null: the browser's"),
  version: z.number().int().describe("Send it back to change the profile"),
  can: capabilities,
  csrfToken: z.string().describe("Send it back in the X-CSRF-Token header on every change"),
  twoFactorSetupPending: z
    .boolean()
    .describe("Two-factor sign-in is required and not set up: every other route answers 403 until it is"),
});
export type Me = z.infer<typeof me>;
