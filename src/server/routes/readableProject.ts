import type { FastifyRequest } from "fastify";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { notFound } from "../http/errors";
import type { Actor } from "../policies/actor";
import { canProject, type ProjectScopeFacts } from "../policies/project";
import { loadProjectScope } from "../services/loadProject";

/** The signed-in user and the project they address, or 404 if it is not there for them. */
export async function readableProject(
  ctx: AppContext,
  request: FastifyRequest,
  id: string,
): Promise<{ user: Actor; project: ProjectScopeFacts }> {
  const user = requireUser(request);
  const project = await loadProjectScope(ctx.db, id);
  if (!project || !canProject(user, "read", project)) throw notFound("This project");
  return { user, project };
}
