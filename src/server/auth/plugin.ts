/**
 * Who is asking: reads the session cookie on every request, refuses any non-public route without
 * a session, and refuses a change (POST, PUT, PATCH, DELETE) whose X-CSRF-Token header does not
 * match the session's token. A cross-site form
 * can send the cookie but cannot read or set that header.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import "@fastify/cookie";
import fp from "fastify-plugin";
import { Refused, Unauthenticated } from "../../domain/errors";
import type { AppContext } from "../context";
import { findSessionUser, SESSION_COOKIE, type SessionUser } from "./sessions";

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Open without a session (health, sign-in). Every other route requires one. */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const authPlugin = fp(async (app: FastifyInstance, { ctx }: { ctx: AppContext }) => {
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await findSessionUser(ctx.db, ctx.sessionSecret, token, ctx.now()) : null;
  });
  // Before validation, so that an anonymous or forged request learns nothing about the body's rules.
  app.addHook("preValidation", async (request) => {
    if (!request.user) {
      if (request.routeOptions.config.public) return;
      throw new Unauthenticated();
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers["x-csrf-token"] !== request.user.csrfToken) {
      throw new Refused("Missing or wrong X-CSRF-Token header; reload the page and try again");
    }
  });
});

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new Unauthenticated();
  return request.user;
}
