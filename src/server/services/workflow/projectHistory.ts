/**
 * A project's filed history, newest first, derived from the one event log (domain_events, see
 * src/domain/events.ts): its creation and transitions (with comments), edits (field before/after),
 * comments, documents, results matrix and workplan saves, extensions and what happened to its
 * reports. Read-only: nothing in the API writes to it but the use cases themselves, and the
 * table refuses UPDATE and DELETE. Entries carry the event's own id; the order is the log's
 * (time, then the order the events were recorded in).
 */
import { and, desc, eq, notInArray } from "drizzle-orm";
import { NOT_HISTORY_KINDS } from "../../../domain/events";
import type { DbOrTx } from "../../db/client";
import { domainEvents, users } from "../../db/schema";

/** One event of the log as the history reads it. */
export interface HistoryEvent {
  id: number;
  kind: string;
  at: Date;
  payload: unknown;
  actorId: string | null;
  actorName: string | null;
}

export async function projectHistory(db: DbOrTx, projectId: string): Promise<HistoryEvent[]> {
  const rows = await db
    .select({
      id: domainEvents.id,
      kind: domainEvents.kind,
      at: domainEvents.at,
      payload: domainEvents.payload,
      actorId: users.id,
      actorName: users.name,
    })
    .from(domainEvents)
    .leftJoin(users, eq(users.id, domainEvents.actorId))
    .where(and(eq(domainEvents.projectId, projectId), notInArray(domainEvents.kind, [...NOT_HISTORY_KINDS])))
    .orderBy(desc(domainEvents.at), desc(domainEvents.id));
  return rows;
}
