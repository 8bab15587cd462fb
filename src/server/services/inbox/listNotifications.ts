/** The signed-in user's latest notifications, newest first, with the project, report and actor named. */
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { notifications, projects, reports, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";

export function listNotifications(db: DbOrTx, user: Actor) {
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
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(100);
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];
