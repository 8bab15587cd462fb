import { projectDetail } from "../../domain/project";

/** Whether a URL segment can name a project at all (the API's own id schema decides). */
export function isProjectId(id: string | undefined): id is string {
  return projectDetail.shape.id.safeParse(id).success;
}
