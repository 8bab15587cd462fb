/**
 * The HTTP application: security headers, cookies, rate limits, the JSON API under /api with its
 * OpenAPI document, and the single-page web app for every other path.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { authPlugin } from "./auth/plugin";
import type { AppContext } from "./context";
import { rememberWrites } from "./db/readReplica";
import { admitRequests, createAdmissionLanes } from "./http/admission";
import { frameworkErrors, installErrorHandler } from "./http/errorHandler";
import { refuseUnstorableText } from "./http/storableText";
import { analysisRoutes } from "./routes/analysis";
import { apiTokenRoutes } from "./routes/apiTokens";
import { appealsRoutes } from "./routes/appeals";
import { authRoutes } from "./routes/auth";
import { bookmarksRoutes } from "./routes/bookmarks";
import { cofundingRoutes } from "./routes/cofunding";
import { dashboardRoutes } from "./routes/dashboard";
import { documentRoutes } from "./routes/documents";
import { exportsRoutes } from "./routes/exports";
import { extensionRoutes } from "./routes/extensions";
import { fundRuleRoutes } from "./routes/fundRules";
import { healthRoutes } from "./routes/health";
import { inboxRoutes } from "./routes/inbox";
import { knowledgeRoutes } from "./routes/knowledge";
import { noticePreferenceRoutes } from "./routes/noticePreferences";
import { outboxRoutes } from "./routes/outbox";
import { portfolioRoutes } from "./routes/portfolio";
import { profileRoutes } from "./routes/profile";
import { projectImportRoutes } from "./routes/projectImport";
import { projectRoutes } from "./routes/projects";
import { referenceRoutes } from "./routes/reference";
import { reportRoutes } from "./routes/reports";
import { resultsRoutes } from "./routes/results";
import { revisionRoutes } from "./routes/revisions";
import { searchRoutes } from "./routes/search";
import { spendingRoutes } from "./routes/spending";
import { ssoRoutes } from "./routes/sso";
import { timelineRoutes } from "./routes/timeline";
import { twoFactorRoutes } from "./routes/twoFactor";
import { userRoutes } from "./routes/users";
import { webhookRoutes } from "./routes/webhooks";
import { workflowRoutes } from "./routes/workflow";

/** The built web app; PRIMA_WEB_DIST points elsewhere, so that several builds can be tried side by side. */
export const WEB_ROOT =
  process.env.PRIMA_WEB_DIST ?? fileURLToPath(new URL("../../dist/web", import.meta.url));

/** JSON bodies above this are refused outright; below it, fields get their own limits and messages. */
const BODY_LIMIT = 2 * 1024 * 1024;

/** Trust the nearest n proxies in X-Forwarded-For, as a load balancer in front of PRIMA would be. */
function hopsTrusted(n: number) {
  return (_address: string, hop: number) => hop < n;
}

export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: ctx.config.logLevel },
    bodyLimit: BODY_LIMIT,
    frameworkErrors,
    trustProxy:
      typeof ctx.config.trustProxy === "number" ? hopsTrusted(ctx.config.trustProxy) : ctx.config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, ctx.dbStatus);
  app.addHook("onClose", async () => ctx.mail.close());
  app.addHook("onClose", async () => ctx.webhooks.close());
  const replica = ctx.readReplica;
  if (replica) app.addHook("onClose", () => replica.close());

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: ctx.config.publicUrl.startsWith("https:") ? [] : null,
      },
    },
    strictTransportSecurity: ctx.config.publicUrl.startsWith("https:"),
  });
  // Field offices often sit behind slow links: scripts and JSON go out compressed.
  await app.register(compress, { global: true });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "PRIMA API",
        description: "Project Information and Management Application",
        version: ctx.version,
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "prima_session" } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    // Swagger UI's own policy would push a plain-HTTP installation's assets to https and block
    // the styles its script injects.
    transformStaticCSP: (header: string) =>
      header
        .replace(" upgrade-insecure-requests;", "")
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';"),
  });

  app.decorate("admission", createAdmissionLanes(ctx.config.admission));
  await app.register(
    async (api) => {
      // First of all hooks: a request beyond capacity is refused before it costs a session lookup.
      admitRequests(api, app.admission, ctx.config.admission);
      await api.register(authPlugin, { ctx });
      if (ctx.readReplica) rememberWrites(api, ctx.readReplica);
      refuseUnstorableText(api);
      await api.register(healthRoutes, { ctx });
      await api.register(authRoutes, { ctx });
      await api.register(ssoRoutes, { ctx });
      await api.register(referenceRoutes, { ctx });
      await api.register(projectRoutes, { ctx });
      await api.register(userRoutes, { ctx });
      await api.register(profileRoutes, { ctx });
      await api.register(noticePreferenceRoutes, { ctx });
      await api.register(apiTokenRoutes, { ctx });
      await api.register(twoFactorRoutes, { ctx });
      await api.register(workflowRoutes, { ctx });
      await api.register(documentRoutes, { ctx });
      await api.register(inboxRoutes, { ctx });
      await api.register(fundRuleRoutes, { ctx });
      await api.register(resultsRoutes, { ctx });
      await api.register(reportRoutes, { ctx });
      await api.register(extensionRoutes, { ctx });
      await api.register(searchRoutes, { ctx });
      await api.register(bookmarksRoutes, { ctx });
      await api.register(portfolioRoutes, { ctx });
      await api.register(dashboardRoutes, { ctx });
      await api.register(analysisRoutes, { ctx });
      await api.register(exportsRoutes, { ctx });
      await api.register(appealsRoutes, { ctx });
      await api.register(timelineRoutes, { ctx });
      await api.register(outboxRoutes, { ctx });
      await api.register(knowledgeRoutes, { ctx });
      await api.register(projectImportRoutes, { ctx });
      await api.register(webhookRoutes, { ctx });
      await api.register(revisionRoutes, { ctx });
      await api.register(spendingRoutes, { ctx });
      await api.register(cofundingRoutes, { ctx });
      api.get(
        "/openapi.json",
        { config: { public: true, admission: "none" }, schema: { hide: true } },
        async () => app.swagger(),
      );
    },
    { prefix: "/api" },
  );

  const webBuilt = existsSync(`${WEB_ROOT}/index.html`);
  if (webBuilt) {
    // Vite names built assets by content hash, so a browser may keep them for good.
    await app.register(fastifyStatic, {
      root: path.join(WEB_ROOT, "assets"),
      prefix: "/assets/",
      maxAge: "365d",
      immutable: true,
      decorateReply: false,
    });
    await app.register(fastifyStatic, { root: WEB_ROOT, prefix: "/", index: "index.html" });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api")) {
      return reply
        .status(404)
        .send({ error: "not_found", message: `No API route ${request.method} ${request.url.split("?")[0]}` });
    }
    // A missing script must fail as a 404, not load the app's HTML in its place (e.g. after a deploy).
    if (request.url.startsWith("/assets/")) {
      return reply.status(404).type("text/plain").send("Not found");
    }
    if (!webBuilt) {
      return reply.status(503).type("text/plain").send("The web app is not built yet: run `npm run build`.");
    }
    // Client-side routes (/projects/…) are answered with the app, which routes itself.
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
  return app;
}
