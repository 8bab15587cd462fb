/** The only place where workplan JSON for clients is shaped. */
import type { Workplan } from "../../domain/workplan";
import type { WorkplanPolicies } from "../policies/planPolicies";
import type { WorkplanRecord } from "../services/workplan/loadWorkplan";

export function presentWorkplan(record: WorkplanRecord, can: WorkplanPolicies): Workplan {
  return {
    milestones: record.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      plannedDate: m.plannedDate,
      actualDate: m.actualDate,
    })),
    version: record.version,
    updatedAt: record.updatedAt ? record.updatedAt.toISOString() : null,
    can,
  };
}
