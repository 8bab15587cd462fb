import type { FastifyRequest } from "fastify";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import type { ProjectRecordAction } from "../policies/actions";
import type { Actor } from "../policies/actor";
import type { ProjectScopeFacts } from "../policies/project";
import { readableProject as readableFor } from "../services/projects/readableProject";

/** The signed-in user and the project they address (services/projects/readableProject.ts decides). */
export async function readableProject(
  ctx: AppContext,
  request: FastifyRequest,
  id: string,
  action?: ProjectRecordAction,
): Promise<{ user: Actor; project: ProjectScopeFacts }> {
  const user = requireUser(request);
  return { user, project: await readableFor(ctx.db, user, id, action) };
}
