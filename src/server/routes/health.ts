import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context";

const health = z.object({ status: z.enum(["ok"]), db: z.enum(["pglite", "postgres"]), version: z.string() });

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/health",
    {
      config: { public: true },
      schema: {
        tags: ["system"],
        summary: "Is the server up, and on which database",
        response: { 200: health },
      },
    },
    async () => {
      await ctx.db.execute(sql`select 1`);
      return { status: "ok" as const, db: ctx.dbKind, version: ctx.version };
    },
  );
};
