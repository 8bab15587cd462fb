/**
 * Headings of figure-table columns, names of their sheets and labels of enumerated values, in
 * English, French and Spanish: one dictionary for the screen tables, Excel and CSV.
 *
 * Plain dictionaries, one entry per key: whoever adds a table adds its id to `SHEETS` and any new
 * column key to `HEADINGS` (a test checks every entry has the three languages). Sheet names stay
 * within Excel's 31 characters and avoid `[]:*?/\`.
 */
export type FigureLanguage = "en" | "fr" | "es";
export const FIGURE_LANGUAGES: readonly FigureLanguage[] = ["en", "fr", "es"];

type Labels = Record<FigureLanguage, string>;

/** Column headings, by column key. */
export const HEADINGS: Record<string, Labels> = {
  // Dimensions
  region: { en: "Region", fr: "Région", es: "Región" },
  country: { en: "Country", fr: "Pays", es: "País" },
  fundingYear: { en: "Funding year", fr: "Année de financement", es: "Año de financiación" },
  fundLine: { en: "Fund line", fr: "Ligne de financement", es: "Línea de financiación" },
  status: { en: "Status", fr: "Statut", es: "Estado" },
  area: { en: "Area of work", fr: "Domaine d'activité", es: "Área de trabajo" },
  activity: { en: "Activity type", fr: "Type d'activité", es: "Tipo de actividad" },
  beneficiaryType: { en: "Beneficiary type", fr: "Type de bénéficiaires", es: "Tipo de beneficiarios" },
  stage: { en: "Review stage", fr: "Étape d'examen", es: "Etapa de revisión" },
  // Projects and money
  projects: { en: "Projects", fr: "Projets", es: "Proyectos" },
  requestedBudget: {
    en: "Requested budget (USD)",
    fr: "Budget demandé (USD)",
    es: "Presupuesto solicitado (USD)",
  },
  approvedBudget: {
    en: "Approved budget (USD)",
    fr: "Budget approuvé (USD)",
    es: "Presupuesto aprobado (USD)",
  },
  // Beneficiaries
  targeted: { en: "Targeted", fr: "Ciblés", es: "Previstos" },
  reached: { en: "Reached", fr: "Atteints", es: "Alcanzados" },
  // Review turnaround
  decisions: { en: "Decisions", fr: "Décisions", es: "Decisiones" },
  medianDays: { en: "Median (days)", fr: "Médiane (jours)", es: "Mediana (días)" },
  p90Days: { en: "90th percentile (days)", fr: "90e centile (jours)", es: "Percentil 90 (días)" },
  // Reports
  overdueReports: { en: "Overdue reports", fr: "Rapports en retard", es: "Informes atrasados" },
  medianDaysOverdue: {
    en: "Median days overdue",
    fr: "Retard médian (jours)",
    es: "Mediana de días de atraso",
  },
  maxDaysOverdue: { en: "Most days overdue", fr: "Retard maximal (jours)", es: "Máximo de días de atraso" },
  onTime: { en: "On time", fr: "À temps", es: "A tiempo" },
  late: { en: "Late", fr: "En retard", es: "Con retraso" },
  overdue: { en: "Overdue", fr: "Non remis, échus", es: "Vencidos sin presentar" },
  onTimePercent: { en: "On time (%)", fr: "À temps (%)", es: "A tiempo (%)" },
  // Extensions
  extensionsRequested: {
    en: "Extensions requested",
    fr: "Prolongations demandées",
    es: "Prórrogas solicitadas",
  },
  extensionsApproved: {
    en: "Extensions approved",
    fr: "Prolongations approuvées",
    es: "Prórrogas aprobadas",
  },
  extensionsRefused: { en: "Extensions refused", fr: "Prolongations refusées", es: "Prórrogas denegadas" },
  extensionsPending: { en: "Awaiting decision", fr: "En attente de décision", es: "Pendientes de decisión" },
  monthsAdded: { en: "Months added", fr: "Mois ajoutés", es: "Meses añadidos" },
  // Funding requirements (appeal) against funded projects
  required: { en: "Required (USD)", fr: "Besoins (USD)", es: "Necesidades (USD)" },
  funded: { en: "Funded (USD)", fr: "Financé (USD)", es: "Financiado (USD)" },
  coverage: { en: "Coverage (%)", fr: "Couverture (%)", es: "Cobertura (%)" },
};

/** Sheet names (and table titles), by table id. */
export const SHEETS: Record<string, Labels> = {
  portfolio: { en: "Projects and budget", fr: "Projets et budget", es: "Proyectos y presupuesto" },
  areas: { en: "Budget by area of work", fr: "Budget par domaine", es: "Presupuesto por área" },
  activities: {
    en: "Budget by activity type",
    fr: "Budget par type d'activité",
    es: "Presupuesto por actividad",
  },
  beneficiaries: { en: "Beneficiaries", fr: "Bénéficiaires", es: "Beneficiarios" },
  pipeline: { en: "Proposals by status", fr: "Propositions par statut", es: "Propuestas por estado" },
  turnaround: { en: "Review turnaround", fr: "Délais d'examen", es: "Plazos de revisión" },
  overdue: { en: "Overdue reports", fr: "Rapports en retard", es: "Informes atrasados" },
  projectsByYear: { en: "Projects by year", fr: "Projets par année", es: "Proyectos por año" },
  projectsByYearActivity: {
    en: "Projects by year and activity",
    fr: "Projets par année et activité",
    es: "Proyectos por año y actividad",
  },
  extensions: { en: "Extensions", fr: "Prolongations", es: "Prórrogas" },
  reportingCompliance: {
    en: "Reporting compliance",
    fr: "Respect des délais",
    es: "Cumplimiento de informes",
  },
  appealByRegion: {
    en: "Requirements by region",
    fr: "Besoins par région",
    es: "Necesidades por región",
  },
  appealByCountry: { en: "Requirements by country", fr: "Besoins par pays", es: "Necesidades por país" },
  appealByArea: {
    en: "Requirements by area of work",
    fr: "Besoins par domaine",
    es: "Necesidades por área",
  },
};

/** Labels of enumerated values that are not reference data (reference names come from the database). */
export const VALUE_LABELS: Record<string, Record<string, Labels>> = {
  status: {
    draft: { en: "Draft", fr: "Brouillon", es: "Borrador" },
    submitted: { en: "Submitted", fr: "Soumis", es: "Presentado" },
    endorsed: { en: "Endorsed", fr: "Avalisé", es: "Respaldado" },
    approved: { en: "Approved", fr: "Approuvé", es: "Aprobado" },
    active: { en: "Active", fr: "En cours", es: "En curso" },
    closed: { en: "Closed", fr: "Clôturé", es: "Cerrado" },
    rejected: { en: "Rejected", fr: "Rejeté", es: "Rechazado" },
    withdrawn: { en: "Withdrawn", fr: "Retiré", es: "Retirado" },
  },
  stage: {
    regionalReview: { en: "Regional review", fr: "Examen régional", es: "Revisión regional" },
    approval: { en: "Fund approval", fr: "Approbation du fonds", es: "Aprobación del fondo" },
  },
};

/** What a row without a region (a global project) shows in the region column. */
export const NO_REGION: Labels = {
  en: "Global (no region)",
  fr: "Mondial (sans région)",
  es: "Global (sin región)",
};

/** `fundingYear` → "Funding year": a key nobody has named yet still reads as words. */
function readable(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function figureHeading(key: string, language: FigureLanguage): string {
  return HEADINGS[key]?.[language] ?? readable(key);
}

/** The sheet name of a table: at most 31 characters, none of those Excel refuses. */
export function figureSheetName(tableId: string, language: FigureLanguage): string {
  const name = SHEETS[tableId]?.[language] ?? readable(tableId);
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}

/** The label of an enumerated value (status, review stage), or the value itself when it has none. */
export function figureValueLabel(key: string, value: string, language: FigureLanguage): string {
  return VALUE_LABELS[key]?.[value]?.[language] ?? value;
}
