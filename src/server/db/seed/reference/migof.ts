/** The three principles and three objectives of the Migration Governance Framework (seed 001). */
import type { migofElements } from "../../schema";

export const MIGOF_ELEMENTS = [
  {
    code: "P1",
    kind: "principle",
    nameEn: "Adherence to international standards and the fulfilment of migrants' rights",
    nameFr: "Respect des normes internationales et des droits des migrants",
    nameEs: "Adhesión a las normas internacionales y respeto de los derechos de los migrantes",
    sort: 1,
  },
  {
    code: "P2",
    kind: "principle",
    nameEn: "Evidence on migration and mobility and whole-of-government approaches",
    nameFr: "Données factuelles sur la migration et la mobilité et approche pangouvernementale",
    nameEs: "Datos empíricos sobre migración y movilidad y enfoques de gobierno integrado",
    sort: 2,
  },
  {
    code: "P3",
    kind: "principle",
    nameEn: "Strong partnerships among States and other stakeholders",
    nameFr: "Partenariats solides entre les États et les autres parties prenantes",
    nameEs: "Alianzas sólidas entre los Estados y otras partes interesadas",
    sort: 3,
  },
  {
    code: "O1",
    kind: "objective",
    nameEn: "Advancing the socioeconomic well-being of migrants and society",
    nameFr: "Promouvoir le bien-être socioéconomique des migrants et de la société",
    nameEs: "Fomentar el bienestar socioeconómico de los migrantes y de la sociedad",
    sort: 4,
  },
  {
    code: "O2",
    kind: "objective",
    nameEn: "Addressing the mobility dimensions of crises",
    nameFr: "Traiter les dimensions de mobilité des crises",
    nameEs: "Abordar las dimensiones de movilidad de las crisis",
    sort: 5,
  },
  {
    code: "O3",
    kind: "objective",
    nameEn: "Safe, orderly and dignified migration and mobility",
    nameFr: "Migration et mobilité sûres, ordonnées et dignes",
    nameEs: "Migración y movilidad seguras, ordenadas y dignas",
    sort: 6,
  },
] as const satisfies readonly (typeof migofElements.$inferInsert)[];

export type MigofCode = (typeof MIGOF_ELEMENTS)[number]["code"];
