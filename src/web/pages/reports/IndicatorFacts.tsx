import { useTranslation } from "react-i18next";
import type { ReportIndicator } from "../../../domain/reports";
import { useFormat } from "../../lib/format";
import classes from "./Reports.module.css";

/** What an indicator promised and where it stood: unit, baseline, target, previous accepted value. */
export function IndicatorFacts({ indicator }: { indicator: ReportIndicator }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [string, string][] = [
    [t("reports.narrative.unit"), indicator.unit || format.missing],
    [t("reports.narrative.baseline"), format.number(indicator.baseline)],
    [t("reports.narrative.target"), format.number(indicator.target)],
    [
      t("reports.narrative.previousActual"),
      indicator.previousActual === null
        ? t("reports.narrative.noPrevious")
        : format.number(indicator.previousActual),
    ],
  ];
  return (
    <dl className={classes.facts}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
