import type { ProjectInput } from "../../domain/project";

/**
 * Every field of the project form, in the order it draws them, with the key of its label: the form,
 * its conflict alert and the project's history name fields alike.
 */
export const PROJECT_FIELD_LABELS: Record<keyof ProjectInput, string> = {
  title: "project.title",
  type: "project.type",
  countries: "project.countries",
  region: "project.region",
  fundingYear: "project.fundingYear",
  fundLine: "project.fundLine",
  followUpOfId: "project.followUpOf",
  summary: "project.summary",
  objective: "project.objective",
  requestedBudget: "project.requestedBudget",
  plannedStart: "project.plannedStart",
  plannedEnd: "project.plannedEnd",
  pmId: "project.pm",
  altPmId: "project.altPm",
  areaShares: "form.fields.areaShares",
  activityShares: "form.fields.activityShares",
  beneficiaries: "project.beneficiaries",
  strategyPoints: "project.strategyPoints",
  migof: "project.migof",
  genderMarker: "project.genderMarker",
  budgetYears: "budgetYears.title",
};
