/** Who a project targets and reaches; sex and age group are recorded beside the type. */
import type { beneficiaryTypes } from "../../schema";

export const BENEFICIARY_TYPES = [
  { code: "MIG", nameEn: "Migrants", nameFr: "Migrants", nameEs: "Migrantes", sort: 1 },
  {
    code: "MWK",
    nameEn: "Migrant workers",
    nameFr: "Travailleurs migrants",
    nameEs: "Trabajadores migrantes",
    sort: 2,
  },
  {
    code: "IDP",
    nameEn: "Internally displaced persons",
    nameFr: "Personnes déplacées à l'intérieur de leur propre pays",
    nameEs: "Desplazados internos",
    sort: 3,
  },
  { code: "REF", nameEn: "Refugees", nameFr: "Réfugiés", nameEs: "Refugiados", sort: 4 },
  { code: "RET", nameEn: "Returnees", nameFr: "Migrants de retour", nameEs: "Retornados", sort: 5 },
  {
    code: "VOT",
    nameEn: "Victims of trafficking",
    nameFr: "Victimes de la traite",
    nameEs: "Víctimas de la trata",
    sort: 6,
  },
  {
    code: "GOV",
    nameEn: "Government officials",
    nameFr: "Fonctionnaires",
    nameEs: "Funcionarios gubernamentales",
    sort: 7,
  },
  {
    code: "BLE",
    nameEn: "Border and law enforcement officials",
    nameFr: "Agents des frontières et des forces de l'ordre",
    nameEs: "Agentes de fronteras y de las fuerzas del orden",
    sort: 8,
  },
  {
    code: "HOST",
    nameEn: "Host communities",
    nameFr: "Communautés d'accueil",
    nameEs: "Comunidades de acogida",
    sort: 9,
  },
  {
    code: "DSP",
    nameEn: "Diaspora members",
    nameFr: "Membres de la diaspora",
    nameEs: "Miembros de la diáspora",
    sort: 10,
  },
  {
    code: "YTH",
    nameEn: "Students and youth",
    nameFr: "Étudiants et jeunes",
    nameEs: "Estudiantes y jóvenes",
    sort: 11,
  },
  {
    code: "HW",
    nameEn: "Health workers",
    nameFr: "Personnel de santé",
    nameEs: "Personal sanitario",
    sort: 12,
  },
  {
    code: "CSO",
    nameEn: "Civil society organizations",
    nameFr: "Organisations de la société civile",
    nameEs: "Organizaciones de la sociedad civil",
    sort: 13,
  },
] as const satisfies readonly (typeof beneficiaryTypes.$inferInsert)[];

export type BeneficiaryTypeCode = (typeof BENEFICIARY_TYPES)[number]["code"];
