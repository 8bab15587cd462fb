/**
 * Who is asking: reads the session cookie on every request, refuses any non-public route without
 * a session, and refuses a change (POST, PUT, PATCH, DELETE) whose X-CSRF-Token header does not
 * match the session's token. A cross-site form
 * can send the cookie but cannot read or set that header. A personal API token
 * (Authorization: Bearer) stands for its owner instead; read-only tokens may not change anything.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import "@fastify/cookie";
import fp from "fastify-plugin";
import { Refused, Unauthenticated } from "../../domain/errors";
import { setupRequired } from "../../domain/twoFactor";
import type { AppContext } from "../context";
import { bearerToken, findTokenUser } from "./apiTokens";
import { findSessionUser, SESSION_COOKIE, type SessionUser } from "./sessions";

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Open without a session (health, sign-in). Every other route requires one. */
    public?: boolean;
    /** Open to a session held at two-factor setup (the setup itself, who am I, sign out). */
    beforeTwoFactorSetup?: boolean;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const authPlugin = fp(async (app: FastifyInstance, { ctx }: { ctx: AppContext }) => {
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (request) => {
    const bearer = bearerToken(request.headers.authorization);
    if (bearer) {
      // A token that does not work is an error, not "anonymous": the caller meant to be someone.
      request.user = await findTokenUser(ctx.db, ctx.sessionSecret, bearer, ctx.now());
      if (!request.user)
        throw new Unauthenticated("This API token does not work: unknown, expired or revoked");
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await findSessionUser(ctx.db, ctx.sessionSecret, token, ctx.now()) : null;
  });
  // Before validation, so that an anonymous or forged request learns nothing about the body's rules.
  app.addHook("preValidation", async (request) => {
    if (!request.user) {
      if (request.routeOptions.config.public) return;
      throw new Unauthenticated();
    }
    const config = request.routeOptions.config;
    // Checked here, for every route, so that no page of the web app can be the way around it.
    if (request.user.twoFactorSetupPending && !config.public && !config.beforeTwoFactorSetup) {
      throw setupRequired();
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (request.user.via === "token") {
      if (request.user.scope === "read") throw new Refused("This API token may only read");
      return;
    }
    if (request.headers["x-csrf-token"] !== request.user.csrfToken) {
      throw new Refused("Missing or wrong X-CSRF-Token header; reload the page and try again");
    }
  });
});

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new Unauthenticated();
  return request.user;
}

/**
 * The person, signed in in a browser: what an API token must not do (make more tokens, see them),
 * so that a leaked token cannot make itself permanent.
 */
export function requireSignedIn(request: FastifyRequest): SessionUser {
  const user = requireUser(request);
  if (user.via === "token")
    throw new Refused("API tokens are managed in PRIMA itself, signed in, not with a token");
  return user;
}
