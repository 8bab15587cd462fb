/** The seven programmatic areas of the funding tables of Migration Initiatives 2016 (seed 001). */
import type { areasOfWork } from "../../schema";

export const AREAS_OF_WORK = [
  {
    code: "EPC",
    nameEn: "Emergency, operations and post-crisis",
    nameFr: "Situations d'urgence, opérations et sortie de crise",
    nameEs: "Emergencias, operaciones y situaciones posteriores a crisis",
    sort: 1,
  },
  {
    code: "MH",
    nameEn: "Migration health",
    nameFr: "Migration et santé",
    nameEs: "Migración y salud",
    sort: 2,
  },
  {
    code: "IBM",
    nameEn: "Immigration and border management",
    nameFr: "Gestion de l'immigration et des frontières",
    nameEs: "Gestión de la inmigración y de las fronteras",
    sort: 3,
  },
  {
    code: "MA",
    nameEn: "Migrant assistance",
    nameFr: "Aide aux migrants",
    nameEs: "Asistencia a migrantes",
    sort: 4,
  },
  {
    code: "LHD",
    nameEn: "Labour mobility and human development",
    nameFr: "Mobilité de la main-d'œuvre et développement humain",
    nameEs: "Movilidad laboral y desarrollo humano",
    sort: 5,
  },
  {
    code: "MPR",
    nameEn: "Migration policy and research",
    nameFr: "Politique migratoire et recherche",
    nameEs: "Política migratoria e investigación",
    sort: 6,
  },
  {
    code: "MECC",
    nameEn: "Migration, environment and climate change",
    nameFr: "Migration, environnement et changement climatique",
    nameEs: "Migración, medio ambiente y cambio climático",
    sort: 7,
  },
] as const satisfies readonly (typeof areasOfWork.$inferInsert)[];

export type AreaOfWorkCode = (typeof AREAS_OF_WORK)[number]["code"];
