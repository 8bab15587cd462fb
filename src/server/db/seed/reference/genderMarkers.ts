/**
 * The Inter-Agency Standing Committee (IASC) gender marker, which IOM uses for its projects
 * (seed 001, "IOM-wide Gender Marker System").
 */
import type { genderMarkers } from "../../schema";

export const GENDER_MARKERS = [
  {
    code: "0",
    nameEn: "0 – No contribution to gender equality",
    nameFr: "0 – Aucune contribution à l'égalité des sexes",
    nameEs: "0 – Ninguna contribución a la igualdad de género",
    descriptionEn:
      "Gender is not reflected anywhere in the project; it is not expected to contribute to gender equality.",
    descriptionFr:
      "Le genre n'apparaît nulle part dans le projet ; il ne devrait pas contribuer à l'égalité des sexes.",
    descriptionEs:
      "El género no se refleja en ninguna parte del proyecto; no se espera que contribuya a la igualdad de género.",
    sort: 1,
  },
  {
    code: "1",
    nameEn: "1 – Limited contribution to gender equality",
    nameFr: "1 – Contribution limitée à l'égalité des sexes",
    nameEs: "1 – Contribución limitada a la igualdad de género",
    descriptionEn:
      "Gender dimensions appear in only one or two components of the project (needs assessment, activities or outcomes).",
    descriptionFr:
      "La dimension de genre n'apparaît que dans un ou deux éléments du projet (évaluation des besoins, activités ou résultats).",
    descriptionEs:
      "La dimensión de género solo aparece en uno o dos componentes del proyecto (evaluación de necesidades, actividades o resultados).",
    sort: 2,
  },
  {
    code: "2a",
    nameEn: "2a – Gender mainstreaming",
    nameFr: "2a – Intégration du genre",
    nameEs: "2a – Incorporación de la perspectiva de género",
    descriptionEn:
      "The project is designed to contribute significantly to gender equality: a gender analysis of the needs is reflected in its activities and outcomes.",
    descriptionFr:
      "Le projet est conçu pour contribuer de manière significative à l'égalité des sexes : l'analyse de genre des besoins se reflète dans ses activités et ses résultats.",
    descriptionEs:
      "El proyecto está diseñado para contribuir de manera significativa a la igualdad de género: el análisis de género de las necesidades se refleja en sus actividades y resultados.",
    sort: 3,
  },
  {
    code: "2b",
    nameEn: "2b – Targeted action",
    nameFr: "2b – Action ciblée",
    nameEs: "2b – Acción específica",
    descriptionEn:
      "The principal purpose of the project is to advance gender equality, targeting women, girls, men or boys with specific needs.",
    descriptionFr:
      "L'objectif principal du projet est de faire progresser l'égalité des sexes, en ciblant des femmes, des filles, des hommes ou des garçons ayant des besoins particuliers.",
    descriptionEs:
      "El propósito principal del proyecto es promover la igualdad de género, dirigiéndose a mujeres, niñas, hombres o niños con necesidades específicas.",
    sort: 4,
  },
] as const satisfies readonly (typeof genderMarkers.$inferInsert)[];

export type GenderMarkerCode = (typeof GENDER_MARKERS)[number]["code"];
