import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context";
import { databaseFailure } from "../db/failures";

const health = z.object({ status: z.enum(["ok"]), db: z.enum(["pglite", "postgres"]), version: z.string() });
const degraded = z.object({
  status: z.enum(["degraded"]),
  db: z.enum(["unreachable"]),
  version: z.string(),
  message: z.string(),
});

/** A load balancer waits about this long; a database that takes longer counts as unreachable. */
const CHECK_TIMEOUT_MS = 3_000;

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/health",
    {
      // Answered under any load (no admission lane): a load balancer must get its answer.
      config: { public: true, admission: "none" },
      schema: {
        tags: ["system"],
        summary:
          "Is the server up, and on which database; 503 while the database cannot be reached (take the server out of a load balancer)",
        response: { 200: health, 503: degraded },
      },
    },
    async (request, reply) => {
      try {
        await withTimeout(ctx.db.execute(sql`select 1`), CHECK_TIMEOUT_MS);
        ctx.dbStatus.answered();
        return { status: "ok" as const, db: ctx.dbKind, version: ctx.version };
      } catch (error) {
        ctx.dbStatus.failed(databaseFailure(error) ?? "unreachable", error);
        request.log.debug({ err: error }, "health check failed");
        return reply
          .status(503)
          .header("retry-after", "5")
          .send({
            status: "degraded" as const,
            db: "unreachable" as const,
            version: ctx.version,
            message: "PRIMA cannot reach its database; retrying",
          });
      }
    },
  );
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
