import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../../domain/errors";
import { translateFieldError } from "../../../lib/fieldErrors";
import { useFormat } from "../../../lib/format";

/** An extension's field errors in the user's language; the generic ones come from lib/fieldErrors. */
export function useExtensionErrorText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (error: FieldError): string => {
    switch (error.code) {
      case "notLater":
        return t("extensions.errors.notLater", { date: format.date(String(error.params?.plannedEnd ?? "")) });
      case "openRequestExists":
      case "commentRequired":
        return t(`extensions.errors.${error.code}`);
      default:
        return translateFieldError(t, error);
    }
  };
}
