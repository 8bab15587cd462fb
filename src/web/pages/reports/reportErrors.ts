import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../domain/errors";
import { translateFieldError } from "../../lib/fieldErrors";
import { useFormat } from "../../lib/format";

/** Parameters that carry money as the API writes it ("1234.50"). */
const MONEY_PARAMS = new Set(["byArea", "byActivity", "amount"]);

/**
 * A report's problem in the user's language: the report rules' own text (reports.rules.<code>),
 * else the common validation text, else the API's English sentence.
 */
export function useReportErrorText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (error: FieldError): string => {
    const params: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(error.params ?? {})) {
      params[key] = MONEY_PARAMS.has(key) ? format.money(String(value)) : value;
    }
    return t(`reports.rules.${error.code}`, { ...params, defaultValue: translateFieldError(t, error) });
  };
}
