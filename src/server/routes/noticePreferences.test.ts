/**
 * Notices the person chooses, over HTTP: per kind, in the app only, e-mail at once (the default,
 * what PRIMA always did) or a daily digest; saved with a version; the e-mail at once goes only to
 * those who chose it, over real SMTP.
 */
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, signIn } from "../../../test/factories";
import { mailText, startSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { waitUntil } from "../../../test/waitUntil";
import { mailOutbox, notifications } from "../db/schema";

const ALL_EMAIL = {
  workflow: "email",
  comments: "email",
  reports: "email",
  reminders: "email",
  extensions: "email",
};

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
      choices: { workflow: "fax", comments: "email", reports: "email", reminders: "email", sms: "app" },
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

  it("tells the review conversation of a comment — managers, the region's reviewers, whoever already commented — by e-mail only to those who chose it", async () => {
    const smtp = await startSmtp();
    try {
      test = await startTestApp(kind, { SMTP_URL: smtp.url });
      const db = test.database.db;
      const pm = await signIn(test, await buildUser(db, "pm"));
      const reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
      const quietReviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
      const elsewhere = await signIn(test, await buildUser(db, "reviewer", "EEA"));
      const fund = await signIn(test, await buildUser(db, "fund_manager"));
      expect(
        (await call(quietReviewer, "PUT", { version: 0, choices: { ...ALL_EMAIL, comments: "app" } }))
          .statusCode,
      ).toBe(200);
      const project = await createProjectAs(test, pm);
      expect((await fire(test, pm, project.id, "submit")).statusCode).toBe(200);
      await db.delete(mailOutbox);
      const comment = (who: Session, body: string, parentId?: number) =>
        test.app.inject({
          method: "POST",
          url: `/api/projects/${project.id}/comments`,
          headers: who.headers,
          payload: { body, ...(parentId ? { parentId } : {}) },
        });
      const told = async (who: Session) =>
        (
          await test.app.inject({
            method: "GET",
            url: "/api/notifications?kind=comments",
            headers: who.headers,
          })
        )
          .json()
          .items.map((n: { transition: string; comment: string }) => `${n.transition}: ${n.comment}`);

      expect((await comment(reviewer, "Please detail the budget")).statusCode).toBe(201);
      expect(await told(pm)).toEqual(["projectCommented: Please detail the budget"]);
      expect(await told(quietReviewer)).toEqual(["projectCommented: Please detail the budget"]);
      for (const notTold of [reviewer, elsewhere, fund]) expect(await told(notTold)).toEqual([]);
      const mails = await db
        .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject })
        .from(mailOutbox);
      expect(mails.map((m) => m.to).sort()).toEqual([pm.user.email]);
      expect(mails[0]?.subject).toContain(`${project.code} new comment`);
      await waitUntil(() => smtp.received.some((m) => m.to.includes(pm.user.email)), "the PM's e-mail");
      const delivered = smtp.received.find((m) => m.to.includes(pm.user.email));
      expect(mailText(delivered?.raw ?? "")).toContain("Please detail the budget");

      // The fund manager joins the conversation; the PM's answer reaches them too.
      const asked = await comment(fund, "Is the co-funding confirmed?");
      expect(asked.statusCode).toBe(201);
      expect((await comment(pm, "Yes, since May", asked.json().id)).statusCode).toBe(201);
      expect(await told(fund)).toEqual(["projectCommented: Yes, since May"]);
      expect(await told(reviewer)).toEqual([
        "projectCommented: Yes, since May",
        "projectCommented: Is the co-funding confirmed?",
      ]);
      expect(await told(elsewhere)).toEqual([]);
    } finally {
      await smtp.close();
    }
  });
});
