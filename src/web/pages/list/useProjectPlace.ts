import { useTranslation } from "react-i18next";
import type { ProjectSummary } from "../../../domain/project";
import { useReferenceData } from "../../lib/reference";

export interface ProjectPlace {
  /** "Global", the one country's name, or how many countries. */
  countries: string;
  region: string | null;
}

/** Where a project works, as the list shows it in its table and on its cards. */
export function useProjectPlace(): (project: ProjectSummary) => ProjectPlace {
  const { t } = useTranslation();
  const refs = useReferenceData();
  return (project) => {
    const [first] = project.countries;
    const countries =
      project.type === "global"
        ? t("type.global")
        : project.countries.length === 1 && first
          ? refs.name("countries", first)
          : t("list.countryCount", { count: project.countries.length });
    return { countries, region: project.region ? refs.name("regions", project.region) : null };
  };
}
