import type { Language } from "../../../domain/profile";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { MailTexts } from "./types";

export type { MailTexts } from "./types";

export const MAIL_TEXTS: Record<Language, MailTexts> = { en, fr, es };

/** A person's e-mails are in their own language; English when they chose none. */
export function mailTextsFor(language: Language | null): MailTexts {
  return MAIL_TEXTS[language ?? "en"];
}
