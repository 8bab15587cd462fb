/**
 * The one event pipeline. A use case calls recordEvent in its own transaction; it appends the
 * event to domain_events and, in that same transaction, derives what the event causes:
 * - the in-app notices (notifications, with the typed NoticePayload and the event's id), to the
 *   people recipients.ts names for that kind;
 * - one outbox e-mail per notice when e-mail is set up (mails.ts), with a unique key: the event's
 *   id and the person, or for reminders the reminder key below; only to the people who chose
 *   "e-mail at once" for the notice's kind (the default; domain/noticePreferences.ts);
 * - the project's history (services/workflow/projectHistory.ts reads the log itself);
 * - the webhook deliveries of the kinds administrators asked for (webhooks/deliveries.ts).
 * So a rolled-back step leaves no event, no notice and no e-mail, and a committed one has all.
 *
 * Reminders are the one kind told at most once per (report, due date, step, person) whatever the
 * number of runs: each person's key is claimed in `reminders` (ON CONFLICT DO NOTHING) and only
 * the people whose key this transaction inserted are told. A reminder nobody new hears of is not
 * recorded at all, so reruns add nothing. See jobs/reminders.ts for why that is enough.
 */
import { eq } from "drizzle-orm";
import {
  type DomainEvent,
  type EventEnvelope,
  type EventOf,
  noticeFact,
  noticeName,
  noticeOf,
} from "../../domain/events";
import { noticeKindOf } from "../../domain/noticePreferences";
import type { DbOrTx } from "../db/client";
import { domainEvents, notifications, projects, reminders, reports, users } from "../db/schema";
import { queueMail } from "../mail/outbox";
import { noticeChoicesOf } from "../services/notices/noticePreferences";
import { queueWebhooks } from "../webhooks/deliveries";
import type { MailSettings } from "./mailSettings";
import { type EventReport, eventMail } from "./mails";
import { type EventProject, type Recipient, recipientsOf } from "./recipients";

export interface RecordedEvent {
  /** Null when nothing was recorded: a reminder everyone concerned already had. */
  eventId: number | null;
  /** Notices written (one per person told). */
  notified: number;
  /** E-mails put in the outbox by this call. */
  mails: number;
}

/** The key of one person's reminder of one step of one report's due date. */
export function reminderKey(reportId: string, dueDate: string, step: string, userId: string): string {
  return `reminder:${reportId}:${dueDate}:${step}:${userId}`;
}

function reportIdOf(event: DomainEvent): string | null {
  return "reportId" in event.payload && typeof event.payload.reportId === "string"
    ? event.payload.reportId
    : null;
}

async function loadProject(db: DbOrTx, id: string): Promise<EventProject> {
  const [row] = await db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      regionCode: projects.regionCode,
      pmId: projects.pmId,
      altPmId: projects.altPmId,
    })
    .from(projects)
    .where(eq(projects.id, id));
  if (!row) throw new Error(`An event of project ${id}, which does not exist`);
  return row;
}

async function loadReport(db: DbOrTx, id: string | null): Promise<EventReport | null> {
  if (id === null) return null;
  const [row] = await db
    .select({
      reportId: reports.id,
      kind: reports.kind,
      stage: reports.stage,
      sequence: reports.sequence,
      periodStart: reports.periodStart,
      periodEnd: reports.periodEnd,
      dueDate: reports.dueDate,
    })
    .from(reports)
    .where(eq(reports.id, id));
  return row ?? null;
}

async function actorName(db: DbOrTx, id: string | null): Promise<string> {
  if (id === null) return "";
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? "";
}

/** Reminders: keeps the people whose key this transaction claimed first. */
async function claimReminders(
  db: DbOrTx,
  event: Extract<DomainEvent, { kind: "reportReminder" }>,
  people: Recipient[],
  at: Date,
): Promise<Recipient[]> {
  if (people.length === 0) return [];
  const { reportId, dueDate, step } = event.payload;
  const inserted = await db
    .insert(reminders)
    .values(
      people.map((person) => ({
        dedupeKey: reminderKey(reportId, dueDate, step, person.id),
        reportId,
        userId: person.id,
        step,
        createdAt: at,
      })),
    )
    .onConflictDoNothing({ target: reminders.dedupeKey })
    .returning({ userId: reminders.userId });
  const fresh = new Set(inserted.map((row) => row.userId));
  return people.filter((person) => fresh.has(person.id));
}

function mailKey(event: DomainEvent, eventId: number, person: Recipient): string {
  return event.kind === "reportReminder"
    ? reminderKey(event.payload.reportId, event.payload.dueDate, event.payload.step, person.id)
    : `event:${eventId}:${person.id}`;
}

/** The kinds that tell people (noticeOf gives them a notice): recording one needs mail settings. */
export type NotifiedEvent = EventOf<
  | "projectTransitioned"
  | "reportSubmitted"
  | "reportReturned"
  | "reportAccepted"
  | "reportReminder"
  | "extensionRequested"
  | "extensionApproved"
  | "extensionRefused"
  | "projectCommented"
  | "revisionRequested"
  | "revisionApproved"
  | "revisionRefused"
>;
/** The kinds only the history shows. */
export type HistoryOnlyEvent = Exclude<DomainEvent, NotifiedEvent>;

const NO_MAIL: MailSettings = { enabled: false, publicUrl: "" };

/** Appends the event and tells the people it concerns, in the caller's transaction. */
export async function recordEvent(
  db: DbOrTx,
  envelope: EventEnvelope,
  event: NotifiedEvent,
  mail: MailSettings,
): Promise<RecordedEvent>;
export async function recordEvent(
  db: DbOrTx,
  envelope: EventEnvelope,
  event: HistoryOnlyEvent,
): Promise<RecordedEvent>;
export async function recordEvent(
  db: DbOrTx,
  envelope: EventEnvelope,
  event: DomainEvent,
  mail: MailSettings = NO_MAIL,
): Promise<RecordedEvent> {
  const notice = noticeOf(event);
  let people: Recipient[] = [];
  let project: EventProject | null = null;
  if (notice) {
    project = await loadProject(db, envelope.projectId);
    people = await recipientsOf(db, event, project, envelope.actorId);
    if (event.kind === "reportReminder") {
      people = await claimReminders(db, event, people, envelope.at);
      if (people.length === 0) return { eventId: null, notified: 0, mails: 0 };
    }
  }
  const [row] = await db
    .insert(domainEvents)
    .values({
      kind: event.kind,
      projectId: envelope.projectId,
      actorId: envelope.actorId,
      at: envelope.at,
      payload: event.payload,
    })
    .returning({ id: domainEvents.id });
  if (!row) throw new Error("insert returned no row");
  await queueWebhooks(db, row.id, envelope, event);
  if (!notice || !project || people.length === 0) return { eventId: row.id, notified: 0, mails: 0 };

  const reportId = reportIdOf(event);
  await db.insert(notifications).values(
    people.map((person) => ({
      userId: person.id,
      projectId: envelope.projectId,
      reportId,
      transition: noticeName(notice),
      // Still filled for readers of the old column (tests, SQL reports); the API reads `payload`.
      toStatus: noticeFact(notice),
      actorId: envelope.actorId,
      comment: noticeComment(event),
      eventId: row.id,
      payload: notice,
      createdAt: envelope.at,
    })),
  );
  if (!mail.enabled) return { eventId: row.id, notified: people.length, mails: 0 };
  const context = {
    project,
    report: await loadReport(db, reportId),
    actorName: await actorName(db, envelope.actorId),
    at: envelope.at,
    publicUrl: mail.publicUrl,
  };
  // E-mail at once only to those who chose it for this kind (the default); the others see the
  // notice in the app, and those who chose the digest get it in their next one (jobs/digests.ts).
  const kind = noticeKindOf(noticeName(notice));
  const choices = await noticeChoicesOf(
    db,
    people.map((person) => person.id),
  );
  let mails = 0;
  for (const person of people) {
    if (kind && choices.get(person.id)?.[kind] !== "email") continue;
    const message = eventMail(event, person, context);
    if (!message) continue;
    const queued = await queueMail(db, {
      // One message per person per event, whatever happens to the sender.
      dedupeKey: mailKey(event, row.id, person),
      to: person.email,
      subject: message.subject,
      text: message.text,
      at: envelope.at,
    });
    if (queued) mails++;
  }
  return { eventId: row.id, notified: people.length, mails };
}

/** What the person who acted said, shown with the notice. */
function noticeComment(event: DomainEvent): string {
  switch (event.kind) {
    case "projectTransitioned":
    case "reportSubmitted":
    case "reportReturned":
    case "reportAccepted":
    case "extensionApproved":
    case "extensionRefused":
    case "revisionApproved":
    case "revisionRefused":
      return event.payload.comment;
    case "extensionRequested":
    case "revisionRequested":
      return event.payload.justification;
    case "projectCommented":
      return event.payload.body;
    default:
      return "";
  }
}
