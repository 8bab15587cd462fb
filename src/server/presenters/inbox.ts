/** The only place where the inbox's queues and the notifications are shaped for clients. */
import { noticeFact, noticeName } from "../../domain/events";
import type { Inbox, InboxItem, InboxQueue, Notification } from "../../domain/inbox";
import type { ProjectStatus } from "../../domain/lifecycle";
import { formatMoney } from "../../domain/money";
import type { NotificationRow } from "../services/inbox/listNotifications";
import type { InboxItemRow } from "../services/inbox/loadInbox";

export function presentInboxItem(row: InboxItemRow): InboxItem {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status as ProjectStatus,
    region: row.region,
    fundingYear: row.fundingYear,
    fundLine: row.fundLine,
    requestedBudget: formatMoney(row.requestedBudgetCents),
    since: new Date(row.since).toISOString(),
    lastComment: row.lastComment,
    report: row.report,
    extension: row.extension,
    revision: row.revision
      ? {
          id: row.revision.id,
          previous: formatMoney(row.revision.previousCents),
          requested: formatMoney(row.revision.newCents),
        }
      : null,
  };
}

export function presentInbox(inbox: { queues: { queue: InboxQueue; items: InboxItemRow[] }[] }): Inbox {
  return { queues: inbox.queues.map(({ queue, items }) => ({ queue, items: items.map(presentInboxItem) })) };
}

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    project: { id: row.projectId, code: row.code, title: row.title },
    // The typed payload (migration 0010 gave one to every older notice too).
    transition: noticeName(row.notice) as Notification["transition"],
    toStatus: noticeFact(row.notice),
    reportId: row.reportId,
    report:
      row.reportKind && row.reportStage && row.reportSequence !== null
        ? { kind: row.reportKind, stage: row.reportStage, sequence: row.reportSequence }
        : null,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? "" } : null,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
