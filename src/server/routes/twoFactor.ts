/**
 * Two-factor sign-in: each person's own (status, set up, confirm, new recovery codes, turn off), and
 * the administrator's (require it for administrators and fund managers, reset a person's). Only a
 * signed-in browser manages a person's own: an API token must not be able to turn it off.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import {
  codeInput,
  recoveryCodesAnswer,
  turnOffInput,
  twoFactorRequirement,
  twoFactorSetup,
  twoFactorStatus,
} from "../../domain/twoFactor";
import { requireSignedIn, requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import {
  confirmTwoFactor,
  readTwoFactorStatus,
  regenerateRecoveryCodes,
  resetTwoFactor,
  startTwoFactorSetup,
  turnOffTwoFactor,
} from "../services/twoFactor/manageTwoFactor";
import {
  readTwoFactorRequirement,
  setTwoFactorRequirement,
} from "../services/twoFactor/twoFactorRequirement";

const tags = ["two-factor"];
// The routes a person held at setup may use: without them, nobody could comply.
const duringSetup = { beforeTwoFactorSetup: true };

export const twoFactorRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/me/two-factor",
    {
      config: duringSetup,
      schema: {
        tags,
        summary: "Whether your two-factor sign-in is on, and how many recovery codes are left",
        response: { 200: twoFactorStatus, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => readTwoFactorStatus(ctx.db, requireSignedIn(request)),
  );

  app.post(
    "/me/two-factor/setup",
    {
      config: duringSetup,
      schema: {
        tags,
        summary: "Start setting up: a new secret, as a QR code and as text; not on until confirmed",
        response: { 200: twoFactorSetup, 401: errorBody, 403: errorBody, 409: errorBody },
      },
    },
    async (request) => startTwoFactorSetup(ctx.db, ctx.sessionSecret, requireSignedIn(request), ctx.now()),
  );

  app.post(
    "/me/two-factor/confirm",
    {
      config: duringSetup,
      schema: {
        tags,
        summary: "Switch two-factor on with a current code; answers the recovery codes, this once",
        body: codeInput,
        response: {
          200: recoveryCodesAnswer,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          409: errorBody,
        },
      },
    },
    async (request) =>
      confirmTwoFactor(ctx.db, ctx.sessionSecret, requireSignedIn(request), request.body.code, ctx.now()),
  );

  app.post(
    "/me/two-factor/recovery-codes",
    {
      schema: {
        tags,
        summary: "New recovery codes for a current code; the old ones stop working",
        body: codeInput,
        response: { 200: recoveryCodesAnswer, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) =>
      regenerateRecoveryCodes(
        ctx.db,
        ctx.sessionSecret,
        requireSignedIn(request),
        request.body.code,
        ctx.now(),
      ),
  );

  app.post(
    "/me/two-factor/disable",
    {
      schema: {
        tags,
        summary: "Turn two-factor off, with your password and a current code",
        body: turnOffInput,
        response: { 204: z.null(), 400: errorBody, 401: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      await turnOffTwoFactor(
        ctx.db,
        ctx.sessionSecret,
        requireSignedIn(request),
        request.body,
        { address: request.ip },
        ctx.config.signInLimits,
        ctx.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/admin/two-factor",
    {
      schema: {
        tags,
        summary: "Whether two-factor is required for administrators and fund managers (administrators)",
        response: { 200: twoFactorRequirement, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => readTwoFactorRequirement(ctx.db, requireUser(request)),
  );

  app.put(
    "/admin/two-factor",
    {
      schema: {
        tags,
        summary: "Require two-factor for administrators and fund managers, or not (administrators)",
        body: twoFactorRequirement,
        response: { 200: twoFactorRequirement, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) =>
      setTwoFactorRequirement(ctx.db, requireUser(request), request.body.required, ctx.now()),
  );

  app.delete(
    "/users/:id/two-factor",
    {
      schema: {
        tags,
        summary: "Remove a person's two-factor sign-in, e.g. after a lost phone (administrators)",
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await resetTwoFactor(ctx.db, requireUser(request), request.params.id, ctx.now());
      return reply.status(204).send(null);
    },
  );
};
