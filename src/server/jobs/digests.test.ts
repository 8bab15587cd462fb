/**
 * The daily digest: from the hour the administrator set, one e-mail per person per day with the
 * notices of the kinds they chose to read that way, in their language, with links; nothing
 * when there is nothing to say; never twice a day, whether run twice or from two servers.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, signIn } from "../../../test/factories";
import { mailText, startSmtp, type TestSmtp } from "../../../test/smtp";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { type Database, openDatabase } from "../db/client";
import { mailOutbox, noticeDigests } from "../db/schema";
import { type DigestRunContext, digestKey, digestRunContext, runDigests } from "./digests";
import { createReminderScheduler } from "./scheduler";

const PUBLIC_URL = "https://prima.example.org";
const ALL_EMAIL = {
  workflow: "email",
  comments: "email",
  reports: "email",
  reminders: "email",
  extensions: "email",
};

describe.each(databaseKinds())("daily digests on %s", (kind) => {
  let test: TestApp;
  let smtp: TestSmtp;
  let pm: Session;
  let french: Session;
  let english: Session;

  const at = (iso: string) => {
    test.clock.now = new Date(iso);
  };
  const run = (ctx: DigestRunContext = digestRunContext(test.ctx)) => runDigests(ctx);
  const digestsTo = (email: string) =>
    test.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, email))
      .then((rows) => rows.filter((row) => row.dedupeKey.startsWith("digest:")));

  /** A new project of the PM's, submitted: the region's reviewers are told (a workflow notice). */
  async function submittedProject(title: string): Promise<{ id: string; code: string }> {
    pm = await signIn(test, pm.user);
    const project = await createProjectAs(test, pm, { title });
    const submitted = await fire(test, pm, project.id, "submit");
    expect(submitted.statusCode, submitted.body).toBe(200);
    return project;
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await startTestApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL, DIGEST_HOUR: "18" });
    at("2026-03-02T08:00:00Z");
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    french = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    english = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    const choose = (session: Session, choices: object) =>
      test.app.inject({
        method: "PUT",
        url: "/api/me/notices",
        headers: session.headers,
        payload: { version: 0, choices },
      });
    expect((await choose(french, { ...ALL_EMAIL, workflow: "digest" })).statusCode).toBe(200);
    expect((await choose(english, { ...ALL_EMAIL, workflow: "digest", reports: "digest" })).statusCode).toBe(
      200,
    );
    const language = await test.app.inject({
      method: "PUT",
      url: "/api/me/language",
      headers: french.headers,
      payload: { language: "fr" },
    });
    expect(language.statusCode).toBe(204);
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  it("sends nothing before the digest hour, then one digest per person with the day's notices, in their language", async () => {
    at("2026-03-02T09:00:00Z");
    const first = await submittedProject("Safe migration in the Sahel");
    at("2026-03-02T11:00:00Z");
    const second = await submittedProject("Labour mobility in the Gulf of Guinea");
    // Those who chose the digest were not e-mailed at once.
    expect(await digestsTo(french.user.email)).toEqual([]);
    expect(
      await test.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, french.user.email)),
    ).toEqual([]);

    at("2026-03-02T17:59:00Z");
    expect(await run()).toEqual({ day: null, sent: 0 });

    at("2026-03-02T18:05:00Z");
    expect(await run()).toEqual({ day: "2026-03-02", sent: 2 });
    const [toFrench] = await digestsTo(french.user.email);
    expect(toFrench?.dedupeKey).toBe(digestKey(french.user.id, "2026-03-02"));
    expect(toFrench?.subject).toBe("[PRIMA] Vos avis du 2026-03-02 (2)");
    expect(toFrench?.bodyText).toContain("Bonjour");
    expect(toFrench?.bodyText).toContain(first.code);
    expect(toFrench?.bodyText).toContain(second.code);
    expect(toFrench?.bodyText).toContain(`Ouvrir le projet : ${PUBLIC_URL}/projects/${first.id}`);
    expect(toFrench?.bodyText).toContain(`${PUBLIC_URL}/profile`);
    // Oldest first.
    const body = toFrench?.bodyText ?? "";
    expect(body.indexOf(first.code)).toBeLessThan(body.indexOf(second.code));
    const [toEnglish] = await digestsTo(english.user.email);
    expect(toEnglish?.subject).toBe("[PRIMA] Your notices of 2026-03-02 (2)");
    expect(toEnglish?.bodyText).toContain("Dear ");

    // And they really leave over SMTP.
    await test.ctx.mail.flush();
    const received = await smtp.waitFor(2);
    const frenchMail = received.find((m) => m.to.includes(french.user.email));
    expect(mailText(frenchMail?.raw ?? "")).toContain(first.code);
  });

  it("sends no second digest the same day, and nothing on a day with nothing to say", async () => {
    at("2026-03-02T22:00:00Z");
    await submittedProject("Late in the day");
    expect(await run()).toEqual({ day: "2026-03-02", sent: 0 });
    expect(await digestsTo(french.user.email)).toHaveLength(1);

    // The next day's digest holds what came after the last one, and only that; the server's
    // scheduler sends it on its run after the hour, as it runs the reminders.
    at("2026-03-03T18:00:00Z");
    const scheduler = createReminderScheduler(test.ctx);
    await scheduler.runNow();
    await scheduler.stop();
    expect(await run()).toEqual({ day: "2026-03-03", sent: 0 });
    const next = (await digestsTo(french.user.email)).find((m) => m.dedupeKey.endsWith("2026-03-03"));
    expect(next?.subject).toBe("[PRIMA] Vos avis du 2026-03-03 (1)");
    expect(next?.bodyText).not.toContain("Sahel");

    at("2026-03-04T19:00:00Z");
    expect(await run()).toEqual({ day: "2026-03-04", sent: 0 });
    const days = await test.database.db
      .select({ day: noticeDigests.day })
      .from(noticeDigests)
      .where(eq(noticeDigests.userId, french.user.id));
    expect(days.map((d) => d.day).sort()).toEqual(["2026-03-02", "2026-03-03"]);
  });

  it("leaves out the kinds the person did not choose the digest for", async () => {
    at("2026-03-05T09:00:00Z");
    // Someone chose the digest for reports only: a step is not theirs to read in it.
    const reportsOnly = await signIn(test, await buildUser(test.database.db, "reviewer", "WCA"));
    const chosen = await test.app.inject({
      method: "PUT",
      url: "/api/me/notices",
      headers: reportsOnly.headers,
      payload: { version: 0, choices: { ...ALL_EMAIL, reports: "digest" } },
    });
    expect(chosen.statusCode).toBe(200);
    await submittedProject("Only steps today");
    at("2026-03-05T18:00:00Z");
    await run();
    expect(await digestsTo(reportsOnly.user.email)).toEqual([]);
  });

  it.runIf(kind === "postgres")(
    "two servers on one PostgreSQL, racing, send each person one digest",
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
        at("2026-03-06T09:00:00Z");
        await submittedProject("Raced for");
        at("2026-03-06T18:00:00Z");
        const results = await Promise.all(
          servers.map((server) =>
            runDigests({
              db: server.db,
              now: () => test.clock.now,
              mail: { enabled: true, publicUrl: PUBLIC_URL },
              digestHour: 18,
            }),
          ),
        );
        expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
        for (const person of [french, english]) {
          expect(
            (await digestsTo(person.user.email)).filter((m) => m.dedupeKey.endsWith("2026-03-06")),
          ).toHaveLength(1);
        }
      } finally {
        for (const server of servers) await server.close();
      }
    },
  );
});
