import { useMemo } from "react";
import { CODED_COLUMNS } from "../../../domain/dashboard";
import type { FigureLanguage } from "../../../domain/figureLabels";
import type { FigureValue, FigureValueType } from "../../../domain/figures";
import { formatMoney } from "../../../domain/money";
import { currentLanguage } from "../../i18n";
import { figureHeading, figureValueLabel, NO_REGION } from "../../i18n/figureTexts";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";

/**
 * How figure tables read on screen: headings from the same dictionary as the Excel files
 * (i18n/figureTexts, from the locale files), codes as names in the user's language, numbers formatted per language.
 */
export function useFigureText() {
  const format = useFormat();
  const refs = useReferenceData();
  const language = currentLanguage() as FigureLanguage;
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    // Tables show money to the cent in every row, so a column lines up and adds up as exported.
    const exactMoney = new Intl.NumberFormat(format.locale, {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const label = (key: string, value: FigureValue): string => {
      if (value === null) return key === "region" ? NO_REGION[language] : format.missing;
      const text = String(value);
      const list = CODED_COLUMNS[key as keyof typeof CODED_COLUMNS];
      return list ? refs.name(list, text) : figureValueLabel(key, text, language);
    };
    const cell = (type: FigureValueType, key: string, value: FigureValue): string => {
      if (value === null || value === undefined) return type === "text" ? label(key, null) : format.missing;
      switch (type) {
        case "text":
          return label(key, value);
        case "money":
          return exactMoney.format(formatMoney(Number(value)) as Intl.StringNumericLiteral);
        case "percent":
          return format.percent(Number(value));
        case "decimal":
          return oneDecimal.format(Number(value));
        case "date":
          return format.date(String(value));
        default:
          // A year is a name, not a quantity: 2026, never 2,026.
          return key === "fundingYear" ? String(value) : format.number(Number(value));
      }
    };
    /** Money on an axis: "$1.2M", "1,2 M $US". */
    const compactMoney = new Intl.NumberFormat(format.locale, {
      notation: "compact",
      style: "currency",
      currency: "USD",
      maximumFractionDigits: 1,
    });
    return {
      language,
      heading: (key: string) => figureHeading(key, language),
      label,
      cell,
      compactMoney: (dollars: number) => compactMoney.format(dollars),
      money: (dollars: number) => format.money(dollars.toFixed(2)),
      number: (n: number) => format.number(n),
    };
  }, [format, refs, language]);
}
