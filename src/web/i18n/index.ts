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

export default i18n;
