import type { Language } from "../../domain/profile";

/** Each language is named in itself, so a user lost in the wrong one can still find theirs. */
export const NATIVE_NAMES: Record<Language, string> = { en: "English", fr: "Français", es: "Español" };
