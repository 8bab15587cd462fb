import { parseMoney } from "../../../domain/money";
import type { ProjectData } from "../../../domain/project";

/** The project's own columns from validated input: shared by creating and editing a draft. */
export function projectColumns(
  data: ProjectData,
  people: { region: string | null; pmId: string; altPmId: string | null },
) {
  return {
    title: data.title,
    summary: data.summary,
    objective: data.objective,
    type: data.type,
    regionCode: people.region,
    fundingYear: data.fundingYear,
    fundLine: data.fundLine,
    requestedBudgetCents: parseMoney(data.requestedBudget) ?? 0,
    plannedStart: data.plannedStart,
    plannedEnd: data.plannedEnd,
    pmId: people.pmId,
    altPmId: people.altPmId,
    genderMarker: data.genderMarker ?? null,
    followUpOfId: data.followUpOfId ?? null,
  };
}
