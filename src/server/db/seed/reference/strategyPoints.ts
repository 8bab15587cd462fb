/**
 * The 12 points of the IOM Strategy (Council Resolution No. 1150 of 7 June 2007, annexed to
 * seed 002), each under a short name that fits a tag or a chart axis.
 */
import type { strategyPoints } from "../../schema";

export const STRATEGY_POINTS = [
  {
    number: 1,
    nameEn: "Migration assistance services",
    nameFr: "Services d'assistance aux migrants",
    nameEs: "Servicios de asistencia a la migración",
  },
  {
    number: 2,
    nameEn: "Humane and orderly migration and migrants' rights",
    nameFr: "Migration humaine et ordonnée et droits des migrants",
    nameEs: "Migración humana y ordenada y derechos de los migrantes",
  },
  {
    number: 3,
    nameEn: "Expert advice, research and capacity building",
    nameFr: "Conseils d'experts, recherche et renforcement des capacités",
    nameEs: "Asesoramiento especializado, investigación y fortalecimiento de capacidades",
  },
  {
    number: 4,
    nameEn: "Migration and development",
    nameFr: "Migration et développement",
    nameEs: "Migración y desarrollo",
  },
  {
    number: 5,
    nameEn: "Irregular migration",
    nameFr: "Migration irrégulière",
    nameEs: "Migración irregular",
  },
  {
    number: 6,
    nameEn: "Migration information and data",
    nameFr: "Information et données sur la migration",
    nameEs: "Información y datos sobre migración",
  },
  {
    number: 7,
    nameEn: "Regional and global dialogue on migration",
    nameFr: "Dialogue régional et mondial sur la migration",
    nameEs: "Diálogo regional y mundial sobre la migración",
  },
  {
    number: 8,
    nameEn: "Integration of migrants and diaspora engagement",
    nameFr: "Intégration des migrants et mobilisation des diasporas",
    nameEs: "Integración de los migrantes y participación de las diásporas",
  },
  {
    number: 9,
    nameEn: "Humanitarian and post-crisis response",
    nameFr: "Action humanitaire et sortie de crise",
    nameEs: "Respuesta humanitaria y posterior a crisis",
  },
  {
    number: 10,
    nameEn: "Voluntary return and reintegration",
    nameFr: "Retour volontaire et réintégration",
    nameEs: "Retorno voluntario y reintegración",
  },
  {
    number: 11,
    nameEn: "Counter-smuggling and counter-trafficking",
    nameFr: "Lutte contre le trafic de migrants et la traite des personnes",
    nameEs: "Lucha contra el tráfico ilícito de migrantes y la trata de personas",
  },
  {
    number: 12,
    nameEn: "Labour migration",
    nameFr: "Migration de main-d'œuvre",
    nameEs: "Migración laboral",
  },
] as const satisfies readonly (typeof strategyPoints.$inferInsert)[];

export type StrategyPointNumber = (typeof STRATEGY_POINTS)[number]["number"];
