/**
 * The one pipeline: an event is appended once, each person it concerns gets one notice (typed
 * payload, the event's id) and one outbox e-mail keyed by the event, all in the recording
 * transaction; a rolled-back step leaves nothing; history-only kinds tell nobody.
 * (Reports and reminders go through the same recordEvent: routes/reports.test.ts and
 * jobs/reminders.test.ts check their notices and e-mail.)
 */
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, signIn, type TestUser } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { domainEvents, mailOutbox, notifications } from "../db/schema";
import type { NotifiedEvent } from "./recordEvent";
import { recordEvent } from "./recordEvent";

const MAIL = { enabled: true, publicUrl: "https://prima.example.org" };

describe.each(databaseKinds())("recordEvent on %s", (kind) => {
  let test: TestApp;
  let pm: TestUser;
  let fund: TestUser;
  let projectId: string;
  beforeAll(async () => {
    test = await startTestApp(kind);
    pm = await buildUser(test.database.db, "pm");
    fund = await buildUser(test.database.db, "fund_manager");
    projectId = (await createProjectAs(test, await signIn(test, pm))).id;
  });
  afterAll(() => test.close());

  const at = new Date("2027-03-01T10:00:00Z");
  const extension = {
    extensionId: "5f0f3bb4-6f57-4b7e-9d8b-2f8d3e1f1a01",
    previousEnd: "2027-12-31",
    requestedEnd: "2028-06-30",
  };
  const cases: [string, () => { actorId: string; event: NotifiedEvent; told: () => TestUser }][] = [
    [
      "extensionRequested tells the fund",
      () => ({
        actorId: pm.id,
        event: { kind: "extensionRequested", payload: { ...extension, justification: "Survey late" } },
        told: () => fund,
      }),
    ],
    [
      "extensionApproved tells the project's managers",
      () => ({
        actorId: fund.id,
        event: {
          kind: "extensionApproved",
          payload: { ...extension, plannedEnd: "2028-06-30", comment: "Fine" },
        },
        told: () => pm,
      }),
    ],
  ];

  it.each(cases)(
    "%s: one event, one notice and one e-mail per person, in the transaction",
    async (_name, make) => {
      const { actorId, event, told } = make();
      const db = test.database.db;
      const recorded = await db.transaction((tx) => recordEvent(tx, { projectId, actorId, at }, event, MAIL));
      expect(recorded.eventId).not.toBeNull();
      const eventId = recorded.eventId as number;
      const [row] = await db.select().from(domainEvents).where(eq(domainEvents.id, eventId));
      expect(row).toMatchObject({ kind: event.kind, projectId, actorId, payload: event.payload });

      const notices = await db.select().from(notifications).where(eq(notifications.eventId, eventId));
      expect(notices.length).toBe(recorded.notified);
      expect(new Set(notices.map((n) => n.userId)).size).toBe(notices.length);
      const mine = notices.find((n) => n.userId === told().id);
      expect(mine?.payload).toEqual({ kind: event.kind, requestedEnd: "2028-06-30" });
      expect(notices.some((n) => n.userId === actorId)).toBe(false);

      const mails = await db
        .select()
        .from(mailOutbox)
        .where(like(mailOutbox.dedupeKey, `event:${eventId}:%`));
      expect(mails.length).toBe(notices.length);
      expect(recorded.mails).toBe(mails.length);
    },
  );

  it("a rolled-back step records nothing and tells nobody", async () => {
    const db = test.database.db;
    const before = await db.select().from(domainEvents).where(eq(domainEvents.projectId, projectId));
    const noticesBefore = await db.select().from(notifications).where(eq(notifications.projectId, projectId));
    await expect(
      db.transaction(async (tx) => {
        await recordEvent(
          tx,
          { projectId, actorId: pm.id, at },
          { kind: "extensionRequested", payload: { ...extension, justification: "Then it fails" } },
          MAIL,
        );
        throw new Error("the step fails after recording");
      }),
    ).rejects.toThrow(/fails after recording/);
    expect(await db.select().from(domainEvents).where(eq(domainEvents.projectId, projectId))).toHaveLength(
      before.length,
    );
    expect(await db.select().from(notifications).where(eq(notifications.projectId, projectId))).toHaveLength(
      noticesBefore.length,
    );
  });

  it("a history-only event is appended and tells nobody", async () => {
    const db = test.database.db;
    const recorded = await db.transaction((tx) =>
      recordEvent(
        tx,
        { projectId, actorId: pm.id, at },
        { kind: "projectEdited", payload: { before: { title: "A" }, after: { title: "B" } } },
      ),
    );
    expect(recorded).toMatchObject({ notified: 0, mails: 0 });
    const notices = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.projectId, projectId), eq(notifications.eventId, recorded.eventId as number)),
      );
    expect(notices).toHaveLength(0);
  });
});
