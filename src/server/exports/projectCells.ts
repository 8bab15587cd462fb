/** One project as the values of the Projects sheet (and of the CSV), by column key. */
import type { FigureLanguage } from "../../domain/figureLabels";
import type { FigureValue } from "../../domain/figures";
import { figureValueLabel, projectExportValue } from "../../web/i18n/figureTexts";
import { type ExportProject, type ExportReference, nameIn } from "./projectRows";

export function projectCells(
  project: ExportProject,
  reference: ExportReference,
  language: FigureLanguage,
): Record<string, FigureValue> {
  return {
    code: project.code,
    title: project.title,
    status: figureValueLabel("status", project.status, language),
    type: projectExportValue("type", project.type, language),
    region: project.regionCode
      ? nameIn(reference.regions.get(project.regionCode), language, project.regionCode)
      : null,
    countries: project.countries.join(" "),
    fundingYear: project.fundingYear,
    fundLine: nameIn(reference.fundLines.get(project.fundLine), language, project.fundLine),
    requestedBudget: project.requestedBudgetCents,
    approvedBudget: project.approvedBudgetCents,
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    actualStart: project.actualStart,
    actualEnd: project.actualEnd,
    pm: project.pmName,
    altPm: project.altPmName,
    genderMarker: project.genderMarker,
    followUpOf: project.followUpOf,
  };
}
