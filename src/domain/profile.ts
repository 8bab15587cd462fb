/** What each person sets for themselves: their name, their language, their password, their sessions. */
import { z } from "zod";

/** The languages PRIMA speaks, in the app and in its e-mails. */
export const LANGUAGES = ["en", "fr", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export const profileChange = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200),
  language: z.enum(LANGUAGES).nullable().describe("null: the browser's language"),
});
export type ProfileChange = z.infer<typeof profileChange>;

/** The language alone, as the header's language menu saves it: no version, one value. */
export const languageChange = z.object({ language: z.enum(LANGUAGES).nullable() });

export const passwordChange = z.object({
  currentPassword: z.string().min(1).max(1024),
  // Length and strength are the password rule's (server/auth/passwordRule.ts), with its own messages.
  newPassword: z.string().min(1).max(1024),
});
export type PasswordChange = z.infer<typeof passwordChange>;

export const mySession = z.object({
  /** A handle for this list only; the session's secret never leaves the server. */
  id: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  userAgent: z.string().nullable(),
  address: z.string().nullable(),
  current: z.boolean().describe("The session of this request"),
});
export type MySession = z.infer<typeof mySession>;
