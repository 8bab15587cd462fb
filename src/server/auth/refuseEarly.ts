import type { FastifyRequest } from "fastify";
import type { ApplicationAction } from "../policies/actions";
import { authorize } from "../policies/authorize";
import { requireUser } from "./plugin";

/**
 * A preValidation hook that refuses a user who may not do this at all before the request is
 * validated: they learn that, not the body's rules. The use case asks the policy again; this
 * only answers first.
 */
export function refuseEarlyUnless(action: ApplicationAction) {
  return async (request: FastifyRequest): Promise<void> => {
    authorize(requireUser(request), action);
  };
}
