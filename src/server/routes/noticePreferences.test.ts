/**
 * Notices the person chooses, over HTTP: per kind, in the app only, e-mail at once (the default,
 * what PRIMA always did) or a daily digest; saved with a version; the e-mail at once goes only to
 * those who chose it, over real SMTP.
 */
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, signIn } from "../../../test/factories";
import { startSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { mailOutbox, notifications } from "../db/schema";

const ALL_EMAIL = { workflow: "email", reports: "email", reminders: "email", extensions: "email" };

describe.each(databaseKinds())("notice preferences on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const call = (session: Session | null, method: "GET" | "PUT", payload?: object) =>
    test.app.inject({
      method,
      url: "/api/me/notices",
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });

  it("starts from e-mail at once for every kind, saves a choice per kind with a version, and 409s a stale save", async () => {
    test = await startTestApp(kind);
    const session = await signIn(test, await buildUser(test.database.db, "pm"));
    expect((await call(session, "GET")).json()).toEqual({ choices: ALL_EMAIL, version: 0, digestHour: 7 });

    const choices = { ...ALL_EMAIL, workflow: "digest", reminders: "app" };
    const saved = await call(session, "PUT", { version: 0, choices });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ choices, version: 1, digestHour: 7 });
    expect((await call(session, "GET")).json()).toEqual({ choices, version: 1, digestHour: 7 });

    const stale = await call(session, "PUT", { version: 0, choices: ALL_EMAIL });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toEqual({ choices, version: 1 });

    const again = await call(session, "PUT", { version: 1, choices: { ...choices, reports: "digest" } });
    expect(again.json()).toEqual({ choices: { ...choices, reports: "digest" }, version: 2, digestHour: 7 });
    // Someone else's choices are their own.
    const other = await signIn(test, await buildUser(test.database.db, "reviewer", "WCA"));
    expect((await call(other, "GET")).json()).toEqual({ choices: ALL_EMAIL, version: 0, digestHour: 7 });
  });

  it("refuses an unknown choice, a missing kind or an unknown kind field by field, and changes nothing", async () => {
    test = await startTestApp(kind);
    const session = await signIn(test, await buildUser(test.database.db, "pm"));
    const bad = await call(session, "PUT", {
      version: 0,
      choices: { workflow: "fax", reports: "email", reminders: "email", comments: "app" },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["choices.workflow", "choices.extensions"]));
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
    expect((await call(session, "PUT", { choices: ALL_EMAIL })).statusCode).toBe(400);
    expect((await call(session, "GET")).json()).toEqual({ choices: ALL_EMAIL, version: 0, digestHour: 7 });
  });

  it("e-mails a step at once only to those who chose e-mail for it; in the app everyone is told", async () => {
    const smtp = await startSmtp();
    try {
      test = await startTestApp(kind, { SMTP_URL: smtp.url });
      const db = test.database.db;
      const pm = await signIn(test, await buildUser(db, "pm"));
      const byEmail = await signIn(test, await buildUser(db, "reviewer", "WCA"));
      const inApp = await signIn(test, await buildUser(db, "reviewer", "WCA"));
      const byDigest = await signIn(test, await buildUser(db, "reviewer", "WCA"));
      // Another kind set to "app" leaves the steps e-mailed at once.
      expect(
        (await call(byEmail, "PUT", { version: 0, choices: { ...ALL_EMAIL, reports: "app" } })).statusCode,
      ).toBe(200);
      expect(
        (await call(inApp, "PUT", { version: 0, choices: { ...ALL_EMAIL, workflow: "app" } })).statusCode,
      ).toBe(200);
      expect(
        (await call(byDigest, "PUT", { version: 0, choices: { ...ALL_EMAIL, workflow: "digest" } }))
          .statusCode,
      ).toBe(200);

      const project = await createProjectAs(test, pm);
      expect((await fire(test, pm, project.id, "submit")).statusCode).toBe(200);

      const queued = await db.select({ to: mailOutbox.toAddress }).from(mailOutbox);
      expect(queued.map((m) => m.to)).toEqual([byEmail.user.email]);
      const received = await smtp.waitFor(1);
      expect(received.flatMap((m) => m.to)).toEqual([byEmail.user.email]);
      for (const reviewer of [byEmail, inApp, byDigest]) {
        const told = await db.select().from(notifications).where(eq(notifications.userId, reviewer.user.id));
        expect(told.map((n) => n.transition)).toEqual(["submit"]);
      }
    } finally {
      await smtp.close();
    }
  });
});
