/**
 * Reminders: before the due date and while overdue, to the right people, in the app and by
 * e-mail; never twice for one step, whether run twice, twice at once, or from two servers.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { mailHeader, occurrences } from "../../../test/mailHeaders";
import { mailText, startSmtp, type TestSmtp } from "../../../test/smtp";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { type Database, openDatabase } from "../db/client";
import { mailOutbox, notifications, projects, reminders, reports, users } from "../db/schema";
import { messageIdFor } from "../mail/outbox";
import { type ReminderRunContext, reminderKey, reminderRunContext, runReminders } from "./reminders";
import { createReminderScheduler } from "./scheduler";

const PUBLIC_URL = "https://prima.example.org";

describe.each(databaseKinds())("reminders on %s", (kind) => {
  let test: TestApp;
  let smtp: TestSmtp;
  const people: Record<string, Session> = {};
  const session = (name: string) => people[name] as Session;
  /** Who a user id is, by the names used in these tests. */
  const nameOf = new Map<string, string>();

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await startTestApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL });
    test.clock.now = new Date("2026-06-01T09:00:00Z");
    const db = test.database.db;
    const built = {
      pm: await buildUser(db, "pm"),
      alternate: await buildUser(db, "pm"),
      reviewer: await buildUser(db, "reviewer", "WCA"),
      formerReviewer: await buildUser(db, "reviewer", "WCA"),
      otherReviewer: await buildUser(db, "reviewer", "EEA"),
      fund: await buildUser(db, "fund_manager"),
      admin: await buildUser(db, "admin"),
    };
    await db.update(users).set({ active: false }).where(eq(users.id, built.formerReviewer.id));
    for (const [name, user] of Object.entries(built)) {
      nameOf.set(user.id, name);
      if (name !== "formerReviewer") people[name] = await signIn(test, user);
    }
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  const run = (ctx: ReminderRunContext = reminderRunContext(test.ctx)) => runReminders(ctx);
  const at = (iso: string) => {
    test.clock.now = new Date(iso);
  };

  /**
   * An approved project (approval creates its reporting schedule): implementation from
   * 2026-06-01, so the first interim narrative and financial reports are due on 2026-12-30.
   */
  async function approvedProject(): Promise<string> {
    at("2026-06-01T09:00:00Z");
    for (const name of ["pm", "fund"]) people[name] = await signIn(test, session(name).user);
    const project = await createProjectAs(test, session("pm"), {
      plannedStart: "2026-06-01",
      plannedEnd: "2027-11-30",
      altPmId: session("alternate").user.id,
    });
    await setStatus(test.database.db, project.id, "endorsed");
    const approved = await fire(test, session("fund"), project.id, "approve", {
      approvedBudget: "180000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    return project.id;
  }

  const reportIds = async (projectId: string) =>
    (
      await test.database.db.select({ id: reports.id }).from(reports).where(eq(reports.projectId, projectId))
    ).map((r) => r.id);

  /** The project's reminders as "step person", e.g. "before:30 pm". */
  async function remindersOf(projectId: string): Promise<string[]> {
    const rows = await test.database.db
      .select({ step: reminders.step, userId: reminders.userId })
      .from(reminders)
      .where(inArray(reminders.reportId, await reportIds(projectId)));
    return rows.map((r) => `${r.step} ${nameOf.get(r.userId)}`).sort();
  }

  const outboxOf = async (projectId: string) => {
    const ids = await reportIds(projectId);
    const rows = await test.database.db.select().from(mailOutbox).orderBy(asc(mailOutbox.id));
    return rows.filter((row) => ids.some((id) => row.dedupeKey.startsWith(`reminder:${id}:`)));
  };

  /** What a person sees on their notifications page for this project. */
  async function notificationsSeenBy(name: string, projectId: string) {
    people[name] = await signIn(test, session(name).user);
    const response = await test.app.inject({
      method: "GET",
      url: "/api/notifications",
      headers: session(name).headers,
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as {
      project: { id: string };
      transition: string;
      toStatus: string;
      reportId: string;
    }[];
    return items.filter((n) => n.project.id === projectId && n.transition === "reportReminder");
  }

  it("30 days before the due date, the PM and the alternate are reminded in the app and by e-mail; the reviewer is not", async () => {
    const id = await approvedProject();
    at("2026-11-29T09:00:00Z");
    await run();
    expect(await remindersOf(id)).toEqual([]);

    at("2026-11-30T09:00:00Z");
    await run();
    expect(await remindersOf(id)).toEqual([
      "before:30 alternate",
      "before:30 alternate",
      "before:30 pm",
      "before:30 pm",
    ]);
    const seen = await notificationsSeenBy("pm", id);
    expect(seen.map((n) => `${n.transition} ${n.toStatus}`)).toEqual([
      "reportReminder before:30",
      "reportReminder before:30",
    ]);
    const ids = await reportIds(id);
    for (const n of seen) expect(ids).toContain(n.reportId);
    expect(await notificationsSeenBy("reviewer", id)).toEqual([]);

    const outbox = await outboxOf(id);
    expect(outbox.map((m) => m.toAddress).sort()).toEqual(
      [
        session("alternate").user.email,
        session("alternate").user.email,
        session("pm").user.email,
        session("pm").user.email,
      ].sort(),
    );
    const narrative = outbox.find(
      (m) => m.subject.includes("narrative") && m.toAddress === session("pm").user.email,
    );
    expect(narrative?.subject).toMatch(
      /^\[PRIMA\] \S+ interim narrative report 1 due within 30 days \(2026-12-30\)$/,
    );
    expect(narrative?.bodyText).toContain("is due on 2026-12-30, in 30 days.");
    expect(narrative?.bodyText).toMatch(new RegExp(`${PUBLIC_URL}/projects/${id}/reports/[0-9a-f-]{36}`));
  });

  it("7 days before, the 7-day reminder; a day later nothing new; a run after a pause sends only the latest step", async () => {
    const id = await approvedProject();
    at("2026-12-23T09:00:00Z");
    await run();
    // The server was off at 30 days: only the step reached now is sent, not every one missed.
    expect(await remindersOf(id)).toEqual([
      "before:7 alternate",
      "before:7 alternate",
      "before:7 pm",
      "before:7 pm",
    ]);
    at("2026-12-24T09:00:00Z");
    expect((await run()).queued).toBe(0);
    expect(await remindersOf(id)).toHaveLength(4);
  });

  it("the day after the due date, the PM, the alternate and the region's reviewer (not another region's, nor a former one) are told it is overdue", async () => {
    const id = await approvedProject();
    at("2026-12-31T09:00:00Z");
    await run();
    expect(await remindersOf(id)).toEqual([
      "overdue:1 alternate",
      "overdue:1 alternate",
      "overdue:1 pm",
      "overdue:1 pm",
      "overdue:1 reviewer",
      "overdue:1 reviewer",
    ]);
    expect((await notificationsSeenBy("reviewer", id)).map((n) => n.toStatus)).toEqual([
      "overdue:1",
      "overdue:1",
    ]);
    expect(await notificationsSeenBy("otherReviewer", id)).toEqual([]);
    const copy = (await outboxOf(id)).find((m) => m.toAddress === session("reviewer").user.email);
    expect(copy?.subject).toMatch(
      /^\[PRIMA\] Copy: \S+ interim \w+ report 1 overdue, was due 2026-12-30 \(reminder 1\)$/,
    );
    expect(copy?.bodyText).toContain("You receive this copy as a regional reviewer of WCA.");

    at("2027-01-06T09:00:00Z");
    expect((await run()).queued).toBe(0);
    at("2027-01-07T09:00:00Z");
    await run();
    expect((await remindersOf(id)).filter((r) => r.startsWith("overdue:2"))).toEqual([
      "overdue:2 alternate",
      "overdue:2 alternate",
      "overdue:2 pm",
      "overdue:2 pm",
      "overdue:2 reviewer",
      "overdue:2 reviewer",
    ]);
  });

  it("a project without a region copies the fund managers when overdue", async () => {
    const id = await approvedProject();
    await test.database.db.update(projects).set({ regionCode: null }).where(eq(projects.id, id));
    at("2026-12-31T09:00:00Z");
    await run();
    expect((await remindersOf(id)).filter((r) => !r.includes(" pm") && !r.includes("alternate"))).toEqual([
      "overdue:1 fund",
      "overdue:1 fund",
    ]);
  });

  it("a submitted report gets no reminder, and neither does a project that is not approved or active", async () => {
    const id = await approvedProject();
    await test.database.db
      .update(reports)
      .set({ status: "submitted", submittedAt: new Date("2026-12-20T09:00:00Z") })
      .where(
        and(
          eq(reports.projectId, id),
          eq(reports.kind, "narrative"),
          eq(reports.stage, "interim"),
          eq(reports.sequence, 1),
        ),
      );
    const closed = await approvedProject();
    await setStatus(test.database.db, closed, "closed");
    at("2026-12-31T09:00:00Z");
    await run();
    const rows = await test.database.db
      .select({ kind: reports.kind })
      .from(reminders)
      .innerJoin(reports, eq(reports.id, reminders.reportId))
      .where(eq(reports.projectId, id));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["financial"]));
    expect(await remindersOf(closed)).toEqual([]);
  });

  it("run twice, or twice at once, each person is reminded of each step once: one reminder, one notification, one e-mail", async () => {
    const id = await approvedProject();
    at("2027-01-14T09:00:00Z");
    const count = async () => {
      const [r] = await test.database.db.select({ n: sql<number>`count(*)::int` }).from(reminders);
      const [n] = await test.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(eq(notifications.transition, "reportReminder"));
      const [m] = await test.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(mailOutbox)
        .where(sql`${mailOutbox.dedupeKey} like 'reminder:%'`);
      return { reminders: r?.n ?? 0, notifications: n?.n ?? 0, mails: m?.n ?? 0 };
    };
    const before = await count();
    const [a, b] = await Promise.all([run(), run()]);
    const after = await count();
    const added = after.reminders - before.reminders;
    expect(added).toBeGreaterThan(0);
    expect(a.queued + b.queued).toBe(added);
    expect(after.notifications - before.notifications).toBe(added);
    expect(after.mails - before.mails).toBe(added);
    expect((await run()).queued).toBe(0);
    expect(await count()).toEqual(after);
    expect((await remindersOf(id)).filter((r) => r.startsWith("overdue:3"))).toHaveLength(6);
  });

  it.runIf(kind === "postgres")(
    "two servers on one PostgreSQL, racing on the same reports, remind each person of each step once",
    async () => {
      const [{ name } = { name: "" }] = await sqlRows<{ name: string }>(
        test.database.db,
        sql`select current_database() as name`,
      );
      const url = new URL(inject("postgresAdminUrl") ?? "");
      url.pathname = `/${name}`;
      const servers: Database[] = [];
      for (let i = 0; i < 3; i++) servers.push(await openDatabase({ kind: "postgres", url: url.toString() }));
      try {
        const projectsToRace = [await approvedProject(), await approvedProject(), await approvedProject()];
        at("2027-01-21T09:00:00Z");
        const [before] = await test.database.db.select({ n: sql<number>`count(*)::int` }).from(reminders);
        const results = await Promise.all(
          servers.map((server) =>
            runReminders({
              db: server.db,
              now: () => test.clock.now,
              mail: { enabled: true, publicUrl: PUBLIC_URL },
            }),
          ),
        );
        const [after] = await test.database.db.select({ n: sql<number>`count(*)::int` }).from(reminders);
        const added = (after?.n ?? 0) - (before?.n ?? 0);
        expect(results.reduce((sum, r) => sum + r.queued, 0)).toBe(added);
        for (const id of projectsToRace) {
          expect((await remindersOf(id)).filter((r) => r.startsWith("overdue:4"))).toHaveLength(6);
          expect((await outboxOf(id)).filter((m) => m.subject.includes("(reminder 4)"))).toHaveLength(6);
        }
      } finally {
        for (const server of servers) await server.close();
      }
    },
  );

  it("delivers each e-mail once over SMTP, with a Message-ID derived from its key that a resend keeps", async () => {
    const id = await approvedProject();
    at("2027-01-28T09:00:00Z");
    await run();
    await test.ctx.mail.flush();
    const outbox = await test.database.db.select().from(mailOutbox).where(eq(mailOutbox.status, "pending"));
    expect(outbox).toEqual([]);
    const mine = await outboxOf(id);
    const arrived = smtp.received.filter((m) =>
      mine.some((o) => mailHeader(m.raw, "Message-ID") === messageIdFor(o.dedupeKey)),
    );
    // Everything this server sent so far, each message exactly once.
    const counts = occurrences(smtp.received.map((m) => mailHeader(m.raw, "Message-ID") ?? ""));
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const row of mine) {
      expect(row.status).toBe("sent");
      expect(counts.get(messageIdFor(row.dedupeKey))).toBe(1);
    }
    expect(arrived.length).toBeGreaterThanOrEqual(6);
    expect(mailText(arrived[0]?.raw ?? "")).toContain(`${PUBLIC_URL}/projects/${id}/reports/`);

    // Another flush sends nothing again.
    const received = smtp.received.length;
    await test.ctx.mail.flush();
    expect(smtp.received.length).toBe(received);

    // A crash after the SMTP server took a message and before it was marked sent: it goes again,
    // recognisably the same message.
    const [first] = mine;
    if (!first) throw new Error("no reminder e-mail");
    await test.database.db
      .update(mailOutbox)
      .set({ status: "pending", nextAttemptAt: test.clock.now })
      .where(eq(mailOutbox.id, first.id));
    await test.ctx.mail.flush();
    const copies = smtp.received.filter(
      (m) => mailHeader(m.raw, "Message-ID") === messageIdFor(first.dedupeKey),
    );
    expect(copies).toHaveLength(2);
    expect(messageIdFor(reminderKey("r", "2026-07-30", "before:7", "u"))).toBe(
      messageIdFor(reminderKey("r", "2026-07-30", "before:7", "u")),
    );
  });

  it("the scheduler never runs twice at once and stop() waits for the run in progress", async () => {
    await approvedProject();
    at("2027-02-04T09:00:00Z");
    const scheduler = createReminderScheduler(test.ctx);
    const first = scheduler.runNow();
    expect(scheduler.runNow()).toBe(first);
    const stopping = scheduler.stop();
    const [result] = await Promise.all([first, stopping]);
    // Stopped before or after its reports: whatever it did is committed, the rest is left for later.
    expect(result).not.toBeNull();
    expect(await scheduler.runNow()).toBeNull();
    const again = await run();
    expect((result?.queued ?? 0) + again.queued).toBeGreaterThan(0);
  });
});
