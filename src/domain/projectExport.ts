/**
 * The project-list export: its query (the list's filters plus a format and a language), and the
 * sheets of its workbook with their columns and headings in English, French and Spanish.
 */
import { z } from "zod";
import type { FigureLanguage } from "./figureLabels";
import type { FigureColumn } from "./figures";
import { projectListQuery } from "./project";

export const PROJECT_EXPORT_FORMATS = ["xlsx", "csv", "iati"] as const;
export type ProjectExportFormat = (typeof PROJECT_EXPORT_FORMATS)[number];
export const EXPORT_LANGUAGES = ["en", "fr", "es"] as const;

/** Exactly the list's filters (not its page or sort: an export is every match, by project code). */
export const projectExportQuery = projectListQuery
  .omit({ page: true, pageSize: true, sort: true, order: true })
  .extend({
    format: z.enum(PROJECT_EXPORT_FORMATS),
    /** Headings' language; without it, the request's Accept-Language, else English. */
    lang: z.enum(EXPORT_LANGUAGES).optional(),
  });
export type ProjectExportQuery = z.output<typeof projectExportQuery>;

type Labels = Record<FigureLanguage, string>;

export const PROJECT_SHEET_IDS = ["projects", "areas", "activities", "beneficiaries", "reports"] as const;
export type ProjectSheetId = (typeof PROJECT_SHEET_IDS)[number];

const code: FigureColumn = { key: "code", type: "text" };

/**
 * Columns of each sheet, in order. The other sheets name their project by code only (its title
 * is on the Projects sheet): at 100,000 projects, repeating titles would double the file.
 */
export const PROJECT_SHEET_COLUMNS: Record<ProjectSheetId, FigureColumn[]> = {
  projects: [
    code,
    { key: "title", type: "text" },
    { key: "status", type: "text" },
    { key: "type", type: "text" },
    { key: "region", type: "text" },
    { key: "countries", type: "text" },
    { key: "fundingYear", type: "integer" },
    { key: "fundLine", type: "text" },
    { key: "requestedBudget", type: "money" },
    { key: "approvedBudget", type: "money" },
    { key: "plannedStart", type: "date" },
    { key: "plannedEnd", type: "date" },
    { key: "actualStart", type: "date" },
    { key: "actualEnd", type: "date" },
    { key: "pm", type: "text" },
    { key: "altPm", type: "text" },
    { key: "genderMarker", type: "text" },
    { key: "followUpOf", type: "text" },
  ],
  areas: [
    code,
    { key: "area", type: "text" },
    { key: "share", type: "percent" },
    { key: "amount", type: "money" },
  ],
  activities: [
    code,
    { key: "activity", type: "text" },
    { key: "share", type: "percent" },
    { key: "amount", type: "money" },
  ],
  beneficiaries: [
    code,
    { key: "beneficiaryType", type: "text" },
    { key: "targeted", type: "integer" },
    { key: "reached", type: "integer" },
    { key: "percentReached", type: "percent" },
  ],
  reports: [
    code,
    { key: "kind", type: "text" },
    { key: "stage", type: "text" },
    { key: "sequence", type: "integer" },
    { key: "periodStart", type: "date" },
    { key: "periodEnd", type: "date" },
    { key: "dueDate", type: "date" },
    { key: "state", type: "text" },
    { key: "submittedAt", type: "date" },
    { key: "decidedAt", type: "date" },
  ],
};

export const PROJECT_SHEET_NAMES: Record<ProjectSheetId, Labels> = {
  projects: { en: "Projects", fr: "Projets", es: "Proyectos" },
  areas: { en: "Areas of work", fr: "Domaines d'activité", es: "Áreas de trabajo" },
  activities: { en: "Activity types", fr: "Types d'activité", es: "Tipos de actividad" },
  beneficiaries: { en: "Beneficiaries", fr: "Bénéficiaires", es: "Beneficiarios" },
  reports: { en: "Reports", fr: "Rapports", es: "Informes" },
};

export const PROJECT_EXPORT_HEADINGS: Record<string, Labels> = {
  code: { en: "Code", fr: "Code", es: "Código" },
  title: { en: "Title", fr: "Titre", es: "Título" },
  status: { en: "Status", fr: "Statut", es: "Estado" },
  type: { en: "Type", fr: "Type", es: "Tipo" },
  region: { en: "Region", fr: "Région", es: "Región" },
  countries: { en: "Countries (ISO)", fr: "Pays (ISO)", es: "Países (ISO)" },
  fundingYear: { en: "Funding year", fr: "Année de financement", es: "Año de financiación" },
  fundLine: { en: "Fund line", fr: "Ligne de financement", es: "Línea de financiación" },
  requestedBudget: { en: "Requested (USD)", fr: "Demandé (USD)", es: "Solicitado (USD)" },
  approvedBudget: { en: "Approved (USD)", fr: "Approuvé (USD)", es: "Aprobado (USD)" },
  plannedStart: { en: "Planned start", fr: "Début prévu", es: "Inicio previsto" },
  plannedEnd: { en: "Planned end", fr: "Fin prévue", es: "Fin prevista" },
  actualStart: { en: "Actual start", fr: "Début effectif", es: "Inicio real" },
  actualEnd: { en: "Actual end", fr: "Fin effective", es: "Fin real" },
  pm: { en: "Project manager", fr: "Chef de projet", es: "Director del proyecto" },
  altPm: { en: "Alternate PM", fr: "Chef de projet suppléant", es: "Director suplente" },
  genderMarker: { en: "Gender marker", fr: "Marqueur genre", es: "Marcador de género" },
  followUpOf: { en: "Follow-up of", fr: "Suite de", es: "Continuación de" },
  area: { en: "Area of work", fr: "Domaine d'activité", es: "Área de trabajo" },
  activity: { en: "Activity type", fr: "Type d'activité", es: "Tipo de actividad" },
  share: { en: "Share", fr: "Part", es: "Proporción" },
  amount: { en: "Amount (USD)", fr: "Montant (USD)", es: "Importe (USD)" },
  beneficiaryType: { en: "Beneficiary type", fr: "Type de bénéficiaires", es: "Tipo de beneficiarios" },
  targeted: { en: "Targeted", fr: "Ciblés", es: "Previstos" },
  reached: { en: "Reached", fr: "Atteints", es: "Alcanzados" },
  percentReached: { en: "Reached (%)", fr: "Atteints (%)", es: "Alcanzados (%)" },
  kind: { en: "Kind", fr: "Nature", es: "Clase" },
  stage: { en: "Stage", fr: "Étape", es: "Etapa" },
  sequence: { en: "Number", fr: "Numéro", es: "Número" },
  periodStart: { en: "Period start", fr: "Début de période", es: "Inicio del período" },
  periodEnd: { en: "Period end", fr: "Fin de période", es: "Fin del período" },
  dueDate: { en: "Due date", fr: "Échéance", es: "Fecha límite" },
  state: { en: "State", fr: "État", es: "Situación" },
  submittedAt: { en: "Submitted on", fr: "Soumis le", es: "Presentado el" },
  decidedAt: { en: "Decided on", fr: "Décidé le", es: "Decidido el" },
};

/** Labels of the enumerated values the workbook writes (statuses come from `figureValueLabel`). */
export const PROJECT_EXPORT_VALUES: Record<string, Record<string, Labels>> = {
  type: {
    national: { en: "National", fr: "National", es: "Nacional" },
    regional: { en: "Regional", fr: "Régional", es: "Regional" },
    global: { en: "Global", fr: "Mondial", es: "Mundial" },
  },
  kind: {
    narrative: { en: "Narrative", fr: "Narratif", es: "Narrativo" },
    financial: { en: "Financial", fr: "Financier", es: "Financiero" },
  },
  stage: {
    interim: { en: "Interim", fr: "Intermédiaire", es: "Intermedio" },
    final: { en: "Final", fr: "Final", es: "Final" },
  },
  state: {
    upcoming: { en: "Upcoming", fr: "À venir", es: "Próximo" },
    due: { en: "Due", fr: "À rendre", es: "Pendiente" },
    overdue: { en: "Overdue", fr: "En retard", es: "Atrasado" },
    submitted: { en: "Submitted", fr: "Soumis", es: "Presentado" },
    accepted: { en: "Accepted", fr: "Accepté", es: "Aceptado" },
    returned: { en: "Returned", fr: "Renvoyé", es: "Devuelto" },
  },
};

export function projectExportHeading(key: string, language: FigureLanguage): string {
  return PROJECT_EXPORT_HEADINGS[key]?.[language] ?? key;
}

export function projectExportValue(key: string, value: string, language: FigureLanguage): string {
  return PROJECT_EXPORT_VALUES[key]?.[value]?.[language] ?? value;
}
