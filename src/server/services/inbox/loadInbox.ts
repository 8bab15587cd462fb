/**
 * What waits for a user: the queues of their role, and how many items they hold. The badge counts
 * and the inbox page read the same queues, so both live beside the queues' one definition.
 */
import { and, count, eq, isNull, or, sql } from "drizzle-orm";
import type { InboxQueue } from "../../../domain/inbox";
import { stepsOnCourse } from "../../../domain/lifecycleFacts";
import type { DbOrTx } from "../../db/client";
import { notifications, projects } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { inboxQueues, reviewQueueRegion } from "../../policies/inbox";
import { isStepIn } from "../sql/lifeCycleSql";

function queueCondition(user: Actor, queue: InboxQueue) {
  const mine = or(eq(projects.pmId, user.id), eq(projects.altPmId, user.id));
  switch (queue) {
    case "toReview": {
      const region = reviewQueueRegion(user);
      return and(
        eq(projects.status, "submitted"),
        region ? eq(projects.regionCode, region) : isNull(projects.regionCode),
      );
    }
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

function queueItems(db: DbOrTx, user: Actor, queue: InboxQueue, limit: number) {
  return db
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
}

export type InboxItemRow = Awaited<ReturnType<typeof queueItems>>[number];

export async function loadInbox(db: DbOrTx, user: Actor) {
  const queues: { queue: InboxQueue; items: InboxItemRow[] }[] = [];
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
