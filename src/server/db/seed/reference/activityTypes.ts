/** What a project's budget is spent on, the second breakdown of a budget beside the area of work. */
import type { activityTypes } from "../../schema";

export const ACTIVITY_TYPES = [
  { code: "RES", nameEn: "Research", nameFr: "Recherche", nameEs: "Investigación", sort: 1 },
  { code: "TRN", nameEn: "Training", nameFr: "Formation", nameEs: "Capacitación", sort: 2 },
  {
    code: "AWR",
    nameEn: "Awareness raising",
    nameFr: "Sensibilisation",
    nameEs: "Sensibilización",
    sort: 3,
  },
  {
    code: "TA",
    nameEn: "Technical assistance",
    nameFr: "Assistance technique",
    nameEs: "Asistencia técnica",
    sort: 4,
  },
  {
    code: "POL",
    nameEn: "Policy advice",
    nameFr: "Conseil en politiques",
    nameEs: "Asesoramiento en materia de políticas",
    sort: 5,
  },
  {
    code: "CBI",
    nameEn: "Capacity building of institutions",
    nameFr: "Renforcement des capacités institutionnelles",
    nameEs: "Fortalecimiento de la capacidad institucional",
    sort: 6,
  },
  {
    code: "DATA",
    nameEn: "Data collection and analysis",
    nameFr: "Collecte et analyse de données",
    nameEs: "Recopilación y análisis de datos",
    sort: 7,
  },
  {
    code: "INF",
    nameEn: "Infrastructure and equipment",
    nameFr: "Infrastructures et équipement",
    nameEs: "Infraestructura y equipamiento",
    sort: 8,
  },
  {
    code: "COM",
    nameEn: "Community engagement",
    nameFr: "Mobilisation communautaire",
    nameEs: "Participación comunitaria",
    sort: 9,
  },
  {
    code: "DIA",
    nameEn: "Coordination and dialogue",
    nameFr: "Coordination et dialogue",
    nameEs: "Coordinación y diálogo",
    sort: 10,
  },
  {
    code: "DAS",
    nameEn: "Direct assistance to migrants",
    nameFr: "Assistance directe aux migrants",
    nameEs: "Asistencia directa a migrantes",
    sort: 11,
  },
] as const satisfies readonly (typeof activityTypes.$inferInsert)[];

export type ActivityTypeCode = (typeof ACTIVITY_TYPES)[number]["code"];
