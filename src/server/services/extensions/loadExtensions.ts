/**
 * What the extension use cases share: reading requests with the people involved (shaped for
 * clients by presenters/extension.ts). Telling the people concerned is the event pipeline's job
 * (src/server/events/).
 */
import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { extensions, users } from "../../db/schema";

export type ExtensionRow = typeof extensions.$inferSelect;

export interface ExtensionRecord {
  extension: ExtensionRow;
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
}

const decider = alias(users, "decider");

/** A project's extension requests, newest first, with who asked and who decided. */
export async function loadExtensions(
  db: DbOrTx,
  where: { projectId: string } | { id: string },
): Promise<ExtensionRecord[]> {
  const rows = await db
    .select({
      extension: extensions,
      requester: { id: users.id, name: users.name },
      decider: { id: decider.id, name: decider.name },
    })
    .from(extensions)
    .innerJoin(users, eq(users.id, extensions.requestedById))
    .leftJoin(decider, eq(decider.id, extensions.decidedById))
    .where("id" in where ? eq(extensions.id, where.id) : eq(extensions.projectId, where.projectId))
    .orderBy(desc(extensions.requestedAt), desc(extensions.id));
  return rows.map(({ extension, requester, decider: decidedBy }) => ({
    extension,
    requestedBy: requester,
    decidedBy: decidedBy?.id ? decidedBy : null,
  }));
}

/** Whether a database error is the violation of the named unique index (Drizzle wraps the driver's error). */
export function violates(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
    if (code === "23505" && (name === constraint || message?.includes(constraint))) return true;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}

/** The open request of a project, if any. */
export async function openRequest(db: DbOrTx, projectId: string): Promise<ExtensionRow | null> {
  const [row] = await db
    .select()
    .from(extensions)
    .where(and(eq(extensions.projectId, projectId), eq(extensions.status, "requested")));
  return row ?? null;
}
