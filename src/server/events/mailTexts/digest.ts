/**
 * The words of the daily digest in each language (the rest of its letter, greeting, links and
 * signature, is the other e-mails' own, types.ts). Kept apart so that its few lines stay together.
 */
import type { Language } from "../../../domain/profile";

export interface DigestWords {
  /** "[PRIMA] Your notices of 2026-03-02 (3)" */
  subject(day: string, count: number): string;
  intro(count: number): string;
  /** Where the person changes how they hear of each kind. */
  choose(url: string): string;
}

export const DIGEST_WORDS: Record<Language, DigestWords> = {
  en: {
    subject: (day, count) => `[PRIMA] Your notices of ${day} (${count})`,
    intro: (count) =>
      count === 1
        ? "Here is the notice since your last digest:"
        : `Here are the ${count} notices since your last digest:`,
    choose: (url) => `Choose how you hear of each kind of notice: ${url}`,
  },
  fr: {
    subject: (day, count) => `[PRIMA] Vos avis du ${day} (${count})`,
    intro: (count) =>
      count === 1
        ? "Voici l’avis reçu depuis votre dernier récapitulatif :"
        : `Voici les ${count} avis reçus depuis votre dernier récapitulatif :`,
    choose: (url) => `Choisissez comment être informé de chaque type d’avis : ${url}`,
  },
  es: {
    subject: (day, count) => `[PRIMA] Sus avisos del ${day} (${count})`,
    intro: (count) =>
      count === 1
        ? "Este es el aviso recibido desde su último resumen:"
        : `Estos son los ${count} avisos recibidos desde su último resumen:`,
    choose: (url) => `Elija cómo enterarse de cada tipo de aviso: ${url}`,
  },
};
