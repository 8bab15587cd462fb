/**
 * The daily digest run: once the day's digest hour (DIGEST_HOUR, UTC) has come, every active
 * person who chose the digest for some kind of notice gets one e-mail listing the notices of
 * those kinds since their last digest (the last day, for a first one), in their language.
 *
 * Idempotent by the database, like the reminders: each person's digest of a day is a row of
 * `notice_digests` keyed (person, day), inserted with ON CONFLICT DO NOTHING in the transaction
 * that queues the e-mail (whose outbox key, `digest:<person>:<day>`, is unique too). A second
 * run, or a second server racing on one PostgreSQL (its insert waits for the first transaction,
 * then skips), sends nothing more; a run that crashed is redone for the people it did not commit.
 * A person with nothing to read gets nothing and no row, so a later run that day still may send.
 */
import { and, asc, eq, gt, inArray, isNull, lte, max, or } from "drizzle-orm";
import type { IsoDate } from "../../domain/calendar";
import type { DomainEvent } from "../../domain/events";
import { digestDayAt, digestNoticeNames, type NoticeChoices } from "../../domain/noticePreferences";
import type { AppContext } from "../context";
import type { Db, DbOrTx } from "../db/client";
import {
  domainEvents,
  noticeDigests,
  noticePreferences,
  notifications,
  projects,
  reports,
  users,
} from "../db/schema";
import { type DigestNotice, digestMail } from "../events/digestMail";
import { type MailSettings, mailSettings } from "../events/mailSettings";
import type { Recipient } from "../events/recipients";
import { queueMail } from "../mail/outbox";

export interface DigestRunContext {
  db: Db;
  now: () => Date;
  mail: MailSettings;
  /** The hour of the day (UTC, 0–23) from which the day's digests go out. */
  digestHour: number;
}

export function digestRunContext(ctx: AppContext): DigestRunContext {
  return { db: ctx.db, now: ctx.now, mail: mailSettings(ctx.config), digestHour: ctx.config.digestHour };
}

export interface DigestRun {
  /** The day whose digests were due, or null before the digest hour (nothing done). */
  day: IsoDate | null;
  /** Digests this run put in the outbox. */
  sent: number;
}

const DAY_MS = 24 * 60 * 60_000;

/** The key of one person's digest of one day in the outbox. */
export function digestKey(userId: string, day: IsoDate): string {
  return `digest:${userId}:${day}`;
}

const anyDigest = or(
  eq(noticePreferences.workflow, "digest"),
  eq(noticePreferences.comments, "digest"),
  eq(noticePreferences.reports, "digest"),
  eq(noticePreferences.reminders, "digest"),
  eq(noticePreferences.extensions, "digest"),
);

/** Active people with a digest kind and no digest yet on `day`, in id order. */
function peopleToDigest(db: DbOrTx, day: IsoDate, onlyUser?: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      workflow: noticePreferences.workflow,
      comments: noticePreferences.comments,
      reports: noticePreferences.reports,
      reminders: noticePreferences.reminders,
      extensions: noticePreferences.extensions,
    })
    .from(users)
    .innerJoin(noticePreferences, eq(noticePreferences.userId, users.id))
    .leftJoin(noticeDigests, and(eq(noticeDigests.userId, users.id), eq(noticeDigests.day, day)))
    .where(
      and(
        eq(users.active, true),
        anyDigest,
        isNull(noticeDigests.userId),
        onlyUser ? eq(users.id, onlyUser) : undefined,
      ),
    )
    .orderBy(asc(users.id));
}

/** The person's notices of their digest kinds after `since` up to `now`, oldest first, with what names them. */
async function noticesFor(
  db: DbOrTx,
  userId: string,
  choices: NoticeChoices,
  since: Date,
  now: Date,
  publicUrl: string,
): Promise<DigestNotice[]> {
  const names = digestNoticeNames(choices);
  if (names.length === 0) return [];
  const rows = await db
    .select({
      kind: domainEvents.kind,
      payload: domainEvents.payload,
      at: notifications.createdAt,
      project: {
        id: projects.id,
        code: projects.code,
        title: projects.title,
        regionCode: projects.regionCode,
        pmId: projects.pmId,
        altPmId: projects.altPmId,
      },
      reportId: reports.id,
      reportKind: reports.kind,
      reportStage: reports.stage,
      reportSequence: reports.sequence,
      periodStart: reports.periodStart,
      periodEnd: reports.periodEnd,
      dueDate: reports.dueDate,
      actorName: users.name,
    })
    .from(notifications)
    .innerJoin(domainEvents, eq(domainEvents.id, notifications.eventId))
    .innerJoin(projects, eq(projects.id, notifications.projectId))
    .leftJoin(reports, eq(reports.id, notifications.reportId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(
      and(
        eq(notifications.userId, userId),
        inArray(notifications.transition, names),
        gt(notifications.createdAt, since),
        lte(notifications.createdAt, now),
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
  return rows.map((row) => ({
    event: { kind: row.kind, payload: row.payload } as DomainEvent,
    context: {
      project: row.project,
      report:
        row.reportId && row.reportKind && row.reportStage && row.reportSequence !== null
          ? {
              reportId: row.reportId,
              kind: row.reportKind,
              stage: row.reportStage,
              sequence: row.reportSequence,
              periodStart: row.periodStart ?? "",
              periodEnd: row.periodEnd ?? "",
              dueDate: row.dueDate ?? "",
            }
          : null,
      actorName: row.actorName ?? "",
      at: row.at,
      publicUrl,
    },
  }));
}

/** One person's digest of `day`, in one transaction; true when this call queued it. */
async function digestOf(ctx: DigestRunContext, userId: string, day: IsoDate, now: Date): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const [person] = await peopleToDigest(tx, day, userId);
    if (!person) return false;
    const [last] = await tx
      .select({ until: max(noticeDigests.coveredUntil) })
      .from(noticeDigests)
      .where(eq(noticeDigests.userId, userId));
    const since = last?.until ?? new Date(now.getTime() - DAY_MS);
    const choices: NoticeChoices = {
      workflow: person.workflow,
      comments: person.comments,
      reports: person.reports,
      reminders: person.reminders,
      extensions: person.extensions,
    };
    const notices = await noticesFor(tx, userId, choices, since, now, ctx.mail.publicUrl);
    if (notices.length === 0) return false;
    const claimed = await tx
      .insert(noticeDigests)
      .values({ userId, day, coveredUntil: now, notices: notices.length, createdAt: now })
      .onConflictDoNothing()
      .returning({ userId: noticeDigests.userId });
    if (claimed.length === 0) return false;
    const recipient: Recipient = { ...person, copy: false };
    const message = digestMail(recipient, day, notices, ctx.mail.publicUrl);
    return queueMail(tx, { dedupeKey: digestKey(userId, day), to: person.email, ...message, at: now });
  });
}

/** The digests due at `ctx.now()`; nothing before the digest hour or when e-mail is off. */
export async function runDigests(
  ctx: DigestRunContext,
  options: { shouldStop?: () => boolean } = {},
): Promise<DigestRun> {
  const now = ctx.now();
  const day = digestDayAt(now, ctx.digestHour);
  const run: DigestRun = { day, sent: 0 };
  if (day === null || !ctx.mail.enabled) return run;
  for (const person of await peopleToDigest(ctx.db, day)) {
    if (options.shouldStop?.()) break;
    if (await digestOf(ctx, person.id, day, now)) run.sent++;
  }
  return run;
}
