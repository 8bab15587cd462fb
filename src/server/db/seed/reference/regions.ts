/**
 * The nine IOM regional offices, in the order of the regional funding tables of
 * Migration Initiatives 2016 (seed 001).
 */
import type { regions } from "../../schema";

export const REGIONS = [
  {
    code: "SAF",
    nameEn: "Southern Africa",
    nameFr: "Afrique australe",
    nameEs: "África Meridional",
    office: "Pretoria",
    sort: 1,
  },
  {
    code: "EHA",
    nameEn: "East and Horn of Africa",
    nameFr: "Afrique de l'Est et Corne de l'Afrique",
    nameEs: "África Oriental y Cuerno de África",
    office: "Nairobi",
    sort: 2,
  },
  {
    code: "WCA",
    nameEn: "West and Central Africa",
    nameFr: "Afrique de l'Ouest et du Centre",
    nameEs: "África Occidental y Central",
    office: "Dakar",
    sort: 3,
  },
  {
    code: "CNC",
    nameEn: "Central and North America and the Caribbean",
    nameFr: "Amérique centrale, Amérique du Nord et Caraïbes",
    nameEs: "Centroamérica, Norteamérica y el Caribe",
    office: "San José",
    sort: 4,
  },
  {
    code: "SAM",
    nameEn: "South America",
    nameFr: "Amérique du Sud",
    nameEs: "América del Sur",
    office: "Buenos Aires",
    sort: 5,
  },
  {
    code: "MENA",
    nameEn: "Middle East and North Africa",
    nameFr: "Moyen-Orient et Afrique du Nord",
    nameEs: "Oriente Medio y Norte de África",
    office: "Cairo",
    sort: 6,
  },
  {
    code: "AP",
    nameEn: "Asia and the Pacific",
    nameFr: "Asie et Pacifique",
    nameEs: "Asia y el Pacífico",
    office: "Bangkok",
    sort: 7,
  },
  {
    code: "EEA",
    nameEn: "European Union, Switzerland and Norway",
    nameFr: "Union européenne, Suisse et Norvège",
    nameEs: "Unión Europea, Suiza y Noruega",
    office: "Brussels",
    sort: 8,
  },
  {
    code: "SEECA",
    nameEn: "South-Eastern Europe, Eastern Europe and Central Asia",
    nameFr: "Europe du Sud-Est, Europe orientale et Asie centrale",
    nameEs: "Europa Sudoriental, Europa Oriental y Asia Central",
    office: "Vienna",
    sort: 9,
  },
] as const satisfies readonly (typeof regions.$inferInsert)[];

export type RegionCode = (typeof REGIONS)[number]["code"];
export const REGION_CODES: readonly RegionCode[] = REGIONS.map((region) => region.code);
