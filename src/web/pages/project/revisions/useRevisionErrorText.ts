import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../../domain/errors";
import { translateFieldError } from "../../../lib/fieldErrors";
import { useWorkflowFormat } from "../../../lib/workflowFormat";

const RULES = new Set([
  "budgetNotPositive",
  "line2CeilingExceeded",
  "envelopeExceeded",
  "countryNotEligible",
  "line2CountryInArrears",
  "line2FollowUpNotOfLine1",
]);

/** A revision's field errors and failed fund rules in the user's language. */
export function useRevisionErrorText() {
  const { t } = useTranslation();
  const workflow = useWorkflowFormat();
  return (error: FieldError): string => {
    if (RULES.has(error.code)) return workflow.fundRule(error);
    switch (error.code) {
      case "revisionYearCount":
      case "revisionYearsSum":
      case "revisionUnchanged":
        return t(`revisions.errors.${error.code}`, { ...error.params });
      case "openRequestExists":
      case "commentRequired":
        return t(`revisions.errors.${error.code}`);
      default:
        return translateFieldError(t, error);
    }
  };
}
