import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../api/types";
import i18n, { currentLanguage, type Language } from "../i18n";

const LOCALES: Record<Language, string> = { en: "en-US", fr: "fr-FR", es: "es-ES" };

function makeFormat(language: Language) {
  const locale = LOCALES[language];
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
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
  const monthOfYear = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const inCurrency = new Map<string, Intl.NumberFormat>();
  const parts = integer.formatToParts(1234567.5);
  const moneyParts = exactMoney.formatToParts(1);
  const symbolAt = moneyParts.findIndex((p) => p.type === "currency");
  const numberAt = moneyParts.findIndex((p) => p.type === "integer");
  const t = i18n.getFixedT(language);
  /** What stands in for a value that is not set, e.g. in a table cell. */
  const missing = t("common.missing");
  return {
    language,
    locale,
    missing,
    /** Money arrives as a decimal string ("180000.00"); Intl formats it without a float round-trip. */
    money(amount: string | null | undefined): string {
      if (amount === null || amount === undefined || amount === "") return missing;
      const formatter = /\.0*$/.test(amount) || !amount.includes(".") ? wholeMoney : exactMoney;
      return formatter.format(amount as Intl.StringNumericLiteral);
    },
    /**
     * An amount in its own currency ("1500000" JPY → "JPY 1,500,000"), with the currency's own
     * decimals (none for JPY, three for KWD), from the decimal string without a float round-trip.
     */
    amount(amount: string, currency: string): string {
      let formatter = inCurrency.get(currency);
      if (!formatter) {
        try {
          formatter = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "code" });
        } catch {
          return `${amount} ${currency}`;
        }
        inCurrency.set(currency, formatter);
      }
      return formatter.format(amount as Intl.StringNumericLiteral);
    },
    /** A month as the API sends it ("2026-03") as the language writes it ("Mar 2026"). */
    month(month: string): string {
      const date = new Date(`${month}-01T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? month : monthOfYear.format(date);
    },
    number(value: number): string {
      return integer.format(value);
    },
    percent(value: number): string {
      return percent.format(value / 100);
    },
    /** Calendar dates carry no time zone; formatting them in UTC keeps the day the API sent. */
    date(iso: string | null | undefined): string {
      if (!iso) return missing;
      const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : day.format(date);
    },
    name(text: LocalizedText | undefined): string {
      return text ? text[language] || text.en : "";
    },
    /** Separators of the language, for the budget input. */
    separators: {
      group: parts.find((p) => p.type === "group")?.value ?? ",",
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    },
    /** The fund's currency as the language writes it ("$", "$US", "US$") and on which side of the amount. */
    currency: {
      symbol: moneyParts[symbolAt]?.value ?? "USD",
      before: symbolAt < numberAt,
    },
  };
}

export type Format = ReturnType<typeof makeFormat>;

const cache = new Map<Language, Format>();

/** Formatters bound to the current language; the same object until the language changes. */
export function useFormat(): Format {
  useTranslation(); // re-render on language change
  const language = currentLanguage();
  let format = cache.get(language);
  if (!format) {
    format = makeFormat(language);
    cache.set(language, format);
  }
  return format;
}
