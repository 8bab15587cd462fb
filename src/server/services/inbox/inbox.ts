/** What waits for a user: the queues of their role, and their notifications. */
import { and, count, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { noticeFact, noticeName } from "../../../domain/events";
import type { InboxItem, InboxQueue, Notification } from "../../../domain/inbox";
import type { ProjectStatus } from "../../../domain/lifecycle";
import { stepsOnCourse } from "../../../domain/lifecycleFacts";
import { formatMoney } from "../../../domain/money";
import type { DbOrTx } from "../../db/client";
import { notifications, projects, reports, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { inboxQueues } from "../../policies/inbox";
import { isStepIn } from "../sql/lifeCycleSql";

function queueCondition(user: Actor, queue: InboxQueue) {
  const mine = or(eq(projects.pmId, user.id), eq(projects.altPmId, user.id));
  switch (queue) {
    case "toReview":
      return and(
        eq(projects.status, "submitted"),
        user.role === "reviewer" && user.region
          ? eq(projects.regionCode, user.region)
          : isNull(projects.regionCode),
      );
    case "toApprove":
      return eq(projects.status, "endorsed");
    case "returnedToMe":
      return and(eq(projects.status, "draft"), mine, isStepIn(sql`last.transition`, stepsOnCourse("back")));
    case "toStart":
      return and(eq(projects.status, "approved"), mine);
  }
}

/** The latest transition of each project: when it arrived where it is, and the last word said. */
const lastTransition = sql`lateral (
  select t.transition, t.at, t.comment from project_transitions t
  where t.project_id = ${projects.id} order by t.at desc, t.id desc limit 1
) last`;

async function queueItems(db: DbOrTx, user: Actor, queue: InboxQueue, limit: number): Promise<InboxItem[]> {
  const rows = await db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      status: projects.status,
      region: projects.regionCode,
      fundingYear: projects.fundingYear,
      fundLine: projects.fundLine,
      requestedBudgetCents: projects.requestedBudgetCents,
      since: sql<string>`last.at`,
      lastComment: sql<string | null>`nullif(last.comment, '')`,
    })
    .from(projects)
    .innerJoin(lastTransition, sql`true`)
    .where(queueCondition(user, queue))
    .orderBy(sql`last.at asc`)
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    status: r.status as ProjectStatus,
    region: r.region,
    fundingYear: r.fundingYear,
    fundLine: r.fundLine,
    requestedBudget: formatMoney(r.requestedBudgetCents),
    since: new Date(r.since).toISOString(),
    lastComment: r.lastComment,
  }));
}

export async function loadInbox(db: DbOrTx, user: Actor) {
  const queues = [];
  for (const queue of inboxQueues(user))
    queues.push({ queue, items: await queueItems(db, user, queue, 500) });
  return { queues };
}

export async function inboxCounts(db: DbOrTx, user: Actor) {
  let waiting = 0;
  for (const queue of inboxQueues(user)) {
    const [row] = await db
      .select({ n: count() })
      .from(projects)
      .innerJoin(lastTransition, sql`true`)
      .where(queueCondition(user, queue));
    waiting += row?.n ?? 0;
  }
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
  return { waiting, unreadNotifications: unread?.n ?? 0 };
}

export async function listNotifications(db: DbOrTx, user: Actor): Promise<Notification[]> {
  const rows = await db
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
  return rows.map((r) => ({
    id: r.id,
    project: { id: r.projectId, code: r.code, title: r.title },
    // The typed payload (migration 0010 gave one to every older notice too).
    transition: noticeName(r.notice) as Notification["transition"],
    toStatus: noticeFact(r.notice),
    reportId: r.reportId,
    report:
      r.reportKind && r.reportStage && r.reportSequence !== null
        ? { kind: r.reportKind, stage: r.reportStage, sequence: r.reportSequence }
        : null,
    actor: r.actorId ? { id: r.actorId, name: r.actorName ?? "" } : null,
    comment: r.comment,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt ? r.readAt.toISOString() : null,
  }));
}

/** Marks the user's own notifications read (all, or the given ones); others' are untouched. */
export async function markNotificationsRead(db: DbOrTx, user: Actor, ids: number[] | undefined, now: Date) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, user.id),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids.length > 0 ? ids : [-1]) : undefined,
      ),
    );
}
