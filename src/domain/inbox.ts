/** "Waiting for me": the proposals, reports, extension and budget revision requests each role must act on, and in-app notifications. */
import { z } from "zod";
import { PROJECT_STATUSES, TRANSITION_NAMES } from "./lifecycle";
import { REPORT_KINDS, REPORT_STAGES } from "./reportSchedule";

export const inboxItem = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  status: z.enum(PROJECT_STATUSES),
  region: z.string().nullable(),
  fundingYear: z.number().int(),
  fundLine: z.string(),
  requestedBudget: z.string(),
  /** When it arrived in its current status: how long it has been waiting. */
  since: z.iso.datetime({ offset: true }),
  lastComment: z.string().nullable(),
  /** For a report waiting for its decision: which one (the item opens the report). */
  report: z
    .object({
      id: z.uuid(),
      kind: z.enum(REPORT_KINDS),
      stage: z.enum(REPORT_STAGES),
      sequence: z.number().int(),
    })
    .nullable(),
  /** For an extension request waiting for its decision: the end date asked for. */
  extension: z.object({ id: z.uuid(), requestedEnd: z.iso.date() }).nullable(),
  /** For a budget revision waiting for its decision: the budget now and the one asked for (USD). */
  revision: z.object({ id: z.uuid(), previous: z.string(), requested: z.string() }).nullable(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const INBOX_QUEUES = [
  "toReview",
  "toApprove",
  "reportsToDecide",
  "extensionsToDecide",
  "revisionsToDecide",
  "returnedToMe",
  "toStart",
] as const;
export type InboxQueue = (typeof INBOX_QUEUES)[number];

export const inbox = z.object({
  /** Only the queues that apply to the user's role are present. */
  queues: z.array(z.object({ queue: z.enum(INBOX_QUEUES), items: z.array(inboxItem) })),
});
export type Inbox = z.infer<typeof inbox>;

export const inboxCounts = z.object({
  waiting: z.number().int(),
  unreadNotifications: z.number().int(),
});
export type InboxCounts = z.infer<typeof inboxCounts>;

/**
 * Monitoring events notified in the app besides life-cycle transitions. For report events the
 * notification carries the report; `toStatus` then holds the report's state, or the reminder
 * step ("before:7", "overdue:2"); for extensions, the requested end date; for a comment, the
 * proposal's section it is on ("general" for the whole proposal).
 */
export const MONITORING_EVENTS = [
  "reportSubmitted",
  "reportReturned",
  "reportAccepted",
  "reportReminder",
  "extensionRequested",
  "extensionApproved",
  "extensionRefused",
  "projectCommented",
  "revisionRequested",
  "revisionApproved",
  "revisionRefused",
] as const;
export type MonitoringEvent = (typeof MONITORING_EVENTS)[number];

export const notification = z.object({
  id: z.number().int(),
  project: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  transition: z.enum([...TRANSITION_NAMES, ...MONITORING_EVENTS]),
  /** A project status for transitions; see MONITORING_EVENTS for the others. */
  toStatus: z.string(),
  reportId: z.uuid().nullable(),
  /** Which report a report event or reminder is about, to name it. */
  report: z
    .object({ kind: z.enum(REPORT_KINDS), stage: z.enum(REPORT_STAGES), sequence: z.number().int() })
    .nullable(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  comment: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof notification>;
/** The kinds a person filters their notifications by (and later chooses how to be told of). */
export const NOTICE_KINDS = ["workflow", "comments", "reports", "reminders", "extensions"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The notifications' names (`transition`) each kind gathers. */
export const NOTICES_OF_KIND: Record<NoticeKind, readonly string[]> = {
  workflow: TRANSITION_NAMES,
  comments: ["projectCommented"],
  reports: ["reportSubmitted", "reportReturned", "reportAccepted"],
  reminders: ["reportReminder"],
  // Budget revisions are the other change to a funded project the fund decides: told with extensions.
  extensions: [
    "extensionRequested",
    "extensionApproved",
    "extensionRefused",
    "revisionRequested",
    "revisionApproved",
    "revisionRefused",
  ],
};

export const notificationQuery = z.strictObject({
  kind: z.enum(NOTICE_KINDS).optional(),
  projectId: z.uuid().optional(),
});
export type NotificationQuery = z.infer<typeof notificationQuery>;

export const notificationList = z.object({
  items: z.array(notification),
  /** The projects the person has notifications about, to filter by (newest first). */
  projects: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string() })),
});
export const markNotificationsRead = z.object({
  ids: z.array(z.number().int().positive()).max(500).optional().describe("Omit to mark all as read"),
});
