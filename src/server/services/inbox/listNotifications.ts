/** The signed-in user's latest notifications, newest first, with the project, report and actor named. */
import { and, desc, eq, inArray, max } from "drizzle-orm";
import { NOTICES_OF_KIND, type NotificationQuery } from "../../../domain/inbox";
import type { DbOrTx } from "../../db/client";
import { notifications, projects, reports, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";

export function listNotifications(db: DbOrTx, user: Actor, query: NotificationQuery = {}) {
  return db
    .select({
      id: notifications.id,
      projectId: projects.id,
      code: projects.code,
      title: projects.title,
      notice: notifications.payload,
      reportId: notifications.reportId,
      reportKind: reports.kind,
      reportStage: reports.stage,
      reportSequence: reports.sequence,
      actorId: users.id,
      actorName: users.name,
      comment: notifications.comment,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(projects, eq(projects.id, notifications.projectId))
    .leftJoin(reports, eq(reports.id, notifications.reportId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(
      and(
        eq(notifications.userId, user.id),
        query.kind ? inArray(notifications.transition, [...NOTICES_OF_KIND[query.kind]]) : undefined,
        query.projectId ? eq(notifications.projectId, query.projectId) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(100);
}

/** The projects a person has notifications about, the latest first: what they can filter by. */
export function notifiedProjects(db: DbOrTx, user: Actor) {
  return db
    .select({ id: projects.id, code: projects.code, title: projects.title })
    .from(notifications)
    .innerJoin(projects, eq(projects.id, notifications.projectId))
    .where(eq(notifications.userId, user.id))
    .groupBy(projects.id, projects.code, projects.title)
    .orderBy(desc(max(notifications.createdAt)))
    .limit(200);
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];
