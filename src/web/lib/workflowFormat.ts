import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../domain/errors";
import { useFormat } from "./format";

/** Fund-rule parameters that hold money as the API writes it ("200000.00"). */
const MONEY_PARAMS = new Set(["ceiling", "amount", "excess", "requested"]);

/** Formatters this part of the page needs beyond lib/format: moments, sizes, plain amounts. */
export function useWorkflowFormat() {
  const format = useFormat();
  const { t } = useTranslation();
  return useMemo(() => {
    const moment = new Intl.DateTimeFormat(format.locale, { dateStyle: "medium", timeStyle: "short" });
    // The fund rules' messages already say "USD", so their amounts carry no currency sign.
    const amount = new Intl.NumberFormat(format.locale, {
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
    const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    const megabytes = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    const kilobytes = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 0 });
    return {
      ...format,
      /** A moment (timestamps of comments, uploads, history), in the user's time zone. */
      moment(iso: string | null | undefined): string {
        if (!iso) return format.missing;
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : moment.format(date);
      },
      amount(decimalString: string): string {
        return amount.format(decimalString as Intl.StringNumericLiteral);
      },
      decimal(value: number): string {
        return decimal.format(value);
      },
      bytes(size: number): string {
        if (size >= 1024 * 1024) return t("documents.sizeMB", { size: megabytes.format(size / 1024 / 1024) });
        if (size >= 1024) return t("documents.sizeKB", { size: kilobytes.format(Math.max(1, size / 1024)) });
        return t("documents.sizeBytes", { count: size });
      },
      /** A failed fund rule in the user's language, its amounts and kinds written for them. */
      fundRule(failure: FieldError): string {
        const params: Record<string, string> = {};
        for (const [key, value] of Object.entries(failure.params ?? {})) {
          if (MONEY_PARAMS.has(key)) params[key] = amount.format(String(value) as Intl.StringNumericLiteral);
          else if (key === "kind") params[key] = t(`projectKind.${value}`, { defaultValue: String(value) });
          else if (key === "total" && typeof value === "number") params[key] = amount.format(value);
          else params[key] = String(value);
        }
        return t(`fundRules.${failure.code}`, { ...params, defaultValue: failure.message });
      },
    };
  }, [format, t]);
}

export type WorkflowFormat = ReturnType<typeof useWorkflowFormat>;
