/**
 * What waits for a user: the queues of their role, and how many items they hold. The badge counts
 * and the inbox page read the same queues, so both live beside the queues' one definition.
 */
import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import type { InboxQueue } from "../../../domain/inbox";
import { stepsOnCourse } from "../../../domain/lifecycleFacts";
import type { DbOrTx } from "../../db/client";
import { budgetRevisions, extensions, notifications, projects, reports } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { inboxQueues, reviewQueueRegion } from "../../policies/inbox";
import { isStepIn } from "../sql/lifeCycleSql";

type ProjectQueue = Exclude<InboxQueue, "reportsToDecide" | "extensionsToDecide" | "revisionsToDecide">;

function queueCondition(user: Actor, queue: ProjectQueue) {
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

const projectFields = {
  id: projects.id,
  code: projects.code,
  title: projects.title,
  status: projects.status,
  region: projects.regionCode,
  fundingYear: projects.fundingYear,
  fundLine: projects.fundLine,
  requestedBudgetCents: projects.requestedBudgetCents,
};

function projectQueueItems(db: DbOrTx, user: Actor, queue: ProjectQueue, limit: number) {
  return db
    .select({
      ...projectFields,
      since: sql<string>`last.at`,
      lastComment: sql<string | null>`nullif(last.comment, '')`,
      report: sql<null>`null`,
      extension: sql<null>`null`,
      revision: sql<null>`null`,
    })
    .from(projects)
    .innerJoin(lastTransition, sql`true`)
    .where(queueCondition(user, queue))
    .orderBy(sql`last.at asc`)
    .limit(limit);
}

/** Reports submitted and not yet accepted or returned: the fund's to decide, oldest first. */
function reportItems(db: DbOrTx, limit: number) {
  return db
    .select({
      ...projectFields,
      since: sql<string>`${reports.submittedAt}`,
      lastComment: sql<string | null>`null`,
      report: { id: reports.id, kind: reports.kind, stage: reports.stage, sequence: reports.sequence },
      extension: sql<null>`null`,
      revision: sql<null>`null`,
    })
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .where(eq(reports.status, "submitted"))
    .orderBy(asc(reports.submittedAt), asc(reports.id))
    .limit(limit);
}

/** Extension requests not yet decided, oldest first, with the PM's justification. */
function extensionItems(db: DbOrTx, limit: number) {
  return db
    .select({
      ...projectFields,
      since: sql<string>`${extensions.requestedAt}`,
      lastComment: sql<string | null>`nullif(${extensions.justification}, '')`,
      report: sql<null>`null`,
      extension: { id: extensions.id, requestedEnd: extensions.requestedEnd },
      revision: sql<null>`null`,
    })
    .from(extensions)
    .innerJoin(projects, eq(projects.id, extensions.projectId))
    .where(eq(extensions.status, "requested"))
    .orderBy(asc(extensions.requestedAt), asc(extensions.id))
    .limit(limit);
}

/** Budget revisions asked for and not yet decided, oldest first, with the PM's justification. */
function revisionItems(db: DbOrTx, limit: number) {
  return db
    .select({
      ...projectFields,
      since: sql<string>`${budgetRevisions.requestedAt}`,
      lastComment: sql<string | null>`nullif(${budgetRevisions.justification}, '')`,
      report: sql<null>`null`,
      extension: sql<null>`null`,
      revision: {
        id: budgetRevisions.id,
        previousCents: budgetRevisions.previousCents,
        newCents: budgetRevisions.newCents,
      },
    })
    .from(budgetRevisions)
    .innerJoin(projects, eq(projects.id, budgetRevisions.projectId))
    .where(eq(budgetRevisions.status, "requested"))
    .orderBy(asc(budgetRevisions.requestedAt), asc(budgetRevisions.id))
    .limit(limit);
}

function queueItems(db: DbOrTx, user: Actor, queue: InboxQueue, limit: number) {
  switch (queue) {
    case "reportsToDecide":
      return reportItems(db, limit);
    case "extensionsToDecide":
      return extensionItems(db, limit);
    case "revisionsToDecide":
      return revisionItems(db, limit);
    default:
      return projectQueueItems(db, user, queue, limit);
  }
}

export type InboxItemRow =
  | Awaited<ReturnType<typeof projectQueueItems>>[number]
  | Awaited<ReturnType<typeof reportItems>>[number]
  | Awaited<ReturnType<typeof extensionItems>>[number]
  | Awaited<ReturnType<typeof revisionItems>>[number];

export async function loadInbox(db: DbOrTx, user: Actor) {
  const queues: { queue: InboxQueue; items: InboxItemRow[] }[] = [];
  // One list per queue; a report's, an extension's or a revision's queue reads its own table.
  for (const queue of inboxQueues(user))
    queues.push({ queue, items: await queueItems(db, user, queue, 500) });
  return { queues };
}

export async function inboxCounts(db: DbOrTx, user: Actor) {
  let waiting = 0;
  for (const queue of inboxQueues(user)) {
    const [row] =
      queue === "reportsToDecide"
        ? await db.select({ n: count() }).from(reports).where(eq(reports.status, "submitted"))
        : queue === "extensionsToDecide"
          ? await db.select({ n: count() }).from(extensions).where(eq(extensions.status, "requested"))
          : queue === "revisionsToDecide"
            ? await db
                .select({ n: count() })
                .from(budgetRevisions)
                .where(eq(budgetRevisions.status, "requested"))
            : await db
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
