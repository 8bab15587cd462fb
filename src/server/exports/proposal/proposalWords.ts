/**
 * The words and number formats of a proposal document in one language: the web app's own texts
 * (src/web/i18n, through an i18next instance of the document's language, so plurals and word
 * order follow the language) and Intl formats that write money, numbers and dates as the project
 * page does, so that the document and the screen say the same.
 */
import i18next, { type TFunction } from "i18next";
import type { Language } from "../../../domain/profile";
import type { LocalizedName } from "../../../domain/reference";
import { resources } from "../../../web/i18n/resources";

const LOCALES: Record<Language, string> = { en: "en-US", fr: "fr-FR", es: "es-ES" };

export interface ProposalWords {
  language: Language;
  /** The BCP 47 tag Word uses for spelling and hyphenation. */
  locale: string;
  t: TFunction;
  /** "$180,000" for whole amounts, "$1,234.50" otherwise; from the API's decimal string. */
  money(amount: string): string;
  number(value: number): string;
  /** Indicator figures: counts, rates or amounts, with up to two decimals. */
  decimal(value: number): string;
  /** From 0–100, as the project page writes a share. */
  percent(value: number): string;
  /** An ISO calendar date in the language's medium style ("1 juil. 2026"). */
  date(iso: string): string;
  name(text: LocalizedName | undefined, fallback: string): string;
}

const cache = new Map<Language, ProposalWords>();

export function proposalWords(language: Language): ProposalWords {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = LOCALES[language];
  const instance = i18next.createInstance();
  // Synchronous: the resources are in memory, and a request must not wait on a promise for them.
  void instance.init({
    resources,
    lng: language,
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const integer = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
  const money = (digits: number) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: digits,
      maximumFractionDigits: 2,
    });
  const wholeMoney = money(0);
  const exactMoney = money(2);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const words: ProposalWords = {
    language,
    locale,
    t: instance.getFixedT(language),
    money(amount) {
      const formatter = /\.0*$/.test(amount) || !amount.includes(".") ? wholeMoney : exactMoney;
      return formatter.format(amount as Intl.StringNumericLiteral);
    },
    number: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    percent: (value) => share.format(value / 100),
    // Calendar dates carry no time zone; formatting them in UTC keeps the day the API sent.
    date: (iso) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    name: (text, fallback) => (text ? text[language] || text.en : fallback),
  };
  cache.set(language, words);
  return words;
}

/** Names of reference codes in the document's language; an unknown code stands for itself. */
export function namer<T extends { name: LocalizedName }>(
  list: readonly T[],
  key: (item: T) => string,
  words: ProposalWords,
): (code: string) => string {
  const byKey = new Map(list.map((item) => [key(item), item.name]));
  return (code) => words.name(byKey.get(code), code);
}
