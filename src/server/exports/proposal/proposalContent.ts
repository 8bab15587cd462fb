/** What a proposal document shows: the API's project, its results matrix and workplan, the names. */
import type { ProjectDetail } from "../../../domain/project";
import type { ReferenceData } from "../../../domain/reference";
import type { Indicator } from "../../../domain/resultsMatrix";

export interface ProposalContent {
  project: ProjectDetail;
  matrix: {
    objectiveAssumptions: string;
    objectiveIndicators: Indicator[];
    outcomes: {
      statement: string;
      assumptions: string;
      indicators: Indicator[];
      outputs: { statement: string; assumptions: string; indicators: Indicator[] }[];
    }[];
  };
  milestones: { title: string; plannedDate: string; actualDate: string | null }[];
  reference: ReferenceData;
  /** The day the document is made, as an ISO date. */
  today: string;
}
