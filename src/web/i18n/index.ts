import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { isLanguage, LANGUAGES, type Language } from "../../domain/profile";
import { resources } from "./resources";

export { LANGUAGES, type Language };

const STORAGE_KEY = "prima.language";

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : "en";
}

/** The language PRIMA currently renders in, narrowed to the ones it has resources for. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "en";
}

i18n.on("languageChanged", (language) => {
  // Screen readers pick their voice from <html lang>, so it must follow the switcher.
  document.documentElement.lang = language;
  if (isLanguage(language)) localStorage.setItem(STORAGE_KEY, language);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: "en",
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const NUMBER_LOCALES: Record<Language, string> = { en: "en-US", fr: "fr-FR", es: "es-ES" };

/**
 * `{{available, amount}}`: an amount the server sends as a decimal ("50001.00") written as the
 * language writes numbers ("50,001.00", "50 001,00"), with the decimals it came with.
 */
i18n.services.formatter?.add("amount", (value: unknown, language: string | undefined) => {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const digits = text.split(".")[1]?.length ?? 0;
  const locale = NUMBER_LOCALES[isLanguage(language ?? "") ? (language as Language) : "en"];
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(text as Intl.StringNumericLiteral);
});

export default i18n;
