/**
 * The one event pipeline (recordEvent.ts): each kind of event that tells people writes its event,
 * one notice per person concerned (typed payload, the event's id) and one outbox e-mail each, in
 * the caller's transaction; a rolled-back step leaves none of them; kinds only the history shows
 * tell nobody; a reminder is told once per person and step, and the reminder job goes through
 * the same path; the log refuses changes.
 */
import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { type DomainEvent, type NoticePayload, noticeFact, noticeOf } from "../../domain/events";
import type { Db } from "../db/client";
import { domainEvents, mailOutbox, notifications, reports } from "../db/schema";
import { runReminders } from "../jobs/reminders";
import type { MailSettings } from "./mailSettings";
import { recordEvent } from "./recordEvent";

const MAIL: MailSettings = { enabled: true, publicUrl: "https://prima.example.org" };

describe.each(databaseKinds())("event pipeline on %s", (kind) => {
  let test: TestApp;
  let db: Db;
  const people: Record<"pm" | "alt" | "reviewer" | "fund", Session> = {} as never;
  let projectId: string;
  let report: { id: string; kind: "narrative" | "financial"; stage: "interim" | "final"; sequence: number };

  beforeAll(async () => {
    test = await startTestApp(kind);
    db = test.database.db;
    people.pm = await signIn(test, await buildUser(db, "pm"));
    people.alt = await signIn(test, await buildUser(db, "pm"));
    people.reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    people.fund = await signIn(test, await buildUser(db, "fund_manager"));
    const project = await createProjectAs(test, people.pm, { altPmId: people.alt.user.id });
    projectId = project.id;
    await setStatus(db, projectId, "endorsed");
    const approved = await fire(test, people.fund, projectId, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const [first] = await db
      .select({ id: reports.id, kind: reports.kind, stage: reports.stage, sequence: reports.sequence })
      .from(reports)
      .where(eq(reports.projectId, projectId))
      .limit(1);
    if (!first) throw new Error("approval filed no report");
    report = first;
  });
  afterAll(async () => {
    await test.close();
  });

  const id = (name: keyof typeof people) => people[name].user.id;
  const reportRef = () => ({
    reportId: report.id,
    kind: report.kind,
    stage: report.stage,
    sequence: report.sequence,
  });
  const extension = {
    extensionId: crypto.randomUUID(),
    previousEnd: "2027-12-31",
    requestedEnd: "2028-06-30",
  };

  async function noticesOf(eventId: number) {
    return db.select().from(notifications).where(eq(notifications.eventId, eventId));
  }
  async function mailsOf(eventId: number) {
    return db
      .select()
      .from(mailOutbox)
      .where(like(mailOutbox.dedupeKey, `event:${eventId}:%`));
  }

  // Who acts and who is told, by the rules of recipients.ts (the actor is never told).
  const cases: {
    name: string;
    actor: keyof typeof people;
    event: () => DomainEvent;
    told: (keyof typeof people)[];
  }[] = [
    {
      name: "a transition (endorse: managers and the fund)",
      actor: "reviewer",
      event: () => ({
        kind: "projectTransitioned",
        payload: {
          transitionId: 1,
          transition: "endorse",
          from: "submitted",
          to: "endorsed",
          comment: "Well argued",
          details: null,
        },
      }),
      told: ["alt", "fund", "pm"],
    },
    {
      name: "a report submitted (the fund)",
      actor: "pm",
      event: () => ({
        kind: "reportSubmitted",
        payload: { ...reportRef(), reportEventId: 1, status: "submitted", comment: "" },
      }),
      told: ["fund"],
    },
    {
      name: "a report returned (the managers)",
      actor: "fund",
      event: () => ({
        kind: "reportReturned",
        payload: { ...reportRef(), reportEventId: 2, status: "returned", comment: "Add the annex" },
      }),
      told: ["alt", "pm"],
    },
    {
      name: "a report accepted (the managers)",
      actor: "fund",
      event: () => ({
        kind: "reportAccepted",
        payload: { ...reportRef(), reportEventId: 3, status: "accepted", comment: "" },
      }),
      told: ["alt", "pm"],
    },
    {
      name: "an extension requested (the fund)",
      actor: "pm",
      event: () => ({ kind: "extensionRequested", payload: { ...extension, justification: "Floods" } }),
      told: ["fund"],
    },
    {
      name: "an extension approved (the managers)",
      actor: "fund",
      event: () => ({
        kind: "extensionApproved",
        payload: { ...extension, plannedEnd: extension.requestedEnd, comment: "" },
      }),
      told: ["alt", "pm"],
    },
    {
      name: "an extension refused (the managers)",
      actor: "fund",
      event: () => ({
        kind: "extensionRefused",
        payload: { ...extension, plannedEnd: extension.previousEnd, comment: "Too long" },
      }),
      told: ["alt", "pm"],
    },
  ];

  it.each(cases)("$name: one event, one notice and one e-mail per person, in the transaction", async (c) => {
    const event = c.event();
    const at = new Date("2026-04-01T10:00:00Z");
    const done = await db.transaction((tx) =>
      recordEvent(tx, { projectId, actorId: id(c.actor), at }, event as never, MAIL),
    );
    expect(done.eventId).not.toBeNull();
    const eventId = done.eventId as number;
    const [row] = await db.select().from(domainEvents).where(eq(domainEvents.id, eventId));
    expect(row).toMatchObject({ kind: event.kind, projectId, actorId: id(c.actor), payload: event.payload });

    const expected = c.told.map(id).sort();
    const notices = await noticesOf(eventId);
    expect(notices.map((n) => n.userId).sort()).toEqual(expected);
    for (const notice of notices) {
      expect(notice.payload).toEqual(noticeOf(event));
      // The old column is still filled for its readers; the typed payload is what the API reads.
      expect(notice.toStatus).toBe(noticeFact(noticeOf(event) as NoticePayload));
      expect(notice.actorId).toBe(id(c.actor));
    }
    const mails = await mailsOf(eventId);
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(expected.map((u) => `event:${eventId}:${u}`).sort());
    expect(done).toEqual({ eventId, notified: expected.length, mails: expected.length });
  });

  it.each(cases)("$name: rolled back, it leaves no event, no notice, no e-mail", async (c) => {
    const count = async () => ({
      events: (await db.select({ id: domainEvents.id }).from(domainEvents)).length,
      notices: (await db.select({ id: notifications.id }).from(notifications)).length,
      mails: (await db.select({ id: mailOutbox.id }).from(mailOutbox)).length,
    });
    const before = await count();
    let recorded: number | null = null;
    await expect(
      db.transaction(async (tx) => {
        const done = await recordEvent(
          tx,
          { projectId, actorId: id(c.actor), at: new Date("2026-04-02T10:00:00Z") },
          c.event() as never,
          MAIL,
        );
        recorded = done.eventId;
        // The step fails after its event was recorded, e.g. a later check or a lost race.
        throw new Error("step failed");
      }),
    ).rejects.toThrow("step failed");
    expect(recorded).not.toBeNull();
    expect(await count()).toEqual(before);
  });

  it("e-mail is queued only when the server can send it; the notices are written all the same", async () => {
    const event = cases[1]?.event() as DomainEvent;
    const done = await db.transaction((tx) =>
      recordEvent(tx, { projectId, actorId: id("pm"), at: new Date() }, event as never, {
        enabled: false,
        publicUrl: "",
      }),
    );
    expect(done).toMatchObject({ notified: 1, mails: 0 });
    expect(await mailsOf(done.eventId as number)).toEqual([]);
  });

  it("kinds only the history shows are filed and tell nobody", async () => {
    const done = await db.transaction((tx) =>
      recordEvent(
        tx,
        { projectId, actorId: id("pm"), at: new Date() },
        { kind: "workplanSaved", payload: { version: 2, milestones: 3, reached: 1 } },
      ),
    );
    expect(done).toMatchObject({ notified: 0, mails: 0 });
    expect(await noticesOf(done.eventId as number)).toEqual([]);
  });

  it("a reminder is told once per person and step: recording it again records nothing", async () => {
    const reminder: DomainEvent = {
      kind: "reportReminder",
      payload: { ...reportRef(), dueDate: "2026-12-30", step: "overdue:1" },
    };
    const envelope = { projectId, actorId: null, at: new Date("2027-01-01T09:00:00Z") };
    const first = await db.transaction((tx) => recordEvent(tx, envelope, reminder, MAIL));
    // Overdue: the managers, and the project's reviewers in copy.
    const notices = await noticesOf(first.eventId as number);
    expect(notices.map((n) => n.userId).sort()).toEqual([id("alt"), id("pm"), id("reviewer")].sort());
    expect(notices.every((n) => n.reportId === report.id)).toBe(true);
    expect(first).toMatchObject({ notified: 3, mails: 3 });
    const again = await db.transaction((tx) => recordEvent(tx, envelope, reminder, MAIL));
    expect(again).toEqual({ eventId: null, notified: 0, mails: 0 });
    const reminderEvents = await db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.projectId, projectId), eq(domainEvents.kind, "reportReminder")));
    expect(reminderEvents).toHaveLength(1);
  });

  it("the reminder job's notices go through the same pipeline: an event each, with its typed payload", async () => {
    test.clock.now = new Date("2027-01-20T09:00:00Z");
    const run = await runReminders({ db, now: () => test.clock.now, mail: MAIL });
    expect(run.queued).toBeGreaterThan(0);
    const notices = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.projectId, projectId), eq(notifications.transition, "reportReminder")));
    expect(notices.length).toBeGreaterThan(3);
    for (const notice of notices) {
      expect(notice.eventId).not.toBeNull();
      expect(notice.payload).toMatchObject({ kind: "reportReminder", step: expect.any(String) });
      const [event] = await db
        .select()
        .from(domainEvents)
        .where(eq(domainEvents.id, notice.eventId as number));
      expect(event?.kind).toBe("reportReminder");
    }
  });

  it.each([
    ["update domain_events set kind = 'forged'"],
    ["delete from domain_events"],
    ["truncate domain_events cascade"],
  ])("the event log refuses: %s", async (statement) => {
    await expect(db.execute(sql.raw(statement))).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });
});
